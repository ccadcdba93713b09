"""Approval report: total time and time per page, for the sample and for a 5,000-building community.

The baseline is the target in the issue (0.5 s a page, maps included). The review itself is not timed;
the report starts from its JSON and result GeoPackage, as `smart_community:report` does. No asserts.

    .venv/bin/python bench/bench_report.py
"""

from __future__ import annotations

import json
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
TARGET_S_PER_PAGE = 0.5


def main() -> None:
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import bench_coverage

    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.pipeline.result_layers import review_to_files
    from smart_community_plugin.pipeline.scheme import Scheme
    from smart_community_plugin.report.builder import ReportRequest, write_report
    from smart_community_plugin.standard import load_standard

    standard = load_standard()
    sample = ROOT / "resources" / "sample" / "sample_community.gpkg"
    print(f"# target {TARGET_S_PER_PAGE} s a page, maps included; 2 cores")
    print("| community | buildings | pages | maps | report | per page | maps time | vs target |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("sample", sample, {"roads": f"{sample}|layername=roads", "compounds": f"{sample}|layername=compounds"})]
        city = Path(tmp) / "city.gpkg"
        bench_coverage.make_city(city, 5_000, 50)
        cases.append(("synthetic 5,000", city, {}))
        for label, path, context in cases:
            layers = {n: QgsVectorLayer(f"{path}|layername={n}", n, "ogr")
                      for n in ("community", "buildings", "facilities", "compounds", "roads")}
            roads = layers["roads"] if layers["roads"].isValid() else None
            compounds = layers["compounds"] if layers["compounds"].isValid() else None
            scheme = Scheme({"community": layers["community"], "buildings": layers["buildings"],
                             "facilities": layers["facilities"], "compounds": compounds, "roads": roads})
            gpkg, out_json = Path(tmp) / f"{label}.gpkg", Path(tmp) / f"{label}.json"
            inputs = review_to_files(scheme, standard, ReviewParameters(), out_json, gpkg).inputs
            review = json.loads(out_json.read_text(encoding="utf-8"))
            t0 = time.perf_counter()
            stats = write_report(ReportRequest(review, str(gpkg), context, project=label), standard,
                                 str(Path(tmp) / f"{label}.pdf"))
            wall = time.perf_counter() - t0
            per = wall / stats.pages
            print(f"| {label} | {len(inputs.buildings.fids):,} | {stats.pages} | {stats.maps} | {wall:.2f} s | "
                  f"{per:.3f} s | {stats.map_seconds:.2f} s | {TARGET_S_PER_PAGE / per:.1f}× faster |")


if __name__ == "__main__":
    main()
