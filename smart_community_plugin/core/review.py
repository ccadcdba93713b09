"""Runs every check on one community and assembles the ReviewResult."""

from __future__ import annotations

from typing import Callable, Optional

import numpy as np
import shapely

from ..standard.model import Standard
from . import checks
from .checks import service_radius
from .checks.service_radius import detour_ratio
from .checks.sunlight import sunlight_of
from .context import ReviewContext
from .errors import Cancelled, ReviewError
from .inputs import ReviewInputs
from .life_circles import life_circles
from .messages import message
from .parameters import ReviewParameters
from .population import SOURCE_NAMES
from .provisions import evaluate
from .results import Finding, ReviewResult, Severity, Verdict

_VERDICT_RANK = {Verdict.FAIL: 5, Verdict.NOT_ASSESSABLE: 4, Verdict.WARNING: 3, Verdict.INFO: 2, Verdict.PASS: 1,
                 Verdict.NOT_APPLICABLE: 0}


def run_review(inputs: ReviewInputs, standard: Standard, params: Optional[ReviewParameters] = None,
               progress: Optional[Callable[[float, str], bool]] = None) -> ReviewResult:
    """Check one community against the standard.

    `progress(fraction, step)` is called between steps; returning False cancels (Cancelled).
    Inputs are read, never changed.
    """
    params = (params or ReviewParameters()).resolved(standard)
    problems = params.validate()
    if problems:
        raise ReviewError.of("error.several", problems=problems)
    errors = [f for f in inputs.findings if f.severity is Severity.ERROR]
    if errors:
        raise ReviewError.of("error.several", problems=[f.message for f in errors])
    if inputs.community.geometry is None or shapely.is_empty(inputs.community.geometry):
        raise ReviewError.of("error.review.no_boundary")

    ctx = ReviewContext(standard, inputs, params)
    findings = list(inputs.findings)
    steps = list(checks.ALL)
    results = []
    for n, module in enumerate(steps):
        if progress is not None and progress(n / (len(steps) + 1), module.__name__.rsplit(".", 1)[-1]) is False:
            raise Cancelled.of("error.review.cancelled")
        results.extend(module.run(ctx))
    coverage = service_radius.coverage(ctx)
    circles = life_circles(ctx)
    findings.extend(_population_findings(ctx))
    findings.extend(_network_findings(ctx))
    sun = sunlight_of(ctx)
    if sun is not None:
        findings.extend(sun.findings)
    result = ReviewResult(
        community=_profile(ctx),
        checks=results,
        coverage=coverage,
        findings=findings,
        parameters=params.to_dict(),
        crs=dict(inputs.crs),
        standard={"code": standard.code, "title_zh": standard.title_zh, "title_en": standard.title_en},
        building_results=_building_results(ctx, circles.pop("_per_building")),
        life_circles=circles,
        sunlight={} if sun is None else sun.to_dict(),
        facility_results=_facility_results(ctx, results),
        sunlight_result=sun,
        provisions=_provisions(ctx, results),
        shelter_routes=_shelter_routes(ctx),
    )
    if progress is not None:
        progress(1.0, "done")
    return result


def _shelter_routes(ctx: ReviewContext) -> Optional[dict]:
    """The walks to the nearest emergency shelter when the review measured them (4.4.3), per resident building."""
    walks = ctx.derived_if_any("shelter_walks")
    if walks is None:
        return None
    green = ctx.inputs.green_spaces
    return {"building_id": ctx.inputs.buildings.fids[ctx.residents], "distance": walks["distance"],
            "lines": walks["lines"], "shelter_id": np.where(walks["shelter"] >= 0,
                                                            green.fids[np.maximum(walks["shelter"], 0)], -1),
            "limit": ctx.register.distance("shelter_walk_m")}


def _provisions(ctx: ReviewContext, results: list) -> list[dict]:
    """Every register provision with its outcome: what the scheme shows, declares or leaves unassessed."""
    f = ctx.inputs.facilities
    inside = np.flatnonzero(ctx.facility_active & ctx.facility_inside)
    present = {str(t) for t in f.types[inside]}
    declared: dict[str, set[str]] = {}
    for k in inside:
        codes = {d.strip().lower() for d in f.smart_features[k]}
        t = str(f.types[k])
        declared[t] = codes if t not in declared else declared[t] & codes
    return evaluate(ctx.register, results, ctx.community_kind, present,
                    frozenset(d.strip().lower() for d in ctx.inputs.community.declarations), declared)


