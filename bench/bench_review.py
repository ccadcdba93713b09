"""The whole review a user runs, through qgis_process, read and write included, against QGIS's own route.

Synthetic district (bench/city.py): slab blocks, 1 facility of each of 20 types per 100 buildings at random points
(a quarter land on a building: kindergartens there are sunlight targets), no roads; the review of the whole
district as one community, DISTANCE=euclidean. Baseline, measured in the same run: native:buffer +
native:joinattributesbylocation for one facility type through qgis_process (above --native-max on a tenth of the
buildings, scaled by 10: the join is linear in buildings). With --network, the same review walking a street grid
of about one edge per building (DISTANCE=both) against the straight-line run. Peak memory is the whole process
tree's (the review and its GeoPackage writer), sampled every 0.1 s. Prints figures; asserts nothing.

    .venv/bin/python bench/bench_review.py [--sizes 1e4,1e5,1e6] [--native-max 1e5] [--network 1e6] [--in-buildings]
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
from bench.measure import tree_peak as timed  # noqa: E402

QP = str(ROOT / "scripts" / "qgis-process")
RADIUS = 300.0


def review(gpkg: Path, out: Path, distance: str, roads: bool) -> tuple[float, float]:
    """The review through qgis_process: JSON and GeoPackage written."""
    args = [f"COMMUNITY={gpkg}|layername=community", f"BUILDINGS={gpkg}|layername=buildings",
            f"FACILITIES={gpkg}|layername=facilities", f"DISTANCE={distance}",
            f"OUTPUT_JSON={out}.json", f"OUTPUT_GPKG={out}.gpkg"]
    if roads:
        args.append(f"ROADS={gpkg}|layername=roads")
    return timed([QP, "run", "smart_community:review", "--", *args])


def native(gpkg: Path, tmp: Path, share: float) -> float:
    """native:buffer of one type's facilities, then joinattributesbylocation of the buildings, via qgis_process."""
    buildings = f"{gpkg}|layername=buildings" + ("" if share >= 1 else f"|subset=fid % {round(1 / share)} = 0")
    t1, _ = timed([QP, "run", "native:buffer", "--",
                   f"INPUT={gpkg}|layername=facilities|subset=facility_type = 'health_station'",
                   f"DISTANCE={RADIUS}", "SEGMENTS=8", "DISSOLVE=false", f"OUTPUT={tmp}/buf.gpkg"])
    t2, _ = timed([QP, "run", "native:joinattributesbylocation", "--", f"INPUT={buildings}",
                   f"JOIN={tmp}/buf.gpkg", "PREDICATE=0", "JOIN_FIELDS=facility_type", "METHOD=2",
                   "DISCARD_NONMATCHING=false", f"OUTPUT={tmp}/join.gpkg"])
    return t1 + t2


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1e4,1e5,1e6")
    p.add_argument("--native-max", type=float, default=1e5)
    p.add_argument("--network", type=float, default=0, help="also walk the streets at this size (0: never)")
    p.add_argument("--in-buildings", action="store_true", help="every facility in a building of its own")
    a = p.parse_args()
    cols, rows = slabs_per_block(500.0)
    print(f"# whole review via qgis_process (read, review, JSON + GeoPackage written); {os.cpu_count()} cores; "
          f"baseline: native:buffer + native:joinattributesbylocation for ONE type via qgis_process")
    print(f"{'buildings':>10} {'facilities':>10} {'review s':>9} {'peak MiB':>9} {'native 1 type s':>16} "
          f"{'per-type ratio':>15}")
    with tempfile.TemporaryDirectory(dir=ROOT / "build") as tmp:
        tmp = Path(tmp)
        for size in (int(float(s)) for s in a.sizes.split(",")):
            per_type = max(10, size // 100)
            street = None
            if a.network and size >= a.network:
                side = math.ceil(math.sqrt(size / (cols * rows))) * 500.0
                street = side * math.sqrt(2.0 / size)      # about one street edge per building
            gpkg = tmp / f"d{size}.gpkg"
            city = make_city(gpkg, size, per_type, street_m=street, in_buildings=a.in_buildings)
            ours, peak = review(gpkg, tmp / f"r{size}", "euclidean", False)
            share = 1.0 if size <= a.native_max else 0.1
            base = native(gpkg, tmp, share) / share
            note = "" if share == 1.0 else " (native on 1/10 of the buildings, x10)"
            print(f"{city.buildings:>10,} {city.facilities:>10,} {ours:>9.1f} {peak:>9.0f} {base:>16.1f} "
                  f"{base / (ours / 20):>14.0f}x{note}", flush=True)
            if street:
                walk, wpeak = review(gpkg, tmp / f"w{size}", "both", True)
                print(f"{'':>10} walking on {city.edges:,} street edges (DISTANCE=both): {walk:.1f} s, peak "
                      f"{wpeak:.0f} MiB = {walk / ours:.2f}x the straight-line review", flush=True)
            for f in tmp.glob("*"):
                f.unlink()


if __name__ == "__main__":
    main()
