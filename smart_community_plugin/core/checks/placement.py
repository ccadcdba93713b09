"""Where facilities sit relative to each other (Table A.0.1 布局要求, 4.5.7): joint, nearby, standalone."""

from __future__ import annotations

from typing import Optional

import numpy as np
import shapely

from ...standard.model import Strength
from ...standard.register import Provision
from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for

# (rule, type) -> the provision whose strength and clause the check takes; found in the register.
_TRANSIT = ("bus_stop", "rail_station")
_NEAR_MESSAGES = {"parcel_siting": "check.parcel_siting", "toilet_near_sports": "check.toilet_near_sports",
                  "transit_proximity": "check.transit_proximity"}


def provisions_of(ctx: ReviewContext, rule: str) -> list[Provision]:
    """Register provisions a rule assesses (applicable to this community's kind)."""
    return [p for p in ctx.register.provisions if rule in p.rules and p.applies_to(ctx.community_kind)]


def nearest_of(ctx: ReviewContext, k: int, codes: tuple[str, ...], extra: Optional[np.ndarray] = None
               ) -> tuple[float, Optional[int]]:
    """Straight-line distance from facility k to the nearest active facility of the codes (or extra points)."""
    geoms = ctx.inputs.facilities.geometries
    idx = np.concatenate([ctx.facilities_of(c) for c in codes]) if codes else np.zeros(0, dtype=np.int64)
    idx = idx[idx != k].astype(np.int64)
    best, which = np.inf, None
    if len(idx):
        d = shapely.distance(geoms[k], geoms[idx])
        j = int(np.argmin(d))
        best, which = float(d[j]), int(idx[j])
    if extra is not None and len(extra):
        d = shapely.distance(geoms[k], shapely.points(np.asarray(extra, dtype=float)))
        if float(d.min()) < best:
            best, which = float(d.min()), None
    return best, which


def _label(ctx: ReviewContext, k: int) -> str:
    return ctx.inputs.facilities.names[k] or f"#{ctx.fid(k)}"


def _result(ctx: ReviewContext, p: Provision, rule: str, code: str, k: int, verdict: Verdict, text,
            measured: dict, required: dict) -> CheckResult:
    return CheckResult(id=f"{rule}:{code}:{ctx.fid(k)}", rule=rule, clause=p.clause, facility_type=code,
                       strength=ctx.applied(p), verdict=verdict, message=text, requirement_zh=p.text_zh,
                       measured=measured, required=required, feature_ids=[ctx.fid(k)], layer="facilities")


def _near(ctx: ReviewContext, rule: str, targets: tuple[str, ...], distance_name: str,
          extra: Optional[np.ndarray] = None, types: Optional[tuple[str, ...]] = None) -> list[CheckResult]:
    """Each facility of the provisions' types within a documented distance of one of the targets."""
    out = []
    limit = ctx.register.distance(distance_name)
    for p in provisions_of(ctx, rule):
        for code in types or p.types:
            if code in targets:
                continue
            for k in ctx.facilities_of(code, inside=True):
                d, which = nearest_of(ctx, k, targets, extra)
                found = np.isfinite(d)
                verdict = verdict_for(d <= limit, ctx.applied(p)) if found else verdict_for(False, ctx.applied(p))
                out.append(_result(ctx, p, rule, code, k, verdict, message(
                    _NEAR_MESSAGES[rule], type=code, label=_label(ctx, k), distance=d if found else None,
                    limit=limit, targets=list(targets),
                    nearest=None if which is None else _label(ctx, which)),
                    {"distance_m": d if found else None}, {"max_distance_m": limit, "targets": list(targets)}))
    return out


def _joint(ctx: ReviewContext) -> list[CheckResult]:
    """宜 built together with a partner type: the same centre, or within the joint distance."""
    out = []
    f = ctx.inputs.facilities
    limit = ctx.register.distance("joint_m")
    for p in provisions_of(ctx, "joint"):
        for code in p.types:
            partners = ctx.standard.facility(code).joint_with
            for k in ctx.facilities_of(code, inside=True):
                centre = f.centre[k] if len(f.centre) else ""
                same = [j for c in partners for j in ctx.facilities_of(c)
                        if centre and len(f.centre) and f.centre[j] == centre]
                d, which = nearest_of(ctx, k, partners)
                ok = bool(same) or d <= limit
                partner = same[0] if same else which
                out.append(_result(ctx, p, "joint", code, k, verdict_for(ok, ctx.applied(p)), message(
                    "check.joint", type=code, label=_label(ctx, k), partners=list(partners), ok=ok,
                    centre=centre if same else "", near=ok and not same, far=not ok and bool(np.isfinite(d)),
                    distance=None if not np.isfinite(d) else d, limit=limit,
                    partner=None if partner is None else _label(ctx, partner)),
                    {"centre": centre or None, "distance_m": None if not np.isfinite(d) else d},
                    {"partners": list(partners), "max_distance_m": limit}))
    return out


def _standalone(ctx: ReviewContext) -> list[CheckResult]:
    """宜独立占地/独立设置: the facility shares no centre with facilities of other types."""
    out = []
    f = ctx.inputs.facilities
    for p in provisions_of(ctx, "standalone"):
        for code in p.types:
            for k in ctx.facilities_of(code, inside=True):
                centre = f.centre[k] if len(f.centre) else ""
                others = sorted({str(f.types[j]) for j in np.flatnonzero(f.centre == centre)
                                 if j != k and f.types[j] != code}) if centre else []
                out.append(_result(ctx, p, "standalone", code, k, verdict_for(not others, ctx.applied(p)), message(
                    "check.standalone", type=code, label=_label(ctx, k), centre=centre, others=others,
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
    return _unique(out)


def _unique(results: list[CheckResult]) -> list[CheckResult]:
    """One check per id: two provisions assessed by one rule (a table row and a chapter) share it."""
    seen: dict[str, CheckResult] = {}
    for r in results:
        if r.id not in seen or Strength(r.strength).rank > Strength(seen[r.id].strength).rank:
            seen[r.id] = r
    return list(seen.values())
