"""Where to add facilities (set cover and maximal covering), greedy and exact (PuLP/CBC).

Demand is resident buildings weighted by population; a candidate covers a building within the type's
distance limit (straight line or walking); existing facilities are locked in and what they cover is
not counted again. With a capacity, a facility serves at most that many residents (nearest first).
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from scipy.sparse import csr_matrix
from scipy.spatial import cKDTree

MODES = ("cover_all", "best_k")


@dataclass
class SitingProblem:
    """Demand weights, what the locked facilities already cover, and candidate-to-demand reach."""

    weights: np.ndarray                 # population of each demand point (resident building)
    covered_before: np.ndarray          # bool: within reach of an existing facility
    reach: csr_matrix                   # candidates x demand, data = distance (only pairs within the limit)
    candidate_ids: np.ndarray           # feature ids of the candidates
    capacity: Optional[float] = None    # residents one facility may serve; None: unlimited

    @property
    def open_demand(self) -> np.ndarray:
        """Population still uncovered before any new site."""
        return np.where(self.covered_before, 0.0, self.weights)

    def coverable(self) -> np.ndarray:
        """bool per demand point: uncovered now, but some candidate reaches it."""
        reached = np.zeros(len(self.weights), dtype=bool)
        reached[self.reach.indices] = True
        return reached & ~self.covered_before


@dataclass
class Site:
    """One suggested site: the candidate and the population it newly covers."""

    candidate_id: int
    newly_covered_population: float


@dataclass
class SitingSolution:
    """The suggested sites and the coverage before and after."""

    sites: list[Site]
    population_covered_before: float
    population_covered_after: float
    population_total: float
    method: str
    seconds: float
    uncoverable_population: float = 0.0
    greedy_shortfall: Optional[float] = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The documented JSON form."""
        return {"sites": [{"candidate_id": s.candidate_id, "newly_covered_population": round(s.newly_covered_population, 3)}
                          for s in self.sites],
                "population_covered_before": round(self.population_covered_before, 3),
                "population_covered_after": round(self.population_covered_after, 3),
                "population_total": round(self.population_total, 3), "method": self.method,
                "greedy_shortfall": None if self.greedy_shortfall is None else round(self.greedy_shortfall, 6),
                "uncoverable_population": round(self.uncoverable_population, 3),
                "seconds": round(self.seconds, 4), "notes": self.notes}


def euclidean_problem(demand_xy: np.ndarray, weights: np.ndarray, existing_xy: np.ndarray, candidate_xy: np.ndarray,
                      candidate_ids: np.ndarray, limit: float, capacity: Optional[float] = None) -> SitingProblem:
    """Reach by straight-line distance (k-d trees; only pairs within the limit are kept)."""
    demand = cKDTree(demand_xy) if len(demand_xy) else None
    covered = np.zeros(len(demand_xy), dtype=bool)
    if len(existing_xy) and demand is not None:
        d, _ = cKDTree(existing_xy).query(demand_xy, distance_upper_bound=limit)
        covered = np.isfinite(d)
    if demand is None or len(candidate_xy) == 0:
        reach = csr_matrix((len(candidate_xy), len(demand_xy)))
    else:
        reach = cKDTree(candidate_xy).sparse_distance_matrix(demand, limit, output_type="coo_matrix").tocsr()
        # A candidate at distance 0 from a home must still count: sparse matrices drop explicit zeros.
        reach.data = np.maximum(reach.data, 1e-9)
    return SitingProblem(np.asarray(weights, dtype=float), covered, reach, np.asarray(candidate_ids), capacity)


def distances_problem(demand_to_candidates: csr_matrix, weights: np.ndarray, covered_before: np.ndarray,
                      candidate_ids: np.ndarray, capacity: Optional[float] = None) -> SitingProblem:
    """Reach from precomputed distances (e.g. walking), candidates x demand, only pairs within the limit."""
    reach = csr_matrix(demand_to_candidates)
    reach.data = np.maximum(reach.data, 1e-9)
    return SitingProblem(np.asarray(weights, dtype=float), np.asarray(covered_before, dtype=bool), reach,
                         np.asarray(candidate_ids), capacity)


def _serve(row_idx: np.ndarray, row_dist: np.ndarray, remaining: np.ndarray,
           capacity: Optional[float]) -> tuple[float, np.ndarray]:
    """Population a site would serve (nearest first up to capacity) and the amounts taken per demand point."""
    take = remaining[row_idx].copy()
    if capacity is not None and take.sum() > capacity:
        order = np.argsort(row_dist, kind="stable")
        cum = np.cumsum(take[order])
        over = cum > capacity
        allowed = take[order].copy()
        if over.any():
            first = int(np.argmax(over))
            allowed[first] = capacity - (cum[first - 1] if first else 0.0)
            allowed[first + 1:] = 0.0
        take = np.empty_like(allowed)
        take[order] = allowed
    return float(take.sum()), take


