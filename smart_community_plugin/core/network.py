"""Walking network from line geometries: snapping, level-aware crossings, exact attachment, Dijkstra.

The graph is a segment graph: every polyline vertex is a node and every straight segment an edge,
so a distance along an edge is a linear interpolation. Buildings and facilities are attached at
the exact nearest point of the nearest edge (the edge is split there) plus their straight access
walk. Facilities become leaf nodes whose edge is their access walk, so one multi-source Dijkstra
per facility type gives every building its distance to the nearest facility of that type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

from .results import Finding, Severity

# Coordinates equal to 0.1 mm are one node.
_NODE_DECIMALS = 4


@dataclass
class Segments:
    """Straight segments with the way (input feature) and level they belong to."""

    a: np.ndarray        # (n, 2) start points
    b: np.ndarray        # (n, 2) end points
    way: np.ndarray      # (n,) index of the input line
    level: np.ndarray    # (n,) vertical level: crossings split only within one level

    def __len__(self) -> int:
        return len(self.a)

    def lines(self) -> np.ndarray:
        """The segments as shapely LineStrings."""
        return shapely.linestrings(np.stack([self.a, self.b], axis=1))


@dataclass
class WalkNetwork:
    """A routable graph: node coordinates, undirected edges with lengths, and what was found."""

    xy: np.ndarray
    u: np.ndarray
    v: np.ndarray
    length: np.ndarray
    way: np.ndarray
    level: np.ndarray
    findings: list[Finding] = field(default_factory=list)

    @property
    def n_nodes(self) -> int:
        return len(self.xy)

    def segments(self) -> Segments:
        """The edges as segments."""
        return Segments(self.xy[self.u], self.xy[self.v], self.way, self.level)

    def components(self) -> tuple[int, np.ndarray]:
        """Number of connected pieces and the piece of each node."""
        return connected_components(self._matrix(), directed=False)

    def _matrix(self, extra: Optional[tuple[np.ndarray, np.ndarray, np.ndarray]] = None,
                n: Optional[int] = None) -> csr_matrix:
        u, v, w = self.u, self.v, self.length
        if extra is not None:
            u, v, w = (np.concatenate([u, extra[0]]), np.concatenate([v, extra[1]]),
                       np.concatenate([w, extra[2]]))
        n = n or self.n_nodes
        return coo_matrix((w, (u, v)), shape=(n, n)).tocsr()


def explode_segments(lines: np.ndarray, levels: np.ndarray) -> Segments:
    """Straight segments of (multi)linestrings, dropping empty and zero-length ones."""
    parts, line_index = shapely.get_parts(lines, return_index=True)
    keep = ~shapely.is_empty(parts) & (shapely.get_type_id(parts) == 1)
    parts, line_index = parts[keep], line_index[keep]
    coords, part_index = shapely.get_coordinates(parts, return_index=True)
    same = part_index[:-1] == part_index[1:]
    a, b = coords[:-1][same], coords[1:][same]
    way = line_index[part_index[:-1][same]]
    nonzero = np.any(a != b, axis=1)
    return Segments(a[nonzero], b[nonzero], way[nonzero], np.asarray(levels)[way[nonzero]])


def _split(seg: Segments, seg_ids: np.ndarray, points: np.ndarray) -> Segments:
    """Split segments at points lying on them (several points per segment allowed)."""
    if len(seg_ids) == 0:
        return seg
    d = seg.b - seg.a
    length2 = np.einsum("ij,ij->i", d, d)
    t = np.einsum("ij,ij->i", points - seg.a[seg_ids], d[seg_ids]) / length2[seg_ids]
    inside = (t > 0) & (t < 1)
    seg_ids, points, t = seg_ids[inside], points[inside], t[inside]
    n = len(seg)
    # Chain rows: every segment's start (t=0) and end (t=1), plus the split points, sorted along it.
    ids = np.concatenate([np.arange(n), np.arange(n), seg_ids])
    ts = np.concatenate([np.zeros(n), np.ones(n), t])
    xy = np.concatenate([seg.a, seg.b, points])
    order = np.lexsort((ts, ids))
    ids, xy = ids[order], xy[order]
    link = ids[:-1] == ids[1:]
    a, b, owner = xy[:-1][link], xy[1:][link], ids[:-1][link]
    nonzero = np.any(a != b, axis=1)
    return Segments(a[nonzero], b[nonzero], seg.way[owner[nonzero]], seg.level[owner[nonzero]])


def _replace_points(arr: np.ndarray, old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """arr with every point equal (to 0.1 mm) to old[k] replaced by new[k]."""
    if len(old) == 0:
        return arr
    keys = np.round(np.concatenate([old, arr]), _NODE_DECIMALS)
    _, inverse = np.unique(keys, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    target = np.full(inverse.max() + 1, -1, dtype=np.int64)
    target[inverse[:len(old)]] = np.arange(len(old))
    hit = target[inverse[len(old):]]
    out = arr.copy()
    out[hit >= 0] = new[hit[hit >= 0]]
    return out


def _way_ends(seg: Segments) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates that are the end of exactly one segment (dangling ends), and which segment."""
    pts = np.concatenate([seg.a, seg.b])
    keys = np.round(pts, _NODE_DECIMALS)
    _, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    inverse = inverse.reshape(-1)
    dangling = counts[inverse] == 1
    owner = np.concatenate([np.arange(len(seg)), np.arange(len(seg))])
    return pts[dangling], owner[dangling]


