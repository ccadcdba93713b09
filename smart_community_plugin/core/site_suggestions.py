"""Siting suggestions from a scheme: demand, locked facilities, candidates, reach by the review's distances."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Optional

import numpy as np
import shapely
from scipy.sparse import csr_matrix, hstack

from ..standard.model import QuantityBasis, Standard
from .context import ReviewContext
from .inputs import Facilities, ReviewInputs
from .parameters import ReviewParameters
from .service_areas import per_source_distances
from .siting import SitingProblem, SitingSolution, distances_problem, euclidean_problem, exact, greedy

ROAD_CLEARANCE_M = 2.0     # generated candidates keep off the road centre lines


@dataclass
class Candidates:
    """Candidate sites: points (working CRS), feature ids, and land area where known (m²)."""

    xy: np.ndarray
    ids: np.ndarray
    land_area: np.ndarray                              # NaN where unknown
    generated: bool = False


@dataclass
class Suggestion:
    """The answer for one facility type (or a co-located group): sites, figures, excluded candidates."""

    types: tuple[str, ...]
    solution: SitingSolution
    limit_m: float
    distance: str
    excluded: list[dict[str, Any]] = field(default_factory=list)
    site_xy: dict[int, tuple[float, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON: the solution's fields plus the types, limit, distance and exclusions."""
        d = self.solution.to_dict()
        for s in d["sites"]:
            s["x"], s["y"] = self.site_xy.get(s["candidate_id"], (None, None))
        d.update(facility_types=list(self.types), limit_m=self.limit_m, distance=self.distance,
                 excluded=self.excluded)
        return d


def grid_candidates(inputs: ReviewInputs, spacing: float) -> Candidates:
    """A grid over the community, minus building footprints and road centre lines."""
    if spacing <= 0:
        raise ValueError("The grid spacing must be positive.")
    area = inputs.community.geometry
    x0, y0, x1, y1 = shapely.bounds(area)
    xs, ys = np.meshgrid(np.arange(x0 + spacing / 2, x1, spacing), np.arange(y0 + spacing / 2, y1, spacing))
    pts = np.column_stack([xs.ravel(), ys.ravel()])
    keep = shapely.contains_xy(area, pts[:, 0], pts[:, 1])
    pts = pts[keep]
    points = shapely.points(pts)
    blocked = np.zeros(len(pts), dtype=bool)
    if len(inputs.buildings) and len(pts):
        hit, _ = shapely.STRtree(inputs.buildings.geometries).query(points, predicate="intersects")
        blocked[hit] = True
    if inputs.roads is not None and len(inputs.roads.geometries) and len(pts):
        hit, _ = shapely.STRtree(inputs.roads.geometries).query(points, predicate="dwithin", distance=ROAD_CLEARANCE_M)
        blocked[hit] = True
    pts = pts[~blocked]
    return Candidates(pts, np.arange(1, len(pts) + 1), np.full(len(pts), np.nan), generated=True)


def exclusions(standard: Standard, code: str, cand: Candidates) -> tuple[np.ndarray, list[dict[str, Any]]]:
    """Candidates meeting the type's minimum land area (A.0.1 limits); the others with their reason."""
    ftype = standard.facility(code)
    minimum = max((lim.minimum for lim in ftype.limits if lim.field == "land_area_m2" and lim.minimum), default=None)
    ok = np.ones(len(cand.ids), dtype=bool)
    excluded = []
    if minimum is not None:
        small = np.isfinite(cand.land_area) & (cand.land_area < minimum)
        ok &= ~small
        excluded = [{"candidate_id": int(i), "facility_type": code,
                     "reason": f"land area {a:,.0f} m² < {minimum:,.0f} m² (Table A.0.1)"}
                    for i, a in zip(cand.ids[small], cand.land_area[small])]
    return ok, excluded


def _with_candidates(inputs: ReviewInputs, code: str, cand: Candidates) -> tuple[ReviewInputs, np.ndarray]:
    """The inputs with the candidates added as planned facilities of the type; their indices."""
    f = inputs.facilities
    n = len(cand.ids)
    o = np.empty(n, dtype=object)
    types, status, names = o.copy(), o.copy(), o.copy()
    types[:] = code
    status[:] = "planned"
    names[:] = ""
    merged = Facilities(
        fids=np.concatenate([f.fids, -1 - np.arange(n)]),
        geometries=np.concatenate([f.geometries, shapely.points(cand.xy)]) if n else f.geometries,
        types=np.concatenate([f.types, types]), status=np.concatenate([f.status, status]),
        names=np.concatenate([f.names, names]),
        numbers={k: np.concatenate([v, np.full(n, np.nan)]) for k, v in f.numbers.items()},
        smart_features=list(f.smart_features) + [frozenset()] * n,
        centre=np.concatenate([f.centre, o]) if len(f.centre) == len(f) else np.empty(len(f) + n, dtype=object))
    return replace(inputs, facilities=merged), np.arange(len(f), len(f) + n)


