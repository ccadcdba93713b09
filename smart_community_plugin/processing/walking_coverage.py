"""smart_community:walking_coverage — walking distance from every home to the nearest facility of each type."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from ..core.results import SCHEMA, ReviewResult
from ..i18n import tr, tr_noop
from ..pipeline.result_layers import buildings_layer
from .base import SmartAlgorithm
from .destinations import write_sink
from .parameters import add_scheme_parameters, review_from_parameters


class BuildingsResultAlgorithm(SmartAlgorithm):
    """An algorithm that reviews the scheme and writes the buildings with their results (OUTPUT) and a JSON
    part of the review (OUTPUT_JSON, optional)."""

    ROADS_REQUIRED = False
    OUTPUT_LABEL = ""
    JSON_LABEL = ""

    def define(self) -> None:
        """The scheme's parameters, the buildings sink and the JSON."""
        add_scheme_parameters(self, roads_required=self.ROADS_REQUIRED)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr(self.OUTPUT_LABEL)))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", tr(self.JSON_LABEL), "JSON (*.json)", optional=True))

    def document(self, result: ReviewResult) -> dict:
        """The JSON part of the review this algorithm writes."""
        raise NotImplementedError

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Review, then write the buildings and the JSON together."""
        out_json = self.file_output(parameters, "OUTPUT_JSON", context)
        with self.outputs(parameters, context) as outputs:
            reviewed = review_from_parameters(self, parameters, context, feedback)
            crs = QgsCoordinateReferenceSystem(reviewed.inputs.crs["working"])
            dest = write_sink(self, parameters, "OUTPUT", context, outputs,
                              buildings_layer(reviewed.result, reviewed.inputs, crs))
            if out_json:
                outputs.json(out_json, self.document(reviewed.result))
        self.said(reviewed.result, feedback)
        return {"OUTPUT": dest, "OUTPUT_JSON": out_json, **self.figures(reviewed.result)}

    def said(self, result: ReviewResult, feedback: QgsProcessingFeedback) -> None:
        """Lines for the log after the run."""

    def figures(self, result: ReviewResult) -> dict:
        """Extra outputs of the run."""
        return {}


class WalkingCoverageAlgorithm(BuildingsResultAlgorithm):
    """Buildings with walking and straight distances, coverage per type and the detour ratio."""

    NAME, GROUP, TITLE = "walking_coverage", "walking", tr_noop("Walking coverage")
    HELP = tr_noop("Builds a walking network from the roads layer (ends joined within the snap tolerance, "
                   "crossings split except where a bridge or tunnel passes over, non-walkable ways left out), "
                   "attaches every home and facility at the nearest point of the nearest path (inside "
                   "gated compounds: paths inside the walls), and finds each home's walking distance to "
                   "the nearest facility of every type with one search per type. Writes the buildings with "
                   "dist_, straight_ and detour_ fields per type, and the coverage JSON "
                   "(coverage[type].network and .euclidean). Disconnected pieces are reported.")
    ROADS_REQUIRED = True
    OUTPUT_LABEL = tr_noop("Buildings with walking distances")
    JSON_LABEL = tr_noop("Coverage (JSON)")

    def document(self, result: ReviewResult) -> dict:
        """Coverage per type by both methods, with the findings."""
        return {"schema": SCHEMA, "community": result.community, "crs": result.crs, "coverage": result.coverage,
                "findings": [f.to_dict() for f in result.findings]}
