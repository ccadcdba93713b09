"""smart_community:map_fields — a copy of a submitted layer in the planning schema (fields, type codes)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ..core.errors import Cancelled, InputError
from ..core.personal_data import is_personal_field
from ..core.values import STATUS_WORDS, is_null
from ..i18n import tr, tr_noop
from ..layers.schema import layer_spec
from ..layers.vector_write import LayerData
from ..standard import load_standard
from ..standard.vocabulary import FacilityMatcher, propose_fields
from .base import SmartAlgorithm
from .destinations import write_sink

ROLES = ("buildings", "facilities", "community", "compounds", "roads", "green_spaces")


def parse_mapping(text: str) -> dict[str, str]:
    """A mapping given as JSON ({"floors": "层数"}) or as lines/pairs 'floors=层数'."""
    text = (text or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise InputError(tr("The mapping is not valid JSON: {}").format(exc)) from exc
        if not isinstance(data, dict):
            raise InputError(tr("The mapping is not valid JSON: {}").format("not an object"))
        return {str(k): str(v) for k, v in data.items() if v}
    pairs = [p.split("=", 1) for p in text.replace("\n", ";").split(";") if "=" in p]
    return {k.strip(): v.strip() for k, v in pairs if v.strip()}


def convert_value(target: str, value: Any, matcher: FacilityMatcher, kind: str) -> Any:
    """A source value in the target field's form: type codes, status words, numbers (None when a number is
    not finite or cannot be read); text as it is (the writer masks it, 6.4.3)."""
    if is_null(value) or (isinstance(value, str) and not value.strip()) or str(value) == "NULL":
        return None
    if target == "facility_type":
        return matcher.match(str(value)) or str(value).strip()
    if target == "status":
        return STATUS_WORDS.get(str(value).strip().lower(), str(value).strip())
    if kind in ("integer", "double"):
        try:
            number = float(str(value).replace(",", "").strip())
        except (ValueError, OverflowError):
            return None
        if not math.isfinite(number) or (kind == "integer" and abs(number) > 2 ** 62):
            return None
        return int(round(number)) if kind == "integer" else number
    return str(value)


SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


class MapFieldsAlgorithm(SmartAlgorithm):
    """INPUT, ROLE, MAPPING (empty: proposed from the vocabulary), OUTPUT in the planning schema."""

    NAME, GROUP, TITLE = "map_fields", "data", tr_noop("Map fields to the planning schema")
    HELP = tr_noop("Copies a submitted layer into the planning schema without touching it: its fields are "
                   "mapped to the template's (层数 → floors, 户数 → households, 设施类型 → facility_type …), "
                   "facility names and types to Table A.0.1 codes (卫生站 → health_station), status words to "
                   "existing/planned, numbers written as text to numbers. Leave MAPPING empty to use the "
                   "proposal (printed in the log), or give it as JSON or target=source pairs. Person-level "
                   "fields are not copied; ID card and mobile numbers in copied text are masked (6.4.3).")

    def define(self) -> None:
        """The layer, its role, the mapping and the copy."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Submitted layer"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum("ROLE", tr("Planning layer it holds (community boundary, "
                                                                "buildings, facilities, gated compounds, roads)"),
                                                     list(ROLES),
                                                     defaultValue="buildings", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("MAPPING", tr("Mapping (empty: proposed)"), "",
                                                       multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Mapped copy")))
        self.addOutput(QgsProcessingOutputString("MAPPING_USED", tr("Mapping used (JSON)")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Propose or read the mapping, then write the copy."""
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        role = self.parameterAsString(parameters, "ROLE", context)
        names = source.fields().names()
        mapping = parse_mapping(self.parameterAsString(parameters, "MAPPING", context)) or propose_fields(role, names)
        unknown = [v for v in mapping.values() if v not in names]
        if unknown:
            raise InputError(tr("Fields not in the layer: {}").format(", ".join(unknown)))
        personal = sorted(t for t, v in mapping.items() if is_personal_field(v))
        if personal:
            feedback.pushInfo(tr("Person-level fields not copied (6.4.3): {}").format(
                ", ".join(mapping[t] for t in personal)))
            mapping = {t: v for t, v in mapping.items() if t not in personal}
        spec = [(f.name, f.type) for f in layer_spec(role).fields]
        kinds = dict(spec)
        feedback.pushInfo(tr("Mapping: {}").format(json.dumps(mapping, ensure_ascii=False)))
        missing = [t for t, _ in spec if t not in mapping and t not in ("data_source", "entry_time")]
        if missing:
            feedback.pushInfo(tr("Not in the submission (left empty): {}").format(", ".join(missing)))
        matcher = load_standard().matcher
        total = max(source.featureCount(), 1)

        def rows() -> Iterator[tuple[Any, list]]:
            # Geometries are copied as they are: validation reports invalid ones. (QGIS's own check would abort
            # the iteration by throwing through Python, which is not safe.)
            for n, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_CHECKS)):
                if feedback.isCanceled():
                    raise Cancelled(tr("Cancelled."))
                feedback.setProgress(100 * n / total)
                yield QgsFeature(feat).geometry(), [
                    convert_value(t, feat[mapping[t]], matcher, kinds[t]) if t in mapping else None for t, _ in spec]

        with self.outputs(parameters, context) as outputs:
            dest = write_sink(self, parameters, "OUTPUT", context, outputs,
                              LayerData(role, source.wkbType(), source.sourceCrs(), spec, rows()))
        return {"OUTPUT": dest, "MAPPING_USED": json.dumps(mapping, ensure_ascii=False)}
