"""Check results, input findings and the review result with its JSON form."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Optional

from ..standard.model import Strength
from .messages import Text, current_language, normalise_language, text_of
from .privacy import RawJSON, Rows, compact_json

SCHEMA = "smart-community-review/1"


class Verdict(str, Enum):
    """Outcome of one check: a failed 应/必须 is fail, a failed 宜 is warning, 可 only informs."""

    PASS = "pass"
    FAIL = "fail"
    WARNING = "warning"
    INFO = "info"
    NOT_APPLICABLE = "not_applicable"
    NOT_ASSESSABLE = "not_assessable"   # the data cannot establish it (no population ...): never a pass


def verdict_for(ok: bool, strength: Strength) -> Verdict:
    """Verdict of a check that passed or not, by the wording strength of its provision."""
    if ok:
        return Verdict.PASS
    if strength in (Strength.MUST, Strength.SHALL):
        return Verdict.FAIL
    if strength is Strength.SHOULD:
        return Verdict.WARNING
    return Verdict.INFO


class Severity(str, Enum):
    """How much an input finding matters: errors stop the review, warnings and infos do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# Most severe first, by value (findings in their JSON form sort by it too).
SEVERITY_RANK = {s.value: rank for rank, s in enumerate(Severity)}


@dataclass(frozen=True)
class Finding:
    """A problem with the input data (not with the scheme): layer, feature, field and a message."""

    severity: Severity
    layer: str
    message: Text
    feature_id: Optional[int] = None
    field: Optional[str] = None

    def text(self, language: Optional[str] = None) -> str:
        """The finding's message in a language."""
        return text_of(self.message, language)

    def to_dict(self, language: Optional[str] = None) -> dict[str, Any]:
        """JSON form: the message in the language asked, its id, values and both texts."""
        return {"severity": self.severity.value, "layer": self.layer, "feature_id": self.feature_id,
                "field": self.field, **message_fields(self.message, language)}


def message_fields(message: Text, language: Optional[str]) -> dict[str, Any]:
    """message, message_id, values and messages {en, zh} of a message (a plain text has no id)."""
    if isinstance(message, str):
        return {"message": message, "message_id": None, "values": {}, "messages": {"en": message, "zh": message}}
    return message.to_dict(language)


@dataclass
class CheckResult:
    """One check of the scheme against one provision."""

    id: str
    rule: str
    clause: str
    facility_type: Optional[str]
    strength: Strength
    verdict: Verdict
    message: Text
    requirement_zh: str = ""
    measured: dict[str, Any] = field(default_factory=dict)
    required: dict[str, Any] = field(default_factory=dict)
    feature_ids: list[int] = field(default_factory=list)
    layer: Optional[str] = None
    # The check_patterns.Pattern this check is a row of (it shares all but its feature with others), or None.
    pattern: Any = field(default=None, compare=False, repr=False)

    def text(self, language: Optional[str] = None) -> str:
        """The check's message in a language."""
        return text_of(self.message, language)

    def json_text(self, language: Optional[str] = None) -> str:
        """Compact JSON text of to_dict(language), made from the check's pattern when it has one."""
        if self.pattern is not None:
            return self.pattern.json_text(self, language)
        return compact_json(self.to_dict(language))

    def to_dict(self, language: Optional[str] = None) -> dict[str, Any]:
        """JSON form: the message in the language asked, its id, values and both texts."""
        return {
            "id": self.id, "rule": self.rule, "clause": self.clause,
            "facility_type": self.facility_type, "strength": self.strength.value,
            "strength_zh": self.strength.zh, "verdict": self.verdict.value,
            **message_fields(self.message, language),
            "requirement_zh": self.requirement_zh, "measured": _clean(self.measured),
            "required": _clean(self.required), "layer": self.layer,
            "feature_ids": [int(i) for i in self.feature_ids],
        }


@dataclass
class CoverageStats:
    """Population-weighted coverage of one facility type by one distance method."""

    population_total: float
    population_covered: float
    uncovered_building_ids: list[int]
    buildings_total: int

    @property
    def ratio(self) -> Optional[float]:
        """Covered share of the population; None when nobody lives there."""
        if self.population_total <= 0:
            return None
        return self.population_covered / self.population_total

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"population_total": round(self.population_total, 3),
                "population_covered": round(self.population_covered, 3),
                "ratio": None if self.ratio is None else round(self.ratio, 6),
                "buildings_total": self.buildings_total,
                "uncovered_buildings": len(self.uncovered_building_ids),
                "uncovered_building_ids": list(self.uncovered_building_ids)}