def greedy(problem: SitingProblem, mode: str = "cover_all", k: int = 1) -> SitingSolution:
    """Repeatedly the candidate that serves the most still-uncovered population."""
    if mode not in MODES:
        raise ValueError(f"mode is one of {', '.join(MODES)}")
    t0 = time.perf_counter()
    remaining = problem.open_demand.copy()
    coverable = problem.coverable()
    reach = problem.reach
    indptr, indices, data = reach.indptr, reach.indices, reach.data
    sites: list[Site] = []
    chosen = np.zeros(reach.shape[0], dtype=bool)
    limit = k if mode == "best_k" else reach.shape[0]
    # To cover everybody with the fewest sites, what counts is how many uncovered buildings a site reaches
    # (the classic greedy for set cover), population breaking ties; to cover the most with k, population.
    tie = 1e-9 / max(float(remaining.max(initial=0.0)), 1.0)
    score = (np.where(remaining > 0, 1.0, 0.0) + tie * remaining) if mode == "cover_all" else remaining.copy()
    if problem.capacity is None:
        # Uncapacitated: gains once by one sparse product, then lowered by what each choice covers.
        ones = csr_matrix((np.ones(len(data)), indices, indptr), shape=reach.shape)
        by_demand = ones.T.tocsr()
        gains = ones @ score
    while len(sites) < limit:
        if problem.capacity is not None:
            gains = np.array([_serve(indices[indptr[j]:indptr[j + 1]], data[indptr[j]:indptr[j + 1]], remaining,
                                     problem.capacity)[0] for j in range(reach.shape[0])])
        gains[chosen] = -1.0
        j = int(np.argmax(gains)) if len(gains) else -1
        if j < 0 or gains[j] <= 1e-9:
            break
        gain, take = _serve(indices[indptr[j]:indptr[j + 1]], data[indptr[j]:indptr[j + 1]], remaining,
                            problem.capacity)
        if problem.capacity is None:
            newly = indices[indptr[j]:indptr[j + 1]][take > 0]
            if len(newly):
                gains -= by_demand[newly].T @ score[newly]
                score[newly] = 0.0
        remaining[indices[indptr[j]:indptr[j + 1]]] -= take
        chosen[j] = True
        sites.append(Site(int(problem.candidate_ids[j]), gain))
        if mode == "cover_all" and remaining[coverable].sum() <= 1e-9:
            break
    if mode == "cover_all" and problem.capacity is None and len(sites) > 1:
        sites = _drop_redundant(problem, sites)
    return _solution(problem, sites, "greedy", time.perf_counter() - t0)


def _drop_redundant(problem: SitingProblem, sites: list[Site]) -> list[Site]:
    """Reverse delete: a site whose uncovered buildings all have another chosen site is dropped (the last
    picked first); the kept sites' gains are then recounted in greedy order."""
    pos = {int(c): i for i, c in enumerate(problem.candidate_ids)}
    rows = [problem.reach.indices[problem.reach.indptr[pos[s.candidate_id]]:problem.reach.indptr[pos[s.candidate_id] + 1]]
            for s in sites]
    open_ = ~problem.covered_before
    count = np.zeros(len(problem.weights), dtype=np.int64)
    for r in rows:
        count[r] += 1
    keep = [True] * len(sites)
    for n in range(len(sites) - 1, -1, -1):
        r = rows[n][open_[rows[n]]]
        if np.all(count[r] >= 2):
            keep[n] = False
            count[rows[n]] -= 1
    if all(keep):
        return sites
    kept = [pos[s.candidate_id] for s, k in zip(sites, keep) if k]
    return _attribute(problem, kept)


def _solution(problem: SitingProblem, sites: list[Site], method: str, seconds: float) -> SitingSolution:
    total = float(problem.weights.sum())
    before = float(problem.weights[problem.covered_before].sum())
    coverable = problem.coverable()
    uncoverable = float(problem.open_demand[~coverable].sum())
    after = before + sum(s.newly_covered_population for s in sites)
    return SitingSolution(sites, before, min(after, total), total, method, seconds, uncoverable)


