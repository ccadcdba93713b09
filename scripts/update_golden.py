"""Rewrite test/data/sample_review.golden.json from the sample's review as it runs now (make golden).

Run it only after a deliberate change to the review's results, and commit the diff with that change.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")


def main() -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from smart_community_plugin.pipeline.result_layers import review_to_files
    from smart_community_plugin.pipeline.scheme import Scheme
    from smart_community_plugin.standard import load_standard

    sample = ROOT / "resources" / "sample" / "sample_community.gpkg"
    scheme = Scheme.from_gpkg(sample)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "review.json"
        review_to_files(scheme, load_standard(), output_json=out, output_gpkg=Path(tmp) / "review.gpkg")
        review = json.loads(out.read_text(encoding="utf-8"))
    for volatile in ("sources", "run_id"):
        review.pop(volatile, None)
    golden = ROOT / "test" / "data" / "sample_review.golden.json"
    golden.write_text(json.dumps(review, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {golden.relative_to(ROOT)}: {len(review['checks'])} checks")


if __name__ == "__main__":
    main()
