"""The approval verdict of a review (通过 / 有条件通过 / 不通过) from its checks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

APPROVAL_ZH = {"pass": "通过", "conditional": "有条件通过", "fail": "不通过"}
APPROVAL_EN = {"pass": "Approved", "conditional": "Approved with conditions", "fail": "Not approved"}


def approval_from_verdicts(verdicts: Iterable[str]) -> str:
    """fail when any 应/必须 check fails; conditional when only 宜 items (or unverifiable values) fall
    short, i.e. there are warnings but no failures; pass otherwise. 可 items (info) never block."""
    seen = set(verdicts)
    if "fail" in seen:
        return "fail"
    if "warning" in seen:
        return "conditional"
    return "pass"


def approval(review: dict[str, Any]) -> str:
    """The approval verdict of a review in its JSON form, recomputed from its checks."""
    return approval_from_verdicts(c["verdict"] for c in review.get("checks", []))
