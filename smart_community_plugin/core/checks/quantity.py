"""Facility counts against population bands, walking access and gated compounds (4.5.3, A.0.1)."""

from __future__ import annotations

import math

import numpy as np
import shapely

from ...standard.model import FacilityType, QuantityBasis, Strength
from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for
from ..routing import nearest_by_network

CLAUSE = "4.5.3, A.0.1"
# Gates and access-control points are drawn on compound walls; this tolerance (m) catches them.
GATE_TOLERANCE_M = 5.0


def run(ctx: ReviewContext) -> list[CheckResult]:
    """Quantity checks for every facility type in table order."""
    out: list[CheckResult] = []
    for ftype in ctx.standard.facilities:
        basis = ftype.quantity.basis
        if basis is QuantityBasis.POPULATION:
            out.extend(_population_band(ctx, ftype))
        elif basis is QuantityBasis.WALK_MINUTES:
            out.append(_walk_access(ctx, ftype))
        elif basis is QuantityBasis.PER_GATED_COMPOUND:
            out.append(_per_compound(ctx, ftype))
        else:
            present = len(ctx.facilities_of(ftype.code))
            out.append(CheckResult(
                id=f"quantity:{ftype.code}", rule="quantity", clause="A.0.1",
                facility_type=ftype.code, strength=Strength.NONE, verdict=Verdict.NOT_APPLICABLE,
                message=message("check.quantity.no_quantity", type=ftype.code, count=present),
                requirement_zh=ftype.quantity.text_zh, measured={"count": present}, layer="facilities"))
    return out


def sharing_allowed(ctx: ReviewContext) -> bool:
    """Facilities outside the boundary count as shared: by default only in existing communities (4.5.5-2)."""
    allow = ctx.params.allow_sharing
    return ctx.community_kind == "existing" if allow is None else bool(allow)


def shared_facilities(ctx: ReviewContext, code: str) -> tuple[np.ndarray, np.ndarray]:
    """Active facilities outside the boundary within the type's sharing distance of a resident building,
    measured as the review measures (walking when it walks), with that distance; none when not allowed."""
    outside = ctx.facilities_of(code, inside=False)
    if len(outside) == 0 or len(ctx.residents) == 0 or not sharing_allowed(ctx):
        return outside[:0], np.zeros(0)
    limit = ctx.standard.sharing_distance(code)
    homes = shapely.points(ctx.building_xy[ctx.residents])
    # Walking is never shorter than the straight line: only those within it of a home can be shared.
    near = shapely.STRtree(homes).query(ctx.inputs.facilities.geometries[outside], predicate="dwithin", distance=limit)
    outside = outside[np.unique(near[0])]
    if len(outside) == 0:
        return outside, np.zeros(0)
    if ctx.uses_network:
        graph, starts, source = ctx.routing
        dist = np.array([nearest_by_network(graph, source[[k]], starts, limit).min() for k in outside])
    else:
        dist = np.array([shapely.distance(ctx.inputs.facilities.geometries[k], homes).min() for k in outside])
    keep = dist <= limit
    return outside[keep], dist[keep]


