"""Smart requirements (智慧要求) per facility: declared items against 应/宜/可 items of its type."""

from __future__ import annotations

from collections import defaultdict

from ...standard.model import SmartRequirement, Strength
from ..check_patterns import LABEL, Pattern
from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for
from ..values import TO_BE_DECLARED_WORDS


def declared_codes(declared: frozenset[str], items: tuple[SmartRequirement, ...]) -> set[str]:
    """Codes of items a facility declares, by code or by the item's Chinese wording."""
    lowered = {d.strip().lower() for d in declared}
    return {r.code for r in items if r.code in lowered or r.text_zh.lower() in lowered}


def _pattern(code: str, clause: str, strength: Strength, group: list[SmartRequirement], missing: tuple[str, ...],
             pending: bool) -> Pattern:
    """What every facility of a type with these items missing is told about one (clause, strength) group."""
    ok = not missing
    verdict = verdict_for(ok, strength) if strength is not Strength.MAY else (Verdict.PASS if ok else Verdict.INFO)
    if pending and missing and strength in (Strength.MUST, Strength.SHALL):
        verdict = Verdict.NOT_ASSESSABLE   # placed by the siting tool: the planner declares them
    return Pattern(
        rule="smart_requirements", clause=clause, facility_type=code, strength=strength, verdict=verdict,
        message=message("check.smart_requirements", type=code, label=LABEL,
                        have=len(group) - len(missing), count=len(group), strength=strength.value,
                        # The type's own words: one code has other texts elsewhere (online_booking
                        # is 线上预约 at a sports ground, 线上预约上门服务 for housekeeping).
                        missing_items=[{"zh": r.text_zh, "en": r.text_en} for r in group if r.code in missing],
                        pending=pending and bool(missing),
                        softened=any(r.strength is not strength for r in group)),
        requirement_zh="；".join(r.text_zh for r in group),
        measured={"declared": sorted({r.code for r in group} - set(missing)), "missing": list(missing)},
        required={"items": [r.code for r in group]})


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
        # Facilities that declare the same items say the same sentence: one pattern per outcome of a group.
        patterns: dict[tuple, Pattern] = {}
        for k in ctx.facilities_of(ftype.code, inside=True):
            fid = ctx.fid(k)
            label = f.names[k] or f"#{fid}"
            have = declared_codes(f.smart_features[k], items)
            pending = bool({d.strip().lower() for d in f.smart_features[k]} & TO_BE_DECLARED_WORDS)
            for (clause, strength), group in groups.items():
                missing = tuple(r.code for r in group if r.code not in have)
                key = (clause, strength, missing, pending)
                pattern = patterns.get(key)
                if pattern is None:
                    pattern = patterns[key] = _pattern(ftype.code, clause, strength, group, missing, pending)
                out.append(pattern.row(f"smart_requirements:{ftype.code}:{fid}:{clause}:{strength.value}", fid,
                                       label))
    return out
