"""The approval verdict of a review (通过 / 有条件通过 / 资料不全 / 不通过) from its checks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

APPROVALS = ("fail", "incomplete", "conditional", "pass")


def approval_from_verdicts(verdicts: Iterable[str], unassessed: Iterable[Any] = ()) -> str:
    """fail when any 应/必须 check fails; incomplete when nothing failed but a check could not be assessed
    from the data, or a 必须/应 provision of the register was not assessed (never a pass: what was not
    assessed is not met); conditional when only 宜 items fall short; pass otherwise. 可 items never block."""
    seen = set(verdicts)
    if "fail" in seen:
        return "fail"
    if "not_assessable" in seen or any(True for _ in unassessed):
        return "incomplete"
    if "warning" in seen:
        return "conditional"
    return "pass"


def approval(review: dict[str, Any]) -> str:
    """The approval verdict of a review in its JSON form, recomputed from its checks."""
    from .provisions import blocking

    return approval_from_verdicts([c["verdict"] for c in review.get("checks", [])],
                                  blocking(review.get("provisions", [])))
