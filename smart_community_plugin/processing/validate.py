"""smart_community:validate — check a submission against the planning schema; fails only when blocking."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from ..i18n import tr, tr_noop
from ..layers.vector_write import LayerData
from ..pipeline.scheme import Scheme
from ..pipeline.validation import ROLES, validate_layers
from ..standard import load_standard
from .base import SmartAlgorithm
from .destinations import sink_wanted, write_sink
from .parameters import add_layer_parameter, report_findings, scheme_from_parameters


class ValidateAlgorithm(SmartAlgorithm):
    """A planning GeoPackage (INPUT) or single layers; findings as JSON, a layer and a summary."""

    NAME, GROUP, TITLE = "validate", "data", tr_noop("Validate submission")
    HELP = tr_noop("Checks submitted layers before a review: missing layers and fields, geometry types, unknown "
                   "or degree-based CRS, unreadable, empty, invalid and duplicate geometries, overlapping "
                   "buildings, facilities far outside the community, values outside their domains (unknown "
                   "facility types, floors outside 1-100, negative population, zero areas), person-level data "
                   "(6.4.3) and missing data-source and entry-time records (6.4.2), on every layer the review "
                   "reads (gates, entrances and activity grounds too), then reads them as the review does. Give "
                   "a planning GeoPackage (layers named as in the template) or the layers one by one. The "
                   "algorithm fails only on blocking findings, after writing them; the input is never modified.")

    def define(self) -> None:
        """A GeoPackage or the layers one by one; the three outputs."""
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Planning GeoPackage (or the layers below)"),
                                                     extension="gpkg", optional=True))
        for role in ROLES:
            add_layer_parameter(self, role, optional=True)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_JSON", tr("Findings (JSON)"), "JSON (*.json)",
                                                                optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Findings"), optional=True,
                                                            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_TEXT", tr("Summary (text)"), "Text (*.txt)",
                                                                optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("BLOCKING", tr("Blocking findings")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Warnings")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary")))

    def _scheme(self, parameters: dict, context: QgsProcessingContext) -> Scheme:
        scheme = scheme_from_parameters(self, parameters, context, ROLES)
        gpkg = self.parameterAsFile(parameters, "INPUT", context)
        if gpkg:
            whole = Scheme.from_gpkg(gpkg, ROLES)
            for role in ROLES:
                if scheme.get(role) is None:
                    scheme.layers[role] = whole.get(role)
            scheme.files += whole.files
        if not scheme.present():
            raise QgsProcessingException(tr("Give a planning GeoPackage or at least one layer."))
        return scheme

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Validate, write what was asked, fail on blocking findings."""
        json_path = self.file_output(parameters, "OUTPUT_JSON", context)
        text_path = self.file_output(parameters, "OUTPUT_TEXT", context)
        with self.outputs(parameters, context) as outputs:
            result = validate_layers(self._scheme(parameters, context), load_standard())
            report_findings(result.findings, feedback)
            out: dict[str, Any] = {"BLOCKING": len(result.blocking), "WARNINGS": result.counts()["warning"],
                                   "SUMMARY": outputs.privacy.text(result.summary().splitlines()[0])}
            if json_path:
                outputs.json(json_path, result.to_dict())
                out["OUTPUT_JSON"] = json_path
            if text_path:
                outputs.text(text_path, result.summary() + "\n")
                out["OUTPUT_TEXT"] = text_path
            if sink_wanted(parameters, "OUTPUT"):
                spec = [("severity", "string"), ("layer", "string"), ("feature_id", "integer"), ("field", "string"),
                        ("message", "string")]
                rows = [(result.locations.get((f.layer, f.feature_id)) if f.feature_id is not None else None,
                         [f.severity.value, f.layer, f.feature_id, f.field or "", f.text()]) for f in result.ordered()]
                crs = QgsCoordinateReferenceSystem(result.crs) if result.crs else QgsCoordinateReferenceSystem()
                out["OUTPUT"] = write_sink(self, parameters, "OUTPUT", context, outputs,
                                           LayerData("findings", QgsWkbTypes.Type.Point, crs, spec, rows))
        feedback.pushInfo(out["SUMMARY"])
        if result.blocking:
            raise QgsProcessingException(tr("{} blocking findings: fix them before reviewing. {}").format(
                len(result.blocking), "; ".join(f"{f.layer}: {f.text()}" for f in result.blocking[:5])))
        return out
