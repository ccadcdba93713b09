"""The page published for residents (smart_community:publish_web), opened from file:// in Debian's Chromium
(headless, driven by Playwright) with the network blocked: it draws the buildings, a click on a building shows
its walk to the nearest health station as the review measured it, the language switch changes the clause table,
and no request leaves the machine. Expected values are read from the review's own GeoPackage and JSON with
pyogrio, or computed with shapely and pyproj."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from .conftest import SAMPLE, sha256

CHROMIUM = Path("/usr/bin/chromium")
ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates")
PHONE = "13912345678"
# app.js's classes of the share of a life circle's types within reach (the legend shows the same).
SHARE = [(1.0, (0x1A, 0x98, 0x50)), (0.75, (0x91, 0xCF, 0x60)), (0.5, (0xFE, 0xE0, 0x8B)), (0.25, (0xFC, 0x8D, 0x59)),
         (0.0, (0xD7, 0x30, 0x1F))]
BACKGROUND = (0xF4, 0xF4, 0xF0)


def _scheme(gpkg: Path) -> dict[str, str]:
    return {role.upper(): f"{gpkg}|layername={role}" for role in ROLES}


@pytest.fixture(scope="module")
def published(tmp_path_factory, processing_ready):
    """The sample, with a facility named with a phone number, reviewed on foot and published twice: from the
    scheme's layers, and from the review's JSON and GeoPackage."""
    import processing

    tmp = tmp_path_factory.mktemp("web")
    gpkg = tmp / "scheme.gpkg"
    shutil.copyfile(SAMPLE, gpkg)
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("facilities")
    first = layer.GetNextFeature()
    first.SetField("name", f"王医生诊所 {PHONE}")
    layer.SetFeature(first)
    ds = layer = first = None
    before = sha256(gpkg)
    processing.run("smart_community:review", {**_scheme(gpkg), "DISTANCE": "both",
                                              "OUTPUT_JSON": str(tmp / "review.json"),
                                              "OUTPUT_GPKG": str(tmp / "review.gpkg")})
    done = processing.run("smart_community:publish_web", {"REVIEW_JSON": str(tmp / "review.json"),
                                                          "RESULT_GPKG": str(tmp / "review.gpkg"),
                                                          "LANGUAGE": 1, "OUTPUT": str(tmp / "page")})
    processing.run("smart_community:publish_web", {**_scheme(gpkg), "DISTANCE": "both", "LANGUAGE": 1,
                                                   "OUTPUT": str(tmp / "page_direct")})
    assert sha256(gpkg) == before
    return tmp, done


def _data(folder: Path) -> dict:
    text = (folder / "data.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1:text.rindex(";")])


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Debian's chromium is missing: run 'make setup'"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield b
        b.close()


class Opened:
    """A page opened from disk with every request that is not a local file refused and counted."""

    def __init__(self, browser, folder: Path, query: str = "") -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.errors: list[str] = []

        def route(r):
            url = r.request.url
            self.requests.append(url)
            if url.startswith(("file://", "data:", "blob:")):
                r.continue_()
            else:
                self.outside.append(url)
                r.abort()
        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.goto((folder / "index.html").as_uri() + query)
        self.page.wait_for_function("window.SC_READY === true", timeout=10_000)

    def point_of(self, lonlat: tuple[float, float]) -> tuple[float, float]:
        """The page's pixel of a lon/lat, by the map library's own projection."""
        xy = self.page.evaluate("([lon, lat]) => { const p = window.SC_MAP.latLngToContainerPoint([lat, lon]); "
                                "return [p.x, p.y]; }", list(lonlat))
        box = self.page.locator("#map").bounding_box()
        return box["x"] + xy[0], box["y"] + xy[1]

    def close(self) -> None:
        self.context.close()


def _buildings(tmp: Path):
    import pyogrio

    return pyogrio.read_dataframe(str(tmp / "review.gpkg"), layer="buildings")


def _lonlat(geom, crs: str) -> tuple[float, float]:
    from pyproj import Transformer

    p = geom.point_on_surface()
    return Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(p.x, p.y)


def test_the_page_opens_from_disk_offline_and_draws_every_building(published, browser):
    tmp, done = published
    review = json.loads((tmp / "review.json").read_text(encoding="utf-8"))
    buildings = _buildings(tmp)
    assert done["BUILDINGS_PUBLISHED"] == len(buildings) == 76
    page = Opened(browser, tmp / "page")
    try:
        assert page.outside == [] and page.errors == []
        assert all(u.startswith("file://") for u in page.requests) and len(page.requests) >= 5
        assert page.page.evaluate("window.SC_BUILDINGS.getLayers().length") == len(buildings)
        # The building farthest from every facility (no pictogram over it): its fill is its life-circle class.
        import pyogrio

        facilities = pyogrio.read_dataframe(str(tmp / "review.gpkg"), layer="facilities")
        far = int(np.argmax([facilities.distance(g.point_on_surface()).min() for g in buildings.geometry]))
        circle = next(c for c in review["life_circles"]["circles"] if c["minutes"] == 15)
        got = set(str(buildings["reach_15min"].iloc[far] or "").split(",")) & set(circle["types"])
        share = len(got) / len(circle["types"])
        colour = next(c for low, c in SHARE if share >= low)
        expected = [0.85 * c + 0.15 * b for c, b in zip(colour, BACKGROUND)]
        from PIL import Image

        shot = np.asarray(Image.open(io.BytesIO(page.page.screenshot(animations="disabled"))).convert("RGB"))
        x, y = page.point_of(_lonlat(buildings.geometry.iloc[far], review["crs"]["working"]))
        pixel = shot[round(y), round(x)].astype(float)
        assert np.abs(pixel - expected).max() < 14, (pixel, expected, share)
        # The building colours cover the buildings' share of the map (their footprints are about 4 % of it).
        box = page.page.locator("#map").bounding_box()
        inside = shot[int(box["y"]):int(box["y"] + box["height"]), int(box["x"]):int(box["x"] + box["width"])]
        blended = np.array([[0.85 * c + 0.15 * b for c, b in zip(col, BACKGROUND)] for _, col in SHARE])
        near = (np.abs(inside[:, :, None, :].astype(float) - blended[None, None]).max(axis=3) < 10).any(axis=2)
        assert 0.02 < near.mean() < 0.2, near.mean()
    finally:
        page.close()


def test_a_click_on_a_building_shows_its_walk_to_the_nearest_health_station(published, browser):
    import pyogrio
    import shapely

    tmp, _ = published
    review = json.loads((tmp / "review.json").read_text(encoding="utf-8"))
    buildings = _buildings(tmp)
    facilities = pyogrio.read_dataframe(str(tmp / "review.gpkg"), layer="facilities")
    stations = facilities[facilities["facility_type"] == "health_station"].geometry
    k = int(np.nanargmax(buildings["dist_health_station"].to_numpy()))      # the farthest walk of all
    metres = float(buildings["dist_health_station"].iloc[k])
    # On foot is never shorter than the straight line to the nearest station (shapely, independently).
    straight = min(shapely.distance(buildings.geometry.iloc[k], s) for s in stations)
    assert metres >= straight - 1
    speed = 1000 / 15            # resources/messages/web.json: GB 50180's 15 minutes, 1000 m
    for language, text in (("zh", f"社区卫生服务站：步行 {round(metres):,} 米，约 {round(metres / speed)} 分钟"),
                           ("en", f"Community health station: {round(metres):,} m on foot, about "
                                  f"{round(metres / speed)} min")):
        page = Opened(browser, tmp / "page", f"?lang={language}")
        try:
            page.page.mouse.click(*page.point_of(_lonlat(buildings.geometry.iloc[k], review["crs"]["working"])))
            popup = page.page.locator(".leaflet-popup-content")
            popup.wait_for(timeout=3000)
            assert popup.locator(".popup").get_attribute("data-building") == str(int(buildings["source_fid"].iloc[k]))
            assert popup.locator('li[data-type="health_station"]').inner_text() == text
            complete = popup.locator("li.complete").count() + popup.locator("li.incomplete").count()
            assert complete == len(review["life_circles"]["circles"])
            assert page.outside == [] and page.errors == []
        finally:
            page.close()


def test_the_language_switch_changes_the_clause_table(published, browser):
    tmp, _ = published
    review = json.loads((tmp / "review.json").read_text(encoding="utf-8"))
    failing = next(e for e in review["provisions"] if e["outcome"] == "fail")
    page = Opened(browser, tmp / "page")
    try:
        row = page.page.locator(f'#clause-table tr[data-id="{failing["id"]}"] td')
        assert page.page.evaluate("document.documentElement.lang") == "zh-CN"
        assert row.nth(2).inner_text() == failing["text_zh"] and row.nth(3).inner_text() == "不通过"
        assert page.page.locator("#clause-table th").all_inner_texts() == ["条款", "用词", "内容", "结论"]
        assert page.page.locator("#not-assessed").inner_text().startswith(
            f"未能评估的条款（{len(review['summary']['not_assessed'])} 条）")
        page.page.click("#language")
        assert page.page.evaluate("document.documentElement.lang") == "en"
        assert row.nth(2).inner_text() == failing["text_en"] and row.nth(3).inner_text() == "fail"
        assert page.page.locator("#clause-table th").all_inner_texts() == ["Clause", "Wording", "Provision", "Result"]
        english = page.page.locator("aside").inner_text() + page.page.locator("#clauses").inner_text()
        # No Chinese left in English, but for the community's own name.
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in english.replace("望京示范社区", "")), english[:300]
        shown = page.page.locator("#clause-table tbody tr").count()
        assert shown == sum(e["outcome"] != "not_spatial" for e in review["provisions"])
        page.page.check("#show-all")
        assert page.page.locator("#clause-table tbody tr").count() == len(review["provisions"])
        assert page.page.locator("#qr svg").count() == 1
        # At street level every facility has its pictogram; zoomed out to the district, dots (and a note).
        icons = page.page.locator(".leaflet-marker-icon").count()
        assert icons == sum(f["properties"]["t"] in {t["code"] for t in _data(tmp / "page")["types"]}
                            for f in _data(tmp / "page")["facilities"]["features"]) > 0
        assert page.page.locator("#zoom-note").inner_text() == ""
        page.page.evaluate("() => { window.SC_MAP.setZoom(14, {animate: false}); return 0; }")
        assert page.page.locator(".leaflet-marker-icon").count() == 0
        assert page.page.locator("#zoom-note").inner_text() == "Zoom in to see each facility's pictogram."
        assert page.outside == [] and page.errors == []
    finally:
        page.close()


def test_only_what_the_page_needs_is_published_and_personal_data_is_masked(published):
    tmp, _ = published
    text = (tmp / "page" / "data.js").read_text(encoding="utf-8")
    assert PHONE not in text and "王医生诊所 139****5678" in text
    data = _data(tmp / "page")
    assert {k for f in data["buildings"]["features"] for k in f["properties"]} == {"id", "d", "c", "s"}
    assert {k for f in data["facilities"]["features"] for k in f["properties"]} == {"f", "t", "n", "p", "v"}
    survey = (tmp / "page" / "survey_template.csv").read_text(encoding="utf-8-sig").splitlines()
    assert survey[0] == "设施编号,类型,评分,意见" and len(survey) == 1 + len(data["facilities"]["features"])
    # Two residents' answers filled in: the revisit stage's import (7.0.6) reads them by facility id.
    from smart_community_plugin.core.survey import summarise

    feats = data["facilities"]["features"]
    rows = [survey[0], survey[1][:-2] + ",2,门口拥堵", survey[2][:-2] + ",4,"]
    summary = summarise("\n".join(rows), {f["properties"]["f"]: f["properties"]["t"] for f in feats}, {})
    assert summary.answers == 2
    assert sorted((t.facility_type, t.mean_score) for t in summary.types) == sorted(
        [(feats[0]["properties"]["t"], 2.0), (feats[1]["properties"]["t"], 4.0)]) \
        if feats[0]["properties"]["t"] != feats[1]["properties"]["t"] else True
    # Both routes (the scheme's layers, a finished review's files) publish the same page.
    direct = _data(tmp / "page_direct")
    assert direct["buildings"] == data["buildings"] and direct["provisions"] == data["provisions"]
    for name in ("index.html", "app.js", "app.css", "vendor/leaflet.js", "vendor/leaflet.css",
                 "icons/health_station.svg"):
        assert (tmp / "page" / name).is_file(), name


def test_a_gcj02_base_map_moves_the_data_into_its_datum(published, processing_ready):
    import processing
    from pyproj import Geod

    tmp, _ = published
    processing.run("smart_community:publish_web", {"REVIEW_JSON": str(tmp / "review.json"),
                                                   "RESULT_GPKG": str(tmp / "review.gpkg"), "TILE_DATUM": 1,
                                                   "TILE_URL": "https://tiles.example.org/{z}/{x}/{y}.png",
                                                   "OUTPUT": str(tmp / "page_gcj")})
    wgs, gcj = _data(tmp / "page"), _data(tmp / "page_gcj")
    assert gcj["datum"] == "gcj02" and gcj["tile_url"].endswith("{y}.png")
    a = wgs["facilities"]["features"][0]["geometry"]["coordinates"]
    b = gcj["facilities"]["features"][0]["geometry"]["coordinates"]
    # GCJ-02 lies a few hundred metres from WGS84 around Beijing, to the north-east.
    _, _, metres = Geod(ellps="WGS84").inv(a[0], a[1], b[0], b[1])
    assert 100 < metres < 900 and b[0] > a[0] and b[1] > a[1], (a, b, metres)


def test_a_folder_that_is_not_an_earlier_page_is_never_replaced(published, processing_ready, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    tmp, _ = published
    files = {"REVIEW_JSON": str(tmp / "review.json"), "RESULT_GPKG": str(tmp / "review.gpkg")}
    other = tmp_path / "documents"
    other.mkdir()
    (other / "plan.docx").write_text("keep me", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="already holds other files"):
        processing.run("smart_community:publish_web", {**files, "OUTPUT": str(other)})
    assert [p.name for p in other.iterdir()] == ["plan.docx"]
    with pytest.raises(QgsProcessingException, match="holds an input"):
        processing.run("smart_community:publish_web", {**files, "OUTPUT": str(tmp)})
    with pytest.raises(QgsProcessingException, match="RESULT_GPKG"):
        processing.run("smart_community:publish_web", {"REVIEW_JSON": files["REVIEW_JSON"],
                                                       "OUTPUT": str(tmp_path / "x")})
    assert not (tmp_path / "x").exists()
    # An earlier page is replaced whole, and nothing staged is left beside it.
    again = tmp_path / "page"
    processing.run("smart_community:publish_web", {**files, "OUTPUT": str(again), "LANGUAGE": 2})
    processing.run("smart_community:publish_web", {**files, "OUTPUT": str(again), "LANGUAGE": 1})
    assert _data(again)["language"] == "zh"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents", "page"]


def test_the_workbench_publishes_the_review_on_screen(qtbot, tmp_path, qgis_app):
    # The page itself is opened in the browser by the tests above. (A workbench dock and a Playwright page in one
    # test make the interpreter crash at exit, after every test has passed.)
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    from .test_workbench_flows import _reviewed, _sample_project

    project, _layers, _copy = _sample_project(tmp_path)
    assert project.write(str(tmp_path / "plan.qgz"))
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    publish = dock.planning.report.publish
    publish.open_in_browser = False
    assert not publish.button.isEnabled()                  # nothing to publish before a review
    review = _reviewed(qtbot, dock)
    assert publish.button.isEnabled() and str(tmp_path) in publish.status.text()
    publish.button.click()
    folder = publish.last_page
    assert folder is not None and folder.parent == tmp_path, publish.status.text()
    assert folder.name == f"{review['community']['name']}_public display page"
    assert str(folder / "index.html") in publish.status.text()
    data = _data(folder)
    assert len(data["buildings"]["features"]) == len(dock.state.result_layers()[0]) == 76
    assert data["language"] == "en" and data["summary"]["overall"] == review["summary"]["overall"]
    assert (folder / "vendor" / "leaflet.js").is_file() and (folder / "survey_template.csv").is_file()
    publish.button.click()                                 # again: the earlier page is replaced, not refused
    assert publish.last_page == folder and "<a href" in publish.status.text()
    dock.disconnect_project()
