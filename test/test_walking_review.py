"""Walking distances in the review: walls and gates by hand, QGIS's own shortest path, bad input."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point

from smart_community_plugin.core.errors import InputError
from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.standard import load_standard

from .layers import scheme, square, vlayer, write
from .review_helpers import check, review_layers


def _roads_uri(path, lines, **extra):
    rows = [dict(geometry=g, name=f"r{k}", walkable=1, **{k2: v[k] for k2, v in extra.items()})
            for k, g in enumerate(lines)]
    return write(path, "roads", rows, geometry_type="LineString")


# A gated compound (0,0)-(200,200) whose only gate is at (100,200); its inner path runs from
# (100,20) through the gate to the street y=220. Streets: y=220, x=-100 and y=-20 (x from -100 to 300).
STREETS = [LineString([(100, 20), (100, 200), (100, 220)]),
           LineString([(-100, 220), (100, 220), (300, 220)]),
           LineString([(-100, 220), (-100, -20)]),
           LineString([(-100, -20), (300, -20)])]
COMPOUND = [dict(geometry=shapely.box(0, 0, 200, 200), name="walled", gated=1)]


def _walled(tmp_path, name, compounds, distance="both"):
    path = tmp_path / name
    layers = scheme(path, [dict(geometry=square(150, 5, 2), use="residential", population=100)],
                    [dict(geometry=Point(100, -30), facility_type="health_station", status="existing")],
                    community=shapely.box(-150, -100, 350, 300), compounds=compounds)
    roads = vlayer(_roads_uri(path, STREETS))
    return review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                         ReviewParameters(distance_method=distance), layers.get("compounds"), roads=roads)


def test_a_wall_sends_the_walk_round_through_the_gate(tmp_path):
    r = _walled(tmp_path, "walled.gpkg", COMPOUND)
    # Inside the wall the home may only join the inner path: 52.2 m to (100,20), 180 m to the gate,
    # 20 m to the street, 200 + 240 + 200 m round to (100,-20), 10 m to the station.
    access = math.hypot(50, 15)
    walk = access + 180 + 20 + 200 + 240 + 200 + 10
    straight = math.hypot(50, 35)
    assert r.building_results["distance"]["health_station"][0] == pytest.approx(walk, abs=0.01)
    assert r.building_results["euclidean"]["health_station"][0] == pytest.approx(straight, abs=0.01)
    assert r.building_results["detour"]["health_station"][0] == pytest.approx(walk / straight, rel=1e-6)
    c = check(r, "service_radius:health_station")
    assert c.verdict.value == "warning" and c.measured["distance"] == "network"
    assert c.measured["coverage_ratio"] == 0 and c.measured["euclidean_coverage_ratio"] == 1
    assert r.coverage["health_station"]["euclidean"]["ratio"] == 1.0
    assert r.coverage["health_station"]["network"]["ratio"] == 0.0


def test_without_the_wall_the_home_steps_onto_the_street(tmp_path):
    r = _walled(tmp_path, "open.gpkg", None)
    # The street y=-20 is 25 m away: 25 + 50 along it + 10 to the station.
    assert r.building_results["distance"]["health_station"][0] == pytest.approx(85.0, abs=0.01)


def test_distance_method_selects_the_blocks(tmp_path):
    r = _walled(tmp_path, "e.gpkg", COMPOUND, "euclidean")
    assert set(r.coverage["health_station"]) == {"radius_m", "basis", "euclidean"}
    assert check(r, "service_radius:health_station").verdict.value == "pass"
    r = _walled(tmp_path, "n.gpkg", COMPOUND, "network")
    assert set(r.coverage["health_station"]) == {"radius_m", "basis", "network"}


def test_distances_agree_with_qgis_shortest_path(tmp_path, processing_ready):
    """QGIS's native:shortestpathpointtopoint on the same lines (crossings carry shared vertices)."""
    import processing

    lines = [LineString([(0, 0), (120, 0), (250, 40), (400, 40)]),
             LineString([(120, 0), (120, 150), (300, 150)]),
             LineString([(250, 40), (300, 150), (300, 260)]),
             LineString([(0, 0), (0, 260), (300, 260)])]
    path = tmp_path / "net.gpkg"
    uri = _roads_uri(path, lines)
    home, station = (60.0, 0.0), (300.0, 200.0)   # both exactly on a line: no access walk
    layers = scheme(path, [dict(geometry=Point(*home).buffer(0.01, 8), use="residential", population=1)],
                    [dict(geometry=Point(*station), facility_type="health_station", status="existing")],
                    community=shapely.box(-50, -50, 450, 300))
    r = review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                      roads=vlayer(uri))
    ours = r.building_results["distance"]["health_station"][0]
    result = processing.run("native:shortestpathpointtopoint", {
        "INPUT": uri, "STRATEGY": 0, "START_POINT": f"{home[0]},{home[1]} [EPSG:4548]",
        "END_POINT": f"{station[0]},{station[1]} [EPSG:4548]", "TOLERANCE": 0, "OUTPUT": "memory:"})
    cost = next(result["OUTPUT"].getFeatures())["cost"]
    assert ours == pytest.approx(cost, abs=0.01)
    # And by hand, along the diagonal: 60 + |(120,0)-(250,40)| + |(250,40)-(300,150)| + 50,
    # shorter than the 440 m round by (120,150).
    assert ours == pytest.approx(60 + math.hypot(130, 40) + math.hypot(50, 110) + 50, abs=0.01)


def test_polygon_layer_as_roads_is_refused(tmp_path):
    path = tmp_path / "s.gpkg"
    layers = scheme(path, [dict(geometry=square(0, 0), use="residential", population=1)],
                    [dict(geometry=Point(0, 0), facility_type="health_station", status="existing")])
    with pytest.raises(InputError, match="roads.*has polygon geometries; line expected"):
        review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                      roads=layers["buildings"])


