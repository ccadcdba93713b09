"""Validation of submissions: each finding on a hand-made bad submission, none on a clean one."""

from __future__ import annotations

import hashlib

import pytest
import shapely

from .conftest import SAMPLE
from .layers import square, vlayer, write


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def messages(result, layer=None):
    return [(f.severity.value, f.layer, f.feature_id, f.field, f.text()) for f in result.findings
            if layer is None or f.layer == layer]


def find(result, severity, layer, text, fid=None):
    hits = [m for m in messages(result) if m[0] == severity and m[1] == layer and text in m[4]
            and (fid is None or m[2] == fid)]
    assert hits, f"no {severity} '{text}' on {layer} #{fid}; have {messages(result, layer)}"
    return hits


@pytest.fixture
def bad(tmp_path):
    """A submission with one of everything wrong (fids are 1-based in GeoPackages)."""
    path = tmp_path / "bad.gpkg"
    community = vlayer(write(path, "community", [dict(geometry=shapely.box(0, 0, 500, 500), name="坏社区")]))
    bowtie = shapely.Polygon([(100, 100), (120, 120), (120, 100), (100, 120)])
    buildings = vlayer(write(path, "buildings", [
        dict(geometry=square(50, 50), use="residential", floors=0, population=-5),       # 1: floors 0, population < 0
        dict(geometry=square(50, 50), use="residential", floors=6, population=100),      # 2: duplicate of 1
        dict(geometry=square(54, 50), use="residential", floors=150, population=100),    # 3: overlaps 1 and 2
        dict(geometry=bowtie, use="residential", floors=3, population=100),              # 4: self-intersection
        dict(geometry=square(300, 300), use="residential", floors="三层", population=50),  # 5: not a number
    ]))
    facilities = vlayer(write(path, "facilities", [
        dict(geometry=shapely.Point(60, 60), facility_type="health_station", floor_area_m2=0.0, status="existing",
             姓名="王五", name="卫生站 13812345678"),                                       # 1: area 0, personal data
        dict(geometry=shapely.Point(70, 70), facility_type="天文台", floor_area_m2=100.0, status="existing",
             姓名="", name="x"),                                                            # 2: unknown type
        dict(geometry=shapely.Point(9000, 9000), facility_type="幼儿园", floor_area_m2=100.0, status="maybe",
             姓名="", name="y"),                                                            # 3: far outside, bad status
    ]))
    layers = {"community": community, "buildings": buildings, "facilities": facilities}
    yield path, layers
    # An exception's traceback may keep a test's frame (and this dict) past QGIS's exit: empty it now.
    layers.clear()


def test_every_finding_on_a_bad_submission(bad, standard, qgis_app):
    from smart_community_plugin.pipeline.validation import validate_layers

    path, layers = bad
    before = sha(path)
    r = validate_layers(layers, standard)
    assert sha(path) == before                                        # never modified
    find(r, "warning", "buildings", "outside 1–100", 1)                # floors 0
    find(r, "warning", "buildings", "outside 1–100", 3)                # floors 150
    find(r, "warning", "buildings", "-5 is outside", 1)                # negative population
    find(r, "warning", "buildings", "Same geometry as #1", 2)
    find(r, "warning", "buildings", "Overlaps #2", 1)
    find(r, "warning", "buildings", "Invalid geometry (Self-intersection", 4)
    find(r, "warning", "buildings", "'三层' is not a number", 5)
    find(r, "warning", "facilities", "0 is outside 0.01", 1)           # zero floor area
    find(r, "warning", "facilities", "Unknown facility type '天文台'", 2)
    find(r, "warning", "facilities", "outside the community boundary", 3)
    find(r, "warning", "facilities", "Unknown status", 3)
    assert any(m[3] == "姓名" and "Person-level" in m[4] for m in messages(r, "facilities"))
    find(r, "warning", "facilities", "0 ID card and 1 mobile numbers")
    find(r, "warning", "community", "No field data_source")
    find(r, "warning", "buildings", "No field entry_time")
    assert not r.blocking and (("facilities", 3) in r.locations)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")  # on purpose: a layer without a CRS
