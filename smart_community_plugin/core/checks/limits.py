"""Per-facility size limits (floor and land area, floors, classes, places) and the property share."""

from __future__ import annotations

import math
from typing import Optional

import numpy as np
import shapely

from ...standard.model import FacilityType, Limit
from ..check_patterns import LABEL, Pattern
from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for


def facility_value(ctx: ReviewContext, k: int, field: str) -> float:
    """A facility's value for a limit field; land area falls back to the polygon's own area."""
    nums = ctx.inputs.facilities.numbers
    if field == "places_per_class":
        classes = nums["classes"][k]
        return nums["places"][k] / classes if classes > 0 else math.nan
    value = float(nums[field][k])
    if field == "land_area_m2" and not np.isfinite(value):
        geom = ctx.inputs.facilities.geometries[k]
        if shapely.get_type_id(geom) in (3, 6):
            return float(shapely.area(geom))
    return value


def _within(value: float, limit: Limit) -> bool:
    if limit.minimum is not None and value < limit.minimum:
        return False
    if limit.maximum is not None and value > limit.maximum:
        return False
    return True


def _required(limit: Limit) -> dict:
    out = {}
    if limit.minimum is not None:
        out["min"] = limit.minimum
    if limit.maximum is not None:
        out["max"] = limit.maximum
    return out


def _facility_limits(ctx: ReviewContext, ftype: FacilityType) -> list[CheckResult]:
    out = []
    names = ctx.inputs.facilities.names
    # Facilities with the same value (most often: none declared) say the same sentence: one pattern each.
    patterns: dict[tuple[str, Optional[float]], Pattern] = {}
    for k in ctx.facilities_of(ftype.code, inside=True):
        fid = ctx.fid(k)
        label = names[k] or f"#{fid}"
        for limit in ftype.limits:
            value = facility_value(ctx, k, limit.field)
            key = (limit.field, value if np.isfinite(value) else None)   # NaN is no key: not given is None
            pattern = patterns.get(key)
            if pattern is None:
                pattern = patterns[key] = _pattern(ftype, limit, value)
            out.append(pattern.row(f"size:{ftype.code}:{fid}:{limit.field}", fid, label))
    return out


def _pattern(ftype: FacilityType, limit: Limit, value: float) -> Pattern:
    """What a facility of a type with this value of a limit's field is told."""
    base = dict(rule="size", clause="A.0.1", facility_type=ftype.code, strength=limit.strength,
                requirement_zh=limit.text_zh, required=_required(limit))
    requirement = {"zh": limit.text_zh, "en": limit.text_en}
    if not np.isfinite(value):
        # Not declared: the limit cannot be verified, which a reviewer must see.
        return Pattern(**base, verdict=Verdict.WARNING, measured={limit.field: None},
                       message=message("check.size.not_given", type=ftype.code, label=LABEL, field=limit.field,
                                       requirement=requirement))
    return Pattern(**base, verdict=verdict_for(_within(value, limit), limit.strength), measured={limit.field: value},
                   message=message("check.size", type=ftype.code, label=LABEL, field=limit.field, value=value,
                                   requirement=requirement))


def _property_share(ctx: ReviewContext, ftype: FacilityType) -> list[CheckResult]:
    rule = ftype.floor_area_share
    base = dict(id=f"property_share:{ftype.code}", rule="property_share", clause="A.0.1",
                facility_type=ftype.code, strength=rule.strength, requirement_zh=rule.text_zh,
                layer="facilities")
    if ctx.community_kind != rule.community_kind:
        return [CheckResult(**base, verdict=Verdict.NOT_APPLICABLE,
                            message=message("check.property_share.not_new", kind=ctx.community_kind))]
    inside = ctx.building_in_community
    gfa = ctx.gross_floor_area[inside]
    unknown = int((~np.isfinite(gfa)).sum())
    total = float(np.nansum(gfa))
    idx = ctx.facilities_of(ftype.code, inside=True)
    areas = ctx.inputs.facilities.numbers["floor_area_m2"][idx]
    have = float(np.nansum(areas))
    # The draft's "2%" is the default; the national 完整居住社区建设标准（试行） has 2‰ (property_share=0.002).
    share = ctx.params.property_share or rule.min_share
    need = max(share * total, rule.min_area_m2)
    ok = have >= need
    # Buildings without floors make the total a lower bound: a shortfall against it is certain, enough
    # against it is not (the rooms may fall short of the real total), so that is not assessable.
    undecided = ok and unknown > 0
    text = message("check.property_share.unknown" if undecided else "check.property_share", have=have, need=need,
                   share=share, total=total, min_area=rule.min_area_m2, unknown=unknown,
                   draft_share=rule.min_share, draft_reading=share == rule.min_share)
    verdict = Verdict.NOT_ASSESSABLE if undecided else verdict_for(ok, rule.strength)
    return [CheckResult(**base, verdict=verdict, message=text,
                        measured={"floor_area_m2": have, "total_floor_area_m2": total,
                                  "buildings_without_floors": unknown},
                        required={"floor_area_m2": need, "share": share, "draft_share": rule.min_share,
                                  "min_area_m2": rule.min_area_m2},
                        feature_ids=[ctx.fid(k) for k in idx])]


def run(ctx: ReviewContext) -> list[CheckResult]:
    """Size limits of every facility inside the community, then the property-management share."""
    out: list[CheckResult] = []
    for ftype in ctx.standard.facilities:
        out.extend(_facility_limits(ctx, ftype))
        if ftype.floor_area_share is not None:
            out.extend(_property_share(ctx, ftype))
    return out

