"""Each bad input that once ended in a traceback now ends in a clear message (or a finding), named here one by
one; the campaign (test_campaign.py) covers their combinations."""

from __future__ import annotations

import math
import shutil
import sqlite3
import zipfile

import pytest
import shapely

from .fuzz.cases import _wkb_line, _wkb_polygon
from .fuzz.scheme import X0, Y0, gpkg_blob, raw_blob, write_base


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    path = tmp_path_factory.mktemp("causes") / "scheme.gpkg"
    write_base(path)
    return path


def _copy(base, tmp_path):
    path = tmp_path / "scheme.gpkg"
    shutil.copyfile(base, path)
    return path


def _set_geometry(path, table, blob, fid=1):
    db = sqlite3.connect(path)
    db.execute(f'UPDATE "{table}" SET geom = ? WHERE fid = ?', (blob, fid))
    db.commit()
    db.close()


def _review(path, tmp_path, **extra):
    import processing
    from qgis.core import QgsProcessingException

    params = {r.upper(): f"{path}|layername={r}" for r in ("community", "buildings", "facilities", "compounds",
                                                           "roads", "gates")}
    params.update(OUTPUT_JSON=str(tmp_path / "out.json"), DISTANCE="euclidean", **extra)
    try:
        processing.run("smart_community:review", params)
    except QgsProcessingException as exc:
        return None, str(exc)
    import json

    return json.loads((tmp_path / "out.json").read_text(encoding="utf-8")), ""


X, Y = X0 + 100, Y0 + 100
BROKEN = {
    "ring with a NaN vertex": raw_blob(_wkb_polygon([(X, Y), (X + 10, Y), (math.nan, Y + 10), (X, Y)])),
    "garbage blob": b"\x00\x01\x02garbage",
    "garbage WKB": raw_blob(b"\x01\x03\x00\x00\x00\xff\xff\xff\x7f"),
    "truncated WKB": gpkg_blob(shapely.box(X, Y, X + 5, Y + 5))[:-9],
}


@pytest.mark.parametrize("what", sorted(BROKEN))
def test_an_unreadable_building_is_a_finding_with_its_feature_id(what, base, tmp_path, processing_ready):
    path = _copy(base, tmp_path)
    _set_geometry(path, "buildings", BROKEN[what], fid=3)
    review, message = _review(path, tmp_path)
    assert review is not None, message
    # GDAL hands some broken blobs over as no geometry at all; either way the feature is named and left out.
    assert any(f["layer"] == "buildings" and f["feature_id"] == 3 and
               any(w in f["message"] for w in ("cannot be read", "no geometry", "not finite"))
               for f in review["findings"])
    assert review["community"]["residential_buildings"] == 17   # the other 17 are reviewed


def test_a_one_point_road_is_a_finding(base, tmp_path, processing_ready):
    path = _copy(base, tmp_path)
    _set_geometry(path, "roads", raw_blob(_wkb_line([(X, Y)])), fid=2)
    review, message = _review(path, tmp_path)
    assert review is not None, message
    assert any(f["layer"] == "roads" and f["feature_id"] == 2 for f in review["findings"])


@pytest.mark.parametrize("far", [1e12, 1e30, 1e300])
def test_a_community_far_outside_its_crs_is_a_clear_error(far, base, tmp_path, processing_ready):
    path = _copy(base, tmp_path)
    _set_geometry(path, "community", gpkg_blob(shapely.box(far, far, far + 600, far + 600)))
    review, message = _review(path, tmp_path)
    assert review is None and "community" in message and "usable geometry" in message, message


def test_a_building_at_1e300_is_left_out_with_a_finding(base, tmp_path, processing_ready):
    path = _copy(base, tmp_path)
    _set_geometry(path, "buildings", gpkg_blob(shapely.box(1e300, 1e300, 1e300 + 10, 1e300 + 10)), fid=5)
    review, message = _review(path, tmp_path)
    assert review is not None, message
    assert any(f["feature_id"] == 5 and "far outside" in f["message"] for f in review["findings"])


def test_validation_of_a_two_point_ring_names_the_feature(base, tmp_path, processing_ready):
    import processing

    path = _copy(base, tmp_path)
    _set_geometry(path, "compounds", raw_blob(_wkb_polygon([(X, Y), (X + 10, Y)])))
    out = tmp_path / "v.json"
    processing.run("smart_community:validate", {"INPUT": str(path), "OUTPUT_JSON": str(out)})
    import json

    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert any(f["layer"] == "compounds" and f["feature_id"] == 1 and "cannot be read" in f["message"]
               for f in findings)


def test_a_damaged_page_is_said_with_the_layer_and_the_file(base, tmp_path, processing_ready):
    path = _copy(base, tmp_path)
    data = bytearray(path.read_bytes())
    db = sqlite3.connect(path)
    page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'buildings'").fetchone()[0]
    db.close()
    size = 4096
    data[(page - 1) * size + 100:(page - 1) * size + size] = b"\xff" * (size - 100)
    path.write_bytes(bytes(data))
    review, message = _review(path, tmp_path)
    assert review is None
    assert "buildings" in message and ("damaged" in message or "could not be read completely" in message), message