def _population_band(ctx: ReviewContext, ftype: FacilityType) -> list[CheckResult]:
    q = ftype.quantity
    pop = ctx.community_population
    inside = ctx.facilities_of(ftype.code, inside=True)
    shared, shared_m = shared_facilities(ctx, ftype.code)
    outside = len(ctx.facilities_of(ftype.code, inside=False))
    names = ctx.inputs.facilities.names
    shared_list = [f"{names[k] or '#' + str(ctx.fid(k))} {d:.0f} m" for k, d in zip(shared, shared_m)]
    required = max(1, math.ceil(pop / q.population_max)) if pop > 0 else 0
    have = len(inside) + len(shared)
    if ctx.population_known:
        verdict = verdict_for(have >= required, Strength.SHALL)
        text = message("check.quantity.population", type=ftype.code, required=required, population=pop,
                       population_min=q.population_min, population_max=q.population_max, inside=len(inside),
                       shared=len(shared), within=ctx.standard.sharing_distance(ftype.code),
                       below_band=0 < pop < q.population_min and sharing_allowed(ctx), shared_list=shared_list,
                       method="network" if ctx.uses_network else "euclidean",
                       not_shared=outside if (outside and not sharing_allowed(ctx)) else 0,
                       too_far=outside - len(shared) if sharing_allowed(ctx) else 0)
    else:
        # Nobody's number is known: "0 required for 0 residents" would be a pass the data cannot support.
        verdict, text = Verdict.NOT_ASSESSABLE, message("check.quantity.unknown_population", type=ftype.code)
    out = [CheckResult(
        id=f"quantity:{ftype.code}", rule="quantity", clause=CLAUSE, facility_type=ftype.code,
        strength=Strength.SHALL, verdict=verdict, message=text, requirement_zh=q.text_zh,
        measured={"inside": len(inside), "shared": len(shared), "total": have,
                  "shared_facilities": [{"feature_id": ctx.fid(k), "distance_m": float(d)}
                                        for k, d in zip(shared, shared_m)],
                  "sharing_allowed": sharing_allowed(ctx),
                  "population": pop if ctx.population_known else None,
                  # The assessment stage's inventory tells what exists from what is only planned.
                  "planned": int((ctx.inputs.facilities.status[np.concatenate([inside, shared])] == "planned").sum())},
        required={"count": required if ctx.population_known else None, "population_min": q.population_min,
                  "population_max": q.population_max},
        feature_ids=[ctx.fid(k) for k in np.concatenate([inside, shared])], layer="facilities")]
    most = max(1, math.floor(pop / q.population_min)) if pop > 0 else 0
    if ctx.population_known and len(inside) > most:
        out.append(CheckResult(
            id=f"over_provision:{ftype.code}", rule="over_provision", clause=CLAUSE,
            facility_type=ftype.code, strength=Strength.NONE, verdict=Verdict.INFO,
            message=message("check.over_provision", type=ftype.code, inside=len(inside),
                            population_min=q.population_min, most=most),
            requirement_zh=q.text_zh, measured={"inside": len(inside)}, required={"at_most": most},
            feature_ids=[ctx.fid(k) for k in inside], layer="facilities"))
    return out


def _walk_access(ctx: ReviewContext, ftype: FacilityType) -> CheckResult:
    minutes = ftype.quantity.walk_minutes
    # The walking-speed parameter turns minutes into metres as the life circles do (GB 50180 by default).
    limit = ctx.walk_limit(ftype.code)
    d = ctx.verdict_distances(ftype.code)
    far = d > limit
    pop = ctx.residents_population
    uncovered_pop = float(pop[far].sum())
    ok = not far.any()
    ids = ctx.inputs.buildings.fids[ctx.residents[far]].tolist()
    return CheckResult(
        id=f"walk_access:{ftype.code}", rule="walk_access", clause=CLAUSE, facility_type=ftype.code,
        strength=Strength.SHALL, verdict=verdict_for(ok, Strength.SHALL),
        message=message("check.walk_access" if ctx.population_known else "check.walk_access.unknown_population",
                        type=ftype.code, minutes=minutes, limit=limit,
                        method="network" if ctx.uses_network else "euclidean",
                        source=ctx.standard.walk_distance_source, beyond=int(far.sum()), buildings=len(d),
                        population_beyond=uncovered_pop),
        requirement_zh=ftype.quantity.text_zh,
        # An unknown population is no number of residents (None, shown "—"), not 0.
        measured={"buildings_beyond": int(far.sum()),
                  "population_beyond": uncovered_pop if ctx.population_known else None,
                  "max_distance_m": float(d.max()) if len(d) else None,
                  "distance": "network" if ctx.uses_network else "euclidean"},
        required={"walk_minutes": minutes, "distance_m": limit},
        feature_ids=ids, layer="buildings")


def _per_compound(ctx: ReviewContext, ftype: FacilityType) -> CheckResult:
    comp = ctx.inputs.compounds
    base = dict(id=f"quantity:{ftype.code}", rule="quantity", clause=CLAUSE, facility_type=ftype.code,
                requirement_zh=ftype.quantity.text_zh)
    if comp is None or len(comp.fids) == 0:
        return CheckResult(**base, strength=Strength.SHALL, verdict=Verdict.NOT_APPLICABLE,
                           message=message("check.per_compound.no_compounds"))
    idx = ctx.facilities_of(ftype.code)
    gated = np.flatnonzero(comp.gated)
    geoms = ctx.inputs.facilities.geometries[idx]
    lacking = []
    for k in gated:
        zone = shapely.buffer(comp.geometries[k], GATE_TOLERANCE_M)
        if not len(geoms) or not shapely.intersects(zone, geoms).any():
            lacking.append(int(comp.fids[k]))
    ok = not lacking
    return CheckResult(
        **base, strength=Strength.SHALL, verdict=verdict_for(ok, Strength.SHALL),
        message=message("check.per_compound", covered=len(gated) - len(lacking), gated=len(gated)),
        measured={"gated_compounds": len(gated), "without_access_control": len(lacking)},
        required={"per_gated_compound": 1}, feature_ids=lacking, layer="compounds")
