"""The same review through processing.run, the real qgis_process, and the plugin inside QGIS."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SAMPLE, sha256

QGIS_PROCESS = ROOT / "scripts" / "qgis-process"


def _sample_params(out):
    s = str(SAMPLE)
    return {"COMMUNITY": f"{s}|layername=community", "BUILDINGS": f"{s}|layername=buildings",
            "FACILITIES": f"{s}|layername=facilities", "COMPOUNDS": f"{s}|layername=compounds",
            "OUTPUT_JSON": str(out / "review.json"), "OUTPUT_GPKG": str(out / "review.gpkg")}


@pytest.fixture(scope="module")
def sample_review(tmp_path_factory, processing_ready):
    """The sample reviewed once through processing.run (module-scoped: it is read by several tests)."""
    import processing

    out = tmp_path_factory.mktemp("sample")
    before = sha256(SAMPLE)
    result = processing.run("smart_community:review", _sample_params(out))
    assert sha256(SAMPLE) == before
    with open(out / "review.json", encoding="utf-8") as fh:
        return result, json.load(fh), out


def test_processing_run_outputs(sample_review):
    result, review, out = sample_review
    assert result["OVERALL"] == review["summary"]["overall"] == "fail"
    assert result["FAIL_COUNT"] == review["summary"]["counts"]["fail"]
    assert review["schema"] == "smart-community-review/1"
    assert review["crs"]["working"] == "EPSG:4548"
    for key in ("community", "checks", "coverage", "findings", "parameters", "summary"):
        assert key in review
    cov = review["coverage"]["health_station"]
    assert cov["radius_m"] == 300 and set(cov["euclidean"]) >= {
        "population_total", "population_covered", "ratio", "uncovered_buildings"}


def _checks(review):
    return {c["id"]: c for c in review["checks"]}


def test_sample_shows_its_deliberate_deficiencies(sample_review):
    """Facts of the sample design (resources/sample/generate_sample.py), derived by hand."""
    _, review, _ = sample_review
    c = _checks(review)
    # 46 slabs (60 households, some without) and 30 towers: about 15,000 residents.
    assert 14_000 < review["community"]["population"] < 16_000
    assert review["community"]["area_m2"] == pytest.approx(480_000)
    # The undersized health station: 90 m² < 120 m² (不得低于, 应).
    hs = [x for x in c.values() if x["rule"] == "size" and x["facility_type"] == "health_station"
          and x["id"].endswith("floor_area_m2") and x["measured"]["floor_area_m2"] == 90]
    assert len(hs) == 1 and hs[0]["verdict"] == "fail"
    # ceil(~14,900 / 3,000) = 5 convenience stores needed, 4 drawn.
    assert c["quantity:convenience_store"]["required"]["count"] == 5
    assert c["quantity:convenience_store"]["verdict"] == "fail"
    # The north-east compound (the 4th) has no access control.
    assert c["quantity:access_control"]["feature_ids"] == [4]
    # The fresh market lies 120 m south of the boundary. The sample is a new community, which provides its
    # own (4.5.5-2 lets existing communities short of land share): not counted, and the message says so.
    assert c["quantity:fresh_market"]["measured"]["shared"] == 0
    assert c["quantity:fresh_market"]["verdict"] == "fail"
    assert "界外 1 处未计入" in c["quantity:fresh_market"]["messages"]["zh"]
    # What was not assessed is listed, and keeps the verdict from a pass: no green-space layer (4.4.1).
    assert "4.4.1" in review["summary"]["not_assessed"]
    # The east side lies beyond 300 m of both health stations: some residents uncovered.
    assert 0 < review["coverage"]["health_station"]["euclidean"]["ratio"] < 1
    assert c["grouping:integrated_centre"]["verdict"] == "warning"  # 2,800 m² < 3,000 m²
    # 46 six-floor slabs; 30 towers of 18, 24, 26, 30 or 33 floors; two 3-floor public buildings.
    bands = review["community"]["buildings_by_height_band"]
    assert bands["multi_storey_4_6"] == 46 and bands["low_rise_1_3"] == 2
    assert bands["high_rise_10_18"] + bands["high_rise_19_plus"] == 30 and bands["unknown"] == 0


def test_result_gpkg_layers(sample_review):
    from qgis.core import QgsVectorLayer

    _, review, out = sample_review
    gpkg = str(out / "review.gpkg")
    layers = {}
    for name in ("buildings", "facilities", "community", "checks"):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
    assert layers["buildings"].featureCount() == review["community"]["residential_buildings"]
    assert layers["checks"].featureCount() == len(review["checks"])
    # The JSON keeps the count (the ids are the GeoPackage's rows); the rows agree with it.
    uncovered = review["coverage"]["health_station"]["euclidean"]["uncovered_buildings"]
    flagged = {f["source_fid"] for f in layers["buildings"].getFeatures() if f["covered_health_station"] == 0}
    assert len(flagged) == uncovered > 0
    verdicts = {f["verdict"] for f in layers["facilities"].getFeatures()}
    assert {"fail", "pass"} <= verdicts


def _qgis_process(*args, **kw):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(QGIS_PROCESS), *args], capture_output=True, text=True, timeout=180,
                          env=env, cwd=ROOT, **kw)


def test_qgis_process_gives_the_same_review(sample_review, tmp_path):
    _, review, _ = sample_review
    params = _sample_params(tmp_path)
    proc = _qgis_process("--json", "run", "smart_community:review", "--",
                         *[f"{k}={v}" for k, v in params.items()])
    assert proc.returncode == 0, proc.stderr[-2000:]
    payload = json.loads(proc.stdout[proc.stdout.index("{"):])
    assert payload["results"]["OVERALL"] == "fail"
    with open(tmp_path / "review.json", encoding="utf-8") as fh:
        again = json.load(fh)
    assert {k: v["verdict"] for k, v in _checks(again).items()} == \
        {k: v["verdict"] for k, v in _checks(review).items()}


def test_qgis_process_reports_bad_input_and_exits_nonzero(tmp_path):
    s = str(SAMPLE)
    proc = _qgis_process("run", "smart_community:review", "--",
                         f"COMMUNITY={s}|layername=community", f"BUILDINGS={s}|layername=buildings",
                         f"FACILITIES={s}|layername=facilities", "FLOORS_FIELD=storeys",
                         f"OUTPUT_JSON={tmp_path / 'r.json'}")
    assert proc.returncode != 0
    assert "no field 'storeys'" in proc.stdout + proc.stderr
    assert not (tmp_path / "r.json").exists()


def test_create_template_through_qgis_process(tmp_path):
    from qgis.core import QgsVectorLayer

    out = tmp_path / "plan.gpkg"
    proc = _qgis_process("run", "smart_community:create_template", "--", f"OUTPUT={out}", "CRS=EPSG:4549")
    assert proc.returncode == 0, proc.stderr[-2000:]
    facilities = QgsVectorLayer(f"{out}|layername=facilities", "f", "ogr")
    assert facilities.isValid() and facilities.crs().authid() == "EPSG:4549"
    assert {"facility_type", "status", "floor_area_m2", "smart_features", "data_source",
            "entry_time"} <= set(facilities.fields().names())
    # Replaced by default (QGIS's convention), refused with OVERWRITE=false.
    again = _qgis_process("run", "smart_community:create_template", "--", f"OUTPUT={out}", "OVERWRITE=false")
    assert again.returncode != 0 and "exists" in again.stdout + again.stderr


@pytest.mark.parametrize("language, review_text", [("en_US", "Run review…"), ("zh-Hans", "运行审查…")])
def test_plugin_loads_unloads_and_reloads_in_real_qgis(tmp_path, sample_review, language, review_text):
    """The real QGIS desktop under Xvfb, the plugin enabled from this checkout (scripts/qgis), in English
    and in Chinese (QGIS's own --lang)."""
    report = tmp_path / "gui.json"
    env = dict(os.environ, SMART_COMMUNITY_GUI_REPORT=str(report),
               SMART_COMMUNITY_QGIS_PROFILE=str(tmp_path / "profile"),
               SMART_COMMUNITY_REVIEW_JSON=str(sample_review[2] / "review.json"))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(ROOT / "scripts" / "qgis"),
                           "--nologo", "--lang", language, "--code", str(ROOT / "test" / "gui" / "plugin_cycle.py")],
                          capture_output=True, text=True, timeout=240, env=env, cwd=ROOT)
    assert report.exists(), proc.stderr[-3000:]
    r = json.loads(report.read_text(encoding="utf-8"))
    assert "exception" not in r, r
    # New project, Apply planning styles and forms, Workbench (the dock's toggle), Validate submission, Run review,
    # Review results (toggle), Open review result, Export report, Coverage map tool, Review store, Settings, Help; six
    # of them on the toolbar.
    started = {"active": True, "provider": True, "menu_actions": 12, "docks": 2, "toolbars": [6], "help_windows": 0,
               "store_windows": 0}
    gone = {"active": False, "provider": False, "menu_actions": 0, "docks": 0, "toolbars": [], "help_windows": 0,
            "store_windows": 0}
    assert r["start"] == started
    assert r["unload"] and r["after_unload"] == gone  # the help window opened below is closed too
    assert r["reload"] and r["after_reload"] == started
    assert r["unload_again"] and r["after_second_unload"] == gone
    # The menu entries do what they say: the review dialog, a review JSON into the dock, the help; Export report
    # is one click from the workbench's review (none here, so no Processing dialog opens).
    assert r["menu"]["opened"] == ["smart_community:validate", "smart_community:review"]
    # One group per chapter the sample's checks fall in (4.2, 4.3, 4.4, 4.5, 5.2 and Table A.0.1).
    chapters = {c["clause"].split(",")[0].split(".")[0] if c["clause"].startswith("A")
                else ".".join(c["clause"].split(",")[0].split(".")[:2]) for c in sample_review[1]["checks"]}
    assert r["menu"]["dock_groups"] == len(chapters) == 6 and r["menu"]["dock_visible"]
    assert r["menu"]["help_windows"] == 1
    assert r["menu"]["review_text"] == review_text   # the menu speaks the interface's language
    # The review store opens without a store: it says so in its own line (in the interface's language), and is
    # closed by the unload.
    assert r["menu"]["store_windows"] == 1 and "smart_community" in r["menu"]["store_status"]
    assert ("审查库" in r["menu"]["store_status"]) == review_text.startswith("运行")
    assert r["errors"] == []