def test_text_inf_in_a_numeric_field_is_left_empty_in_the_mapped_copy(base, tmp_path, processing_ready):
    import processing
    from qgis.core import QgsVectorLayer

    path = _copy(base, tmp_path)
    db = sqlite3.connect(path)
    db.execute('ALTER TABLE buildings ADD COLUMN "层数" TEXT')
    db.execute("UPDATE buildings SET \"层数\" = '6'")
    db.execute("UPDATE buildings SET \"层数\" = 'inf' WHERE fid = 1")
    db.execute("UPDATE buildings SET \"层数\" = '1e309' WHERE fid = 2")
    db.commit()
    db.close()
    out = tmp_path / "mapped.gpkg"
    processing.run("smart_community:map_fields", {"INPUT": f"{path}|layername=buildings", "ROLE": "buildings",
                                                  "MAPPING": "floors=层数;households=households",
                                                  "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "m", "ogr")
    assert layer.featureCount() == 18                # every feature, none lost to the bad value
    floors = {f.id(): f["floors"] for f in layer.getFeatures()}
    assert str(floors[1]) == "NULL" and str(floors[2]) == "NULL" and floors[3] == 6


def test_nan_population_override_is_refused(base, tmp_path, processing_ready):
    review, message = _review(_copy(base, tmp_path), tmp_path, POPULATION_OVERRIDE=math.nan)
    assert review is None and "population_override must be a number" in message


@pytest.mark.parametrize("content, suffix, said", [
    ('名称,类型,经度,纬度\n"' + "长" * 1_500_000 + '",x,116.4,39.9\n', ".csv", "not a readable CSV"),
    ("[" * 100_000 + "]" * 100_000, ".json", "nested too deeply"),
    (b"PK\x03\x04 not a zip", ".xlsx", "not an Excel workbook"),
], ids=["a 1.5-million-character CSV field", "JSON nested 100,000 deep", "an .xlsx that is no zip"])
def test_import_pois_says_what_is_wrong_with_the_file(content, suffix, said, tmp_path, processing_ready):
    path = tmp_path / f"export{suffix}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    message = _message_of("import_pois", {"INPUT": str(path), "OUTPUT": str(tmp_path / "p.gpkg")})
    assert said in message and not (tmp_path / "p.gpkg").exists(), message


def test_a_long_csv_field_within_reason_is_read(tmp_path, processing_ready):
    """Python's csv stops at 131,072 characters a field; a POI export's long description is still read."""
    path = tmp_path / "export.csv"
    path.write_text('名称,类型,经度,纬度\n"卫生站' + "长" * 200_000 + '",诊所,116.4,39.9\n', encoding="utf-8")
    assert _message_of("import_pois", {"INPUT": str(path), "OUTPUT": str(tmp_path / "p.gpkg")}) == ""
    assert (tmp_path / "p.gpkg").exists()


def test_an_xlsx_without_a_workbook(tmp_path, processing_ready):
    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "no workbook")
    assert "not an Excel workbook" in _message_of("import_pois", {"INPUT": str(path),
                                                                  "OUTPUT": str(tmp_path / "p.gpkg")})


def _message_of(algorithm, params):
    import processing
    from qgis.core import QgsProcessingException

    try:
        processing.run(f"smart_community:{algorithm}", params)
    except QgsProcessingException as exc:
        return str(exc)
    return ""


@pytest.mark.parametrize("make, said", [
    (lambda p: None, "does not exist"),
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_text("名称,类型\n", encoding="utf-8"), "not a GeoPackage"),
])
def test_a_missing_or_foreign_file_is_named_with_its_problem(make, said, tmp_path, processing_ready):
    path = tmp_path / "submitted.gpkg"
    make(path)
    message = _message_of("review", {"COMMUNITY": f"{path}|layername=community",
                                     "BUILDINGS": f"{path}|layername=buildings",
                                     "FACILITIES": f"{path}|layername=facilities",
                                     "OUTPUT_JSON": str(tmp_path / "r.json")})
    assert said in message and "Incorrect parameter value" not in message, message


def test_text_that_is_not_utf8_is_read_by_the_safe_path(base, tmp_path, processing_ready):
    """Found by the campaign: pyarrow refuses invalid UTF-8 (a damaged page); QGIS's iterator reads it."""
    path = _copy(base, tmp_path)
    db = sqlite3.connect(path)
    db.execute("UPDATE buildings SET use = CAST(X'D3C3FF41' AS TEXT) WHERE fid = 1")
    db.commit()
    db.close()
    from smart_community_plugin.layers.raw_read import _read_arrow

    from .layers import vlayer

    assert _read_arrow(vlayer(f"{path}|layername=buildings"), {"use": "use"}) is None   # the fast path declines
    review, message = _review(path, tmp_path)
    # The one building whose use cannot be read is not counted as residential; the other 17 are.
    assert review is not None and review["community"]["residential_buildings"] == 17, message


def test_coordinates_that_cannot_be_converted_are_named(base, tmp_path, processing_ready):
    """Found by the campaign: a road at 1e150 in a projected layer has no longitude to convert."""
    path = _copy(base, tmp_path)
    _set_geometry(path, "compounds", gpkg_blob(shapely.box(1e150, 1e150, 1e150 + 10, 1e150 + 10)))
    message = _message_of("convert_coordinates", {"INPUT": f"{path}|layername=compounds",
                                                  "OUTPUT": str(tmp_path / "c.gpkg")})
    assert "Feature #1 cannot be converted" in message and not (tmp_path / "c.gpkg").exists(), message


def test_a_report_on_a_scheme_without_residents(base, tmp_path, processing_ready):
    """Found by the campaign: shares of nobody are null, and the report prints them as —."""
    path = _copy(base, tmp_path)
    db = sqlite3.connect(path)
    db.execute("DELETE FROM buildings")
    db.commit()
    db.close()
    params = {r.upper(): f"{path}|layername={r}" for r in ("community", "buildings", "facilities")}
    out = tmp_path / "r.pdf"
    assert _message_of("report", {**params, "DISTANCE": "euclidean", "MAPS": False, "OUTPUT": str(out)}) == ""
    assert out.read_bytes().startswith(b"%PDF")
