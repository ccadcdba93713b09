"""A screenshot of a published page (make demo writes build/demo/web/) in Debian's headless Chromium, with the
building nearest the map's centre clicked, for the README.

    .venv/bin/python scripts/web_screenshot.py build/demo/web docs/web-page.png [zh|en]
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    from playwright.sync_api import sync_playwright

    folder, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    language = sys.argv[3] if len(sys.argv) > 3 else "zh"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 760})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page.goto((folder / "index.html").as_uri() + f"?lang={language}")
        page.wait_for_function("window.SC_READY === true")
        xy = page.evaluate("""() => {
            const size = window.SC_MAP.getSize(); let best = null;
            window.SC_BUILDINGS.eachLayer((l) => {
                const p = window.SC_MAP.latLngToContainerPoint(l.getBounds().getCenter());
                const d = Math.hypot(p.x - size.x * 0.62, p.y - size.y * 0.55);
                if (!best || d < best[2]) best = [p.x, p.y, d];
            });
            return best; }""")
        box = page.locator("#map").bounding_box()
        page.mouse.click(box["x"] + xy[0], box["y"] + xy[1])
        page.locator(".leaflet-popup-content .popup").wait_for()
        page.screenshot(path=str(out), animations="disabled")
        browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
