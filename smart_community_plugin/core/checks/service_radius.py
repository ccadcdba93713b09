"""Service radius (服务半径) per residential building and type, population-weighted (A.0.1)."""

from __future__ import annotations

import numpy as np

from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, CoverageStats, Verdict, verdict_for


def coverage_stats(ctx: ReviewContext, code: str, limit: float, method: str = "euclidean") -> CoverageStats:
    """Population within `limit` metres of a facility of the type, straight line or walking.

    Kept on the context: the check and the JSON coverage block ask for the same figures.
    """
    key = (code, limit, method)
    if key not in ctx.coverage_cache:
        d = ctx.network_to_residents(code) if method == "network" else ctx.nearest_to_residents(code)[0]
        pop = ctx.residents_population
        covered = d <= limit
        ctx.coverage_cache[key] = CoverageStats(
            population_total=float(pop.sum()), population_covered=float(pop[covered].sum()),
            uncovered_building_ids=ctx.inputs.buildings.fids[ctx.residents[~covered]].tolist(),
            buildings_total=int(len(d)))
    return ctx.coverage_cache[key]


def run(ctx: ReviewContext) -> list[CheckResult]:
    """One check per type that has a service radius; fills ctx-independent coverage via coverage()."""
    out = []
    for ftype in ctx.standard.facilities:
        radius = ftype.service_radius
        if radius is None:
            continue
        method = "network" if ctx.uses_network else "euclidean"
        stats = coverage_stats(ctx, ftype.code, radius.distance_m, method)
        if stats.buildings_total == 0:
            out.append(CheckResult(
                id=f"service_radius:{ftype.code}", rule="service_radius", clause="A.0.1",
                facility_type=ftype.code, strength=radius.strength, verdict=Verdict.NOT_APPLICABLE,
                message=message("check.service_radius.no_homes"), requirement_zh=radius.text_zh))
            continue
        ok = stats.population_covered >= stats.population_total and not stats.uncovered_building_ids
        ratio = stats.ratio
        walk = ctx.walk_limit(ftype.code)
        if walk is not None and walk <= radius.distance_m and not ok:
            # The 应 walking-time check already reports these homes at a distance no longer than the 宜
            # radius: one shortfall, reported once, at its stronger wording.
            out.append(CheckResult(
                id=f"service_radius:{ftype.code}", rule="service_radius", clause="A.0.1",
                facility_type=ftype.code, strength=radius.strength, verdict=Verdict.INFO,
                message=message("check.service_radius.within_walk", type=ftype.code, radius=radius.distance_m,
                                limit=walk, uncovered=len(stats.uncovered_building_ids)),
                requirement_zh=radius.text_zh, measured={"coverage_ratio": ratio, "distance": method},
                required={"radius_m": radius.distance_m}, layer="buildings"))
            continue
        d = ctx.verdict_distances(ftype.code)
        finite = d[np.isfinite(d)]
        out.append(CheckResult(
            id=f"service_radius:{ftype.code}", rule="service_radius", clause="A.0.1",
            facility_type=ftype.code, strength=radius.strength,
            verdict=verdict_for(ok, radius.strength),
            message=message("check.service_radius" if ctx.population_known else
                            "check.service_radius.unknown_population", type=ftype.code, radius=radius.distance_m,
                            method=method, percent=(ratio or 0) * 100, uncovered=len(stats.uncovered_building_ids),
                            buildings=stats.buildings_total),
            requirement_zh=radius.text_zh,
            measured={"coverage_ratio": ratio, "distance": method,
                      "euclidean_coverage_ratio": (coverage_stats(ctx, ftype.code, radius.distance_m).ratio
                                                   if method == "network" else ratio),
                      # An unknown population is no number of residents (None, shown "—"), not 0.
                      "population_covered": stats.population_covered if ctx.population_known else None,
                      "population_total": stats.population_total if ctx.population_known else None,
                      "uncovered_buildings": len(stats.uncovered_building_ids),
                      "max_distance_m": float(finite.max()) if len(finite) == len(d) and len(d) else None},
            required={"radius_m": radius.distance_m, "coverage_ratio": 1.0},
            feature_ids=stats.uncovered_building_ids, layer="buildings"))
    return out


def coverage(ctx: ReviewContext) -> dict[str, dict]:
    """The JSON `coverage` block: every type with a service radius or a walking time.

    `euclidean` and `network` have the same fields; `network` also gives the detour ratio
    (walking / straight-line distance to the nearest facility) over the covered buildings.
    """
    out = {}
    for ftype in ctx.standard.facilities:
        limit = ctx.distance_limit(ftype.code)
        if limit is None:
            continue
        entry = {"radius_m": limit, "basis": "service_radius" if ftype.service_radius else "walk_minutes"}
        if ctx.params.distance_method in ("euclidean", "both") or not ctx.uses_network:
            entry["euclidean"] = coverage_stats(ctx, ftype.code, limit).to_dict()
        if ctx.uses_network:
            block = coverage_stats(ctx, ftype.code, limit, "network").to_dict()
            ratio = detour_ratio(ctx, ftype.code)
            finite = ratio[np.isfinite(ratio)]
            block["detour_ratio_median"] = float(np.median(finite)) if len(finite) else None
            block["detour_ratio_p90"] = float(np.percentile(finite, 90)) if len(finite) else None
            entry["network"] = block
        out[ftype.code] = entry
    return out


def detour_ratio(ctx: ReviewContext, code: str) -> np.ndarray:
    """Walking / straight-line distance to the nearest facility per resident building (NaN if unknown)."""
    net = ctx.network_to_residents(code)
    straight, _ = ctx.nearest_to_residents(code)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = net / straight
    ratio[~np.isfinite(net) | ~np.isfinite(straight) | (straight <= 0)] = np.nan
    return ratio