def test_coverage_map_draws_the_uncovered_buildings(sample_review, tmp_path):
    """Regression: a map that silently drew nothing (QGIS GeoPackage subset-string bug)."""
    from qgis.PyQt.QtGui import QColor, QImage

    from smart_community_plugin.maps.coverage_map import render_coverage_map
    from smart_community_plugin.standard import load_standard

    _, review, out = sample_review
    png = tmp_path / "map.png"
    render_coverage_map(str(out / "review.gpkg"), "health_station", load_standard(), png, str(SAMPLE),
                        size=(700, 525))
    image = QImage(str(png))
    uncovered, covered = QColor("#e9a39b"), QColor("#8fc9a8")
    counts = {"uncovered": 0, "covered": 0}
    for y in range(70, image.height() - 60, 2):
        for x in range(0, image.width(), 2):
            rgb = QColor(image.pixel(x, y))
            for name, ref in (("uncovered", uncovered), ("covered", covered)):
                if abs(rgb.red() - ref.red()) + abs(rgb.green() - ref.green()) + abs(rgb.blue() - ref.blue()) < 12:
                    counts[name] += 1
    assert review["coverage"]["health_station"]["euclidean"]["uncovered_buildings"] > 0
    assert counts["uncovered"] > 50 and counts["covered"] > 50, counts


