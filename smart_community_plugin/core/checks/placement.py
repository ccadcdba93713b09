"""Where facilities sit relative to each other (Table A.0.1 布局要求, 4.5.7): joint, nearby, standalone."""

from __future__ import annotations

from typing import Optional

import numpy as np
import shapely

from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, verdict_for
from .register_rules import facility_check, facility_label, one_per_id, provisions_of

# (rule, type) -> the provision whose strength and clause the check takes; found in the register.
_TRANSIT = ("bus_stop", "rail_station")
_NEAR_MESSAGES = {"parcel_siting": "check.parcel_siting", "toilet_near_sports": "check.toilet_near_sports",
                  "transit_proximity": "check.transit_proximity"}


def nearest_of(ctx: ReviewContext, sources: np.ndarray, codes: tuple[str, ...],
               extra: Optional[np.ndarray] = None) -> tuple[np.ndarray, np.ndarray]:
    """Straight-line distance from each source facility to the nearest active facility of the codes, or
    an extra point (a gate); with the facility index found (-1 for a gate or none). One tree query."""
    geoms = ctx.inputs.facilities.geometries
    idx = (np.concatenate([ctx.facilities_of(c) for c in codes]) if codes else np.zeros(0)).astype(np.int64)
    targets = geoms[idx]
    if extra is not None and len(extra):
        targets = np.concatenate([targets, shapely.points(np.asarray(extra, dtype=float))])
    dist, which = np.full(len(sources), np.inf), np.full(len(sources), -1, dtype=np.int64)
    if len(sources) == 0 or len(targets) == 0:
        return dist, which
    (src, hit), d = shapely.STRtree(targets).query_nearest(geoms[sources], return_distance=True, all_matches=False)
    dist[src] = d
    which[src] = np.where(hit < len(idx), idx[np.minimum(hit, max(len(idx) - 1, 0))], -1)
    return dist, which


def _centres(ctx: ReviewContext) -> dict[str, list[int]]:
    """Active facilities by the integrated centre they name (one pass)."""
    f = ctx.inputs.facilities
    out: dict[str, list[int]] = {}
    if len(f.centre):
        for k in np.flatnonzero(ctx.facility_active):
            if f.centre[k]:
                out.setdefault(str(f.centre[k]), []).append(int(k))
    return out


def _near(ctx: ReviewContext, rule: str, targets: tuple[str, ...], distance_name: str,
          extra: Optional[np.ndarray] = None, types: Optional[tuple[str, ...]] = None) -> list[CheckResult]:
    """Each facility of the provisions' types within a documented distance of one of the targets."""
    out = []
    limit = ctx.register.distance(distance_name)
    for p in provisions_of(ctx, rule):
        for code in types or p.types:
            if code in targets:
                continue
            sources = ctx.facilities_of(code, inside=True)
            dist, found_at = nearest_of(ctx, sources, targets, extra)
            for k, d, which in zip(sources, dist, found_at):
                d, which = float(d), (None if which < 0 else int(which))
                found = np.isfinite(d)
                verdict = verdict_for(d <= limit, ctx.applied(p))   # none found: inf, never within
                out.append(facility_check(ctx, p, rule, code, k, verdict, message(
                    _NEAR_MESSAGES[rule], type=code, label=facility_label(ctx, k), distance=d if found else None,
                    limit=limit, targets=list(targets),
                    nearest=None if which is None else facility_label(ctx, which)),
                    {"distance_m": d if found else None}, {"max_distance_m": limit, "targets": list(targets)}))
    return out


def _joint(ctx: ReviewContext) -> list[CheckResult]:
    """宜 built together with a partner type: the same centre, or within the joint distance."""
    out = []
    f = ctx.inputs.facilities
    limit = ctx.register.distance("joint_m")
    centres = _centres(ctx)
    for p in provisions_of(ctx, "joint"):
        for code in p.types:
            partners = ctx.standard.facility(code).joint_with
            sources = ctx.facilities_of(code, inside=True)
            dist, found_at = nearest_of(ctx, sources, partners)
            for k, d, which in zip(sources, dist, found_at):
                d, which = float(d), (None if which < 0 else int(which))
                centre = f.centre[k] if len(f.centre) else ""
                # Partners in the table's order (社区服务站 before 文化活动站 for a canteen).
                same = sorted((j for j in centres.get(centre, []) if str(f.types[j]) in partners),
                              key=lambda j: (partners.index(str(f.types[j])), j)) if centre else []
                ok = bool(same) or d <= limit
                partner = same[0] if same else which
                out.append(facility_check(ctx, p, "joint", code, k, verdict_for(ok, ctx.applied(p)), message(
                    "check.joint", type=code, label=facility_label(ctx, k), partners=list(partners), ok=ok,
                    centre=centre if same else "", near=ok and not same, far=not ok and bool(np.isfinite(d)),
                    distance=None if not np.isfinite(d) else d, limit=limit,
                    partner=None if partner is None else facility_label(ctx, partner)),
                    {"centre": centre or None, "distance_m": None if not np.isfinite(d) else d},
                    {"partners": list(partners), "max_distance_m": limit}))
    return out


def _standalone(ctx: ReviewContext) -> list[CheckResult]:
    """宜独立占地/独立设置: the facility shares no centre with facilities of other types."""
    out = []
    f = ctx.inputs.facilities
    centres = _centres(ctx)
    for p in provisions_of(ctx, "standalone"):
        for code in p.types:
            for k in ctx.facilities_of(code, inside=True):
                centre = f.centre[k] if len(f.centre) else ""
                others = sorted({str(f.types[j]) for j in centres.get(centre, [])
                                 if j != k and f.types[j] != code}) if centre else []
                out.append(facility_check(ctx, p, "standalone", code, k, verdict_for(not others, ctx.applied(p)), message(
                    "check.standalone", type=code, label=facility_label(ctx, k), centre=centre, others=others,
                    ok=not others, note={"zh": p.text_zh, "en": p.text_en}),
                    {"centre": centre or None, "shared_with": others}, {}))
    return out


def run(ctx: ReviewContext) -> list[CheckResult]:
    """Parcel stations by property management or a gate; toilets by sports grounds; joint, transit, standalone."""
    out = _near(ctx, "parcel_siting", ("property_management",), "parcel_siting_m", extra=ctx.inputs.gates)
    out += _near(ctx, "toilet_near_sports", ("public_toilet",), "toilet_near_sports_m", types=("sports_ground",))
    out += _near(ctx, "transit_proximity", _TRANSIT, "transit_proximity_m")
    out += _joint(ctx)
    out += _standalone(ctx)
    return one_per_id(out)

