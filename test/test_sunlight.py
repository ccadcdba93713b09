"""Sunlight analysis of windows and activity grounds, expectations from the geometry by hand."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from smart_community_plugin.core.sun import day_of, sun_path
from smart_community_plugin.core.sunlight import SunlightInputs, SunlightParameters, analyse, generate_windows

LAT, LON = 39.9, 116.4
SUN = sun_path(LAT, LON, day_of("winter_solstice", 2026), 9 * 60, 15 * 60, 1)


def _inputs(footprints, heights, targets, **kw):
    n = len(footprints)
    return SunlightInputs(building_fids=np.arange(1, n + 1), footprints=np.array(footprints, dtype=object),
                          height_m=np.array(heights, dtype=float), floors=np.full(n, np.nan),
                          ground_m=np.full(n, np.nan), targets=np.array(targets, dtype=np.int64),
                          target_kind=np.array(["kindergarten"] * len(targets), dtype=object),
                          latitude=LAT, longitude=LON, **kw)


def _expected_minutes(lit: np.ndarray, min_run: float = 1.0) -> float:
    both = lit[:-1] & lit[1:]
    return float(both.sum())


def test_generated_windows_face_south_on_the_south_wall():
    pts, facing = generate_windows(shapely.box(0, 0, 30, 12), SunlightParameters())
    # South wall 30 m: (30 - 1.5) // 3 + 1 = 10 windows, 3 m apart, centred; nothing on the other walls
    # (east and west face 90 deg from south, outside the default 60 deg range).
    assert len(pts) == 10 and np.allclose(facing, 180.0)
    assert np.allclose(pts[:, 1], 0.0) and pts[:, 0].min() == pytest.approx(1.5)


def test_window_behind_a_long_wall_by_hand():
    # Kindergarten 30 m x 12 m; a 4 km wall, 12 m high, 30 m south of its south wall.
    school = shapely.box(-15, 0, 15, 12)
    wall = shapely.box(-2000, -31, 2000, -30)
    res = analyse(_inputs([school, wall], [10.0, 12.0], [0]))
    az, alt = np.radians(SUN.azimuth), np.radians(SUN.altitude)
    # Sill corners at 0.9 m, 30.01 m from the wall: lit while tan(alt) >= 11.1 / (30.01 / -cos az).
    lit = np.tan(alt) >= (12 - 0.9) / (30.01 / -np.cos(az))
    expected = _expected_minutes(lit)
    for w in res.windows:
        assert w["lit_minutes"] == pytest.approx(expected, abs=2)  # corners differ by 1.5 m along an infinite wall
    assert res.buildings[0]["verdict"] == ("pass" if expected >= 180 else "fail")


def test_open_site_window_gets_the_whole_window():
    res = analyse(_inputs([shapely.box(0, 0, 30, 12)], [10.0], [0]))
    assert all(w["lit_minutes"] == 360 and w["verdict"] == "pass" for w in res.windows)


def test_activity_ground_share_behind_a_wall_by_hand():
    # A play area 0-40 m north of a 4 km wall 8 m high; grid 1 m.
    wall = shapely.box(-2000, -1, 2000, 0)
    play = shapely.box(-10, 0, 10, 40)
    res = analyse(_inputs([shapely.box(50, 50, 60, 60), wall], [5.0, 8.0], [0], play_areas=np.array([play])),
                  SunlightParameters(step_min=5))
    sun5 = sun_path(LAT, LON, day_of("winter_solstice", 2026), 9 * 60, 15 * 60, 5)
    az, alt = np.radians(sun5.azimuth), np.radians(sun5.altitude)
    ys = np.arange(0.5, 40, 1.0)
    minutes = []
    for y in ys:
        lit = np.tan(alt) >= 8 / (y / -np.cos(az))
        minutes.append((lit[:-1] & lit[1:]).sum() * 5)
    share = np.mean(np.array(minutes) >= 180)   # every row of 20 cells is the same along the wall
    g = res.grounds[0]
    assert g["cells"] == 20 * 40
    assert g["share_required_hours"] == pytest.approx(share, abs=1 / 40)
    assert g["verdict"] == ("pass" if share >= 0.5 else "fail")
    assert [label for label, _ in res.hour_classes][-1] == ">= 3 h"
    assert res.contour is not None


def test_missing_and_absurd_heights_are_named():
    res = analyse(_inputs([shapely.box(0, 0, 30, 12), shapely.box(0, -50, 30, -40), shapely.box(40, -50, 60, -40)],
                          [10.0, np.nan, 5000.0], [0]))
    msgs = {f.feature_id: f.text() for f in res.findings}
    assert "No height" in msgs[2] and "not plausible" in msgs[3]


def test_polar_night_is_a_finding():
    inp = _inputs([shapely.box(0, 0, 30, 12)], [10.0], [0])
    inp.latitude = 75.0
    res = analyse(inp)
    assert any("polar night" in f.text() for f in res.findings)
    assert all(w["lit_minutes"] == 0 for w in res.windows)


def test_sunlight_algorithm_on_the_sample(tmp_path, processing_ready):
    """The sample's kindergarten stands just north of 26-33-floor towers: it must fail."""
    import json

    import processing
    from qgis.core import QgsVectorLayer

    from .conftest import SAMPLE

    s = str(SAMPLE)
    res = processing.run("smart_community:sunlight", {
        "BUILDINGS": f"{s}|layername=buildings", "FACILITIES": f"{s}|layername=facilities",
        "PLAY_AREAS": f"{s}|layername=play_areas", "OUTPUT_JSON": str(tmp_path / "sun.json"),
        "OUTPUT_WINDOWS": str(tmp_path / "w.gpkg"), "OUTPUT_GROUND": str(tmp_path / "g.gpkg")})
    data = json.loads((tmp_path / "sun.json").read_text(encoding="utf-8"))
    # The kindergarten building is 80 m wide: (80 - 1.5) // 3 + 1 = 27 windows on its south wall. The two
    # nurseries sit in a 60 m slab ((60 - 1.5) // 3 + 1 = 20) and a 24 m tower ((24 - 1.5) // 3 + 1 = 8).
    per_building = {b["building_id"]: b["windows"] for b in data["buildings"]}
    assert sorted(per_building.values()) == [8, 20, 27] and len(data["windows"]) == 55
    kindergarten = next(b for b in data["buildings"] if b["windows"] == 27)
    assert kindergarten["verdict"] == "fail"
    assert all(w["effective_minutes"] < 180 for w in data["windows"] if w["building_id"] == kindergarten["building_id"])
    assert QgsVectorLayer(res["OUTPUT_WINDOWS"], "w", "ogr").featureCount() == 55
    assert data["activity_grounds"][0]["verdict"] == "fail"
    assert data["parameters"]["date"] == "2026-12-21"


