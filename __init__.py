"""QGIS entry point of the Smart Community Planner plugin; imports lazily."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Create the plugin instance for QGIS."""
    from .smart_community_plugin.deps import use_dependency_folder

    # First of all: the packages installed from QGIS into the plugin's folder come before the system's
    # (shapely 2 there, Debian's 1.8 in dist-packages), and nothing has imported shapely yet.
    use_dependency_folder()
    from .smart_community_plugin.plugin import SmartCommunityPlugin

    return SmartCommunityPlugin(iface)
