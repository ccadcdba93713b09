"""Smart requirements (智慧要求) per facility: declared items against 应/宜/可 items of its type."""

from __future__ import annotations

from collections import defaultdict

from ...standard.model import SmartRequirement, Strength
from ..context import ReviewContext
from ..results import CheckResult, Verdict, verdict_for


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
            groups[(item.clause, item.strength)].append(item)
        for k in ctx.facilities_of(ftype.code, inside=True):
            fid = ctx.fid(k)
            label = f.names[k] or f"#{fid}"
            have = declared_codes(f.smart_features[k], items)
            for (clause, strength), group in groups.items():
                missing = [r.code for r in group if r.code not in have]
                ok = not missing
                verdict = verdict_for(ok, strength) if strength is not Strength.MAY else (
                    Verdict.PASS if ok else Verdict.INFO)
                out.append(CheckResult(
                    id=f"smart_requirements:{ftype.code}:{fid}:{clause}:{strength.value}",
                    rule="smart_requirements", clause=clause, facility_type=ftype.code,
                    strength=strength, verdict=verdict,
                    message=(f"{ftype.name_en} {label}: {len(group) - len(missing)} of {len(group)} "
                             f"{strength.zh}-items declared" + (f"; missing {', '.join(missing)}" if missing else "") + "."),
                    requirement_zh="；".join(r.text_zh for r in group),
                    measured={"declared": sorted(have & {r.code for r in group}), "missing": missing},
                    required={"items": [r.code for r in group]}, feature_ids=[fid], layer="facilities"))
    return out