def test_given_windows_and_beijing_time(tmp_path, processing_ready):
    """A windows layer replaces generated ones; Beijing time is converted at the site's longitude."""
    import json

    import processing

    from .layers import write

    path = tmp_path / "s.gpkg"
    uri = lambda layer: f"{path}|layername={layer}"  # noqa: E731
    write(path, "buildings", [dict(geometry=shapely.box(459000, 4422000, 459030, 4422012), height_m=10.0)],
          geometry_type="Polygon")
    write(path, "facilities", [dict(geometry=shapely.Point(459015, 4422006), facility_type="kindergarten",
                                    status="existing")])
    write(path, "windows", [dict(geometry=shapely.Point(459015, 4422000), facing_deg=180.0, sill_m=0.9)])
    processing.run("smart_community:sunlight", {
        "BUILDINGS": uri("buildings"), "FACILITIES": uri("facilities"), "WINDOWS": uri("windows"),
        "START": "09:00", "END": "15:00", "TIME_BASIS": "beijing", "OUTPUT_JSON": str(tmp_path / "s.json"),
        "OUTPUT_WINDOWS": "memory:"})
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert [w["id"] for w in data["windows"]] == [1]
    # Beijing 09:00-15:00 at 116.5 E on 21 Dec is true solar 08:48-14:48: 360 minutes, all lit.
    assert data["windows"][0]["lit_minutes"] == 360
    assert data["parameters"]["start_min"] == pytest.approx(9 * 60 + 4 * (116.5 - 120) + 1.7, abs=1.0)


def test_review_reports_sunlight_checks(tmp_path):
    from .review_helpers import check, review

    school = dict(geometry=shapely.box(0, 0, 30, 12), use="public", height_m=10.0)
    tower = dict(geometry=shapely.box(-200, -60, 230, -40), use="residential", height_m=90.0, population=500)
    r = review(tmp_path, [school, tower], [dict(geometry=shapely.Point(15, 6), facility_type="kindergarten",
                                                status="existing")])
    c = check(r, "sunlight:kindergarten:1")
    assert c.verdict.value == "fail" and c.strength.value == "shall" and c.clause == "A.0.1"
    assert r.to_dict()["sunlight"]["buildings"][0]["building_id"] == 1


