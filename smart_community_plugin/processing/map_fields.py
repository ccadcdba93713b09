"""smart_community:map_fields — a copy of a submitted layer in the planning schema (fields, type codes)."""

from __future__ import annotations

import json
from typing import Any, Callable

from qgis.core import (
    QgsFeature, QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingOutputString, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource, QgsProcessingParameterString,
)

from ..core.field_mapping import FacilityMatcher, propose_fields
from ..layers.privacy import masker
from ..i18n import tr
from ..layers.reader import _STATUS, facility_type_lookup
from ..layers.schema import layer_spec
from ..layers.writer import fields_from_spec
from ..standard import load_standard
from .sinks import copy_features

ROLES = ("buildings", "facilities", "community", "compounds", "roads")


def parse_mapping(text: str) -> dict[str, str]:
    """A mapping given as JSON ({"floors": "层数"}) or as lines/pairs 'floors=层数'."""
    text = (text or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise QgsProcessingException(tr("The mapping is not valid JSON: {}").format(exc)) from exc
        return {str(k): str(v) for k, v in data.items() if v}
    pairs = [p.split("=", 1) for p in text.replace("\n", ";").split(";") if "=" in p]
    return {k.strip(): v.strip() for k, v in pairs if v.strip()}


def convert_value(target: str, value: Any, matcher: FacilityMatcher, kind: str,
                  mask: Callable[[str], str]) -> Any:
    """A source value in the target field's form: type codes, status words, numbers; text masked (6.4.3)."""
    if value is None or str(value) == "NULL" or (isinstance(value, str) and not value.strip()):
        return None
    if target == "facility_type":
        return matcher.match(str(value)) or str(value).strip()
    if target == "status":
        return _STATUS.get(str(value).strip().lower(), str(value).strip())
    if kind in ("integer", "double"):
        try:
            number = float(str(value).replace(",", "").strip())
        except ValueError:
            return None
        return int(round(number)) if kind == "integer" else number
    return mask(str(value))


class MapFieldsAlgorithm(QgsProcessingAlgorithm):
    """INPUT, ROLE, MAPPING (empty: proposed from the vocabulary), OUTPUT in the planning schema."""

    def name(self) -> str:
        return "map_fields"

    def displayName(self) -> str:
        return tr("Map fields to the planning schema")

    def group(self) -> str:
        return tr("Data")

    def groupId(self) -> str:
        return "data"

    def shortHelpString(self) -> str:
        return tr("Copies a submitted layer into the planning schema without touching it: its fields are "
                  "mapped to the template's (层数 → floors, 户数 → households, 设施类型 → facility_type …), "
                  "facility names and types to Table A.0.1 codes (卫生站 → health_station), status words to "
                  "existing/planned, numbers written as text to numbers. Leave MAPPING empty to use the "
                  "proposal (printed in the log), or give it as JSON or target=source pairs. Person-level "
                  "fields are not copied; ID card and mobile numbers in copied text are masked (6.4.3).")

    def createInstance(self) -> "MapFieldsAlgorithm":
        return MapFieldsAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Submitted layer"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum("ROLE", tr("Planning layer it holds"), list(ROLES),
                                                     defaultValue="buildings", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("MAPPING", tr("Mapping (empty: proposed)"), "",
                                                       multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Mapped copy")))
        self.addOutput(QgsProcessingOutputString("MAPPING_USED", tr("Mapping used (JSON)")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        role = self.parameterAsString(parameters, "ROLE", context)
        names = source.fields().names()
        mapping = parse_mapping(self.parameterAsString(parameters, "MAPPING", context)) or propose_fields(role, names)
        unknown = [v for v in mapping.values() if v not in names]
        if unknown:
            raise QgsProcessingException(tr("Fields not in the layer: {}").format(", ".join(unknown)))
        spec = [(f.name, f.type) for f in layer_spec(role).fields]
        kinds = dict(spec)
        feedback.pushInfo(tr("Mapping: {}").format(json.dumps(mapping, ensure_ascii=False)))
        missing = [t for t, _ in spec if t not in mapping and t not in ("data_source", "entry_time")]
        if missing:
            feedback.pushInfo(tr("Not in the submission (left empty): {}").format(", ".join(missing)))
        matcher = FacilityMatcher(facility_type_lookup(load_standard()))
        mask = masker()
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields_from_spec(spec), source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        def mapped(feat: QgsFeature) -> QgsFeature:
            out = QgsFeature()
            out.setGeometry(feat.geometry())
            out.setAttributes([convert_value(t, feat[mapping[t]], matcher, kinds[t], mask) if t in mapping else None
                               for t, _ in spec])
            return out

        copy_features(source, sink, mapped, feedback)
        return {"OUTPUT": dest, "MAPPING_USED": json.dumps(mapping, ensure_ascii=False)}
