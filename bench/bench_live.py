"""Live checks: time from an edit to updated results, for 5,000 and 50,000 buildings.

A facility is added in an edit session (not saved); the watcher waits DEBOUNCE_MS of quiet, reads the
layers with the edit buffer, reviews in a QgsTask and calls back. Printed: the time from the edit to
the callback, and its parts. No asserts.

    .venv/bin/python bench/bench_live.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")


def main() -> None:
    from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    app = QgsApplication([], False)
    app.initQgis()
    import bench_coverage

    from smart_community_plugin.gui.live_checks import DEBOUNCE_MS, LiveChecker
    from smart_community_plugin.gui.state import WorkbenchState

    print(f"# debounce {DEBOUNCE_MS} ms; 20 facility types; full review on every change; 2 cores")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (5_000, 50_000):
            path = Path(tmp) / f"live_{n}.gpkg"
            bench_coverage.make_city(path, n, max(10, n // 100))
            layers = {name: QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
                      for name in ("community", "buildings", "facilities")}
            state = WorkbenchState(QgsProject())
            for role, layer in layers.items():
                state.set_layer(role, layer)
            loop = QEventLoop()
            checker = LiveChecker(state, lambda _review, _seconds, _inputs, loop=loop: loop.quit())
            fac = layers["facilities"]
            fac.startEditing()
            x0, y0 = layers["community"].extent().center().x(), layers["community"].extent().center().y()
            feat = QgsFeature(fac.fields())
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x0, y0)))
            feat["facility_type"], feat["status"] = "health_station", "existing"
            t0 = time.perf_counter()
            fac.addFeature(feat)
            QTimer.singleShot(120_000, loop.quit)
            loop.exec()
            wall = time.perf_counter() - t0
            print(f"{n:>7,d} buildings: edit -> updated results {wall:5.2f} s "
                  f"(of which {DEBOUNCE_MS / 1000:.2f} s waiting for the edits to settle)")
            fac.rollBack()
            checker.stop()


if __name__ == "__main__":
    main()
