"""Shading geometry against hand-derivable cases: a long wall, an east window, courtyards, holes."""

from __future__ import annotations

import math

import numpy as np
import shapely

from smart_community_plugin.core.shading import Edges, shaded, sunlit_runs
from smart_community_plugin.core.sun import day_of, sun_path

SUN = sun_path(39.9, 116.4, day_of("winter_solstice", 2026), 9 * 60, 15 * 60, 1)


def _lit(points, z, footprints, tops, facing=None):
    edges = Edges.from_footprints(np.array(footprints, dtype=object), np.array(tops, dtype=float))
    return shaded(np.array(points, dtype=float), np.array(z, dtype=float), edges, SUN,
                  None if facing is None else np.array(facing, dtype=float))


def test_long_wall_south_of_a_south_window():
    # A 4 km east-west wall, 12 m high, whose north face is 30 m south of the window (sill 0.9 m).
    wall = shapely.box(-2000, -31, 2000, -30)
    lit = _lit([(0, 0)], [0.9], [wall], [12.0], facing=[180.0])[0]
    # By hand: along the ray the wall is 30 / -cos(azimuth) away; lit while tan(alt) exceeds
    # (12 - 0.9) over that distance (and the sun is in front of the south-facing wall).
    az, alt = np.radians(SUN.azimuth), np.radians(SUN.altitude)
    expected = np.tan(alt) >= (12 - 0.9) / (30 / -np.cos(az))
    assert np.array_equal(lit, expected)
    assert 0 < lit.sum() < len(lit)


def test_east_facing_window_gets_morning_sun_only():
    lit = _lit([(0, 0)], [0.9], [], [], facing=[90.0])[0]
    assert np.array_equal(lit, np.cos(np.radians(SUN.azimuth - 90.0)) > 1e-6)
    assert lit[SUN.minutes < 12 * 60].all() and not lit[SUN.minutes > 12 * 60].any()


def test_courtyard_and_hole_shade_the_same_way():
    # A 60 m square courtyard block (ring 10 m deep, 15 m high) with a point at the courtyard's centre:
    # the south wing (inner face 20 m away) shades it while tan(alt) < 15 / (20 / -cos(az)).
    block = shapely.box(-30, -30, 30, 30).difference(shapely.box(-20, -20, 20, 20))
    lit = _lit([(0, 0)], [0.0], [block], [15.0])[0]
    az, alt = np.radians(SUN.azimuth), np.radians(SUN.altitude)
    # Through 09:00-15:00 the ray leaves the courtyard through the south wing's inner face y=-20.
    expected = np.tan(alt) * (20 / -np.cos(az)) >= 15
    assert np.array_equal(lit, expected)


def test_multipolygon_parts_each_shade():
    two = shapely.MultiPolygon([shapely.box(-100, -41, 100, -40), shapely.box(-100, -81, 100, -80)])
    lit_two = _lit([(0, 0)], [0.0], [two], [40.0])[0]
    lit_near = _lit([(0, 0)], [0.0], [shapely.box(-100, -41, 100, -40)], [40.0])[0]
    assert np.array_equal(lit_two, lit_near)  # the farther part hides behind the nearer one here


def test_exactly_at_the_shadow_edge():
    # A receiver exactly on the shadow line at noon: ray grazes the roof edge -> lit (not strictly below).
    noon = int(np.argmax(SUN.altitude))
    d = 10.0 / math.tan(math.radians(SUN.altitude[noon]))
    lit = _lit([(0, d + 1)], [0.0], [shapely.box(-500, 0, 500, 1)], [10.0])[0]
    assert lit[noon]


def test_runs_minimum_length():
    lit = np.array([[1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1]], dtype=bool)  # 1-minute steps
    runs = sunlit_runs(lit, 1.0, 5.0)
    assert runs.lit_minutes[0] == 2 + 5 + 1
    assert runs.longest_run_minutes[0] == 5
    assert runs.effective_minutes[0] == 5
