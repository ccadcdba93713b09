"""Kindergarten and nursery sunlight (A.0.1): 3 h of full-window sun, half the activity ground."""

from __future__ import annotations

from typing import Optional

import numpy as np

from ...standard.model import FacilityType
from ..context import ReviewContext
from ..results import CheckResult, Verdict, verdict_for
from ..sunlight import SunlightInputs, SunlightParameters, SunlightResult, analyse, find_targets

SUN_TYPES = ("kindergarten", "nursery")


def sunlight_of(ctx: ReviewContext) -> Optional[SunlightResult]:
    """The review's sunlight analysis, once per review; None without heights or floors."""
    return ctx.derived("sunlight", lambda: analyse_sunlight(ctx))


def analyse_sunlight(ctx: ReviewContext) -> Optional[SunlightResult]:
    """The analysis for a review; None without heights or floors."""
    b = ctx.inputs.buildings
    result = None
    if len(b) and (np.isfinite(b.height_m).any() or np.isfinite(b.floors).any()):
        f = ctx.inputs.facilities
        inside = np.flatnonzero(ctx.facility_active & ctx.facility_inside)
        targets, kinds = find_targets(b.geometries, f.geometries[inside], f.types[inside], SUN_TYPES)
        ftype: FacilityType = ctx.standard.facility("kindergarten")
        rule = ftype.sunlight
        inp = SunlightInputs(building_fids=b.fids, footprints=b.geometries, height_m=b.height_m,
                             floors=b.floors,
                             ground_m=b.ground_m if b.ground_m is not None else np.full(len(b), np.nan),
                             targets=targets, target_kind=kinds,
                             play_areas=ctx.inputs.play_areas, longitude=ctx.inputs.lonlat[0],
                             latitude=ctx.inputs.lonlat[1])
        params = SunlightParameters(day=rule.day, required_hours=rule.min_hours,
                                    ground_share=rule.activity_ground_min_share,
                                    storey_height_m=ctx.params.storey_height_m)
        result = analyse(inp, params)
    return result


def run(ctx: ReviewContext) -> list[CheckResult]:
    """One check per kindergarten/nursery building, and one per activity ground."""
    out: list[CheckResult] = []
    res = sunlight_of(ctx)
    rule = ctx.standard.facility("kindergarten").sunlight
    if res is None:
        for code in SUN_TYPES:
            if len(ctx.facilities_of(code, inside=True)):
                out.append(CheckResult(
                    id=f"sunlight:{code}", rule="sunlight", clause="A.0.1", facility_type=code,
                    strength=rule.strength, verdict=Verdict.NOT_APPLICABLE, requirement_zh=rule.text_zh,
                    message="No building heights (height_m) or floors: winter-solstice sunlight not computed."))
        return out
    for b in res.buildings:
        ok = b["verdict"] == "pass"
        out.append(CheckResult(
            id=f"sunlight:{b['facility_type']}:{b['building_id']}", rule="sunlight", clause="A.0.1",
            facility_type=b["facility_type"], strength=rule.strength, verdict=verdict_for(ok, rule.strength),
            message=(f"{b['facility_type']} building #{b['building_id']}: worst of {b['windows']} ground-floor "
                     f"windows gets {b['worst_effective_minutes']:.0f} min of full-window sun on the winter "
                     f"solstice (09:00-15:00 true solar time); {rule.min_hours:g} h required; "
                     f"{b['windows_failing']} windows fall short."),
            requirement_zh=rule.text_zh,
            measured={"worst_effective_minutes": b["worst_effective_minutes"], "windows": b["windows"],
                      "windows_failing": b["windows_failing"], "worst_window_id": b["worst_window_id"]},
            required={"minutes": rule.min_hours * 60}, feature_ids=[b["building_id"]], layer="buildings"))
    for g in res.grounds:
        ok = g["verdict"] == "pass"
        out.append(CheckResult(
            id=f"sunlight_ground:{g['index']}", rule="sunlight_ground", clause="A.0.1", facility_type="kindergarten",
            strength=rule.activity_ground_strength, verdict=verdict_for(ok, rule.activity_ground_strength),
            message=(f"Activity ground {g['index'] + 1}: {g['share_required_hours']:.0%} of {g['area_m2']:.0f} m² "
                     f"gets at least {rule.min_hours:g} h of sun; at least "
                     f"{rule.activity_ground_min_share:.0%} required (outside the standard shadow line)."),
            requirement_zh=rule.activity_ground_text_zh,
            measured={"share": g["share_required_hours"], "area_m2": g["area_m2"],
                      "area_required_hours_m2": g["area_required_hours_m2"]},
            required={"share": rule.activity_ground_min_share}, layer="play_areas", feature_ids=[g["index"]]))
    return out
