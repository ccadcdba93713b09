"""QGIS entry point of the Smart Community Planner plugin; imports lazily."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Create the plugin instance for QGIS."""
    from .smart_community_plugin.plugin import SmartCommunityPlugin

    return SmartCommunityPlugin(iface)
