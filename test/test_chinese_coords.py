"""GCJ-02 / BD-09 against published reference pairs, and round trips below half a metre."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod

from smart_community_plugin.core.chinese_coords import convert

GEOD = Geod(ellps="WGS84")


def metres(a, b) -> float:
    return float(np.max(GEOD.inv(a[0], a[1], b[0], b[1])[2]))


def test_forward_formulas_match_the_published_pairs():
    # wandergis/coordtransform's documented results for (116.404, 39.915).
    assert convert(116.404, 39.915, "wgs84", "gcj02") == pytest.approx((116.41024449916938, 39.91640428150164), abs=1e-11)
    assert convert(116.404, 39.915, "gcj02", "bd09") == pytest.approx((116.41036949371029, 39.92133699351021), abs=1e-11)


def test_inverses_agree_with_published_approximations_and_stations():
    # The same source publishes one-step inverses; ours iterate, so they agree within a metre.
    assert metres(convert(116.404, 39.915, "gcj02", "wgs84"), (116.39775550083061, 39.91359571849836)) < 1.0
    assert metres(convert(116.404, 39.915, "bd09", "gcj02"), (116.39762729119315, 39.90865673957631)) < 1.0
    # Beijing railway station: GCJ-02 (116.42703, 39.90245), BD-09 (116.43351, 39.90851), to 5 decimals.
    assert metres(convert(116.42703, 39.90245, "gcj02", "bd09"), (116.43351, 39.90851)) < 1.5
    assert metres(convert(116.43351, 39.90851, "bd09", "gcj02"), (116.42703, 39.90245)) < 1.5


def test_round_trips_over_china_are_below_half_a_metre():
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(75, 134, 2000), rng.uniform(18, 53, 2000)
    for a, b in (("wgs84", "gcj02"), ("gcj02", "bd09"), ("wgs84", "bd09")):
        back = convert(*convert(lon, lat, a, b), b, a)
        assert metres((lon, lat), back) < 0.5
        # The offsets themselves are hundreds of metres, so a no-op would fail.
        assert metres((lon, lat), convert(lon, lat, a, b)) > 50


def test_a_beijing_poi_in_gcj02_lands_near_its_wgs84_position():
    wgs = (116.397128, 39.916527)                     # the Forbidden City, WGS84
    gcj = convert(*wgs, "wgs84", "gcj02")
    assert 300 < metres(wgs, gcj) < 700                # the offset is several hundred metres in Beijing
    assert metres(wgs, convert(*gcj, "gcj02", "wgs84")) < 0.01


def test_outside_china_nothing_moves_and_names_are_checked():
    assert convert(2.35, 48.85, "wgs84", "gcj02") == (2.35, 48.85)
    with pytest.raises(ValueError, match="wgs84, gcj02, bd09"):
        convert(0, 0, "wgs84", "mars")


def test_convert_coordinates_algorithm_keeps_attributes_and_any_geometry(tmp_path, processing_ready):
    import processing
    import shapely

    from .layers import write

    pts = [(116.404, 39.915), (116.41, 39.92)]
    path = tmp_path / "poi.gpkg"
    # points and lines, the two shapes POIs and traced roads come in
    uri_p = write(path, "points", [dict(geometry=shapely.Point(*pts[0]), name="天安门")], crs="EPSG:4326")
    uri_l = write(path, "lines", [dict(geometry=shapely.LineString(pts), name="路")], crs="EPSG:4326")
    before = path.read_bytes()
    for uri in (uri_p, uri_l):
        out = processing.run("smart_community:convert_coordinates",
                             {"INPUT": uri, "FROM": "wgs84", "TO": "gcj02", "OUTPUT": "memory:"})["OUTPUT"]
        feat = next(out.getFeatures())
        got = [(v.x(), v.y()) for v in feat.geometry().vertices()]
        want = [tuple(map(float, convert(x, y, "wgs84", "gcj02"))) for x, y in (pts[:1] if uri == uri_p else pts)]
        assert np.allclose(got, want, atol=1e-9) and feat["name"] in ("天安门", "路")
    # A projected copy (CGCS2000 GK) converts through longitude/latitude to the same place.
    proj = processing.run("native:reprojectlayer",
                          {"INPUT": uri_p, "TARGET_CRS": "EPSG:4548", "OUTPUT": "memory:"})["OUTPUT"]
    out = processing.run("smart_community:convert_coordinates",
                         {"INPUT": proj, "FROM": "wgs84", "TO": "gcj02", "OUTPUT": "memory:"})["OUTPUT"]
    back = processing.run("native:reprojectlayer", {"INPUT": out, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"})["OUTPUT"]
    p = next(back.getFeatures()).geometry().asPoint()
    assert metres((p.x(), p.y()), convert(*pts[0], "wgs84", "gcj02")) < 0.01
    assert path.read_bytes() == before  # the input is never modified
