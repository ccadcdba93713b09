"""Per-facility size limits (floor and land area, floors, classes, places) and the property share."""

from __future__ import annotations

import math

import numpy as np
import shapely

from ...standard.model import FacilityType, Limit
from ..context import ReviewContext
from ..results import CheckResult, Verdict, verdict_for

_FIELD_EN = {"floor_area_m2": "floor area (m²)", "land_area_m2": "land area (m²)", "floors": "floors",
             "classes": "classes", "places_per_class": "places per class", "level": "storey",
             "own_entrance": "own entrance (1 = yes)"}


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
    for k in ctx.facilities_of(ftype.code, inside=True):
        fid = ctx.fid(k)
        label = names[k] or f"#{fid}"
        for limit in ftype.limits:
            value = facility_value(ctx, k, limit.field)
            base = dict(id=f"size:{ftype.code}:{fid}:{limit.field}", rule="size", clause="A.0.1",
                        facility_type=ftype.code, strength=limit.strength,
                        requirement_zh=limit.text_zh, required=_required(limit),
                        feature_ids=[fid], layer="facilities")
            if not np.isfinite(value):
                # Not declared: the limit cannot be verified, which a reviewer must see.
                message = (f"{ftype.name_en} {label}: {_FIELD_EN[limit.field]} not given; {limit.text_en} "
                           "cannot be verified.")
                out.append(CheckResult(**base, verdict=Verdict.WARNING, message=message, measured={limit.field: None}))
                continue
            ok = _within(value, limit)
            out.append(CheckResult(**base, verdict=verdict_for(ok, limit.strength),
                                   message=f"{ftype.name_en} {label}: {_FIELD_EN[limit.field]} {value:g} ({limit.text_en}).",
                                   measured={limit.field: value}))
    return out


def _property_share(ctx: ReviewContext, ftype: FacilityType) -> list[CheckResult]:
    rule = ftype.floor_area_share
    base = dict(id=f"property_share:{ftype.code}", rule="property_share", clause="A.0.1",
                facility_type=ftype.code, strength=rule.strength, requirement_zh=rule.text_zh,
                layer="facilities")
    if ctx.community_kind != rule.community_kind:
        return [CheckResult(**base, verdict=Verdict.NOT_APPLICABLE, message=(
            f"Community is {ctx.community_kind}: property rooms as local conditions allow (因地制宜)."))]
    inside = ctx.building_in_community
    gfa = ctx.gross_floor_area[inside]
    unknown = int((~np.isfinite(gfa)).sum())
    total = float(np.nansum(gfa))
    idx = ctx.facilities_of(ftype.code, inside=True)
    areas = ctx.inputs.facilities.numbers["floor_area_m2"][idx]
    have = float(np.nansum(areas))
    need = max(rule.min_share * total, rule.min_area_m2)
    ok = have >= need
    msg = (f"Property management rooms {have:,.0f} m² against {need:,.0f} m² required "
           f"(max of {rule.min_share:.0%} of {total:,.0f} m² total floor area and {rule.min_area_m2:g} m²)")
    if unknown:
        msg += f"; {unknown} buildings without floors are left out of the total"
    return [CheckResult(**base, verdict=verdict_for(ok, rule.strength), message=msg + ".",
                        measured={"floor_area_m2": have, "total_floor_area_m2": total,
                                  "buildings_without_floors": unknown},
                        required={"floor_area_m2": need, "share": rule.min_share,
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

