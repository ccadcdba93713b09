"""Widgets of the planning workbench (docks, panels); they call the core, never the reverse."""