@dataclass
class ReviewResult:
    """Everything a review produced: community profile, checks, coverage and input findings."""

    community: dict[str, Any]
    checks: list[CheckResult]
    coverage: dict[str, dict[str, Any]]
    findings: list[Finding]
    parameters: dict[str, Any]
    crs: dict[str, Any]
    standard: dict[str, Any]
    building_results: dict[str, Any] = field(default_factory=dict)
    life_circles: dict[str, Any] = field(default_factory=dict)
    sunlight: dict[str, Any] = field(default_factory=dict)
    facility_results: dict[str, Any] = field(default_factory=dict)
    sunlight_result: Any = None        # the sunlight analysis with its geometry (not in the JSON)
    sources: dict[str, Any] = field(default_factory=dict)   # where each input layer came from (6.4.2)
    provisions: list[dict[str, Any]] = field(default_factory=list)   # every register item and its outcome
    shelter_routes: Any = None         # each home's walk to its nearest emergency shelter (not in the JSON)

    def counts(self) -> dict[str, int]:
        """Number of checks per verdict."""
        out = {v.value: 0 for v in Verdict}
        for c in self.checks:
            out[c.verdict.value] += 1
        return out

    def overall(self) -> str:
        """fail, incomplete (a 应/必须 provision not assessed), conditional (only 宜 short) or pass."""
        from .approval import approval_from_verdicts
        from .provisions import blocking

        return approval_from_verdicts([c.verdict.value for c in self.checks], blocking(self.provisions))

    def to_dict(self, language: Optional[str] = None, detail: bool = True, lazy: bool = False) -> dict[str, Any]:
        """The documented JSON form (docs/review-schema.md); `message` texts in the language asked. Without
        `detail` the rows per building and per window (uncovered building ids, sunlight windows) are left to the
        result GeoPackage, and only their counts kept: a city's review stays a summary."""
        doc = self._dict(language, lazy)
        if not detail:
            doc["coverage"] = _without_ids(doc["coverage"])
            sun = doc.get("sunlight") or {}
            if "windows" in sun:
                doc["sunlight"] = {**sun, "windows_count": len(sun["windows"])}
                del doc["sunlight"]["windows"]
        doc["detail"] = bool(detail)
        return doc

    def _dict(self, language: Optional[str], lazy: bool = False) -> dict[str, Any]:
        # lazy: the checks written one by one as JSON text (a city's review holds 1e6 of them).
        checks = Rows(lambda: (RawJSON(c.json_text(language)) for c in self.checks), len(self.checks)) if lazy \
            else [c.to_dict(language) for c in self.checks]
        return {
            "schema": SCHEMA,
            "standard": self.standard,
            "parameters": _clean(self.parameters),
            "crs": self.crs,
            "community": _clean(self.community),
            "summary": {"overall": self.overall(), "counts": self.counts(),
                        "provisions": _provision_counts(self.provisions),
                        "not_assessed": [e["id"] for e in _blocking(self.provisions)]},
            "language": normalise_language(language or current_language()),
            "checks": checks,
            "coverage": _clean(self.coverage),
            "life_circles": _clean(self.life_circles),
            "sunlight": _clean(self.sunlight),
            "findings": [f.to_dict(language) for f in self.findings],
            "sources": self.sources,
            "provisions": _clean(self.provisions),
        }


def _without_ids(coverage: dict[str, Any]) -> dict[str, Any]:
    """Coverage blocks without their lists of uncovered building ids (their counts stay)."""
    out = {}
    for code, block in coverage.items():
        out[code] = {k: ({kk: vv for kk, vv in v.items() if kk != "uncovered_building_ids"}
                         if isinstance(v, dict) and "uncovered_building_ids" in v else v)
                     for k, v in block.items()} if isinstance(block, dict) else block
    return out


def _provision_counts(provisions: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    from .provisions import counts

    return counts(provisions)


def _blocking(provisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from .provisions import blocking

    return blocking(provisions)


def _clean(value: Any) -> Any:
    """Make numpy scalars, NaN and tuples JSON-safe, recursively."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:   # most values: nothing to do
        return value
    if kind is float:
        return round(value, 6) if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and callable(value.item):
        value = value.item()
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return round(value, 6)
    if isinstance(value, Enum):
        return value.value
    return value