def exact(problem: SitingProblem, mode: str = "cover_all", k: int = 1, time_limit: float = 10.0,
          with_greedy: bool = True) -> SitingSolution:
    """The optimum by integer programming (PuLP with CBC); the greedy answer's shortfall against it."""
    import pulp

    if mode not in MODES:
        raise ValueError(f"mode is one of {', '.join(MODES)}")
    t0 = time.perf_counter()
    reach = problem.reach.tocsc()     # by demand point: which candidates reach it
    rows = problem.reach.tocsr()
    demand = np.flatnonzero(problem.coverable())
    n_cand = rows.shape[0]
    w = problem.open_demand
    model = pulp.LpProblem("siting", pulp.LpMinimize if mode == "cover_all" else pulp.LpMaximize)
    x = [model.add_variable(f"x{j}", cat="Binary") for j in range(n_cand)]
    if problem.capacity is None:
        # Buildings reached by the same candidates are one constraint (their populations add up): in
        # clustered communities this shrinks the programme many times over.
        groups: dict[bytes, list] = {}
        for i in demand:
            cands = reach.indices[reach.indptr[i]:reach.indptr[i + 1]]
            entry = groups.setdefault(np.sort(cands).tobytes(), [cands, 0.0])
            entry[1] += w[i]
        if mode == "cover_all":
            model += pulp.lpSum(x)
            for cands, _weight in groups.values():
                model += pulp.lpSum(x[j] for j in cands) >= 1
        else:
            y = [model.add_variable(f"y{g}", lowBound=0, upBound=1) for g in range(len(groups))]
            model += pulp.lpSum(weight * y[g] for g, (_c, weight) in enumerate(groups.values()))
            for g, (cands, _weight) in enumerate(groups.values()):
                model += y[g] <= pulp.lpSum(x[j] for j in cands)
            model += pulp.lpSum(x) <= k
    else:
        z = {}
        for j in range(n_cand):
            for i in rows.indices[rows.indptr[j]:rows.indptr[j + 1]]:
                if w[i] > 0:
                    z[(i, j)] = model.add_variable(f"z{i}_{j}", lowBound=0, upBound=1)
        by_demand: dict[int, list] = {}
        by_site: dict[int, list] = {}
        for (i, j), var in z.items():
            by_demand.setdefault(i, []).append(var)
            by_site.setdefault(j, []).append((i, var))
            model += var <= x[j]
        for _i, vars_ in by_demand.items():
            model += pulp.lpSum(vars_) <= 1
        for j, pairs in by_site.items():
            model += pulp.lpSum(w[i] * var for i, var in pairs) <= problem.capacity * x[j]
        if mode == "cover_all":
            model += pulp.lpSum(x)
            for i in demand:
                if i in by_demand:
                    model += pulp.lpSum(by_demand[i]) >= 1
        else:
            model += pulp.lpSum(w[i] * var for (i, _j), var in z.items())
            model += pulp.lpSum(x) <= k
    with warnings.catch_warnings():
        # PuLP 3.3 announces that its bundled CBC moves to an extra in 4.0; the requirement pins 3.3.
        warnings.simplefilter("ignore", DeprecationWarning)
        status = model.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit))
    seconds = time.perf_counter() - t0
    picked = [j for j in range(n_cand) if (x[j].value() or 0) > 0.5]
    notes = []
    if pulp.LpStatus[status] != "Optimal":
        notes.append(f"solver status: {pulp.LpStatus[status]} (time limit {time_limit:g} s)")
    if problem.capacity is None:
        # Newly covered population per picked site, attributed in the greedy's way over the chosen set.
        sites = _attribute(problem, picked)
    else:
        # With capacities the assignment is the programme's own (fractions of buildings may be split).
        served = {j: sum(w[i] * (var.value() or 0.0) for i, var in by_site.get(j, [])) for j in picked}
        sites = [Site(int(problem.candidate_ids[j]), float(served[j]))
                 for j in sorted(picked, key=lambda j: -served[j]) if served[j] > 1e-9]
    sol = _solution(problem, sites, "exact", seconds)
    sol.notes = notes
    if with_greedy:
        g = greedy(problem, mode, k)
        if mode == "cover_all":
            sol.greedy_shortfall = (len(g.sites) - len(sol.sites)) / max(len(sol.sites), 1)
        else:
            best = sol.population_covered_after - sol.population_covered_before
            got = g.population_covered_after - g.population_covered_before
            sol.greedy_shortfall = (best - got) / best if best > 0 else 0.0
    return sol


def _attribute(problem: SitingProblem, picked: list[int]) -> list[Site]:
    """Order the picked candidates by marginal gain and give each the population it newly covers."""
    sub = SitingProblem(problem.weights, problem.covered_before, problem.reach[picked], problem.candidate_ids[picked],
                        problem.capacity)
    return greedy(sub, "best_k", len(picked)).sites