def test_verdict_table_is_short_and_names_the_failures(sample_review):
    _, review, out = sample_review
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "verdict_table.py"), str(out / "review.json")],
                          capture_output=True, text=True, check=True)
    lines = proc.stdout.splitlines()
    assert lines[-1].startswith("overall: fail")
    failing = [c for c in review["checks"] if c["verdict"] in ("fail", "warning")]
    table = lines[2:lines.index(next(line for line in lines if line.startswith("checks: ")))]
    assert 10 < len(table) < len(failing)  # folded: fewer rows than failing checks
    # Then the 应 provisions not assessed, one line each with what would assess it.
    start = next(i for i, line in enumerate(lines) if line.startswith("provisions 应/必须 not assessed"))
    listed = [line.split()[0] for line in lines[start + 1:] if line.startswith("  ")]
    assert listed == review["summary"]["not_assessed"]
    assert any("convenience_store" in l and " fail " in l for l in table)
    assert all(" fail " in l or " warning " in l for l in table)


def test_every_stage_panel_opens_in_real_qgis_and_is_photographed(tmp_path):
    """scripts/gui/screenshots.py under Xvfb: the sample reviewed in the workbench, each stage shown."""
    shots = tmp_path / "shots"
    shots.mkdir()
    env = dict(os.environ, SMART_COMMUNITY_ROOT=str(ROOT), SMART_COMMUNITY_SHOTS=str(shots),
               SMART_COMMUNITY_QGIS_PROFILE=str(tmp_path / "profile"))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", str(ROOT / "scripts" / "qgis"),
                           "--nologo", "--code", str(ROOT / "scripts" / "gui" / "screenshots.py")],
                          capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    assert not (shots / "error.txt").exists(), (shots / "error.txt").read_text()
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names == ["provisions.png", "results.png", "stage-assessment.png", "stage-implementation.png",
                     "stage-operation.png", "stage-planning-smart.png", "stage-planning.png", "stage-revisit.png",
                     "workbench-results-map.png"], proc.stderr[-2000:]
    from qgis.PyQt.QtGui import QImage

    for name in names:
        image = QImage(str(shots / name))
        assert image.width() >= 1400 and image.height() >= 900, name
