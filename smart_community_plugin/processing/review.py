"""smart_community:review — check a community scheme against Table A.0.1 and the related clauses."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingOutputNumber, QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr
from ..layers.atomic import OutputExistsError, write_json
from ..layers.privacy import mask_document as mask_all
from ..layers.writer import write_result_gpkg
from .scheme import add_scheme_parameters, run_scheme


class ReviewAlgorithm(QgsProcessingAlgorithm):
    """Runs the review and writes OUTPUT_JSON and OUTPUT_GPKG."""

    def name(self) -> str:
        return "review"

    def displayName(self) -> str:
        return tr("Review community scheme")

    def group(self) -> str:
        return tr("Review")

    def groupId(self) -> str:
        return "review"

    def shortHelpString(self) -> str:
        return tr(
            "Checks a community scheme against T/CECS 智慧社区规划标准: facility counts per population "
            "(4.5.3, Table A.0.1), service radius coverage, sizes, the integrated service centre "
            "(4.5.5-1), property management rooms and smart requirements (智慧要求, 4.5.10). "
            "With a roads layer, distances are walked along the network (DISTANCE: euclidean, network "
            "or both; verdicts use walking distances when they are computed), with buildings and "
            "facilities inside gated compounds reaching out only through the paths in their walls' "
            "gates. Distances are in metres in a CGCS2000 Gauss-Kruger or UTM CRS chosen from the data. "
            "Population per building: its population field, else households x persons per "
            "household, else floor area / floor area per person. Writes a JSON review "
            "(docs/review-schema.md) and a GeoPackage of result layers; inputs are never modified.")

    def createInstance(self) -> "ReviewAlgorithm":
        return ReviewAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        add_scheme_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", tr("Review (JSON)"), "JSON (*.json)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_GPKG", tr("Result layers (GeoPackage)"), "GeoPackage (*.gpkg)", optional=True))
        self.addOutput(QgsProcessingOutputString("OVERALL", tr("Overall verdict")))
        self.addOutput(QgsProcessingOutputNumber("FAIL_COUNT", tr("Failed checks")))
        self.addOutput(QgsProcessingOutputNumber("WARNING_COUNT", tr("Warnings")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        out_json = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
        out_gpkg = self.parameterAsFileOutput(parameters, "OUTPUT_GPKG", context) or None
        inputs, result = run_scheme(self, parameters, context, feedback)
        try:
            if out_gpkg:
                write_result_gpkg(out_gpkg, result, inputs, QgsCoordinateReferenceSystem(inputs.crs["working"]))
            data = result.to_dict()
            data["sources"] = inputs.sources
            write_json(out_json, mask_all(data))   # 6.4.3: no ID card or mobile number leaves in clear
        except (OutputExistsError, OSError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        if out_gpkg and context.project() is not None:
            from .result_loading import load_results_on_completion

            load_results_on_completion(out_gpkg, out_json, context)
        counts = result.counts()
        feedback.pushInfo(tr("Overall: {} — {} fail, {} warning, {} pass").format(
            result.overall(), counts["fail"], counts["warning"], counts["pass"]))
        return {"OUTPUT_JSON": out_json, "OUTPUT_GPKG": out_gpkg, "OVERALL": result.overall(),
                "FAIL_COUNT": counts["fail"], "WARNING_COUNT": counts["warning"]}
