"""smart_community:validate — check a submission against the planning schema; fails only when blocking."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext,
    QgsProcessingException, QgsProcessingFeedback, QgsProcessingOutputNumber, QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink, QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer, QgsVectorLayer, QgsWkbTypes,
)

from ..i18n import tr, tr_noop
from ..layers.atomic import OutputExistsError, atomic_path, write_json
from ..layers.validation import ROLES, validate_layers
from ..standard import load_standard
from .sinks import write_sink

LABELS = {"community": tr_noop("Community boundary"), "buildings": tr_noop("Buildings"),
          "facilities": tr_noop("Facilities"), "compounds": tr_noop("Gated compounds"),
          "roads": tr_noop("Roads and paths")}
LAYER_TYPES = {"community": QgsProcessing.SourceType.TypeVectorPolygon,
               "buildings": QgsProcessing.SourceType.TypeVectorPolygon,
               "facilities": QgsProcessing.SourceType.TypeVectorAnyGeometry,
               "compounds": QgsProcessing.SourceType.TypeVectorPolygon,
               "roads": QgsProcessing.SourceType.TypeVectorLine}


class ValidateAlgorithm(QgsProcessingAlgorithm):
    """A planning GeoPackage (INPUT) or single layers; findings as JSON, a layer and a summary."""

    def name(self) -> str:
        return "validate"

    def displayName(self) -> str:
        return tr("Validate submission")

    def group(self) -> str:
        return tr("Data")

    def groupId(self) -> str:
        return "data"

    def shortHelpString(self) -> str:
        return tr("Checks submitted layers before a review: missing layers and fields, geometry types, unknown "
                  "or degree-based CRS, empty, invalid and duplicate geometries, overlapping buildings, "
                  "facilities far outside the community, values outside their domains (unknown facility "
                  "types, floors outside 1-100, negative population, zero areas), person-level data (6.4.3) "
                  "and missing data-source and entry-time records (6.4.2). Give a planning GeoPackage (layers "
                  "named as in the template) or the layers one by one. The algorithm fails only on blocking "
                  "findings; the input is never modified.")

    def createInstance(self) -> "ValidateAlgorithm":
        return ValidateAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Planning GeoPackage (or the layers below)"),
                                                     extension="gpkg", optional=True))
        for role in ROLES:
            self.addParameter(QgsProcessingParameterVectorLayer(role.upper(), tr(LABELS[role]),
                                                                [LAYER_TYPES[role]], optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_JSON", tr("Findings (JSON)"), "JSON (*.json)",
                                                                optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Findings"), optional=True,
                                                            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_TEXT", tr("Summary (text)"), "Text (*.txt)",
                                                                optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("BLOCKING", tr("Blocking findings")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Warnings")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        gpkg = self.parameterAsFile(parameters, "INPUT", context)
        layers: dict[str, Any] = {}
        for role in ROLES:
            layers[role] = self.parameterAsVectorLayer(parameters, role.upper(), context)
            if layers[role] is None and gpkg:
                candidate = QgsVectorLayer(f"{gpkg}|layername={role}", role, "ogr")
                layers[role] = candidate if candidate.isValid() else None
        if not gpkg and all(v is None for v in layers.values()):
            raise QgsProcessingException(tr("Give a planning GeoPackage or at least one layer."))
        result = validate_layers(layers, load_standard())
        for f in result.findings:
            line = f"[{f.severity.value}] {f.layer}" + (f" #{f.feature_id}" if f.feature_id is not None else "") + \
                (f" [{f.field}]" if f.field else "") + f": {f.message}"
            (feedback.reportError(line) if f.severity.value == "error" else
             feedback.pushWarning(line) if f.severity.value == "warning" else feedback.pushInfo(line))
        out: dict[str, Any] = {"BLOCKING": len(result.blocking), "WARNINGS": result.counts()["warning"],
                               "SUMMARY": result.summary().splitlines()[0]}
        json_path = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
        if json_path:
            try:
                write_json(json_path, result.to_dict())
            except (OutputExistsError, OSError) as exc:
                raise QgsProcessingException(str(exc)) from exc
            out["OUTPUT_JSON"] = json_path
        text_path = self.parameterAsFileOutput(parameters, "OUTPUT_TEXT", context)
        if text_path:
            try:
                with atomic_path(text_path, True) as tmp:
                    tmp.write_text(result.summary() + "\n", encoding="utf-8")
            except OSError as exc:
                raise QgsProcessingException(str(exc)) from exc
            out["OUTPUT_TEXT"] = text_path
        if parameters.get("OUTPUT") not in (None, ""):
            spec = [("severity", "string"), ("layer", "string"), ("feature_id", "integer"), ("field", "string"),
                    ("message", "string")]
            rows = [(result.locations.get((f.layer, f.feature_id)) if f.feature_id is not None else None,
                     [f.severity.value, f.layer, f.feature_id, f.field or "", f.message]) for f in result.findings]
            crs = QgsCoordinateReferenceSystem(result.crs) if result.crs else QgsCoordinateReferenceSystem()
            out["OUTPUT"] = write_sink(self, parameters, "OUTPUT", context, spec, QgsWkbTypes.Type.Point, crs, rows)
        feedback.pushInfo(out["SUMMARY"])
        if result.blocking:
            message = tr("{} blocking findings: fix them before reviewing. {}").format(
                len(result.blocking), "; ".join(f"{f.layer}: {f.message}" for f in result.blocking[:5]))
            raise QgsProcessingException(message)
        return out
