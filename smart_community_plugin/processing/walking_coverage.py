"""smart_community:walking_coverage — walking distance from every home to the nearest facility of each type."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback, QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from ..core.results import SCHEMA
from ..i18n import tr
from .scheme import add_scheme_parameters, run_scheme, write_buildings_sink, write_optional_json


class WalkingCoverageAlgorithm(QgsProcessingAlgorithm):
    """Buildings with walking and straight distances, coverage per type and the detour ratio."""

    def name(self) -> str:
        return "walking_coverage"

    def displayName(self) -> str:
        return tr("Walking coverage")

    def group(self) -> str:
        return tr("Walking")

    def groupId(self) -> str:
        return "walking"

    def shortHelpString(self) -> str:
        return tr("Builds a walking network from the roads layer (ends joined within the snap tolerance, "
                  "crossings split except where a bridge or tunnel passes over, non-walkable ways left out), "
                  "attaches every home and facility at the nearest point of the nearest path (inside "
                  "gated compounds: paths inside the walls), and finds each home's walking distance to "
                  "the nearest facility of every type with one search per type. Writes the buildings with "
                  "dist_, straight_ and detour_ fields per type, and the coverage JSON "
                  "(coverage[type].network and .euclidean). Disconnected pieces are reported.")

    def createInstance(self) -> "WalkingCoverageAlgorithm":
        return WalkingCoverageAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        add_scheme_parameters(self, roads_required=True)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Buildings with walking distances")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", tr("Coverage (JSON)"), "JSON (*.json)", optional=True))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        inputs, result = run_scheme(self, parameters, context, feedback)
        dest = write_buildings_sink(self, parameters, context, inputs, result)
        out_json = write_optional_json(self, parameters, context, {
            "schema": SCHEMA, "community": result.community, "crs": result.crs, "coverage": result.coverage,
            "findings": [f.to_dict() for f in result.findings]})
        return {"OUTPUT": dest, "OUTPUT_JSON": out_json}
