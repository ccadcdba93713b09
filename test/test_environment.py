"""Green space, the walk to an emergency shelter and the cameras (4.4.1, 4.4.3, 5.2.4-1) at their distances ± 1 m."""

from __future__ import annotations

import pytest
import shapely

from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.core.results import Verdict
from smart_community_plugin.standard import load_standard

from .layers import scheme, square, vlayer, write
from .review_helpers import check, review_layers

SHELTER_M = 500      # register.json distances.shelter_walk_m, written out here


def _review(tmp_path, homes, facilities, greens=None, roads=None, params=None, name="s.gpkg"):
    path = tmp_path / name
    layers = scheme(path, homes, facilities)
    green = vlayer(write(path, "green_spaces", greens, geometry_type="Polygon")) if greens is not None else None
    road = vlayer(write(path, "roads", roads, geometry_type="LineString")) if roads is not None else None
    return review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                         params or ReviewParameters(distance_method="euclidean" if road is None else "both"),
                         roads=road, green_spaces=green)


def home(x, y, pop=100):
    return dict(geometry=square(x, y, 5.0), use="residential", population=pop)


def fac(kind, x, y, **kw):
    return dict(geometry=shapely.Point(x, y), facility_type=kind, status="existing", **kw)


def test_green_space_present_or_not(tmp_path):
    inside = _review(tmp_path, [home(0, 0)], [fac("culture_station", 50, 0)],
                     greens=[dict(geometry=shapely.box(100, 100, 200, 150), name="绿地", emergency_shelter=0)])
    c = check(inside, "green_space")
    assert c.verdict is Verdict.PASS and c.measured["area_m2"] == pytest.approx(5000.0)
    outside = _review(tmp_path, [home(0, 0)], [fac("culture_station", 50, 0)], name="o.gpkg",
                      greens=[dict(geometry=shapely.box(1100, 0, 1200, 50), name="界外绿地", emergency_shelter=0)])
    assert check(outside, "green_space").verdict is Verdict.FAIL
    # The culture station is 1,050 m from the green outside: not close (宜, 300 m).
    assert check(outside, "green_proximity:culture_station:1").verdict is Verdict.WARNING


@pytest.mark.parametrize("gap, verdict", [(SHELTER_M - 1, Verdict.PASS), (SHELTER_M + 1, Verdict.FAIL)])
def test_longest_straight_walk_to_a_shelter(tmp_path, gap, verdict):
    # The home's centre at the origin; the shelter's west edge `gap` m east of it.
    greens = [dict(geometry=shapely.box(gap, -20, gap + 40, 20), name="避险绿地", emergency_shelter=1)]
    r = _review(tmp_path, [home(0, 0)], [fac("culture_station", 50, 0)], greens=greens)
    c = check(r, "emergency_shelter")
    assert c.verdict is verdict and c.measured["longest_walk_m"] == pytest.approx(gap)
    assert r.shelter_routes["lines"][0] is not None


def test_walking_route_to_a_shelter_follows_the_paths(tmp_path):
    # A road along y = 0; the home's centre 10 m north of it at x = 0; the shelter's corner (600, -10) is
    # 10 m south of the road. Walk: 10 (to the road) + 600 (along it) + 10 (to the park) = 620 m.
    greens = [dict(geometry=shapely.box(600, -60, 700, -10), name="避险绿地", emergency_shelter=1)]
    roads = [dict(geometry=shapely.LineString([(-100, 0), (900, 0)]), name="路", walkable=1)]
    r = _review(tmp_path, [home(0, 10)], [fac("culture_station", 50, 5)], greens=greens, roads=roads)
    c = check(r, "emergency_shelter")
    assert c.measured["distance"] == "network"
    assert c.measured["longest_walk_m"] == pytest.approx(620.0, abs=0.5)
    assert c.verdict is Verdict.FAIL
    line = r.shelter_routes["lines"][0]
    assert shapely.length(line) == pytest.approx(620.0, abs=1.0)


def test_no_shelter_is_not_assessed(tmp_path):
    # Every 4.4.3 smart item declared, but no green space is a shelter: the walk cannot be measured.
    greens = [dict(geometry=shapely.box(100, 100, 200, 150), name="绿地", emergency_shelter=0,
                   smart_features="smart_emergency_refuge,smart_lighting,smart_broadcast,smart_rescue")]
    r = _review(tmp_path, [home(0, 0)], [fac("culture_station", 50, 0)], greens=greens)
    assert check(r, "emergency_shelter").verdict is Verdict.NOT_ASSESSABLE
    assert check(r, "green_smart:4.4.3").verdict is Verdict.PASS
    assert next(p for p in r.provisions if p["id"] == "4.4.3")["outcome"] == "not_assessable"


