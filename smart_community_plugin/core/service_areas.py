"""Service areas on the walking network: reachable edge parts, cut at the exact remaining distance."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

import numpy as np
import shapely
from scipy.sparse import triu
from scipy.sparse.csgraph import dijkstra

from .routing import RoutingGraph

if TYPE_CHECKING:
    from .inputs import Facilities, Roads

# Per-facility searches run in batches whose distance matrix stays under this many cells (~160 MB).
_BATCH_CELLS = 20_000_000


@dataclass
class ReachableParts:
    """Straight pieces of edges reachable within a distance, with the walking cost at each end."""

    lines: np.ndarray        # shapely LineStrings
    cost_from: np.ndarray
    cost_to: np.ndarray


def reachable_parts(graph: RoutingGraph, dist: np.ndarray, limit: float) -> ReachableParts:
    """Every edge part within `limit` of the sources, given the node distances `dist`.

    An edge u-v of length w is whole when the budgets left at both ends meet (limit-du + limit-dv >= w);
    otherwise each reached end contributes a piece of length limit-d, cut by linear interpolation.
    """
    coo = triu(graph.matrix, format="coo")
    u, v, w = coo.row, coo.col, coo.data
    du, dv = dist[u], dist[v]
    ru = np.clip(limit - du, 0, None)
    rv = np.clip(limit - dv, 0, None)
    ru[~np.isfinite(du)] = 0
    rv[~np.isfinite(dv)] = 0
    whole = (ru + rv >= w) & ((ru > 0) | (rv > 0) | (w == 0))
    pieces, c0, c1 = [], [], []
    xy = graph.xy
    if whole.any():
        pieces.append(shapely.linestrings(np.stack([xy[u[whole]], xy[v[whole]]], axis=1)))
        lo = np.minimum(du[whole], dv[whole])
        c0.append(lo)
        c1.append(np.minimum(np.maximum(du[whole], dv[whole]), lo + w[whole]))
    for a, b, r, da in ((u, v, ru, du), (v, u, rv, dv)):
        part = ~whole & (r > 0)
        if not part.any():
            continue
        t = (r[part] / w[part])[:, None]
        end = xy[a[part]] + t * (xy[b[part]] - xy[a[part]])
        pieces.append(shapely.linestrings(np.stack([xy[a[part]], end], axis=1)))
        c0.append(da[part])
        c1.append(np.full(part.sum(), limit))
    if not pieces:
        return ReachableParts(np.empty(0, dtype=object), np.empty(0), np.empty(0))
    return ReachableParts(np.concatenate(pieces), np.concatenate(c0), np.concatenate(c1))


def area_polygon(parts: ReachableParts, width: float) -> object:
    """The service area as a polygon: the reachable parts buffered by `width` and merged."""
    if len(parts.lines) == 0:
        return shapely.Polygon()
    return shapely.union_all(shapely.buffer(parts.lines, width, quad_segs=4))


def per_source_distances(graph: RoutingGraph, sources: np.ndarray, limit: float
                         ) -> Iterator[tuple[int, np.ndarray]]:
    """(position in sources, node distances) for each source, searched in memory-bounded batches."""
    batch = max(1, _BATCH_CELLS // max(graph.n_nodes, 1))
    valid = np.flatnonzero(sources >= 0)
    for start in range(0, len(valid), batch):
        chunk = valid[start:start + batch]
        dist = dijkstra(graph.matrix, directed=False, indices=sources[chunk], limit=limit)
        for row, k in enumerate(chunk):
            yield int(k), dist[row]


def merged_distances(graph: RoutingGraph, sources: np.ndarray, limit: float) -> np.ndarray:
    """Node distances to the nearest of the sources (one multi-source search)."""
    sources = sources[sources >= 0]
    if len(sources) == 0:
        return np.full(graph.n_nodes, np.inf)
    return dijkstra(graph.matrix, directed=False, indices=sources, min_only=True, limit=limit)


@dataclass
class ServiceAreas:
    """Per-facility polygons, merged polygons per type, and (optionally) reachable lines per type."""

    per_facility: list[tuple[int, str, float, object]]      # (facility index, type, distance, polygon)
    merged: list[tuple[str, float, int, object]]            # (type, distance, facility count, polygon)
    lines: list[tuple[str, float, ReachableParts]]          # (type, distance, parts with costs)
    findings: list


def compute_service_areas(facilities: Facilities, roads: Roads, walls: Optional[np.ndarray],
                          distances: dict[str, list[float]], gates: Optional[np.ndarray], width: float,
                          snap_tolerance: float, active: np.ndarray, with_lines: bool = False) -> ServiceAreas:
    """Service areas of the active facilities of each type in `distances`, walked along the roads."""
    from .distances import representative_points
    from .network import build_network, compound_zones, edge_midpoints
    from .routing import attach, routing_graph

    net = build_network(roads.geometries, roads.levels, snap_tolerance, gates, walls)
    findings = list(net.findings)
    if net.n_nodes == 0:
        return ServiceAreas([], [], [], findings)
    xy = representative_points(facilities.geometries)
    edge_zones = compound_zones(edge_midpoints(net), walls)
    wanted = np.flatnonzero(active & np.isin(facilities.types, list(distances)))
    att = attach(net, xy[wanted], compound_zones(xy[wanted], walls), edge_zones)
    graph, _ = routing_graph(net, [att], leaves_for=0)
    sources = np.full(len(facilities), -1, dtype=np.int64)
    sources[wanted] = graph.leaf_node
    per_facility, merged, lines = [], [], []
    for code, limits in distances.items():
        members = wanted[facilities.types[wanted] == code]
        if len(members) == 0 or not limits:
            continue
        top = max(limits)
        for pos, dist in per_source_distances(graph, sources[members], top):
            for limit in limits:
                per_facility.append((int(members[pos]), code, limit,
                                     area_polygon(reachable_parts(graph, dist, limit), width)))
        dist = merged_distances(graph, sources[members], top)
        for limit in limits:
            parts = reachable_parts(graph, dist, limit)
            merged.append((code, limit, len(members), area_polygon(parts, width)))
            if with_lines:
                lines.append((code, limit, parts))
    return ServiceAreas(per_facility, merged, lines, findings)