def _profile(ctx: ReviewContext) -> dict:
    b = ctx.inputs.buildings
    inside = ctx.building_in_community
    res = ctx.residents
    sources = ctx.population_source[res]
    return {
        "name": ctx.inputs.community.name,
        "kind": ctx.community_kind,
        "population": ctx.community_population,
        "population_source": ctx.population_source_name,
        "population_known": ctx.population_known,
        "population_from_buildings": float(ctx.residents_population.sum()),
        "area_m2": float(shapely.area(ctx.inputs.community.geometry)),
        "buildings": int(inside.sum()),
        "residential_buildings": int(len(res)),
        "households": float(np.nansum(b.households[res])),
        "gross_floor_area_m2": float(np.nansum(ctx.gross_floor_area[inside])),
        "building_population_sources": {name: int((sources == code).sum())
                                        for code, name in enumerate(SOURCE_NAMES)},
        "buildings_by_height_band": _height_bands(ctx),
        "facilities_inside": int(ctx.facility_inside.sum()),
        "facilities_counted": int((ctx.facility_active & ctx.facility_inside).sum()),
        "distance": "network" if ctx.uses_network else "euclidean",
    }


# Residential height bands by floors (GB 50180-2018 uses these in its density tables).
_BANDS = (("low_rise_1_3", 1, 3), ("multi_storey_4_6", 4, 6), ("mid_high_7_9", 7, 9),
          ("high_rise_10_18", 10, 18), ("high_rise_19_plus", 19, 10_000))


def _height_bands(ctx: ReviewContext) -> dict[str, int]:
    """Buildings inside the community by floors (height / storey height when floors are missing)."""
    from .population import effective_floors

    floors = effective_floors(ctx.inputs.buildings, ctx.params.storey_height_m)[ctx.building_in_community]
    out = {name: int(((floors >= lo) & (floors <= hi)).sum()) for name, lo, hi in _BANDS}
    out["unknown"] = int((~np.isfinite(floors)).sum())
    return out


def _population_findings(ctx: ReviewContext) -> list[Finding]:
    res = ctx.residents
    none = res[ctx.population_source[res] == 3]
    fids = ctx.inputs.buildings.fids
    # Some known: the rest leave the total too low; none known: there is no total at all.
    said = "finding.buildings.no_population" if ctx.population_known else "finding.buildings.no_population.all"
    return [Finding(Severity.WARNING, "buildings", message(said),
                    feature_id=int(fids[k])) for k in none]


def _network_findings(ctx: ReviewContext) -> list[Finding]:
    """What building the walking network found, and why walking distances were skipped."""
    wanted = ctx.params.distance_method in ("network", "both")
    roads = ctx.inputs.roads
    if not wanted:
        return []
    if roads is None:
        return [Finding(Severity.INFO, "roads", message("finding.roads.none"))]
    if not ctx.uses_network:
        return list(ctx.network.findings) + [Finding(Severity.WARNING, "roads", message("finding.roads.network_empty"))]
    return list(ctx.network.findings)


def _building_results(ctx: ReviewContext, circles: dict) -> dict:
    """Per resident building: population, per type distance and covered flag, and life circles."""
    res = ctx.residents
    out = {"index": res, "population": ctx.residents_population, "distance": {}, "covered": {},
           "circles": circles}
    for ftype in ctx.standard.facilities:
        limit = ctx.distance_limit(ftype.code)
        if limit is None:
            continue
        d = ctx.verdict_distances(ftype.code)
        out["distance"][ftype.code] = d
        out["covered"][ftype.code] = d <= limit
        if ctx.uses_network:
            out.setdefault("euclidean", {})[ftype.code] = ctx.nearest_to_residents(ftype.code)[0]
            out.setdefault("detour", {})[ftype.code] = detour_ratio(ctx, ftype.code)
    return out


def _facility_results(ctx: ReviewContext, results: list) -> dict:
    """Worst verdict per facility feature id and the ids of the checks that are not passed."""
    worst: dict[int, Verdict] = {}
    failed: dict[int, list[str]] = {}
    for c in results:
        if c.layer != "facilities" or c.rule in ("quantity", "over_provision", "grouping"):
            continue
        for fid in c.feature_ids:
            if _VERDICT_RANK[c.verdict] > _VERDICT_RANK.get(worst.get(fid), -1):
                worst[fid] = c.verdict
            if c.verdict in (Verdict.FAIL, Verdict.WARNING):
                failed.setdefault(fid, []).append(c.id)
    return {"worst": worst, "failed": failed}
