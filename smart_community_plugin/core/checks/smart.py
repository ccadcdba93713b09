"""Smart requirements (智慧要求) per facility: declared items against 应/宜/可 items of its type."""

from __future__ import annotations

from collections import defaultdict

from ...standard.model import SmartRequirement, Strength
from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for
from ..values import TO_BE_DECLARED_WORDS


def declared_codes(declared: frozenset[str], items: tuple[SmartRequirement, ...]) -> set[str]:
    """Codes of items a facility declares, by code or by the item's Chinese wording."""
    lowered = {d.strip().lower() for d in declared}
    return {r.code for r in items if r.code in lowered or r.text_zh.lower() in lowered}


def run(ctx: ReviewContext) -> list[CheckResult]:
    """For each facility inside the community: one check per (clause, strength) group of its items."""
    out: list[CheckResult] = []
    f = ctx.inputs.facilities
    for ftype in ctx.standard.facilities:
        items = ctx.standard.smart_requirements_for(ftype.code)
        if not items:
            continue
        groups: dict[tuple[str, Strength], list[SmartRequirement]] = defaultdict(list)
        for item in items:
            # 3.0.2: an existing community fills smart gaps selectively (the register's reading).
            groups[(item.clause, ctx.register.smart_strength(item.strength, ctx.community_kind))].append(item)
        for k in ctx.facilities_of(ftype.code, inside=True):
            fid = ctx.fid(k)
            label = f.names[k] or f"#{fid}"
            have = declared_codes(f.smart_features[k], items)
            pending = bool({d.strip().lower() for d in f.smart_features[k]} & TO_BE_DECLARED_WORDS)
            for (clause, strength), group in groups.items():
                missing = [r.code for r in group if r.code not in have]
                ok = not missing
                verdict = verdict_for(ok, strength) if strength is not Strength.MAY else (
                    Verdict.PASS if ok else Verdict.INFO)
                if pending and missing and strength in (Strength.MUST, Strength.SHALL):
                    verdict = Verdict.NOT_ASSESSABLE   # placed by the siting tool: the planner declares them
                out.append(CheckResult(
                    id=f"smart_requirements:{ftype.code}:{fid}:{clause}:{strength.value}",
                    rule="smart_requirements", clause=clause, facility_type=ftype.code,
                    strength=strength, verdict=verdict,
                    message=message("check.smart_requirements", type=ftype.code, label=label,
                                    have=len(group) - len(missing), count=len(group), strength=strength.value,
                                    # The type's own words: one code has other texts elsewhere (online_booking
                                    # is 线上预约 at a sports ground, 线上预约上门服务 for housekeeping).
                                    missing_items=[{"zh": r.text_zh, "en": r.text_en} for r in group
                                                   if r.code in missing],
                                    pending=pending and bool(missing),
                                    softened=any(r.strength is not strength for r in group)),
                    requirement_zh="；".join(r.text_zh for r in group),
                    measured={"declared": sorted(have & {r.code for r in group}), "missing": missing},
                    required={"items": [r.code for r in group]}, feature_ids=[fid], layer="facilities"))
    return out
