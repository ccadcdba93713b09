"""Kindergarten and nursery sunlight (A.0.1): 3 h of full-window sun, half the activity ground."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Optional

import numpy as np
import shapely

from ...standard.model import FacilityType
from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for
from ..sunlight import SunlightInputs, SunlightParameters, SunlightResult, analyse, find_targets

SUN_TYPES = ("kindergarten", "nursery")


def sunlight_of(ctx: ReviewContext) -> Optional[SunlightResult]:
    """The review's sunlight analysis, once per review; None without heights or floors."""
    return ctx.derived("sunlight", lambda: analyse_sunlight(ctx))


# The last analyses by a digest of everything they read: live checks re-review after every edit, and an edit
# that moves no building, kindergarten or activity ground leaves the sunlight as it was.
_RECENT: OrderedDict[bytes, SunlightResult] = OrderedDict()
_RECENT_AT_MOST = 4


def _digest(inp: SunlightInputs, params: SunlightParameters) -> bytes:
    """A fingerprint of the analysis' inputs (geometries as WKB, numbers as bytes, the parameters)."""
    h = hashlib.blake2b(digest_size=20)
    h.update(repr(params).encode())
    h.update(repr((inp.latitude, inp.longitude)).encode())
    for arr in (inp.building_fids, inp.height_m, inp.floors, inp.ground_m, inp.targets, inp.windows,
                inp.window_facing, inp.window_sill, inp.window_fids):
        h.update(b"-" if arr is None else np.ascontiguousarray(arr).tobytes())
    h.update("|".join(map(str, inp.target_kind)).encode())
    for geoms in (inp.footprints, inp.play_areas):
        if geoms is not None and len(geoms):
            h.update(b"".join(shapely.to_wkb(geoms)))
        h.update(b"#")
    return h.digest()


def analyse_sunlight(ctx: ReviewContext) -> Optional[SunlightResult]:
    """The analysis for a review (the same inputs give the same analysis, kept); None without heights."""
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
        key = _digest(inp, params)
        result = _RECENT.get(key)
        if result is None:
            result = analyse(inp, params)
            _RECENT[key] = result
            while len(_RECENT) > _RECENT_AT_MOST:
                _RECENT.popitem(last=False)
        else:
            _RECENT.move_to_end(key)
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
                    # A kindergarten is there and its sunlight is required: not computable is not assessed.
                    strength=rule.strength, verdict=Verdict.NOT_ASSESSABLE, requirement_zh=rule.text_zh,
                    message=message("check.sunlight.no_heights", type=code, day=rule.day),
                    feature_ids=[ctx.fid(k) for k in ctx.facilities_of(code, inside=True)], layer="facilities"))
        return out
    start, end = _clock(res.parameters["start_min"]), _clock(res.parameters["end_min"])
    for b in res.buildings:
        ok = b["verdict"] == "pass"
        # Each type by its own row of the table (a nursery is not a kindergarten).
        rule = ctx.standard.facility(b["facility_type"]).sunlight or rule
        out.append(CheckResult(
            id=f"sunlight:{b['facility_type']}:{b['building_id']}", rule="sunlight", clause="A.0.1",
            facility_type=b["facility_type"], strength=rule.strength, verdict=verdict_for(ok, rule.strength),
            message=message("check.sunlight", type=b["facility_type"], building=b["building_id"],
                            windows=b["windows"], minutes=b["worst_effective_minutes"], day=rule.day,
                            hours=rule.min_hours, failing=b["windows_failing"], start=start, end=end),
            requirement_zh=rule.text_zh,
            measured={"worst_effective_minutes": b["worst_effective_minutes"], "windows": b["windows"],
                      "windows_failing": b["windows_failing"], "worst_window_id": b["worst_window_id"]},
            required={"minutes": rule.min_hours * 60}, feature_ids=[b["building_id"]], layer="buildings"))
    seen = {b["facility_type"] for b in res.buildings}
    for code in SUN_TYPES:
        idx = ctx.facilities_of(code, inside=True)
        if len(idx) and code not in seen:
            # The facility is not inside any building footprint: its rooms' sunlight cannot be computed.
            out.append(CheckResult(
                id=f"sunlight:{code}", rule="sunlight", clause="A.0.1", facility_type=code,
                strength=rule.strength, verdict=Verdict.NOT_ASSESSABLE, requirement_zh=rule.text_zh,
                message=message("check.sunlight.no_building", type=code),
                feature_ids=[ctx.fid(k) for k in idx], layer="facilities"))
    for g in res.grounds:
        ok = g["verdict"] == "pass"
        out.append(CheckResult(
            id=f"sunlight_ground:{g['index']}", rule="sunlight_ground", clause="A.0.1",
            facility_type=_ground_type(ctx, g["index"]),
            strength=rule.activity_ground_strength, verdict=verdict_for(ok, rule.activity_ground_strength),
            message=message("check.sunlight_ground", number=g["index"] + 1, share=g["share_required_hours"],
                            area=g["area_m2"], hours=rule.min_hours, required=rule.activity_ground_min_share),
            requirement_zh=rule.activity_ground_text_zh,
            measured={"share": g["share_required_hours"], "area_m2": g["area_m2"],
                      "area_required_hours_m2": g["area_required_hours_m2"]},
            required={"share": rule.activity_ground_min_share}, layer="play_areas", feature_ids=[g["index"]]))
    return out


def _clock(minutes: float) -> str:
    """Minutes after midnight as HH:MM (true solar time)."""
    return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}"


def _ground_type(ctx: ReviewContext, index: int) -> str:
    """The type (kindergarten or nursery) of the facility nearest an activity ground."""
    grounds = ctx.inputs.play_areas
    best, code = np.inf, SUN_TYPES[0]
    if grounds is None or index >= len(grounds):
        return code
    for t in SUN_TYPES:
        idx = ctx.facilities_of(t, inside=True)
        if len(idx):
            d = float(shapely.distance(grounds[index], ctx.inputs.facilities.geometries[idx]).min())
            if d < best:
                best, code = d, t
    return code
