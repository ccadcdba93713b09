"""The smart_community Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..resources_path import resource_path


class SmartCommunityProvider(QgsProcessingProvider):
    """Registers the plugin's algorithms under the id smart_community."""

    def id(self) -> str:
        """The prefix of the algorithms' ids."""
        return "smart_community"

    def name(self) -> str:
        """The toolbox's name for it."""
        return tr("Smart Community Planner")

    def longName(self) -> str:
        """With the standard it applies."""
        return tr("Smart Community Planner (T/CECS 智慧社区规划标准)")

    def icon(self) -> QIcon:
        """The plugin's icon."""
        return QIcon(resource_path("icons", "plugin.svg"))

    def loadAlgorithms(self) -> None:
        """Every algorithm of the plugin (imported here, when Processing asks)."""
        from .convert_coordinates import ConvertCoordinatesAlgorithm
        from .create_template import CreateTemplateAlgorithm
        from .import_osm import ImportOsmAlgorithm
        from .import_pois import ImportPoisAlgorithm
        from .life_circles import LifeCirclesAlgorithm
        from .map_fields import MapFieldsAlgorithm
        from .publish_web import PublishWebAlgorithm
        from .report import ReportAlgorithm
        from .review import ReviewAlgorithm
        from .review_batch import ReviewBatchAlgorithm
        from .service_areas import ServiceAreasAlgorithm
        from .store_submission import StoreSubmissionAlgorithm
        from .suggest_sites import SuggestSitesAlgorithm
        from .sunlight import SunlightAlgorithm
        from .validate import ValidateAlgorithm
        from .walking_coverage import WalkingCoverageAlgorithm

        for alg in (ReviewAlgorithm(), WalkingCoverageAlgorithm(), ServiceAreasAlgorithm(),
                    LifeCirclesAlgorithm(), SunlightAlgorithm(), CreateTemplateAlgorithm(), ReportAlgorithm(),
                    ConvertCoordinatesAlgorithm(), ValidateAlgorithm(), MapFieldsAlgorithm(),
                    ImportOsmAlgorithm(), ImportPoisAlgorithm(),
                    SuggestSitesAlgorithm(), ReviewBatchAlgorithm(), StoreSubmissionAlgorithm(),
                    PublishWebAlgorithm()):
            self.addAlgorithm(alg)