def _merge_close_ends(seg: Segments, tolerance: float) -> Segments:
    """Move dangling ends within the tolerance of each other onto one point."""
    from scipy.spatial import cKDTree

    ends, _ = _way_ends(seg)
    if len(ends) < 2:
        return seg
    pairs = cKDTree(ends).query_pairs(tolerance, output_type="ndarray")
    if len(pairs) == 0:
        return seg
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(ends), len(ends)))
    _, label = connected_components(graph, directed=False)
    first = np.full(label.max() + 1, -1)
    for k in range(len(ends) - 1, -1, -1):
        first[label[k]] = k
    target = ends[first[label]]
    moved = np.any(target != ends, axis=1)
    old, new = ends[moved], target[moved]
    return Segments(_replace_points(seg.a, old, new), _replace_points(seg.b, old, new), seg.way, seg.level)


def _snap_ends_onto_ways(seg: Segments, tolerance: float) -> Segments:
    """A dangling end near the middle of another segment is moved onto it and splits it there."""
    ends, owner = _way_ends(seg)
    if len(ends) == 0:
        return seg
    lines = seg.lines()
    tree = shapely.STRtree(lines)
    end_pts = shapely.points(ends)
    ei, si = tree.query(end_pts, predicate="dwithin", distance=tolerance)
    # Not the end's own way: an end always lies on its own segment.
    other = seg.way[si] != seg.way[owner[ei]]
    ei, si = ei[other], si[other]
    if len(ei) == 0:
        return seg
    dist = shapely.distance(end_pts[ei], lines[si])
    order = np.lexsort((dist, ei))
    first = np.ones(len(order), dtype=bool)
    first[1:] = ei[order][1:] != ei[order][:-1]
    ei, si = ei[order][first], si[order][first]
    target = lines[si]
    proj = shapely.get_coordinates(shapely.line_interpolate_point(
        target, shapely.line_locate_point(target, end_pts[ei])))
    # Move each snapped end onto its projection, then split the target segments there.
    moved = Segments(_replace_points(seg.a, ends[ei], proj), _replace_points(seg.b, ends[ei], proj),
                     seg.way, seg.level)
    return _split(moved, si, proj)


