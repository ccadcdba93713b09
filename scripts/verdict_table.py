"""Print a short verdict table (clause, facility, verdict) from a review JSON file."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

ORDER = {"fail": 0, "not_assessable": 1, "warning": 2, "info": 3, "pass": 4, "not_applicable": 5}


def rows(review: dict) -> list[tuple[str, str, str, str, str]]:
    """(clause, facility type, strength, verdict, text) for every failed or warned check.

    Smart-requirement checks are one per facility; they are folded into one row per type, clause
    and strength so the table stays short.
    """
    out = []
    smart: dict[tuple, list[dict]] = defaultdict(list)
    for c in review["checks"]:
        if c["verdict"] not in ("fail", "warning"):
            continue
        if c["rule"] == "smart_requirements":
            smart[(c["clause"], c["facility_type"], c["strength_zh"], c["verdict"])].append(c)
        else:
            out.append((c["clause"], c["facility_type"] or "—", c["strength_zh"], c["verdict"], c["message"]))
    totals = Counter((c["clause"], c["facility_type"], c["strength_zh"]) for c in review["checks"]
                     if c["rule"] == "smart_requirements")
    for (clause, ftype, strength, verdict), checks in smart.items():
        missing = Counter(m for c in checks for m in c["measured"]["missing"])
        text = (f"smart requirements: {len(checks)} of {totals[(clause, ftype, strength)]} facilities miss "
                + ", ".join(f"{m} ({n})" for m, n in missing.most_common()))
        out.append((clause, ftype, strength, verdict, text))
    return sorted(out, key=lambda r: (ORDER[r[3]], r[0], r[1]))


def main(path: str) -> int:
    """Print the table, the counts and the overall verdict."""
    with open(path, encoding="utf-8") as fh:
        review = json.load(fh)
    c = review["community"]
    print(f"{c['name']}: {c['population']:,.0f} residents, {c['area_m2'] / 1e4:.1f} ha, "
          f"{c['residential_buildings']} residential buildings ({review['crs']['working']})")
    print(f"{'clause':<14}{'facility':<24}{'strength':<9}{'verdict':<9}check")
    for clause, ftype, strength, verdict, text in rows(review):
        print(f"{clause:<14}{ftype:<24}{strength:<9}{verdict:<9}{text}")
    counts = Counter(chk["verdict"] for chk in review["checks"])
    print("checks: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in ORDER)
          + f"; input findings: {len(review['findings'])}")
    provisions = review.get("provisions", [])
    unassessed = [e for e in provisions if e["outcome"] in ("not_assessed", "not_declared", "not_assessable")
                  and e["strength"] in ("must", "shall")]
    if unassessed:
        print(f"provisions 应/必须 not assessed ({len(unassessed)}): what would assess them")
        for e in unassessed:
            remedy = (e.get("needs") or {}).get("en") or (
                f"declare {e['declaration']['code']} in {e['declaration']['layer']}" if e.get("declaration")
                else "the data its check reads")
            print(f"  {e['id']:<34}{e['outcome']:<15}{remedy}")
    counts = review.get("summary", {}).get("provisions", {}).get("assessment", {})
    if counts:
        print("register: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in ("checked", "declared", "needs_data",
                                                                          "not_spatial")))
    print(f"overall: {review['summary']['overall']}  (fail: a 应 provision is not met; "
          "incomplete: a provision cannot be assessed from the data; conditional: only 宜 provisions fall short)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/demo/review.json"))
