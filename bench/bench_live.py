"""Live checks: time from an edit to updated results, as the planner waits for them in the workbench.

The real LiveChecker on real layers in an edit session (nothing saved): after the edit it waits DEBOUNCE_MS
of quiet, reads the layers with the edit buffer, reviews in a QgsTask and calls back. Printed per case: the
time from the edit to the callback (the planner's wait, debounce included), the median of five edits, and
the baseline measured in the same run: the same review with nothing kept between runs (what every edit cost
before the sunlight analysis was kept for unchanged inputs and its drawings made only when asked for).

Cases on the bundled sample (78 buildings, walking network, sunlight of two kindergartens and their grounds):
a facility added, a building far from the kindergartens raised, the kindergarten's own building raised.
Then a facility added on generated cities of 5,000 and 50,000 buildings. No asserts.

    .venv/bin/python bench/bench_live.py
"""

from __future__ import annotations

import functools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
SAMPLE = ROOT / "resources" / "sample" / "sample_community.gpkg"
ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates", "play_areas")


def _state(layers):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.state import WorkbenchState

    state = WorkbenchState(QgsProject())
    for role, layer in layers.items():
        state.set_layer(role, layer)
    return state


def _wait_for(checker_done, edit) -> float:
    """Seconds from the edit to the checker's callback."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    checker_done[0] = loop.quit
    t0 = time.perf_counter()
    edit()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    return time.perf_counter() - t0


def _forget_kept() -> None:
    """The baseline: nothing kept between reviews."""
    from smart_community_plugin.core import ground_sun
    from smart_community_plugin.core.checks import sunlight as sunlight_check

    sunlight_check._RECENT.clear()
    ground_sun.forget()


def sample_cases(folder: Path) -> None:
    """The three edits on a copy of the bundled sample (an edit session writes to its GeoPackage), five
    times each, kept analyses against none kept."""
    import shutil

    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from smart_community_plugin.gui.live_checks import LiveChecker

    copy = folder / "sample.gpkg"
    shutil.copyfile(SAMPLE, copy)
    layers = {n: QgsVectorLayer(f"{copy}|layername={n}", n, "ogr") for n in ROLES}
    state = _state(layers)
    done = [lambda: None]
    checker = LiveChecker(state, lambda _r, _s, _i: done[0]())
    b, f = layers["buildings"], layers["facilities"]
    kinder = [ft for ft in f.getFeatures() if ft["facility_type"] == "kindergarten"][0].geometry()
    homes = list(b.getFeatures())
    own = next(h for h in homes if h.geometry().intersects(kinder))
    far = max(homes, key=lambda h: h.geometry().distance(kinder))
    # Heights decide the shadows (floors only when there is no height): the edits change height_m.
    hfield = b.fields().lookupField("height_m")
    _wait_for(done, lambda: (b.startEditing(), f.startEditing(), b.changeAttributeValue(far.id(), hfield, 21.0)))
    centre = layers["community"].extent().center()

    def add_facility(n: int) -> None:
        feat = QgsFeature(f.fields())
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(centre.x() + n, centre.y())))
        feat["facility_type"], feat["status"] = "convenience_store", "planned"
        f.addFeature(feat)

    cases = (("a facility added", add_facility),
             ("a far building raised", lambda n: b.changeAttributeValue(far.id(), hfield, 24.0 + 3 * n)),
             ("the kindergarten's building raised", lambda n: b.changeAttributeValue(own.id(), hfield, 6.0 + 3 * n)))
    print(f"# sample: {b.featureCount()} buildings, {f.featureCount()} facilities; far building "
          f"{far.geometry().distance(kinder):.0f} m from the kindergarten")
    for label, edit in cases:
        kept = [_wait_for(done, functools.partial(edit, n)) for n in range(5)]
        cold = []
        for n in range(5, 10):
            _forget_kept()
            cold.append(_wait_for(done, functools.partial(edit, n)))
        warm, base = statistics.median(kept), statistics.median(cold)
        print(f"  {label:<36s} edit -> results {warm:.2f} s "
              f"(baseline, nothing kept: {base:.2f} s; {base / warm:.1f}x)")
    b.rollBack()
    f.rollBack()
    checker.stop()


def city_cases() -> None:
    """A facility added on generated cities."""
    import bench_coverage
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from smart_community_plugin.gui.live_checks import LiveChecker

    with tempfile.TemporaryDirectory() as tmp:
        for n in (5_000, 50_000):
            path = Path(tmp) / f"live_{n}.gpkg"
            bench_coverage.make_city(path, n, max(10, n // 100))
            layers = {name: QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
                      for name in ("community", "buildings", "facilities")}
            state = _state(layers)
            done = [lambda: None]
            checker = LiveChecker(state, lambda _r, _s, _i, done=done: done[0]())
            fac = layers["facilities"]
            fac.startEditing()
            centre = layers["community"].extent().center()

            def add(fac: QgsVectorLayer = fac, centre: QgsPointXY = centre) -> None:
                feat = QgsFeature(fac.fields())
                feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(centre.x(), centre.y())))
                feat["facility_type"], feat["status"] = "health_station", "existing"
                fac.addFeature(feat)

            wall = _wait_for(done, add)
            print(f"  {n:>7,d} buildings: a facility added, edit -> results {wall:5.2f} s")
            fac.rollBack()
            checker.stop()


def main() -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from smart_community_plugin.gui.live_checks import DEBOUNCE_MS

    print(f"# live checks: debounce {DEBOUNCE_MS} ms (included), full review on every change, "
          f"{os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        sample_cases(Path(tmp))
    city_cases()
    del app


if __name__ == "__main__":
    main()