def test_blocking_findings(tmp_path, standard, qgis_app):
    from smart_community_plugin.pipeline.validation import validate_layers

    path = tmp_path / "worse.gpkg"
    community = vlayer(write(path, "community", [dict(geometry=shapely.box(0, 0, 1, 1), name="x")], crs=None))
    lines = vlayer(write(path, "lines", [dict(geometry=shapely.LineString([(0, 0), (1, 1)]), name="l")]))
    degrees = vlayer(write(path, "deg", [dict(geometry=shapely.Point(116.4, 39.9), facility_type="幼儿园")],
                           crs="EPSG:4326"))
    r = validate_layers({"community": community, "buildings": lines, "facilities": degrees}, standard)
    find(r, "error", "community", "Unknown coordinate reference system")
    find(r, "error", "buildings", "Geometry type line where polygon is expected")
    find(r, "warning", "facilities", "Coordinates in degrees")
    r = validate_layers({"community": None, "buildings": None, "facilities": degrees}, standard)
    assert {(m[1], m[4]) for m in messages(r) if m[0] == "error"} == {("community", "Layer missing."),
                                                                      ("buildings", "Layer missing.")}


def test_clean_submission_has_no_findings(standard, qgis_app):
    from smart_community_plugin.pipeline.validation import validate_layers

    s = str(SAMPLE)
    layers = {n: vlayer(f"{s}|layername={n}", n) for n in ("community", "buildings", "facilities", "compounds", "roads")}
    r = validate_layers(layers, standard)
    assert r.findings == [] and r.features["buildings"] == 78


def test_validate_algorithm_outputs_and_exit(bad, tmp_path, processing_ready):
    import json

    import processing
    from qgis.core import QgsProcessingException

    path = bad[0]
    out = tmp_path / "findings.json"
    res = processing.run("smart_community:validate", {"INPUT": str(path), "OUTPUT_JSON": str(out),
                                                      "OUTPUT": "memory:", "OUTPUT_TEXT": str(tmp_path / "s.txt")})
    summary = (tmp_path / "s.txt").read_text(encoding="utf-8").splitlines()
    assert summary[0].startswith("0 blocking,") and any("Unknown facility type '天文台'" in line for line in summary)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert res["BLOCKING"] == doc["blocking"] == 0 and doc["counts"]["warning"] == res["WARNINGS"] > 10
    layer = res["OUTPUT"]
    assert layer.featureCount() == len(doc["findings"])
    # Feature findings sit at their feature (working CRS), layer findings have no geometry.
    located = [f for f in layer.getFeatures() if isinstance(f["feature_id"], int) and f["layer"] == "facilities"]
    assert located and all(not f.geometry().isNull() for f in located)
    blocked = tmp_path / "blocked.json"
    with pytest.raises(QgsProcessingException, match="blocking"):
        processing.run("smart_community:validate", {"FACILITIES": f"{path}|layername=facilities",
                                                    "OUTPUT_JSON": str(blocked), "OUTPUT": None})
    assert json.loads(blocked.read_text(encoding="utf-8"))["blocking"] == 2   # community and buildings missing


def test_missing_fields(tmp_path, standard, qgis_app):
    from smart_community_plugin.pipeline.validation import validate_layers

    path = tmp_path / "fields.gpkg"
    community = vlayer(write(path, "community", [dict(geometry=shapely.box(0, 0, 100, 100), name="x")]))
    buildings = vlayer(write(path, "buildings", [dict(geometry=square(50, 50), 备注="无层数")]))
    facilities = vlayer(write(path, "facilities", [dict(geometry=shapely.Point(5, 5), 类别="幼儿园")]))
    r = validate_layers({"community": community, "buildings": buildings, "facilities": facilities}, standard)
    find(r, "error", "facilities", "No facility type field ('facility_type')")
    find(r, "warning", "buildings", "None of floors, households, population or height")
