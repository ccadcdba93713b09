"""One row per community for the city table, made from its review's JSON document (the same for a community
reviewed now and one kept from an earlier run), and the city's figures made from the rows."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

METHODS = {"network": "walk", "euclidean": "straight"}
MET = ("pass", "info", "not_applicable")          # outcomes that meet a provision


def summary_row(fid: int, doc: dict[str, Any], status: str, seconds: float, digest: str) -> dict[str, Any]:
    """The city table's row of one reviewed community."""
    summary, community = doc.get("summary", {}), doc.get("community", {})
    counts = summary.get("counts", {})
    coverage = {}
    for code, block in (doc.get("coverage") or {}).items():
        for method, short in METHODS.items():
            stats = block.get(method)
            if isinstance(stats, dict):
                coverage[f"{short}_{code}"] = stats.get("ratio")
    circles = {f"circle_{c['minutes']}min": c.get("share_complete")
               for c in (doc.get("life_circles") or {}).get("circles", [])}
    return {"fid": int(fid), "name": community.get("name", ""), "kind": community.get("kind", ""),
            "population": community.get("population"), "status": status, "error": "", "error_zh": "",
            "verdict": summary.get("overall", ""), "fails": int(counts.get("fail", 0)),
            "warnings": int(counts.get("warning", 0)), "not_assessed": len(summary.get("not_assessed", [])),
            "coverage": coverage, "circles": circles, "seconds": float(seconds), "input_hash": digest,
            "provisions": {p["id"]: p.get("outcome", "") for p in doc.get("provisions", [])}}


def city_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Shares of communities and of residents meeting each provision, verdict counts, the worst per type."""
    done = [r for r in rows if r.get("status") != "failed"]
    people = sum(float(r.get("population") or 0.0) for r in done)
    verdicts = Counter(r.get("verdict", "") for r in done)
    provisions: dict[str, dict[str, float]] = defaultdict(lambda: {"assessed": 0, "met": 0, "people": 0.0,
                                                                   "people_met": 0.0})
    for r in done:
        pop = float(r.get("population") or 0.0)
        for pid, outcome in r.get("provisions", {}).items():
            if outcome in ("not_spatial", "not_assessed", "not_assessable", "not_declared", ""):
                continue
            p = provisions[pid]
            p["assessed"] += 1
            p["people"] += pop
            if outcome in MET:
                p["met"] += 1
                p["people_met"] += pop
    worst: dict[str, list[tuple[float, str, int]]] = defaultdict(list)
    for r in done:
        for key, ratio in r.get("coverage", {}).items():
            if ratio is not None:
                worst[key].append((float(ratio), r.get("name", ""), r["fid"]))
    return {"communities": len(rows), "reviewed": len(done), "failed": len(rows) - len(done), "residents": people,
            "verdicts": dict(verdicts), "provisions": {k: dict(v) for k, v in sorted(provisions.items())},
            "worst": {k: sorted(v)[:5] for k, v in sorted(worst.items())}}
