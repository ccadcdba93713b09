"""Render a coverage map PNG from a review GeoPackage: render_map.py REVIEW.gpkg TYPE OUT.png [PLANNING.gpkg]."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from smart_community_plugin.maps.coverage_map import render_coverage_map
    from smart_community_plugin.standard import load_standard

    review, ftype, out = sys.argv[1:4]
    planning = sys.argv[4] if len(sys.argv) > 4 else None
    render_coverage_map(review, ftype, load_standard(), out, planning)
    print(f"wrote {out}")
