"""smart_community:walking_coverage — walking distance from every home to the nearest facility of each type."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from ..core.results import SCHEMA
from ..i18n import tr
from ..layers.atomic import OutputExistsError, write_json
from ..layers.writer import building_rows
from .scheme import add_scheme_parameters, run_scheme
from .sinks import write_sink


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
        crs = QgsCoordinateReferenceSystem(inputs.crs["working"])
        spec, rows = building_rows(result, inputs)
        dest = write_sink(self, parameters, "OUTPUT", context, spec, QgsWkbTypes.Type.MultiPolygon, crs, rows)
        out_json = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
        if out_json:
            try:
                write_json(out_json, {"schema": SCHEMA, "community": result.community, "crs": result.crs,
                                      "coverage": result.coverage,
                                      "findings": [f.to_dict() for f in result.findings]})
            except (OutputExistsError, OSError) as exc:
                raise QgsProcessingException(str(exc)) from exc
        return {"OUTPUT": dest, "OUTPUT_JSON": out_json or None}