def test_empty_roads_fall_back_to_straight_lines_with_a_finding(tmp_path):
    path = tmp_path / "s.gpkg"
    layers = scheme(path, [dict(geometry=square(0, 0), use="residential", population=1)],
                    [dict(geometry=Point(50, 0), facility_type="health_station", status="existing")])
    roads = vlayer(write(path, "roads", [], geometry_type="LineString"))
    r = review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(), roads=roads)
    assert r.community["distance"] == "euclidean"
    assert any("straight lines only" in f.text() for f in r.findings)


def test_facility_on_a_disconnected_piece_is_unreachable(tmp_path):
    path = tmp_path / "s.gpkg"
    layers = scheme(path, [dict(geometry=square(0, 10, 2), use="residential", population=1)],
                    [dict(geometry=Point(0, 110), facility_type="health_station", status="existing")])
    roads = vlayer(_roads_uri(path, [LineString([(-50, 0), (50, 0)]), LineString([(-50, 100), (50, 100)])]))
    r = review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(), roads=roads)
    assert np.isinf(r.building_results["distance"]["health_station"][0])
    assert r.coverage["health_station"]["network"]["uncovered_building_ids"] == [1]
    assert any("2 disconnected pieces" in f.text() for f in r.findings)


def test_not_walkable_ways_are_left_out(tmp_path):
    path = tmp_path / "s.gpkg"
    layers = scheme(path, [dict(geometry=square(0, 10, 2), use="residential", population=1)],
                    [dict(geometry=Point(100, 10), facility_type="health_station", status="existing")])
    rows = [dict(geometry=LineString([(0, 0), (100, 0)]), name="motorway", highway="motorway"),
            dict(geometry=LineString([(0, 0), (0, 50), (100, 50), (100, 0)]), name="path", highway="footway")]
    roads = vlayer(write(path, "roads", rows, geometry_type="LineString"))
    r = review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(), roads=roads)
    # Home and station stand on the footway: 40 + 100 + 40 round it (the motorway would give 120).
    d = r.building_results["distance"]["health_station"][0]
    assert d == pytest.approx(40 + 100 + 40, abs=0.01)
    assert any("not walkable" in f.text() for f in r.findings)


def _review_with(tmp_path, name, buildings, facilities, lines, compounds=None, gates=None, entrances=None,
                 community=None):
    path = tmp_path / name
    layers = scheme(path, buildings, facilities, community=community or shapely.box(-200, -200, 400, 400),
                    compounds=compounds)
    roads = vlayer(_roads_uri(path, lines))
    gl = vlayer(write(path, "gates", [dict(geometry=Point(*g), name="g") for g in gates])) if gates else None
    el = vlayer(write(path, "entrances", [dict(geometry=Point(*e), name="e") for e in entrances])) if entrances else None
    return review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                         compounds=layers.get("compounds"), roads=roads, gates=gl, entrances=el)


def test_a_gate_joins_paths_that_stop_at_the_wall(tmp_path):
    # Compound (0,0)-(200,200) with an inner path y=100 from x=20 to 180 that does not reach the wall;
    # a street outside along x=250. The only gate is in the east wall at (200,100).
    lines = [LineString([(20, 100), (180, 100)]), LineString([(250, -100), (250, 300)])]
    home = [dict(geometry=square(50, 110, 3), use="residential", population=10)]
    station = [dict(geometry=Point(260, 0), facility_type="health_station", status="existing")]
    walled = [dict(geometry=shapely.box(0, 0, 200, 200), name="c", gated=1)]
    r = _review_with(tmp_path, "gate.gpkg", home, station, lines, walled, gates=[(200, 100)])
    # 10 m to the path, 130 m to its end, 20 m to the gate, 50 m to the street, 100 m south, 10 m over.
    assert r.building_results["distance"]["health_station"][0] == pytest.approx(10 + 130 + 20 + 50 + 100 + 10, abs=0.01)
    # Without the gate the walled home cannot get out at all.
    r = _review_with(tmp_path, "nogate.gpkg", home, station, lines, walled)
    assert np.isinf(r.building_results["distance"]["health_station"][0])


def test_entrances_start_the_walk_at_the_nearest_door(tmp_path):
    # A 40 m x 20 m building with its centre 20 m north of the street y=-10; doors at both ends of
    # its south wall. The station stands on the street at x=100.
    building = [dict(geometry=shapely.box(0, 0, 40, 20), use="residential", population=10)]
    station = [dict(geometry=Point(100, -10), facility_type="health_station", status="existing")]
    street = [LineString([(-100, -10), (200, -10)])]
    r = _review_with(tmp_path, "centre.gpkg", building, station, street)
    assert r.building_results["distance"]["health_station"][0] == pytest.approx(20 + 80, abs=0.01)
    r = _review_with(tmp_path, "doors.gpkg", building, station, street, entrances=[(0, 0), (40, 0)])
    # From the east door: 10 m to the street, 60 m along it.
    assert r.building_results["distance"]["health_station"][0] == pytest.approx(10 + 60, abs=0.01)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_roads_without_crs_are_refused(tmp_path):
    path = tmp_path / "s.gpkg"
    layers = scheme(path, [dict(geometry=square(0, 0), use="residential", population=1)],
                    [dict(geometry=Point(50, 0), facility_type="health_station", status="existing")])
    roads = vlayer(write(path, "roads", [dict(geometry=LineString([(0, 0), (10, 0)]), name="r")], crs=None,
                         geometry_type="LineString"))
    with pytest.raises(InputError, match="roads.*no coordinate reference system"):
        review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(), roads=roads)
