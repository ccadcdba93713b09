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
# Twenty real facility codes, so the review's reader keeps them (it drops unknown types).
CODES = ['elderly_day_care', 'elderly_activity_room', 'kindergarten', 'nursery', 'health_station',
         'culture_station', 'sports_ground', 'service_station', 'bus_stop', 'accessibility_facility',
         'waste_collection', 'public_toilet', 'access_control', 'fire_facility', 'surveillance',
         'fresh_market', 'convenience_store', 'community_canteen', 'housekeeping', 'parcel_station']
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
    types = np.repeat(CODES, per_type)
    gpd.GeoDataFrame({"facility_type": types, "status": "existing"}, geometry=shapely.points(fxy),
                     crs=CRS).to_file(path, layer="facilities", driver="GPKG", engine="pyogrio")
    gpd.GeoDataFrame({"name": ["city"], "kind": ["new"]}, geometry=[shapely.box(X0, Y0, X0 + side, Y0 + side)],
                     crs=CRS).to_file(path, layer="community", driver="GPKG", engine="pyogrio")
    return side


def review_route(path: Path) -> dict[str, float]:
    """The review's own code: read_inputs through QGIS, then the coverage of every type.

    Coverage is what ReviewContext computes for the service_radius check and the JSON `coverage`
    block: population-weighted share within the radius, from a k-d tree nearest-facility search.
    """
    from qgis.core import QgsVectorLayer

    from smart_community_plugin.core.checks.service_radius import coverage_stats
    from smart_community_plugin.core.context import ReviewContext
    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.pipeline.read import read_inputs
    from smart_community_plugin.pipeline.scheme import Scheme
    from smart_community_plugin.standard import load_standard

    standard = load_standard()
    t0 = time.perf_counter()
    layers = {n: QgsVectorLayer(f"{path}|layername={n}", n, "ogr") for n in ("community", "buildings", "facilities")}
    inputs = read_inputs(Scheme(layers), standard)
    t_read = time.perf_counter() - t0
    t1 = time.perf_counter()
    ctx = ReviewContext(standard, inputs, ReviewParameters().resolved(standard))
    _ = ctx.residents_population  # representative points, containment, population
    t_prep = time.perf_counter() - t1
    t2 = time.perf_counter()
    ratios = {code: coverage_stats(ctx, code, RADIUS).ratio for code in CODES}
    t_kernel = time.perf_counter() - t2
    return {"read": t_read, "prepare": t_prep, "kernel": t_kernel,
            "total": time.perf_counter() - t0, "coverage_first": ratios[CODES[0]]}


def native_route(path: Path, n_types: int, building_share: float = 1.0) -> dict[str, float]:
    """native:buffer + native:joinattributesbylocation per type, as a planner would chain them.

    building_share < 1 joins only that share of the buildings (every k-th feature id), for sizes where
    the full baseline would take hours; the caller extrapolates and says so.
    """
    import processing
    from qgis.core import QgsVectorLayer

    buildings = QgsVectorLayer(f"{path}|layername=buildings", "b", "ogr")
    if building_share < 1.0:
        step = int(round(1 / building_share))
        buildings.setSubsetString(f"fid % {step} = 0")
    facilities = QgsVectorLayer(f"{path}|layername=facilities", "f", "ogr")
    t0 = time.perf_counter()
    for k in range(n_types):
        facilities.setSubsetString(f"facility_type = '{CODES[k]}'")
        buf = processing.run("native:buffer", {"INPUT": facilities, "DISTANCE": RADIUS, "SEGMENTS": 8,
                                               "DISSOLVE": False, "OUTPUT": "memory:"})["OUTPUT"]
        processing.run("native:joinattributesbylocation", {
            "INPUT": buildings, "JOIN": buf, "PREDICATE": [0], "JOIN_FIELDS": ["facility_type"],
            "METHOD": 2, "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"})
    return {"total": time.perf_counter() - t0}


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
            print(f"{size:>10.0e} {per_type:>8d} {ours['read']:>7.2f} {ours['prepare']:>7.2f} "
                  f"{ours['kernel']:>8.3f} {ours['total']:>8.2f}", end="", flush=True)
            if size <= args.native_max:
                native_s, note = native_route(path, TYPES)["total"], ""
            else:
                # One type on a tenth of the buildings, scaled by 10 x 20: the join is linear in buildings.
                native_s = native_route(path, 1, 0.1)["total"] * 10 * TYPES
                note = " (extrapolated: 1 type, 1/10 of the buildings)"
            print(f" {native_s:>9.1f} {native_s / ours['total']:>6.0f}x{note}", flush=True)
            path.unlink()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"# peak memory {peak:.0f} MiB; 'review s' = read_inputs (QGIS layers; GDAL Arrow for plain OGR "
          "layers) + points and population + coverage of 20 types")


if __name__ == "__main__":
    main()