@pytest.mark.parametrize("dx, verdict", [(59, Verdict.NOT_ASSESSABLE), (61, Verdict.FAIL)])
def test_cameras_watch_the_waste_station(tmp_path, dx, verdict):
    # A camera with a 60 m view and a boundary-crossing alarm, the station dx m away. Watched at 59 m, but the
    # roads mark no fire lanes, so the provision stays not assessed; at 61 m the station is unwatched.
    facs = [fac("waste_collection", 0, 0), fac("surveillance", dx, 0, view_radius_m=60.0, smart_features="boundary_alarm")]
    r = _review(tmp_path, [home(0, -200)], facs)
    c = check(r, "camera_coverage")
    assert c.verdict is verdict
    assert c.measured["unwatched_station_ids"] == ([] if dx < 60 else [1])


def test_a_camera_without_alarm_does_not_count(tmp_path):
    facs = [fac("waste_collection", 0, 0), fac("surveillance", 10, 0, view_radius_m=60.0)]
    r = _review(tmp_path, [home(0, -200)], facs)
    assert check(r, "camera_coverage").verdict is Verdict.FAIL


def test_walking_network_continuity(tmp_path):
    # The main road along y = 0 (1,000 m); a 50 m piece at y = 300 that joins nothing. A home by the main
    # road is on the network; a home and a facility by the loose piece are not (4.3.5).
    roads = [dict(geometry=shapely.LineString([(-500, 0), (500, 0)]), name="主路", walkable=1),
             dict(geometry=shapely.LineString([(400, 300), (450, 300)]), name="断头路", walkable=1)]
    homes = [home(0, 10), home(420, 310)]
    r = _review(tmp_path, homes, [fac("culture_station", 50, 5), fac("convenience_store", 430, 295)], roads=roads)
    c = check(r, "walk_network")
    assert c.verdict is Verdict.FAIL
    assert c.measured["home_ids"] == [2] and c.measured["facility_ids"] == [2]
    joined = roads + [dict(geometry=shapely.LineString([(400, 300), (400, 0)]), name="连通路", walkable=1)]
    assert check(_review(tmp_path, homes, [fac("culture_station", 50, 5)], roads=joined, name="j.gpkg"),
                 "walk_network").verdict is Verdict.PASS
    # Without roads, continuity is not assessed (never a pass).
    assert check(_review(tmp_path, homes, [fac("culture_station", 50, 5)], name="n.gpkg"),
                 "walk_network").verdict is Verdict.NOT_ASSESSABLE


@pytest.mark.parametrize("gap, verdict", [(799, Verdict.PASS), (801, Verdict.WARNING)])
def test_tod_link_to_a_rail_station(tmp_path, gap, verdict):
    # The test community is the box ±1,000 m; without gates the boundary is the way out. 800 m (4.3.7, 宜).
    r = _review(tmp_path, [home(0, 0)], [fac("rail_station", 1000 + gap, 0)])
    c = check(r, "tod_link")
    assert c.verdict is verdict and c.measured["distance_m"] == pytest.approx(gap)


def test_standalone_and_shared_centre(tmp_path):
    facs = [fac("kindergarten", 0, 0, centre="中心"), fac("health_station", 400, 0, centre="中心"),
            fac("sports_ground", 0, 300)]
    r = _review(tmp_path, [home(0, -200)], facs)
    shared = check(r, "standalone:kindergarten:1")
    assert shared.verdict is Verdict.WARNING and shared.measured["shared_with"] == ["health_station"]
    assert check(r, "standalone:sports_ground:3").verdict is Verdict.PASS


@pytest.mark.parametrize("gap, verdict", [(299, Verdict.PASS), (301, Verdict.FAIL)])
def test_kindergarten_close_to_public_green(tmp_path, gap, verdict):
    # 接近公共绿地 (应): the register's 300 m, straight line from the kindergarten to the green's edge.
    greens = [dict(geometry=shapely.box(gap, -20, gap + 40, 20), name="绿地", emergency_shelter=0)]
    r = _review(tmp_path, [home(0, -200)], [fac("kindergarten", 0, 0)], greens=greens)
    c = check(r, "green_proximity:kindergarten:1")
    assert c.verdict is verdict and c.measured["distance_m"] == pytest.approx(gap)
