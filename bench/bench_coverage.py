"""Coverage speed on a synthetic city: the review's k-d tree route against the manual QGIS route.

Manual route (what a planner does by hand in QGIS): per facility type, native:buffer the facilities
by the service radius, then native:joinattributesbylocation the buildings with the buffers. Both
routes read the same GeoPackage. Prints figures and ratios in one run; no assertions.

    .venv/bin/python bench/bench_coverage.py [--sizes 1e4,1e5,1e6] [--native-max 1e5]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")

TYPES = 20
RADIUS = 300.0
CRS = "EPSG:4548"
X0, Y0 = 440_000.0, 4_400_000.0


def make_city(path: Path, n_buildings: int, per_type: int, seed: int = 1) -> float:
    """Write buildings (10 m squares) and facilities (points of 20 types) at ~100 residents/ha density."""
    import geopandas as gpd
    import shapely

    rng = np.random.default_rng(seed)
    side = float(np.sqrt(n_buildings) * 100.0)  # one building per hectare-cell: 1e6 -> 100 km
    xy = rng.uniform(0, side, size=(n_buildings, 2)) + (X0, Y0)
    boxes = shapely.box(xy[:, 0] - 5, xy[:, 1] - 5, xy[:, 0] + 5, xy[:, 1] + 5)
    gpd.GeoDataFrame({"use": np.full(n_buildings, "residential"), "households": rng.integers(10, 120, n_buildings)},
                     geometry=boxes, crs=CRS).to_file(path, layer="buildings", driver="GPKG", engine="pyogrio")
    fxy = rng.uniform(0, side, size=(TYPES * per_type, 2)) + (X0, Y0)
    types = np.repeat([f"type_{k:02d}" for k in range(TYPES)], per_type)
    gpd.GeoDataFrame({"facility_type": types}, geometry=shapely.points(fxy), crs=CRS).to_file(
        path, layer="facilities", driver="GPKG", engine="pyogrio")
    return side


def review_route(path: Path) -> dict[str, float]:
    """Read through QGIS, representative points, then nearest distance and coverage for 20 types."""
    import shapely
    from qgis.core import QgsVectorLayer

    from smart_community_plugin.core.distances import nearest, representative_points
    from smart_community_plugin.layers.reader import LayerReader

    t0 = time.perf_counter()
    b_layer = QgsVectorLayer(f"{path}|layername=buildings", "b", "ogr")
    f_layer = QgsVectorLayer(f"{path}|layername=facilities", "f", "ogr")
    reader = LayerReader(b_layer)  # the buildings' own extent picks the working CRS (4548 kept)
    r_b = reader._read(b_layer, "buildings", {"households": "households"})
    r_f = reader._read(f_layer, "facilities", {"type": "facility_type"})
    t_read = time.perf_counter() - t0
    t1 = time.perf_counter()
    pts = representative_points(r_b.geoms)
    types = np.array(r_f.attrs["type"], dtype=object)
    pop = np.array(r_b.attrs["households"], dtype=float) * 2.62
    t_prep = time.perf_counter() - t1
    t2 = time.perf_counter()
    covered = {}
    for code in np.unique(types):
        d, _ = nearest(pts, r_f.geoms[types == code], cutoff=2000.0)
        covered[code] = float(pop[d <= RADIUS].sum() / pop.sum())
    t_kernel = time.perf_counter() - t2
    return {"read": t_read, "prepare": t_prep, "kernel": t_kernel,
            "total": time.perf_counter() - t0, "coverage_00": covered["type_00"]}


def native_route(path: Path, n_types: int) -> dict[str, float]:
    """native:buffer + native:joinattributesbylocation per type, as a planner would chain them."""
    import processing
    from qgis.core import QgsVectorLayer

    t0 = time.perf_counter()
    buildings = QgsVectorLayer(f"{path}|layername=buildings", "b", "ogr")
    facilities = QgsVectorLayer(f"{path}|layername=facilities", "f", "ogr")
    coverage = None
    for k in range(n_types):
        facilities.setSubsetString(f"facility_type = 'type_{k:02d}'")
        buf = processing.run("native:buffer", {"INPUT": facilities, "DISTANCE": RADIUS, "SEGMENTS": 8,
                                               "DISSOLVE": False, "OUTPUT": "memory:"})["OUTPUT"]
        joined = processing.run("native:joinattributesbylocation", {
            "INPUT": buildings, "JOIN": buf, "PREDICATE": [0], "JOIN_FIELDS": ["facility_type"],
            "METHOD": 2, "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"})
        if k == 0:
            coverage = joined["JOINED_COUNT"] / buildings.featureCount()
    return {"total": time.perf_counter() - t0, "types": n_types, "coverage_00_buildings": coverage}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1e4,1e5,1e6")
    parser.add_argument("--native-max", type=float, default=1e5,
                        help="run the native route for all 20 types up to this size; above it, 1 type x 20")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(app.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()

    from qgis.core import Qgis

    print(f"# coverage of {TYPES} facility types, radius {RADIUS:.0f} m; {os.cpu_count()} cores; "
          f"baseline: QGIS {Qgis.version()} native:buffer + native:joinattributesbylocation per type")
    header = (f"{'buildings':>10} {'fac/type':>8} {'read s':>7} {'prep s':>7} {'kernel s':>8} "
              f"{'review s':>8} {'native s':>9} {'ratio':>7}")
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(float(s)) for s in args.sizes.split(",")):
            per_type = max(10, size // 100)
            path = Path(tmp) / f"city_{size}.gpkg"
            make_city(path, size, per_type)
            ours = review_route(path)
            if size <= args.native_max:
                native = native_route(path, TYPES)
                native_s, note = native["total"], ""
            else:
                one = native_route(path, 1)
                native_s, note = one["total"] * TYPES, " (1 type x 20)"
            ratio = native_s / ours["total"]
            print(f"{size:>10.0e} {per_type:>8d} {ours['read']:>7.2f} {ours['prepare']:>7.2f} "
                  f"{ours['kernel']:>8.3f} {ours['total']:>8.2f} {native_s:>9.2f} {ratio:>6.0f}x{note}",
                  flush=True)
            path.unlink()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"# peak memory {peak:.0f} MiB; 'review s' = read through QGIS + points + 20-type kernel")


if __name__ == "__main__":
    main()
