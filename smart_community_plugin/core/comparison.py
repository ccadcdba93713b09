"""Compare two reviews of one community (existing facilities only against existing plus planned)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

# Better verdicts first; a check moving up this list improved.
RANK = {"pass": 0, "not_applicable": 0, "info": 1, "warning": 2, "not_assessable": 3, "fail": 4}


@dataclass(frozen=True)
class CheckChange:
    """One check in both reviews."""

    check_id: str
    clause: str
    facility_type: Optional[str]
    before: Optional[str]          # verdict, or None when the check only exists in one review
    after: Optional[str]

    @property
    def change(self) -> str:
        """improved, worse, same, new (only after) or gone (only before)."""
        if self.before is None:
            return "new"
        if self.after is None:
            return "gone"
        diff = RANK.get(self.after, 4) - RANK.get(self.before, 4)
        return "improved" if diff < 0 else "worse" if diff > 0 else "same"


@dataclass(frozen=True)
class TypeComparison:
    """Per facility type: counts and covered population share in both reviews."""

    facility_type: str
    required: Optional[int]           # None where the table sets no count (e.g. one per gated compound)
    count_before: int
    count_after: int
    covered_before: Optional[float]   # share of residents within the type's distance limit
    covered_after: Optional[float]
    verdict_before: Optional[str]     # the worst verdict of the type's checks
    verdict_after: Optional[str]


@dataclass(frozen=True)
class Comparison:
    """What the planned facilities change."""

    checks: tuple[CheckChange, ...]
    types: tuple[TypeComparison, ...]
    overall_before: str
    overall_after: str

    def count(self, change: str) -> int:
        """How many checks changed this way."""
        return sum(c.change == change for c in self.checks)


def _covered(review: dict, code: str) -> Optional[float]:
    cov = review.get("coverage", {}).get(code)
    if not cov:
        return None
    # The verdict's own distance: walking where the review had a network, else straight line.
    stats = cov.get("network") or cov.get("euclidean")
    return None if not stats or stats.get("ratio") is None else float(stats["ratio"])


def _worst(checks: list[dict]) -> Optional[str]:
    return max((c["verdict"] for c in checks), key=lambda v: RANK.get(v, 4), default=None)


def compare_reviews(before: dict[str, Any], after: dict[str, Any]) -> Comparison:
    """Check by check and type by type, from the JSON form of two reviews (ReviewResult.to_dict)."""
    b = {c["id"]: c for c in before.get("checks", [])}
    a = {c["id"]: c for c in after.get("checks", [])}
    changes = tuple(CheckChange(i, (a.get(i) or b[i])["clause"], (a.get(i) or b[i]).get("facility_type"),
                                b[i]["verdict"] if i in b else None, a[i]["verdict"] if i in a else None)
                    for i in list(b) + [i for i in a if i not in b])
    types = []
    codes = [c["facility_type"] for c in after.get("checks", []) if c["rule"] == "quantity" and c.get("facility_type")]
    for code in dict.fromkeys(codes):
        qb, qa = b.get(f"quantity:{code}", {}), a.get(f"quantity:{code}", {})
        types.append(TypeComparison(
            code, qa.get("required", {}).get("count"),
            int(qb.get("measured", {}).get("total", qb.get("measured", {}).get("count", 0)) or 0),
            int(qa.get("measured", {}).get("total", qa.get("measured", {}).get("count", 0)) or 0),
            _covered(before, code), _covered(after, code),
            _worst([c for c in b.values() if c.get("facility_type") == code]),
            _worst([c for c in a.values() if c.get("facility_type") == code])))
    return Comparison(changes, tuple(types), before.get("summary", {}).get("overall", ""),
                      after.get("summary", {}).get("overall", ""))
