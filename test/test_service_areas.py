"""Service areas: exact cut points by hand, reachable length against QGIS's own service area."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString

from smart_community_plugin.core.network import build_network
from smart_community_plugin.core.routing import attach, routing_graph
from smart_community_plugin.core.service_areas import (
    area_polygon,
    merged_distances,
    per_source_distances,
    reachable_parts,
)

from .conftest import SAMPLE
from .layers import write


def _graph(lines, points):
    net = build_network(np.array(lines, dtype=object))
    att = attach(net, np.array(points, dtype=float))
    graph, _ = routing_graph(net, [att], leaves_for=0)
    return graph


def test_partial_edges_are_cut_at_the_exact_remaining_distance():
    graph = _graph([LineString([(0, 0), (1000, 0)])], [(500, 0)])
    _, dist = next(per_source_distances(graph, graph.leaf_node, 300))
    parts = reachable_parts(graph, dist, 300)
    covered = shapely.union_all(parts.lines)
    assert covered.length == pytest.approx(600)
    assert covered.bounds == pytest.approx((200, 0, 800, 0))
    assert parts.cost_to.max() == pytest.approx(300)
    # 600 m x 50 m plus two half 16-gons of radius 25 (shapely's quad_segs=4 round caps).
    ring = 0.5 * 16 * 25 ** 2 * math.sin(2 * math.pi / 16)
    assert shapely.area(area_polygon(parts, 25)) == pytest.approx(600 * 50 + ring, rel=1e-6)


def test_access_walk_counts_against_the_distance():
    # The facility is 100 m off the street: 200 m are left either way along it.
    graph = _graph([LineString([(0, 0), (1000, 0)])], [(500, 100)])
    _, dist = next(per_source_distances(graph, graph.leaf_node, 300))
    covered = shapely.union_all(reachable_parts(graph, dist, 300).lines)
    street = shapely.intersection(covered, LineString([(0, 0), (1000, 0)]))
    assert street.length == pytest.approx(400)


def test_merged_area_is_the_union_of_the_facilities_areas():
    lines = [LineString([(0, 0), (2000, 0)]), LineString([(1000, 0), (1000, 800)])]
    graph = _graph(lines, [(300, 0), (1000, 600)])
    singles = [area_polygon(reachable_parts(graph, d, 250), 20)
               for _, d in per_source_distances(graph, graph.leaf_node, 250)]
    merged = area_polygon(reachable_parts(graph, merged_distances(graph, graph.leaf_node, 250), 250), 20)
    assert shapely.area(merged) == pytest.approx(shapely.area(shapely.union_all(singles)), rel=1e-9)


def test_reachable_length_matches_qgis_service_area(tmp_path, processing_ready):
    import processing

    lines = [LineString([(0, 0), (120, 0), (250, 40), (400, 40)]),
             LineString([(120, 0), (120, 150), (300, 150)]),
             LineString([(250, 40), (300, 150), (300, 260)]),
             LineString([(0, 0), (0, 260), (300, 260)])]
    uri = write(tmp_path / "n.gpkg", "roads", [dict(geometry=g, name="r") for g in lines], geometry_type="LineString")
    start, limit = (120.0, 60.0), 230.0
    graph = _graph(lines, [start])
    _, dist = next(per_source_distances(graph, graph.leaf_node, limit))
    ours = shapely.union_all(reachable_parts(graph, dist, limit).lines).length
    res = processing.run("native:serviceareafrompoint", {
        "INPUT": uri, "STRATEGY": 0, "START_POINT": f"{start[0]},{start[1]} [EPSG:4548]",
        "TRAVEL_COST2": limit, "TOLERANCE": 0, "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "memory:",
        "OUTPUT": "memory:"})
    # QGIS lists some pieces twice (both directions, with rounding that keeps them from dissolving):
    # compare what is covered, each within 5 cm of the other.
    theirs = shapely.union_all([shapely.from_wkt(f.geometry().asWkt()) for f in res["OUTPUT_LINES"].getFeatures()])
    mine = shapely.union_all(reachable_parts(graph, dist, limit).lines)
    assert mine.buffer(0.05).contains(theirs) and theirs.buffer(0.05).contains(mine)
    # By hand: 60 + 120 + 50 west, 136.0 + 34 + 34 east of the junction, 90 + 140 north = 664 m.
    assert ours == pytest.approx(60 + 120 + 50 + math.hypot(130, 40) + 2 * (230 - 60 - math.hypot(130, 40))
                                 + 90 + 140, abs=0.01)
    # QGIS's bound points are our cut points.
    along = 230 - 60 - math.hypot(130, 40)  # what is left at (250,40)
    diagonal = np.array([50, 110]) / math.hypot(50, 110)
    cuts = shapely.MultiPoint([(0, 50), (250 + along, 40), tuple(np.array([250, 40]) + along * diagonal),
                               (260, 150)])
    ends = shapely.union_all(shapely.boundary(reachable_parts(graph, dist, limit).lines))
    assert shapely.distance(cuts, ends) < 0.05 and all(
        shapely.distance(p, ends) < 0.05 for p in shapely.get_parts(cuts))


def test_service_areas_algorithm_on_the_sample(tmp_path, processing_ready):
    import processing
    from qgis.core import QgsVectorLayer

    s = str(SAMPLE)
    res = processing.run("smart_community:service_areas", {
        "FACILITIES": f"{s}|layername=facilities", "ROADS": f"{s}|layername=roads",
        "COMPOUNDS": f"{s}|layername=compounds", "FACILITY_TYPE": "health_station", "MINUTES": "5,10",
        "WALK_SPEED": 60, "OUTPUT": str(tmp_path / "a.gpkg"), "OUTPUT_MERGED": str(tmp_path / "m.gpkg")})
    per = QgsVectorLayer(res["OUTPUT"], "a", "ogr")
    merged = QgsVectorLayer(res["OUTPUT_MERGED"], "m", "ogr")
    # Two health stations (one existing, one planned) x two times; one merged area per time.
    assert per.featureCount() == 4 and merged.featureCount() == 2
    rows = sorted((f["distance_m"], f["minutes"], f["area_m2"]) for f in merged.getFeatures())
    assert [(d, m) for d, m, _ in rows] == [(300, 5), (600, 10)]
    assert rows[0][2] < rows[1][2]


def test_walking_coverage_and_life_circles_algorithms(tmp_path, processing_ready):
    import processing
    from qgis.core import QgsVectorLayer

    s = str(SAMPLE)
    scheme = {"COMMUNITY": f"{s}|layername=community", "BUILDINGS": f"{s}|layername=buildings",
              "FACILITIES": f"{s}|layername=facilities", "COMPOUNDS": f"{s}|layername=compounds",
              "ROADS": f"{s}|layername=roads"}
    res = processing.run("smart_community:walking_coverage", dict(
        scheme, OUTPUT=str(tmp_path / "w.gpkg"), OUTPUT_JSON=str(tmp_path / "w.json")))
    layer = QgsVectorLayer(res["OUTPUT"], "w", "ogr")
    assert layer.featureCount() == 76
    assert {"dist_health_station", "straight_health_station", "detour_health_station"} <= set(layer.fields().names())
    detours = [f["detour_health_station"] for f in layer.getFeatures() if f["detour_health_station"]]
    assert min(detours) >= 1.0 - 1e-9  # a walk is never shorter than the straight line
    cov = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))["coverage"]["health_station"]
    assert cov["network"]["ratio"] < cov["euclidean"]["ratio"]  # the walls lengthen the walks
    res = processing.run("smart_community:life_circles", dict(scheme, OUTPUT=str(tmp_path / "l.gpkg")))
    assert 0 <= res["SHARE_COMPLETE_15"] <= 1
    layer = QgsVectorLayer(res["OUTPUT"], "l", "ogr")
    assert {"reach_5min", "complete_15min"} <= set(layer.fields().names())