def walking_reach(ctx: ReviewContext, sources: np.ndarray, limit: float) -> csr_matrix:
    """Candidates x resident buildings, walking distances within the limit (one search per candidate)."""
    graph, where, source = ctx.routing
    owner = ctx.walk_starts[0]
    n_res = len(ctx.residents)
    rows, cols, vals = [], [], []
    ok = where.u >= 0
    for pos, dist in per_source_distances(graph, source[sources], limit):
        per_start = np.full(len(where.u), np.inf)
        per_start[ok] = np.minimum(dist[where.u[ok]] + where.to_u[ok], dist[where.v[ok]] + where.to_v[ok]) \
            + where.access[ok]
        best = np.full(n_res, np.inf)
        np.minimum.at(best, owner, per_start)
        hit = np.flatnonzero(best <= limit)
        rows.append(np.full(len(hit), pos))
        cols.append(hit)
        vals.append(best[hit])
    if not rows:
        return csr_matrix((len(sources), n_res))
    return csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(sources), n_res))


def type_problem(inputs: ReviewInputs, standard: Standard, params: ReviewParameters, code: str, cand: Candidates,
                 capacity: bool = False) -> tuple[SitingProblem, float, str, list[dict[str, Any]]]:
    """The siting problem of one type: (problem, limit, distance used, excluded candidates)."""
    params = params.resolved(standard)
    ctx0 = ReviewContext(standard, inputs, params)
    limit = ctx0.distance_limit(code)
    if limit is None:
        raise ValueError(f"{code} has no service radius or walking distance in Table A.0.1: nothing to site by.")
    ok, excluded = exclusions(standard, code, cand)
    kept = Candidates(cand.xy[ok], cand.ids[ok], cand.land_area[ok], cand.generated)
    weights = ctx0.residents_population
    covered = ctx0.verdict_distances(code) <= limit
    ftype = standard.facility(code)
    cap = float(ftype.quantity.population_max) if capacity and ftype.quantity.basis is QuantityBasis.POPULATION \
        and ftype.quantity.population_max else None
    if ctx0.uses_network:
        merged, idx = _with_candidates(inputs, code, kept)
        ctx1 = ReviewContext(standard, merged, params)
        reach = walking_reach(ctx1, idx, limit)
        problem = distances_problem(reach, weights, covered, kept.ids, cap)
        distance = "network"
    else:
        problem = euclidean_problem(ctx0.residents_xy, weights, np.empty((0, 2)), kept.xy, kept.ids, limit, cap)
        problem.covered_before = covered
        distance = "euclidean"
    return problem, limit, distance, excluded


def suggest_sites(inputs: ReviewInputs, standard: Standard, codes: list[str], cand: Candidates, mode: str = "cover_all",
                  k: int = 1, use_exact: bool = False, capacity: bool = False, colocate: bool = False,
                  params: Optional[ReviewParameters] = None, time_limit: float = 10.0) -> list[Suggestion]:
    """One suggestion per type; or, with colocate, one for the types of 4.5.5-1 among `codes` together."""
    params = params or ReviewParameters()
    xy_of = {int(i): (float(x), float(y)) for i, (x, y) in zip(cand.ids, cand.xy)}
    group = [c for c in codes if c in standard.grouping.types] if colocate else []
    out: list[Suggestion] = []
    singles = [c for c in codes if c not in group] if len(group) > 1 else list(codes)
    for code in singles:
        problem, limit, distance, excluded = type_problem(inputs, standard, params, code, cand, capacity)
        solution = exact(problem, mode, k, time_limit) if use_exact else greedy(problem, mode, k)
        out.append(Suggestion((code,), solution, limit, distance, excluded,
                              {s.candidate_id: xy_of[s.candidate_id] for s in solution.sites}))
    if len(group) > 1:
        parts = [type_problem(inputs, standard, params, code, cand, False) for code in group]
        # A site hosts every type of the group: its gain is the population it newly covers for each type.
        ids = parts[0][0].candidate_ids
        if any(not np.array_equal(p[0].candidate_ids, ids) for p in parts):
            raise ValueError("Co-location needs the same candidates for every type (none excluded by land area).")
        combined = SitingProblem(np.concatenate([p[0].weights for p in parts]),
                                 np.concatenate([p[0].covered_before for p in parts]),
                                 hstack([p[0].reach for p in parts]).tocsr(), ids, None)
        solution = exact(combined, mode, k, time_limit) if use_exact else greedy(combined, mode, k)
        solution.notes.append("co-located (4.5.5-1): populations are summed over the group's types")
        out.append(Suggestion(tuple(group), solution, max(p[1] for p in parts), parts[0][2],
                              [e for p in parts for e in p[3]],
                              {s.candidate_id: xy_of[s.candidate_id] for s in solution.sites}))
    return out
