"""The plugin's one translation function."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "SmartCommunity"


def tr(text: str) -> str:
    """Translate an English source string in the plugin's single context."""
    return QCoreApplication.translate(CONTEXT, text)
