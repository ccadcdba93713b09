"""The page published for residents, as a user gets it: smart_community:publish_web through qgis_process on a
5,000-building scheme, then the page opened from disk in Debian's headless Chromium until it has drawn, and a
click on a building until its details show. Baselines in the same run: the approval report (PDF) of the same
review through qgis_process (what residents are handed otherwise), and the same browser opening a page with the
same Leaflet and no data. Target: the page opens and is interactive in <= 2 s. Prints figures; asserts nothing.

    .venv/bin/python bench/bench_web.py [--buildings 5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.city import make_city  # noqa: E402
from bench.measure import tree_peak as timed  # noqa: E402

QP = str(ROOT / "scripts" / "qgis-process")
TARGET_S = 2.0


def open_page(browser, folder: Path) -> tuple[float, float]:
    """(seconds from navigation until drawn, seconds from a click on a building until its details show)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:"))
                  else r.abort())
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto((folder / "index.html").as_uri())
    page.wait_for_function("window.SC_READY === true", timeout=30_000, polling="raf")
    drawn = time.perf_counter() - t0
    clicked = 0.0
    if page.evaluate("!!window.SC_BUILDINGS"):
        # Buildings in turn until one's centre is not under a facility's dot: the time of that click.
        points = page.evaluate("""() => window.SC_BUILDINGS.getLayers().slice(0, 40).map((l) => {
            const p = window.SC_MAP.latLngToContainerPoint(l.getBounds().getCenter()); return [p.x, p.y]; })""")
        box = page.locator("#map").bounding_box()
        for x, y in points:
            t1 = time.perf_counter()
            page.mouse.click(box["x"] + x, box["y"] + y)
            try:
                page.locator(".leaflet-popup-content .popup").wait_for(timeout=2_000)
            except Exception:  # noqa: BLE001 — a dot took the click: the next building
                continue
            clicked = time.perf_counter() - t1
            break
    context.close()
    return drawn, clicked


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--buildings", type=float, default=5000)
    p.add_argument("--repeat", type=int, default=5)
    a = p.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench_web_") as tmp_name:
        tmp = Path(tmp_name)
        city = make_city(tmp / "city.gpkg", a.buildings, max(1, int(a.buildings / 100)))
        g = tmp / "city.gpkg"
        layers = [f"COMMUNITY={g}|layername=community", f"BUILDINGS={g}|layername=buildings",
                  f"FACILITIES={g}|layername=facilities"]
        t_review, _ = timed([QP, "run", "smart_community:review", "--", *layers, "DISTANCE=euclidean",
                             f"OUTPUT_JSON={tmp}/review.json", f"OUTPUT_GPKG={tmp}/review.gpkg"])
        files = [f"REVIEW_JSON={tmp}/review.json", f"RESULT_GPKG={tmp}/review.gpkg"]
        t_publish, mem = timed([QP, "run", "smart_community:publish_web", "--", *files, "LANGUAGE=1",
                                f"OUTPUT={tmp}/page"])
        t_report, _ = timed([QP, "run", "smart_community:report", "--", *files, "LANGUAGE=zh",
                             f"OUTPUT={tmp}/report.pdf"])
        data = (tmp / "page" / "data.js").stat().st_size
        published = len(json.loads((tmp / "page" / "data.js").read_text(encoding="utf-8")
                                   .split("=", 1)[1].rstrip().rstrip(";"))["buildings"]["features"])
        empty = tmp / "empty"
        empty.mkdir()
        shutil.copytree(tmp / "page" / "vendor", empty / "vendor")
        (empty / "index.html").write_text(
            '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="vendor/leaflet.css">'
            '<div id="map" style="height:600px"></div><script src="vendor/leaflet.js"></script><script>'
            'const m = L.map("map").setView([39.9, 116.4], 15); requestAnimationFrame(() => '
            'requestAnimationFrame(() => { window.SC_READY = true; }));</script>', encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
            open_page(browser, tmp / "page")                     # warm: the first launch reads the binary
            runs = [open_page(browser, tmp / "page") for _ in range(a.repeat)]
            base = [open_page(browser, empty)[0] for _ in range(a.repeat)]
            browser.close()
        drawn = statistics.median(r[0] for r in runs)
        click = statistics.median(r[1] for r in runs)
        interactive = drawn + click
        print(f"# {city}; {published:,} buildings on the page; 2 cores; Debian Chromium headless, median of {a.repeat}")
        print("| measure | figure |")
        print("| --- | --- |")
        print(f"| review through qgis_process (for reference) | {t_review:.1f} s |")
        print(f"| publish_web through qgis_process (JSON + GeoPackage to the page) | {t_publish:.1f} s, "
              f"{mem:,.0f} MiB peak, data.js {data / 1e6:.1f} MB |")
        print(f"| baseline: the approval report (PDF) of the same review | {t_report:.1f} s "
              f"({t_report / t_publish:.1f}× the page) |")
        print(f"| page opened from disk until drawn | {drawn:.2f} s |")
        print(f"| a click on a building until its details show | {click * 1000:.0f} ms |")
        print(f"| open + first click (target {TARGET_S:.0f} s) | {interactive:.2f} s "
              f"({'met' if interactive <= TARGET_S else 'NOT met'}) |")
        print(f"| baseline: the same Leaflet with no data | {statistics.median(base):.2f} s "
              f"(the data add {drawn - statistics.median(base):.2f} s) |")


if __name__ == "__main__":
    main()