def test_an_l_shaped_school_shades_its_own_inner_corner():
    # L-shaped school: a south wing (0..30 x 0..12) and an east wing rising to the south-east of the
    # inner corner... here a wing south-east of a window, 10 m high, 5 m away along the east.
    school = shapely.Polygon([(0, 0), (40, 0), (40, -20), (52, -20), (52, 12), (0, 12)])
    res = analyse(_inputs([school], [10.0], [0], windows=np.array([[35.0, 0.0]]),
                          window_facing=np.array([180.0]), window_sill=np.array([0.9]),
                          window_fids=np.array([7])))
    w = res.windows[0]
    # The east wing (x >= 40, y down to -20) hides the morning sun from this south window: by hand,
    # the window is lit only when the sun's azimuth is west of the wing's corner (40,-20) as seen
    # from (35, 0.01) or above its roof: tan(alt) >= 9.1 / distance to the wing along the ray.
    az, alt = np.radians(SUN.azimuth), np.radians(SUN.altitude)
    corner_az = np.degrees(np.arctan2(40 - 35, -20 - 0.01)) % 360
    dx = np.sin(az)
    dist_to_wing = np.where(dx > 0, (40 - 35) / np.where(dx > 0, dx, 1), np.inf)
    clear = (np.degrees(az) >= corner_az) | (np.tan(alt) * dist_to_wing >= 10 - 0.9)
    corners_lit = clear  # the 1.5 m window: both corners see the same wing within a step or two
    assert abs(w["lit_minutes"] - float((corners_lit[:-1] & corners_lit[1:]).sum())) <= 12
    assert w["lit_minutes"] < 360


def test_a_window_inside_another_building_is_named():
    res = analyse(_inputs([shapely.box(0, 0, 30, 12), shapely.box(100, 100, 120, 120)], [10.0, 10.0], [0],
                          windows=np.array([[110.0, 110.0]]), window_facing=np.array([180.0]),
                          window_sill=np.array([np.nan]), window_fids=np.array([5])))
    assert any(f.feature_id == 5 and "inside another building" in f.text() for f in res.findings)


def test_ground_sun_kept_per_building_equals_one_pass_over_every_edge_after_an_edit():
    """The live-check cache: the shade of each building kept apart and recombined, and after one building is
    raised only its part recomputed, gives exactly the minutes of one pass over all edges (shading.shaded)."""
    from smart_community_plugin.core import ground_sun
    from smart_community_plugin.core.shading import Edges, shaded, sunlit_runs

    ground = shapely.box(0, 0, 30, 20)
    xs, ys = np.meshgrid(np.arange(0.5, 30), np.arange(0.5, 20))
    pts = np.column_stack([xs.ravel(), ys.ravel()])
    # South of the ground (the winter sun is in the south), south-east and west; one far away to the north.
    footprints = np.array([shapely.box(2, -14, 14, -4), shapely.box(20, -10, 28, -2), shapely.box(-12, 2, -4, 16),
                           shapely.box(0, 300, 10, 310)], dtype=object)

    def one_pass(tops):
        lit = shaded(pts, np.zeros(len(pts)), Edges.from_footprints(footprints, np.array(tops)), SUN)
        return sunlit_runs(lit, 1.0, 1.0).effective_minutes

    ground_sun.forget()
    first = [6.0, 9.0, 12.0, 30.0]
    got = ground_sun.ground_minutes(ground, pts, Edges.from_footprints(footprints, np.array(first)), SUN, 1.0, 1.0)
    expected = one_pass(first)
    assert np.array_equal(got, expected)
    assert expected.min() < expected.max()                 # some cells shaded, some not: a real case
    kept = len(ground_sun._BLOCKS)
    assert kept == 3                                       # the far building is out of reach
    raised = [9.0, 9.0, 12.0, 30.0]
    got = ground_sun.ground_minutes(ground, pts, Edges.from_footprints(footprints, np.array(raised)), SUN, 1.0, 1.0)
    assert np.array_equal(got, one_pass(raised))
    assert not np.array_equal(got, expected)               # the raised building's longer shadow counts
    assert len(ground_sun._BLOCKS) == kept + 1             # only the raised building was computed again
    ground_sun.forget()
