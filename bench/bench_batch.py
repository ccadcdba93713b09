"""The city batch (scripts/review-city) on 1 and 2 local workers against the user's alternative, a loop of single
`qgis_process run smart_community:review` calls (each on the city-wide layers, its community picked by fid),
measured on a sample of communities and scaled. Peak memory is the whole process tree's (client and workers),
sampled every 0.1 s (bench/measure.py). From the two runs, t(W) = serial + parallel / W, a paper estimate for a
province of 30,000 communities on 8 and 64 workers. Prints figures; asserts nothing.

    .venv/bin/python bench/bench_batch.py [--communities 1000] [--loop 5]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.city import make_city, slabs_per_block  # noqa: E402
from bench.measure import tree_peak  # noqa: E402

BLOCK = 600.0


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--communities", type=int, default=1000)
    p.add_argument("--loop", type=int, default=5, help="single reviews timed for the loop baseline")
    a = p.parse_args()
    cols, rows = slabs_per_block(BLOCK)
    with tempfile.TemporaryDirectory(dir=ROOT / "build") as tmp:
        tmp = Path(tmp)
        gpkg = tmp / "city.gpkg"
        city = make_city(gpkg, a.communities * cols * rows, per_type=max(10, a.communities * cols * rows // 100),
                         block_m=BLOCK)
        print(f"# city: {city.communities:,} communities, {city.buildings:,} buildings, {city.facilities:,} "
              f"facilities (20 types); DISTANCE=euclidean; {os.cpu_count()} cores")
        layers = [f"--{r}={gpkg}|layername={r}" for r in ("communities", "buildings", "facilities")]
        runs = {}
        for workers in (1, 2):
            out = tmp / f"out{workers}"
            cmd = [str(ROOT / "scripts" / "review-city"), *layers, "--out", str(out), "--distance", "euclidean",
                   "--workers", str(workers), "--language", "en"]
            runs[workers] = tree_peak(cmd, ok=(0, 1))
            s, peak = runs[workers]
            print(f"batch, {workers} worker{'s' if workers > 1 else ''}: {s:.1f} s, "
                  f"{city.communities / s:.1f} communities/s, peak {peak:.0f} MiB (client + workers)", flush=True)
        loop = 0.0
        for fid in range(1, a.loop + 1):
            cmd = [str(ROOT / "scripts" / "qgis-process"), "run", "smart_community:review", "--",
                   f"COMMUNITY={gpkg}|layername=communities|subset=fid = {fid}",
                   f"BUILDINGS={gpkg}|layername=buildings", f"FACILITIES={gpkg}|layername=facilities",
                   "DISTANCE=euclidean", f"OUTPUT_JSON={tmp}/single{fid}.json", f"OUTPUT_GPKG={tmp}/single{fid}.gpkg"]
            loop += tree_peak(cmd, ok=(0, 1))[0]
        per = loop / a.loop
        total_loop = per * city.communities
        print(f"user's alternative: a loop of single qgis_process reviews, {per:.1f} s each (mean of {a.loop}) "
              f"-> {total_loop:,.0f} s for all; batch on 2 workers is {total_loop / runs[2][0]:.0f}x faster, "
              f"on 1 worker {total_loop / runs[1][0]:.0f}x", flush=True)
        t1, t2 = runs[1][0], runs[2][0]
        parallel = max(2 * (t1 - t2), 0.0)
        serial = max(t1 - parallel, 0.0)
        scale = 30_000 / city.communities
        print(f"model t(W) = {serial:.1f} s + {parallel:.1f} s / W for {city.communities:,} communities "
              f"(serial: read, plan, city outputs; parallel: reviews)")
        for w in (8, 64):
            est = scale * (serial + parallel / w)
            print(f"paper estimate, province of 30,000 communities on {w} workers: {est / 60:.0f} min "
                  f"({math.ceil(est):,} s; the client's serial part {scale * serial / 60:.0f} min of it)")


if __name__ == "__main__":
    main()
