"""What the register's rules share: their provisions, the fields of their checks, one check per id."""

from __future__ import annotations

from typing import Any, Optional

from ...standard.model import Strength
from ...standard.register import Provision
from ..context import ReviewContext
from ..messages import Text
from ..results import CheckResult, Verdict


def provisions_of(ctx: ReviewContext, rule: str) -> list[Provision]:
    """Register provisions a rule assesses (applicable to this community's kind)."""
    return [p for p in ctx.register.provisions if rule in p.rules and p.applies_to(ctx.community_kind)]


def facility_label(ctx: ReviewContext, k: int) -> str:
    """A facility's name, or its feature id when it has none."""
    return ctx.inputs.facilities.names[k] or f"#{ctx.fid(k)}"


def provision_fields(ctx: ReviewContext, p: Provision, check_id: str, layer: str,
                     facility_type: Optional[str] = None, **kw: Any) -> dict[str, Any]:
    """A check's fields taken from its provision: rule (the id's first part), clause, applied strength, text."""
    return dict(id=check_id, rule=check_id.split(":")[0], clause=p.clause, facility_type=facility_type,
                strength=ctx.applied(p), requirement_zh=p.text_zh, layer=layer, **kw)


def facility_check(ctx: ReviewContext, p: Provision, rule: str, code: str, k: int, verdict: Verdict, text: Text,
                   measured: dict, required: dict) -> CheckResult:
    """The check of one facility k of a type against a provision."""
    return CheckResult(verdict=verdict, message=text, measured=measured, required=required,
                       feature_ids=[ctx.fid(k)],
                       **provision_fields(ctx, p, f"{rule}:{code}:{ctx.fid(k)}", "facilities", code))


def one_per_id(results: list[CheckResult]) -> list[CheckResult]:
    """One check per id: two provisions assessed by one rule (a table row and a chapter) share it; the stronger
    wording is kept."""
    seen: dict[str, CheckResult] = {}
    for r in results:
        if r.id not in seen or Strength(r.strength).rank > Strength(seen[r.id].strength).rank:
            seen[r.id] = r
    return list(seen.values())
