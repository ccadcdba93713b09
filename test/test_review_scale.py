"""The review at city scale does less work, never other work: the same sunlight with only the buildings that can
shade, shadows equal to the union drawn the slow way, bulk layer writes equal to QGIS's, personal data masked."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely

from smart_community_plugin.core.shading import Edges, shaded, sunlit_runs
from smart_community_plugin.core.shadows import building_shadows, obstacles_for
from smart_community_plugin.core.sun import day_of, sun_path
from smart_community_plugin.core.sunlight import SunlightInputs, SunlightParameters, analyse

from .conftest import SAMPLE

LAT, LON = 39.9, 116.4
SUN = sun_path(LAT, LON, day_of("winter_solstice", 2026), 9 * 60, 15 * 60, 1)


def _field(n: int = 400, seed: int = 3):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 1500, (n, 2))
    feet = shapely.box(xy[:, 0], xy[:, 1], xy[:, 0] + rng.uniform(10, 40, n), xy[:, 1] + rng.uniform(8, 15, n))
    return feet, rng.uniform(6, 60, n)


def test_only_buildings_that_can_shade_are_read_and_the_windows_are_lit_the_same():
    feet, tops = _field()
    targets = np.array([5, 77, 200, 311])
    inp = SunlightInputs(building_fids=np.arange(1, len(feet) + 1), footprints=feet, height_m=tops,
                         floors=np.full(len(feet), np.nan), ground_m=np.full(len(feet), np.nan), targets=targets,
                         target_kind=np.array(["kindergarten"] * 4, dtype=object), latitude=LAT, longitude=LON)
    res = analyse(inp, SunlightParameters())
    # Far fewer than all 400 buildings, and every one left out is farther than its own longest shadow.
    assert 4 <= res.parameters["obstacles"] < len(feet) // 2
    # The same windows against every building of the field (no selection at all): the same minutes.
    centres = res.window_points
    facing = np.array([w["facing_deg"] for w in res.windows])
    f = np.radians(facing)
    normal = np.column_stack([np.sin(f), np.cos(f)])
    along = np.column_stack([normal[:, 1], -normal[:, 0]])
    base = centres + 0.01 * normal
    corners = np.concatenate([base - along * 0.75, base + along * 0.75])
    lit = shaded(corners, np.full(len(corners), 0.9), Edges.from_footprints(feet, tops), SUN,
                 np.concatenate([facing, facing]))
    n = len(centres)
    runs = sunlit_runs(lit[:n] & lit[n:], 1.0, 1.0)
    assert np.array_equal(runs.effective_minutes, [w["effective_minutes"] for w in res.windows])
    assert any(w["effective_minutes"] < 360 for w in res.windows)   # something does shade them


def test_a_building_beyond_its_longest_shadow_cannot_shade():
    sun_low = float(SUN.altitude[SUN.altitude > 0].min())
    reach = 30.0 / np.tan(np.radians(sun_low))          # a 30 m building's longest shadow in the window
    target = shapely.box(0, 0, 10, 10)
    near, far = shapely.box(0, -reach + 5, 10, -reach + 10), shapely.box(0, -reach - 20, 10, -reach - 10)
    got = obstacles_for(np.array([target, near, far], dtype=object), np.array([10.0, 30.0, 30.0]),
                        np.array([target], dtype=object), 0.0, SUN.altitude)
    assert got.tolist() == [0, 1]


@pytest.mark.parametrize("foot", [shapely.box(0, 0, 30, 12),
                                  shapely.Polygon([(0, 0), (30, 0), (30, 10), (10, 10), (10, 30), (0, 30)]),
                                  shapely.box(0, 0, 40, 40).difference(shapely.box(10, 10, 30, 30))])
def test_a_shadow_is_the_union_of_footprint_its_moved_copy_and_every_wall_swept(foot):
    alt, az, rise = 20.0, 150.0, 24.0
    got = building_shadows(np.array([foot], dtype=object), np.array([rise]), alt, az)[0]
    length = rise / np.tan(np.radians(alt))
    dx, dy = -np.sin(np.radians(az)) * length, -np.cos(np.radians(az)) * length
    from shapely import affinity

    moved = affinity.translate(foot, dx, dy)
    sweeps = []
    for ring in [foot.exterior, *foot.interiors]:
        c = list(ring.coords)
        for a, b in zip(c[:-1], c[1:]):
            quad = shapely.Polygon([a, b, (b[0] + dx, b[1] + dy), (a[0] + dx, a[1] + dy)])
            sweeps.append(shapely.make_valid(quad))
    expected = shapely.union_all([foot, moved, *sweeps])
    assert shapely.area(shapely.symmetric_difference(got, expected)) < 1e-6 * shapely.area(expected)


def test_bulk_and_qgis_writers_write_the_same_values_and_mask_the_same(tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    from smart_community_plugin.core.privacy import Privacy
    from smart_community_plugin.layers.vector_write import write_file
    from smart_community_plugin.pipeline.layer_data import WKB_POINT, LayerData
    from smart_community_plugin.pipeline.outputs import Outputs

    spec = [("id", "integer"), ("name", "string"), ("area", "double"), ("phone", "string")]
    cols = {"id": np.array([1, 2, 3]), "name": np.array(["幼儿园 13912345678", None, "站"], dtype=object),
            "area": np.array([1.5, np.nan, 3.0]), "phone": np.array(["13800138000", None, "x"], dtype=object)}
    geoms = shapely.points([[0, 0], [1, 1], [2, 2]])
    bulk, rows = tmp_path / "bulk.gpkg", tmp_path / "rows.gpkg"
    with Outputs([]) as out:
        out.vector(bulk, [LayerData("t", WKB_POINT, "EPSG:4548", spec, columns=cols, geometry=geoms)])
    row_data = LayerData("t", WKB_POINT, "EPSG:4548", spec,
                         rows=list(LayerData("t", WKB_POINT, "EPSG:4548", spec, columns=cols,
                                             geometry=geoms).iter_rows()))
    write_file(rows, [row_data], "GPKG", Privacy())
    read = [[f.attributes()[1:] for f in QgsVectorLayer(f"{p}|layername=t", "t", "ogr").getFeatures()]
            for p in (bulk, rows)]
    assert read[0][0][1] == "幼儿园 139****5678" and read[0][0][3] == "***"
    assert [[None if (v is None or str(v) == "NULL") else v for v in r] for r in read[0]] == \
        [[None if (v is None or str(v) == "NULL") else v for v in r] for r in read[1]]
    assert QgsVectorLayer(f"{bulk}|layername=t", "t", "ogr").crs().authid() == "EPSG:4548"


def test_the_review_json_masks_a_mobile_number_in_a_facility_name(tmp_path, processing_ready):
    import processing

    path = tmp_path / "s.gpkg"
    path.write_bytes(SAMPLE.read_bytes())
    from osgeo import gdal

    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)   # GDAL's SQL knows the GeoPackage's triggers
    ds.ExecuteSQL("UPDATE facilities SET name = '联系 13912345678' WHERE fid = (SELECT min(fid) FROM facilities)")
    ds = None
    params = {r.upper(): f"{path}|layername={r}" for r in ("community", "buildings", "facilities")}
    processing.run("smart_community:review", {**params, "DISTANCE": "euclidean",
                                              "OUTPUT_JSON": str(tmp_path / "r.json"),
                                              "OUTPUT_GPKG": str(tmp_path / "r.gpkg")})
    text = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert "13912345678" not in text and "139****5678" in text
    doc = json.loads(text)
    assert doc["detail"] is False and "uncovered_buildings" in doc["coverage"]["health_station"]["euclidean"]
    assert "uncovered_building_ids" not in doc["coverage"]["health_station"]["euclidean"]
    assert b"13912345678" not in (tmp_path / "r.gpkg").read_bytes()
