"""Working CRS choice, reprojection of layers in degrees, and distances against independent methods."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

from smart_community_plugin.core.distances import nearest, representative_points
from smart_community_plugin.layers.crs import crs_for_lonlat, working_crs

from .layers import square
from .review_helpers import check, review


@pytest.mark.parametrize("lon, lat, epsg", [
    (116.47, 39.95, 4548),    # Beijing: CGCS2000 GK CM 117E = 4534 + (117 - 75) / 3
    (121.47, 31.23, 4549),    # Shanghai: CM 120E
    (113.26, 23.13, 4547),    # Guangzhou: CM 114E = 4534 + 13
    (126.63, 45.75, 4551),    # Harbin: CM 126E
    (102.71, 25.04, 4543),    # Kunming: CM 102E
    (24.94, 60.17, 32635),    # Helsinki: UTM 35N
    (-43.2, -22.9, 32723),    # Rio de Janeiro: UTM 23S
])
def test_crs_for_lonlat(lon, lat, epsg):
    assert crs_for_lonlat(lon, lat).authid() == f"EPSG:{epsg}"


def test_working_crs_keeps_gauss_kruger_and_replaces_degrees_and_web_mercator(qgis_app):
    gk = QgsCoordinateReferenceSystem("EPSG:4548")
    assert working_crs(gk, QgsRectangle(458700, 4422300, 459500, 4422900)) == gk
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    assert working_crs(wgs, QgsRectangle(116.4, 39.9, 116.5, 40.0)).authid() == "EPSG:4548"
    merc = QgsCoordinateReferenceSystem("EPSG:3857")  # metres, but 30 % too long at 40 N
    assert working_crs(merc, QgsRectangle(12965000, 4856000, 12966000, 4857000)).authid() == "EPSG:4548"


def test_layers_in_degrees_give_the_same_distances_as_geodesics(tmp_path):
    # Buildings and a health station in WGS 84 (degrees); the review reprojects to EPSG:4548.
    # Independent reference: pyproj's geodesic distance on the ellipsoid between the same points.
    lon0, lat0 = 116.47, 39.95
    offsets = [(0.001, 0.0), (0.0, 0.002), (0.0025, 0.0015)]
    buildings = [dict(geometry=shapely.Point(lon0 + dx, lat0 + dy).buffer(0.00003, 16), use="residential",
                      population=10) for dx, dy in offsets]
    facilities = [dict(geometry=shapely.Point(lon0, lat0), facility_type="health_station", status="existing")]
    boundary = shapely.box(lon0 - 0.01, lat0 - 0.01, lon0 + 0.01, lat0 + 0.01)
    r = review(tmp_path, buildings, facilities, community=boundary, crs="EPSG:4326")
    assert r.crs["working"] == "EPSG:4548"
    geod = Geod(ellps="GRS80")  # CGCS2000's ellipsoid
    expected = [geod.inv(lon0, lat0, lon0 + dx, lat0 + dy)[2] for dx, dy in offsets]
    measured = r.building_results["distance"]["health_station"]
    # Gauss-Kruger scale error 40 km from the central meridian is ~2e-5: well under 0.1 m here.
    assert list(measured) == pytest.approx(expected, abs=0.1)


def test_layers_in_different_crs_agree(tmp_path):
    blds = [dict(geometry=square(459000 + 40 * k, 4422500), use="residential", population=10) for k in range(8)]
    facs = [dict(geometry=shapely.Point(459100, 4422400), facility_type="health_station", status="existing")]
    boundary = shapely.box(458700, 4422300, 459500, 4422900)
    same = review(tmp_path, blds, facs, community=boundary, name="same.gpkg")
    # Buildings and facilities converted to WGS 84 with pyproj (not QGIS); the boundary stays in 4548.
    to_wgs = lambda rows: gpd.GeoDataFrame(rows, crs="EPSG:4548").to_crs("EPSG:4326")  # noqa: E731
    from smart_community_plugin.standard import load_standard

    from .layers import vlayer, write
    from .review_helpers import review_layers
    path = tmp_path / "mixed.gpkg"
    comm = vlayer(write(path, "community", [dict(geometry=boundary, name="m", kind="new")]))
    b = to_wgs(blds)
    f = to_wgs(facs)
    b_uri = write(path, "buildings", [dict(r, geometry=g) for r, g in zip(blds, b.geometry)], "EPSG:4326", "Polygon")
    f_uri = write(path, "facilities", [dict(r, geometry=g) for r, g in zip(facs, f.geometry)], "EPSG:4326")
    mixed = review_layers(comm, vlayer(b_uri), vlayer(f_uri), load_standard())
    assert mixed.crs["working"] == "EPSG:4548"
    a = same.building_results["distance"]["health_station"]
    m = mixed.building_results["distance"]["health_station"]
    assert list(m) == pytest.approx(list(a), abs=0.01)
    assert check(mixed, "service_radius:health_station").measured["coverage_ratio"] == \
        check(same, "service_radius:health_station").measured["coverage_ratio"]


def test_nearest_matches_brute_force(qgis_app):
    rng = np.random.default_rng(7)
    pts = rng.uniform(0, 2000, size=(3000, 2))
    fpts = shapely.points(rng.uniform(0, 2000, size=(40, 2)))
    polys = np.array([shapely.box(x, y, x + 30, y + 20) for x, y in rng.uniform(0, 1900, size=(15, 2))])
    geoms = np.concatenate([fpts, polys])
    d, i = nearest(pts, geoms, cutoff=10_000)
    # Brute force: the full distance matrix from GEOS.
    full = shapely.distance(shapely.points(pts)[:, None], geoms[None, :])
    assert np.allclose(d, full.min(axis=1), atol=1e-9)
    assert np.allclose(full[np.arange(len(pts)), i], d, atol=1e-9)
    # With a cutoff, farther points get inf and -1.
    d2, i2 = nearest(pts, geoms, cutoff=50.0)
    far = full.min(axis=1) > 50
    assert np.all(np.isinf(d2[far])) and np.all(i2[far] == -1)
    assert np.allclose(d2[~far], full.min(axis=1)[~far])


def test_representative_point_of_a_u_shaped_building(qgis_app):
    u = shapely.difference(shapely.box(0, 0, 30, 30), shapely.box(10, 10, 20, 30))
    centroid = shapely.centroid(u)
    assert not u.contains(centroid)  # (15, 13.57) falls in the notch
    xy = representative_points(np.array([u, shapely.box(0, 0, 10, 10)]))
    assert u.contains(shapely.Point(xy[0]))
    assert tuple(xy[1]) == pytest.approx((5, 5))  # a convex footprint keeps its centroid
