"""Routing on the walking network: attach points at the nearest path, build the graph, nearest by walking.

Buildings and facilities are attached at the exact nearest point of the nearest edge (the edge is split
there) plus their straight access walk. Facilities become leaf nodes whose edge is their access walk, so
one multi-source Dijkstra per facility type gives every building its distance to the nearest facility.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import dijkstra

from .network import (
    _NEAR,
    WalkNetwork,
    _project,
    _shortest_per_pair,
    _split,
    compound_zones,
    edge_midpoints,
    unique_points,
)


@dataclass
class Attachment:
    """Where points join the network: the edge, the point on it, and the straight access walk."""

    edge: np.ndarray       # edge index, -1 when no edge could be used
    xy: np.ndarray         # the point on the edge
    access: np.ndarray     # straight distance from the point to the edge (m)
    origin: np.ndarray     # the points themselves


def attach(net: WalkNetwork, points: np.ndarray, zones: Optional[np.ndarray] = None,
           edge_zones: Optional[np.ndarray] = None) -> Attachment:
    """Nearest point on the nearest edge for each point; with zones, only edges of the same zone.

    Zones keep a building inside a walled compound from 'reaching' the street outside the wall:
    points in zone z attach to edges in zone z when there are any, else to any edge. Candidates
    within a radius come from bounding boxes and exact distances; if the best is within the radius no
    other edge can be nearer. Points with none that close try a wider radius, then an open search.
    """
    points = np.asarray(points, dtype=float)
    n = len(points)
    edge = np.full(n, -1, dtype=np.int64)
    if n == 0 or len(net.u) == 0:
        return Attachment(edge, np.full((n, 2), np.nan), np.full(n, np.inf), points)
    a, b = net.xy[net.u], net.xy[net.v]
    lines = shapely.linestrings(np.stack([a, b], axis=1))
    if zones is None or edge_zones is None:
        zones, edge_zones = np.zeros(n, dtype=np.int64), np.zeros(len(a), dtype=np.int64)
    has_edges = np.isin(zones, edge_zones)
    zone_of = np.where(has_edges, zones, np.iinfo(np.int64).min)  # no edges in its zone: any edge
    tree = shapely.STRtree(lines)
    for radius in _NEAR:
        todo = np.flatnonzero(edge < 0)
        if len(todo) == 0:
            break
        pts = points[todo]
        boxes = shapely.box(pts[:, 0] - radius, pts[:, 1] - radius, pts[:, 0] + radius, pts[:, 1] + radius)
        qi, ei = tree.query(boxes)
        pi = todo[qi]
        same = (zone_of[pi] == edge_zones[ei]) | (zone_of[pi] == np.iinfo(np.int64).min)
        pi, ei = pi[same], ei[same]
        _, dist = _project(a[ei], b[ei], points[pi])
        order = np.lexsort((dist, pi))
        first = np.ones(len(order), dtype=bool)
        first[1:] = pi[order][1:] != pi[order][:-1]
        best = order[first]
        close = dist[best] <= radius
        edge[pi[best][close]] = ei[best][close]
    rest = np.flatnonzero(edge < 0)
    for z in np.unique(zone_of[rest]):
        members = rest[zone_of[rest] == z]
        candidates = np.arange(len(a)) if z == np.iinfo(np.int64).min else np.flatnonzero(edge_zones == z)
        ztree = tree if len(candidates) == len(a) else shapely.STRtree(lines[candidates])
        (qi, ci) = ztree.query_nearest(shapely.points(points[members]), all_matches=False)
        edge[members[qi]] = candidates[ci]
    ok = edge >= 0
    xy = np.full((n, 2), np.nan)
    access = np.full(n, np.inf)
    xy[ok], access[ok] = _project(a[edge[ok]], b[edge[ok]], points[ok])
    return Attachment(edge, xy, access, points)


@dataclass
class RoutingGraph:
    """The network with attachment points as nodes and facility leaves; ready for Dijkstra."""

    matrix: csr_matrix
    xy: np.ndarray             # coordinates of every node (leaves at their facility's own point)
    n_network: int             # nodes on the paths; leaves (access walks) are numbered after them
    point_node: np.ndarray     # node of each attached point (on the network), -1 if unattached
    leaf_node: np.ndarray      # for facilities: the search source (a leaf behind the access walk)
    n_nodes: int


def routing_graph(net: WalkNetwork, attachments: list[Attachment], leaves_for: Optional[int] = None
                  ) -> tuple[RoutingGraph, list[np.ndarray]]:
    """Split edges at every attachment point and add leaves for the attachment group `leaves_for`.

    Returns the graph and, per attachment group, the node of each point on the network.
    """
    seg = net.segments()
    all_edges = np.concatenate([a.edge for a in attachments]) if attachments else np.empty(0, np.int64)
    all_xy = np.concatenate([a.xy for a in attachments]) if attachments else np.empty((0, 2))
    ok = all_edges >= 0
    split = _split(seg, all_edges[ok], all_xy[ok])
    m = len(split)
    # One numbering for segment ends, original nodes and attachment points (equal to 0.1 mm).
    uniq, inverse = unique_points(np.concatenate([split.a, split.b, net.xy, all_xy[ok]]))
    u, v = inverse[:m], inverse[m:2 * m]
    w = np.hypot(*(split.b - split.a).T)
    nodes_all = np.full(len(all_edges), -1, dtype=np.int64)
    nodes_all[ok] = inverse[2 * m + net.n_nodes:]
    per_group, start = [], 0
    for a in attachments:
        per_group.append(nodes_all[start:start + len(a.edge)])
        start += len(a.edge)
    n = int(inverse.max()) + 1 if len(inverse) else 0
    n_network = n
    leaf = np.empty(0, dtype=np.int64)
    node_xy = [uniq.astype(float)]
    parts_u, parts_v, parts_w = [u], [v], [w]
    if leaves_for is not None:
        group = attachments[leaves_for]
        on = per_group[leaves_for]
        # A facility off the path is a leaf behind its access walk; one standing on the path is its
        # own node (scipy's csgraph cannot hold a zero-length edge).
        off = (on >= 0) & (group.access > 0)
        leaf = on.copy()
        leaf[off] = n + np.arange(off.sum())
        parts_u.append(leaf[off])
        parts_v.append(on[off])
        parts_w.append(group.access[off])
        node_xy.append(group.origin[off])
        n += int(off.sum())
    # A split landing on an existing node can create parallel edges: keep the shortest of each pair.
    matrix = _min_duplicates(np.concatenate(parts_u), np.concatenate(parts_v), np.concatenate(parts_w), n)
    return RoutingGraph(matrix, np.concatenate(node_xy), n_network, nodes_all, leaf, n), per_group


def _min_duplicates(u: np.ndarray, v: np.ndarray, w: np.ndarray, n: int) -> csr_matrix:
    """The graph matrix with the shortest of parallel edges and no loops."""
    pick = _shortest_per_pair(u, v, w)
    pick = pick[u[pick] != v[pick]]
    lo, hi = np.minimum(u[pick], v[pick]), np.maximum(u[pick], v[pick])
    return coo_matrix((w[pick], (lo, hi)), shape=(n, n)).tocsr()


@dataclass
class Location:
    """Where points sit on a routing graph's paths, without splitting them: edge ends and offsets."""

    u: np.ndarray          # one end of the point's edge (-1: not located)
    v: np.ndarray          # the other end
    to_u: np.ndarray       # distance along the edge to u
    to_v: np.ndarray       # distance along the edge to v
    access: np.ndarray     # straight walk from the point to the edge


