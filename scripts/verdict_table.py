"""Print a short verdict table (clause, facility, verdict) from a review JSON file."""

from __future__ import annotations

import json
import sys
from collections import Counter

ORDER = {"fail": 0, "warning": 1, "info": 2, "pass": 3, "not_applicable": 4}


def main(path: str) -> int:
    """Print one line per check that is not a pass, then the counts and the overall verdict."""
    with open(path, encoding="utf-8") as fh:
        review = json.load(fh)
    checks = sorted(review["checks"], key=lambda c: (ORDER[c["verdict"]], c["clause"], c["id"]))
    c = review["community"]
    print(f"{c['name']}: {c['population']:,.0f} residents, {c['area_m2'] / 1e4:.1f} ha, "
          f"{c['residential_buildings']} residential buildings ({review['crs']['working']})")
    print(f"{'clause':<14}{'facility':<24}{'strength':<9}{'verdict':<9}check")
    for chk in checks:
        if chk["verdict"] in ("pass", "not_applicable"):
            continue
        print(f"{chk['clause']:<14}{chk['facility_type'] or '—':<24}{chk['strength_zh']:<9}"
              f"{chk['verdict']:<9}{chk['message']}")
    counts = Counter(chk["verdict"] for chk in review["checks"])
    print("totals: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in ORDER))
    print(f"overall: {review['summary']['overall']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/demo/review.json"))
