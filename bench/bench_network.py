"""Walking-network speed: build + attach, multi-source coverage for 20 types, against QGIS per facility.

Synthetic grid-like city: streets every 50 m as long polylines (crossings share vertices), plus a
diagonal path in every other block, ~1e5 nodes / 2.5e5 edges; 1e3 facilities (50 of each of 20
types) and 1e5 buildings. Baseline: QGIS's own graph (QgsVectorLayerDirector + QgsGraphBuilder with
the facilities as tie points) and QgsGraphAnalyzer.dijkstra once per facility, as QNEAT3 and the
native service area do; it is timed on a sample of facilities and scaled. Prints figures, no asserts.

    .venv/bin/python bench/bench_network.py [--side 316] [--baseline-sample 50]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")

SPACING = 50.0
TYPES = 20


def city(side: int, seed: int = 5):
    """Street polylines, diagonal paths, facility points per type and building points."""
    import shapely

    rng = np.random.default_rng(seed)
    ticks = np.arange(side) * SPACING
    rows = [shapely.linestrings(np.column_stack([ticks, np.full(side, y)])) for y in ticks]
    cols = [shapely.linestrings(np.column_stack([np.full(side, x), ticks])) for x in ticks]
    blocks = rng.random((side - 1, side - 1)) < 0.5
    bi, bj = np.nonzero(blocks)
    diag = shapely.linestrings(np.stack([np.column_stack([ticks[bi], ticks[bj]]),
                                         np.column_stack([ticks[bi + 1], ticks[bj + 1]])], axis=1))
    lines = np.concatenate([np.array(rows + cols, dtype=object), diag])
    extent = ticks[-1]
    facilities = rng.uniform(0, extent, size=(TYPES * 50, 2))
    types = np.repeat(np.arange(TYPES), 50)
    homes = rng.uniform(0, extent, size=(100_000, 2))
    return lines, facilities, types, homes


def ours(lines, facilities, types, homes, cutoff):
    from smart_community_plugin.core.network import build_network
    from smart_community_plugin.core.routing import attach, locate, nearest_by_network, routing_graph

    t0 = time.perf_counter()
    net = build_network(lines, snap_tolerance=1.0)
    t_build = time.perf_counter() - t0
    graph, _ = routing_graph(net, [attach(net, facilities)], leaves_for=0)
    homes_at = locate(graph, homes)
    t_attach = time.perf_counter() - t0 - t_build
    t1 = time.perf_counter()
    dist = {k: nearest_by_network(graph, graph.leaf_node[types == k], homes_at, cutoff)
            for k in range(TYPES)}
    t_cov = time.perf_counter() - t1
    return net, graph, {"build": t_build, "attach": t_attach, "coverage": t_cov}, dist


def qgis_baseline(lines, facilities, sample: int):
    """QGIS graph with facility tie points, then QgsGraphAnalyzer.dijkstra per facility (sampled)."""
    import shapely
    from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkDistanceStrategy, QgsVectorLayerDirector
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("LineString?crs=EPSG:4548", "streets", "memory")
    feats = []
    for line in lines:
        f = QgsFeature()
        g = QgsGeometry()
        g.fromWkb(shapely.to_wkb(line))
        f.setGeometry(g)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    t0 = time.perf_counter()
    director = QgsVectorLayerDirector(layer, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(QgsCoordinateReferenceSystem("EPSG:4548"), True, 0.0)
    tied = director.makeGraph(builder, [QgsPointXY(x, y) for x, y in facilities])
    graph = builder.graph()
    t_build = time.perf_counter() - t0
    t1 = time.perf_counter()
    for p in tied[:sample]:
        QgsGraphAnalyzer.dijkstra(graph, graph.findVertex(p), 0)
    per = (time.perf_counter() - t1) / sample
    return {"build": t_build, "per_facility": per, "all_facilities": per * len(facilities),
            "vertices": graph.vertexCount(), "edges": graph.edgeCount()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", type=int, default=316, help="streets per direction (316: ~1e5 nodes)")
    parser.add_argument("--baseline-sample", type=int, default=50)
    parser.add_argument("--cutoff", type=float, default=1000.0,
                        help="search limit (the review's: the 15-minute life circle, 1000 m)")
    args = parser.parse_args()

    from qgis.core import Qgis, QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    lines, facilities, types, homes = city(args.side)
    net, graph, t, dist = ours(lines, facilities, types, homes, args.cutoff)
    print(f"# network: {net.n_nodes:,} nodes, {len(net.u):,} edges; routing graph {graph.n_nodes:,} nodes "
          f"(with {len(homes):,} homes and {len(facilities):,} facilities attached); 2 cores; QGIS {Qgis.version()}")
    print(f"build network            {t['build']:7.2f} s")
    print(f"attach homes+facilities  {t['attach']:7.2f} s   (build + attach {t['build'] + t['attach']:.2f} s)")
    print(f"coverage, {TYPES} types       {t['coverage']:7.3f} s   (one multi-source Dijkstra per type, "
          f"limit {args.cutoff:.0f} m)")
    for limit in (300.0, 500.0, 2000.0):
        _, _, t2, _ = ours(lines, facilities, types, homes, limit)
        print(f"  with limit {limit:5.0f} m     {t2['coverage']:7.3f} s")
    base = qgis_baseline(lines, facilities, args.baseline_sample)
    print(f"QGIS graph build         {base['build']:7.2f} s   ({base['vertices']:,} vertices, {base['edges']:,} arcs)")
    print(f"QGIS dijkstra/facility   {base['per_facility'] * 1000:7.1f} ms  x {len(facilities):,} = "
          f"{base['all_facilities']:.1f} s (timed on {args.baseline_sample}, scaled)")
    print(f"ratio, coverage          {base['all_facilities'] / t['coverage']:7.0f}x")
    mine = t["build"] + t["attach"] + t["coverage"]
    print(f"ratio, end to end        {(base['build'] + base['all_facilities']) / mine:7.0f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"# peak memory {peak:.0f} MiB (both routes in one process)")


if __name__ == "__main__":
    main()