def locate(graph: RoutingGraph, points: np.ndarray, walls: Optional[np.ndarray] = None) -> Location:
    """Nearest point of the nearest path edge for many points (homes), within their compound's walls.

    Homes do not split edges: a home's walking distance is the shorter of its two edge ends' plus
    the way along the edge (exact: edges are straight). Facilities on the same edge split it first,
    so they are an end of the home's edge and the result stays exact.
    """
    coo = graph.matrix.tocoo()
    on_path = (coo.row < graph.n_network) & (coo.col < graph.n_network)
    u, v = coo.row[on_path], coo.col[on_path]
    n = len(points)
    if n == 0 or len(u) == 0:
        empty = np.full(n, -1, dtype=np.int64)
        return Location(empty, empty.copy(), np.full(n, np.inf), np.full(n, np.inf), np.full(n, np.inf))
    edge_net = WalkNetwork(graph.xy, u, v, np.asarray(coo.data[on_path]), np.zeros(len(u), np.int64),
                           np.zeros(len(u), np.int64))
    zones = compound_zones(points, walls)
    att = attach(edge_net, points, zones, compound_zones(edge_midpoints(edge_net), walls))
    ok = att.edge >= 0
    lu = np.where(ok, u[np.maximum(att.edge, 0)], -1)
    lv = np.where(ok, v[np.maximum(att.edge, 0)], -1)
    to_u = np.hypot(*(att.xy - graph.xy[np.maximum(lu, 0)]).T)
    to_v = np.hypot(*(att.xy - graph.xy[np.maximum(lv, 0)]).T)
    return Location(lu, lv, to_u, to_v, att.access)


def nearest_by_network(graph: RoutingGraph, sources: np.ndarray, where: Location, cutoff: float) -> np.ndarray:
    """Walking distance from each located point to the nearest source; inf beyond the cutoff.

    One multi-source search: Dijkstra from all the sources at once with min_only.
    """
    out = np.full(len(where.u), np.inf)
    sources = sources[sources >= 0]
    if len(sources) == 0:
        return out
    dist = dijkstra(graph.matrix, directed=False, indices=sources, min_only=True, limit=cutoff)
    ok = where.u >= 0
    via_u = dist[where.u[ok]] + where.to_u[ok]
    via_v = dist[where.v[ok]] + where.to_v[ok]
    out[ok] = np.minimum(via_u, via_v) + where.access[ok]
    out[out > cutoff] = np.inf
    return out
