"""Siting: greedy and exact against enumeration of every subset on small instances; capacity; locks."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from smart_community_plugin.core.siting import distances_problem, euclidean_problem, exact, greedy


def problem_from_sets(sets, weights, covered=None, capacity=None):
    rows, cols = [], []
    for j, members in enumerate(sets):
        rows += [j] * len(members)
        cols += list(members)
    reach = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), len(weights)))
    covered = np.zeros(len(weights), bool) if covered is None else np.asarray(covered)
    return distances_problem(reach, np.asarray(weights, float), covered, np.arange(len(sets)) + 100, capacity)


def covered_by(sets, chosen, n, covered_before):
    hit = np.array(covered_before, bool).copy()
    for j in chosen:
        hit[list(sets[j])] = True
    return hit


def test_the_textbook_case_where_plain_greedy_needs_one_more():
    # {0,1,2,3} is the biggest set, so plain greedy takes it first and then needs both others; the
    # reverse-delete pass finds it redundant, and two sites remain, as many as the optimum.
    sets = [{0, 1, 2, 3}, {0, 1, 4}, {2, 3, 5}]
    p = problem_from_sets(sets, [1] * 6)
    g = greedy(p, "cover_all")
    e = exact(p, "cover_all")
    assert sorted(s.candidate_id for s in g.sites) == [101, 102]
    assert sorted(s.candidate_id for s in e.sites) == [101, 102] and e.greedy_shortfall == 0
    assert e.population_covered_after == 6 and e.method == "exact"
    # Where reverse delete cannot help, greedy stays above the optimum: the shortfall says by how much.
    # (found by searching random instances against enumeration)
    sets = [{2, 3, 4, 6, 7}, {0, 4, 5}, {1, 2, 3}, {2, 4, 7}, {1, 2, 3, 6, 7}]
    p = problem_from_sets(sets, [1] * 8)
    assert len(greedy(p, "cover_all").sites) == 3 and len(exact(p, "cover_all").sites) == 2
    assert exact(p, "cover_all").greedy_shortfall == pytest.approx(0.5)


@pytest.mark.parametrize("seed", range(12))
def test_random_instances_against_enumeration(seed):
    rng = np.random.default_rng(seed)
    n_demand, n_cand = 18, 7
    sets = [set(np.flatnonzero(rng.random(n_demand) < 0.25)) for _ in range(n_cand)]
    weights = rng.integers(1, 50, n_demand).astype(float)
    before = rng.random(n_demand) < 0.2
    p = problem_from_sets(sets, weights, before)
    coverable = covered_by(sets, range(n_cand), n_demand, before)
    # cover_all: the fewest sets that reach every coverable point, by enumeration.
    best_size = next(r for r in range(n_cand + 1) for c in itertools.combinations(range(n_cand), r)
                     if covered_by(sets, c, n_demand, before)[coverable].all())
    e, g = exact(p, "cover_all"), greedy(p, "cover_all")
    assert len(e.sites) == best_size <= len(g.sites)
    assert e.population_covered_after == pytest.approx(weights[coverable].sum())
    # best_k: the most population with k new sites, by enumeration; greedy never beats it.
    for k in (1, 2, 3):
        best = max(weights[covered_by(sets, c, n_demand, before)].sum() for c in itertools.combinations(range(n_cand), k))
        e, g = exact(p, "best_k", k), greedy(p, "best_k", k)
        assert e.population_covered_after == pytest.approx(best)
        assert g.population_covered_after <= best + 1e-9 and len(g.sites) <= k
        assert e.greedy_shortfall == pytest.approx((best - g.population_covered_after) /
                                                   (best - weights[before].sum()) if best > weights[before].sum() else 0)


def test_capacity_is_respected_nearest_first():
    # Five homes of 100 people on a line; a site at 0 reaches all within 500 m but serves at most 250.
    demand = np.array([[x, 0.0] for x in (10, 20, 30, 40, 50)])
    p = euclidean_problem(demand, np.full(5, 100.0), np.empty((0, 2)), np.array([[0.0, 0.0], [60.0, 0.0]]),
                          np.array([7, 8]), 500.0, capacity=250.0)
    g = greedy(p, "best_k", 1)
    assert [(s.candidate_id, s.newly_covered_population) for s in g.sites] in ([(7, 250.0)], [(8, 250.0)])
    g2 = greedy(p, "best_k", 2)
    assert [s.newly_covered_population for s in g2.sites] == [250.0, 250.0]
    e = exact(p, "best_k", 2)
    assert all(s.newly_covered_population <= 250.0 + 1e-6 for s in e.sites)
    assert e.population_covered_after == pytest.approx(500.0)


def test_locked_facilities_count_and_are_never_suggested():
    demand = np.array([[0.0, 0.0], [1000.0, 0.0]])
    existing = np.array([[10.0, 0.0]])                   # covers the first home
    cands = np.array([[5.0, 0.0], [990.0, 0.0]])
    p = euclidean_problem(demand, np.array([300.0, 200.0]), existing, cands, np.array([1, 2]), 300.0)
    g = greedy(p, "cover_all")
    assert [s.candidate_id for s in g.sites] == [2]      # the site near the covered home adds nothing
    assert (g.population_covered_before, g.population_covered_after) == (300.0, 500.0)


def test_nothing_to_do_and_nothing_possible():
    demand = np.array([[0.0, 0.0]])
    covered = euclidean_problem(demand, np.array([10.0]), np.array([[1.0, 0.0]]), np.array([[2.0, 0.0]]),
                                np.array([1]), 300.0)
    assert greedy(covered, "cover_all").sites == [] and exact(covered, "cover_all").sites == []
    far = euclidean_problem(demand, np.array([10.0]), np.empty((0, 2)), np.array([[5000.0, 0.0]]), np.array([1]), 300.0)
    g = greedy(far, "cover_all")
    assert g.sites == [] and g.uncoverable_population == 10.0
    none = euclidean_problem(demand, np.array([10.0]), np.empty((0, 2)), np.empty((0, 2)), np.array([], int), 300.0)
    assert greedy(none, "best_k", 3).sites == []


def _scheme(tmp_path, roads=False):
    import shapely

    from smart_community_plugin.standard import load_standard

    from .layers import scheme, square, vlayer, write
    from .review_helpers import read_layers as read_inputs

    # Three clusters of homes along y=0 at x=0, 600 and 1200; an existing kindergarten at the first.
    homes = [dict(geometry=square(x + dx, 0), use="residential", population=1000)
             for x in (0, 600, 1200) for dx in (-20, 20)]
    facs = [dict(geometry=shapely.Point(0, 30), facility_type="kindergarten", status="existing")]
    layers = scheme(tmp_path / "s.gpkg", homes, facs, community=shapely.box(-300, -300, 1500, 300))
    cands = vlayer(write(tmp_path / "s.gpkg", "candidates", [
        dict(geometry=shapely.Point(600, 40)), dict(geometry=shapely.Point(1200, 40)),
        dict(geometry=shapely.Point(900, 40)), dict(geometry=shapely.box(590, 60, 600, 70))]))  # #4: 100 m² parcel
    road = None
    if roads:
        road = vlayer(write(tmp_path / "s.gpkg", "roads", [dict(geometry=shapely.LineString([(-300, 0), (1500, 0)]),
                                                                 walkable=1)], geometry_type="LineString"))
    inputs = read_inputs(layers["community"], layers["buildings"], layers["facilities"], load_standard(), roads=road)
    from smart_community_plugin.layers.reader import LayerReader

    xy, ids, land = LayerReader(layers["community"]).candidates(cands)
    from smart_community_plugin.core.site_suggestions import Candidates

    return inputs, Candidates(xy, ids, land)


@pytest.mark.parametrize("walking", [False, True])
def test_suggestions_on_a_scheme(tmp_path, standard, qgis_app, walking):
    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.core.site_suggestions import suggest_sites

    inputs, cand = _scheme(tmp_path, roads=walking)
    params = ReviewParameters(distance_method="network" if walking else "euclidean")
    (s,) = suggest_sites(inputs, standard, ["kindergarten"], cand, "cover_all", params=params)
    # 300 m radius: the homes at 600 and 1200 need a site each; 900 reaches neither (300 m + 20 m away).
    assert sorted(x.candidate_id for x in s.solution.sites) == [1, 2]
    assert (s.solution.population_covered_before, s.solution.population_covered_after) == (2000, 6000)
    assert s.distance == ("network" if walking else "euclidean") and s.limit_m == 300
    (best,) = suggest_sites(inputs, standard, ["kindergarten"], cand, "best_k", k=1, use_exact=True, params=params)
    assert len(best.solution.sites) == 1 and best.solution.population_covered_after == 4000
    assert best.solution.greedy_shortfall == 0


def test_land_area_excludes_small_parcels_with_a_reason(tmp_path, standard, qgis_app):
    from smart_community_plugin.core.site_suggestions import suggest_sites

    inputs, cand = _scheme(tmp_path)
    (s,) = suggest_sites(inputs, standard, ["sports_ground"], cand, "cover_all")
    # Table A.0.1: sports grounds need at least 150 m² of land; parcel #4 has 100 m².
    assert s.excluded == [{"candidate_id": 4, "facility_type": "sports_ground",
                           "reason": "land area 100 m² < 150 m² (Table A.0.1)"}]
    assert 4 not in [x.candidate_id for x in s.solution.sites]


def test_colocation_and_types_without_a_radius(tmp_path, standard, qgis_app):
    from smart_community_plugin.core.site_suggestions import suggest_sites

    inputs, cand = _scheme(tmp_path)
    cand.land_area[:] = np.nan                  # no land limit trouble for the group
    (group,) = suggest_sites(inputs, standard, ["health_station", "elderly_day_care"], cand, "best_k", k=1,
                             colocate=True)
    assert group.types == ("elderly_day_care", "health_station") or set(group.types) == {"health_station",
                                                                                           "elderly_day_care"}
    # Neither type exists: the best single site (600 or 1200) covers 2,000 residents for each of the two.
    assert group.solution.sites[0].newly_covered_population == 4000
    with pytest.raises(ValueError, match="no service radius"):
        suggest_sites(inputs, standard, ["property_management"], cand)


def test_grid_candidates_avoid_buildings(tmp_path, standard, qgis_app):
    import shapely

    from smart_community_plugin.core.site_suggestions import grid_candidates

    inputs, _ = _scheme(tmp_path)
    grid = grid_candidates(inputs, 10.0)
    assert len(grid.ids) > 0 and grid.generated
    inside = shapely.STRtree(inputs.buildings.geometries).query(shapely.points(grid.xy), predicate="intersects")
    assert len(inside[0]) == 0
    assert shapely.contains_xy(inputs.community.geometry, grid.xy[:, 0], grid.xy[:, 1]).all()


def test_suggest_sites_algorithm_and_the_review_agree(tmp_path, processing_ready, standard):
    """Adding the suggested sites as planned facilities makes the review cover what the siting promised."""
    import json

    import processing
    import shapely

    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.core.review import run_review

    from .conftest import SAMPLE
    from .layers import vlayer
    from .review_helpers import read_layers as read_inputs

    s = str(SAMPLE)
    params = {"COMMUNITY": f"{s}|layername=community", "BUILDINGS": f"{s}|layername=buildings",
              "FACILITIES": f"{s}|layername=facilities", "COMPOUNDS": f"{s}|layername=compounds",
              "DISTANCE": "euclidean", "FACILITY_TYPE": "health_station", "MODE": "cover_all", "GRID_SPACING": 20,
              "OUTPUT": "memory:", "OUTPUT_JSON": str(tmp_path / "sites.json")}
    res = processing.run("smart_community:suggest_sites", params)
    doc = json.loads((tmp_path / "sites.json").read_text(encoding="utf-8"))
    assert doc["method"] == "greedy" and doc["sites"] and doc["facility_types"] == ["health_station"]
    assert res["OUTPUT"].featureCount() == len(doc["sites"])
    layers = {n: vlayer(f"{s}|layername={n}", n) for n in ("community", "buildings", "facilities", "compounds")}
    inputs = read_inputs(layers["community"], layers["buildings"], layers["facilities"], standard, layers["compounds"])
    f = inputs.facilities
    extra = [shapely.Point(site["x"], site["y"]) for site in doc["sites"]]
    n = len(extra)
    from dataclasses import replace

    import numpy as np

    from smart_community_plugin.core.inputs import Facilities

    o = np.empty(n, dtype=object)
    t, st, nm = o.copy(), o.copy(), o.copy()
    t[:], st[:], nm[:] = "health_station", "planned", ""
    more = Facilities(np.concatenate([f.fids, 10_000 + np.arange(n)]), np.concatenate([f.geometries, extra]),
                      np.concatenate([f.types, t]), np.concatenate([f.status, st]), np.concatenate([f.names, nm]),
                      {k: np.concatenate([v, np.full(n, np.nan)]) for k, v in f.numbers.items()},
                      list(f.smart_features) + [frozenset()] * n, np.concatenate([f.centre, o]))
    after = run_review(replace(inputs, facilities=more), standard, ReviewParameters(distance_method="euclidean"))
    cov = after.coverage["health_station"]["euclidean"]
    assert cov["population_covered"] == pytest.approx(doc["population_covered_after"], abs=0.01)
    assert cov["population_covered"] == pytest.approx(cov["population_total"], abs=0.01)  # cover_all: everybody