def _split_at_crossings(seg: Segments) -> Segments:
    """Split segments where two of the same level cross in their interiors (no split over bridges)."""
    lines = seg.lines()
    tree = shapely.STRtree(lines)
    i, j = tree.query(lines, predicate="intersects")
    keep = (i < j) & (seg.level[i] == seg.level[j])
    i, j = i[keep], j[keep]
    # Segments that meet at a shared vertex are already joined there.
    shared = (np.all(seg.a[i] == seg.a[j], axis=1) | np.all(seg.a[i] == seg.b[j], axis=1)
              | np.all(seg.b[i] == seg.a[j], axis=1) | np.all(seg.b[i] == seg.b[j], axis=1))
    i, j = i[~shared], j[~shared]
    if len(i) == 0:
        return seg
    inter = shapely.intersection(lines[i], lines[j])
    point = shapely.get_type_id(inter) == 0  # collinear overlaps are left to duplicate removal
    i, j, inter = i[point], j[point], inter[point]
    xy = shapely.get_coordinates(inter)
    return _split(seg, np.concatenate([i, j]), np.concatenate([xy, xy]))


def build_network(lines: np.ndarray, levels: Optional[np.ndarray] = None, snap_tolerance: float = 1.0,
                  way_ids: Optional[np.ndarray] = None) -> WalkNetwork:
    """A walking network from lines (already filtered to walkable ways, in metres).

    Ends closer than `snap_tolerance` are joined, an end that stops short of (or on) another way is
    snapped onto it, ways of the same level are split where they cross, and zero-length and duplicate
    edges are dropped. `levels` (e.g. OSM layer, +1 for bridges, -1 for tunnels) keeps a bridge from
    joining the road beneath it.
    """
    lines = np.asarray(lines, dtype=object)
    levels = np.zeros(len(lines), dtype=np.int64) if levels is None else np.asarray(levels, dtype=np.int64)
    seg = explode_segments(lines, levels)
    findings: list[Finding] = []
    if len(seg) == 0:
        return WalkNetwork(np.empty((0, 2)), np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0),
                           np.empty(0, np.int64), np.empty(0, np.int64),
                           [Finding(Severity.WARNING, "roads", "No walkable line with a length: the network is empty.")])
    if snap_tolerance > 0:
        seg = _merge_close_ends(seg, snap_tolerance)
        seg = _snap_ends_onto_ways(seg, snap_tolerance)
    seg = _split_at_crossings(seg)
    pts = np.concatenate([seg.a, seg.b])
    keys = np.round(pts, _NODE_DECIMALS)
    uniq, inverse = np.unique(keys, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    n = len(seg)
    u, v = inverse[:n], inverse[n:]
    length = np.hypot(*(seg.b - seg.a).T)
    # Drop zero-length edges and duplicates (the same node pair twice: keep the shortest).
    ok = u != v
    u, v, length, way, level = u[ok], v[ok], length[ok], seg.way[ok], seg.level[ok]
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    order = np.lexsort((length, hi, lo))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (lo[order][1:] != lo[order][:-1]) | (hi[order][1:] != hi[order][:-1])
    pick = order[first]
    dropped = len(order) - len(pick)
    net = WalkNetwork(uniq.astype(float), u[pick], v[pick], length[pick], way[pick], level[pick], findings)
    if dropped:
        findings.append(Finding(Severity.INFO, "roads", f"{dropped} duplicate edges dropped."))
    count, label = net.components()
    used = np.unique(np.concatenate([net.u, net.v]))
    pieces = np.unique(label[used])
    if len(pieces) > 1:
        piece_length = np.bincount(label[net.u], weights=net.length, minlength=count)
        main = piece_length.argmax()
        small = [int(p) for p in pieces if p != main]
        findings.append(Finding(
            Severity.WARNING, "roads",
            f"The walking network has {len(pieces)} disconnected pieces; the largest holds "
            f"{piece_length[main] / piece_length.sum():.0%} of its length. Buildings or facilities on "
            f"the other {len(small)} pieces can only reach what lies on their own piece (a false gap if "
            "a connection is missing in the data)."))
    return net


def compound_zones(xy: np.ndarray, walls: Optional[np.ndarray]) -> np.ndarray:
    """Index of the walled (gated) compound each point lies in, -1 outside all of them."""
    zones = np.full(len(xy), -1, dtype=np.int64)
    if walls is None or len(xy) == 0:
        return zones
    for k, geom in enumerate(walls):
        shapely.prepare(geom)
        zones[(zones < 0) & shapely.contains_xy(geom, xy[:, 0], xy[:, 1])] = k
    return zones


def edge_midpoints(net: "WalkNetwork") -> np.ndarray:
    """Midpoint of every edge (decides which compound an edge lies in)."""
    return (net.xy[net.u] + net.xy[net.v]) / 2


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
    points in zone z attach to edges in zone z when there are any, else to any edge.
    """
    n = len(points)
    edge = np.full(n, -1, dtype=np.int64)
    if n == 0 or len(net.u) == 0:
        return Attachment(edge, np.full((n, 2), np.nan), np.full(n, np.inf), np.asarray(points, dtype=float))
    lines = net.segments().lines()
    pts = shapely.points(points)
    if zones is None or edge_zones is None:
        groups = [(np.arange(n), np.arange(len(lines)))]
    else:
        groups = []
        for z in np.unique(zones):
            members = np.flatnonzero(zones == z)
            candidates = np.flatnonzero(edge_zones == z)
            groups.append((members, candidates if len(candidates) else np.arange(len(lines))))
    for members, candidates in groups:
        tree = shapely.STRtree(lines[candidates])
        (pi, ci) = tree.query_nearest(pts[members], all_matches=False)
        edge[members[pi]] = candidates[ci]
    chosen = lines[edge]
    proj = shapely.line_interpolate_point(chosen, shapely.line_locate_point(chosen, pts))
    xy = shapely.get_coordinates(proj)
    return Attachment(edge, xy, np.hypot(*(points - xy).T), np.asarray(points, dtype=float))


@dataclass
class RoutingGraph:
    """The network with attachment points as nodes and facility leaves; ready for Dijkstra."""

    matrix: csr_matrix
    xy: np.ndarray             # coordinates of every node (leaves at their facility's own point)
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
    pts = np.concatenate([split.a, split.b, net.xy, all_xy[ok]])
    uniq, inverse = np.unique(np.round(pts, _NODE_DECIMALS), axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    u, v = inverse[:m], inverse[m:2 * m]
    w = np.hypot(*(split.b - split.a).T)
    nodes_all = np.full(len(all_edges), -1, dtype=np.int64)
    nodes_all[ok] = inverse[2 * m + net.n_nodes:]
    per_group, start = [], 0
    for a in attachments:
        per_group.append(nodes_all[start:start + len(a.edge)])
        start += len(a.edge)
    n = int(inverse.max()) + 1 if len(inverse) else 0
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
    return RoutingGraph(matrix, np.concatenate(node_xy), nodes_all, leaf, n), per_group


def _min_duplicates(u: np.ndarray, v: np.ndarray, w: np.ndarray, n: int) -> csr_matrix:
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    order = np.lexsort((w, hi, lo))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (lo[order][1:] != lo[order][:-1]) | (hi[order][1:] != hi[order][:-1])
    pick = order[first]
    keep = lo[pick] != hi[pick]
    pick = pick[keep]
    return coo_matrix((w[pick], (lo[pick], hi[pick])), shape=(n, n)).tocsr()


def nearest_by_network(graph: RoutingGraph, sources: np.ndarray, targets: np.ndarray,
                       target_access: np.ndarray, cutoff: float) -> np.ndarray:
    """Walking distance from each target point to the nearest source leaf; inf beyond the cutoff.

    One multi-source search: Dijkstra from all the sources at once with min_only.
    """
    out = np.full(len(targets), np.inf)
    sources = sources[sources >= 0]
    if len(sources) == 0:
        return out
    dist = dijkstra(graph.matrix, directed=False, indices=sources, min_only=True, limit=cutoff)
    ok = targets >= 0
    out[ok] = dist[targets[ok]] + target_access[ok]
    out[out > cutoff] = np.inf
    return out
