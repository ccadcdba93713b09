"""Walking network from line geometries: snapping, level-aware crossings, gate connectors (routing.py routes).

The graph is a segment graph: every polyline vertex is a node and every straight segment an edge,
so a distance along an edge is a linear interpolation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components

from .messages import message
from .results import Finding, Severity

# Coordinates equal to 0.1 mm are one node.
_NODE_DECIMALS = 4
# Search radii for the nearest path (m): small first (most homes are close to one), then wider;
# points beyond the last get an open search. Each step is exact: a nearer edge would be a candidate.
_NEAR = (20.0, 100.0)


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
        """Number of nodes."""
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


def unique_points(pts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct points (equal to 0.1 mm) and the index of each input point among them.

    Rounded coordinates packed into one complex number sort in one pass (np.unique with axis=0
    sorts rows as a structured type, several times slower); the order is the same: x, then y.
    """
    keys = np.round(np.asarray(pts, dtype=float), _NODE_DECIMALS)
    packed = keys[:, 0] + 1j * keys[:, 1] if len(keys) else np.empty(0, dtype=complex)
    uniq, inverse = np.unique(packed, return_inverse=True)
    return np.column_stack([uniq.real, uniq.imag]), inverse.reshape(-1)


def _replace_points(arr: np.ndarray, old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """arr with every point equal (to 0.1 mm) to old[k] replaced by new[k]."""
    if len(old) == 0:
        return arr
    _, inverse = unique_points(np.concatenate([old, arr]))
    target = np.full(inverse.max() + 1, -1, dtype=np.int64)
    target[inverse[:len(old)]] = np.arange(len(old))
    hit = target[inverse[len(old):]]
    out = arr.copy()
    out[hit >= 0] = new[hit[hit >= 0]]
    return out


def _way_ends(seg: Segments) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates that are the end of exactly one segment (dangling ends), and which segment."""
    pts = np.concatenate([seg.a, seg.b])
    _, inverse = unique_points(pts)
    counts = np.bincount(inverse)
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


def _cross(ax: np.ndarray, ay: np.ndarray, bx: np.ndarray, by: np.ndarray) -> np.ndarray:
    return ax * by - ay * bx


def _split_at_crossings(seg: Segments) -> Segments:
    """Split segments where two of the same level cross or touch in their interiors (not over bridges).

    Candidates come from the bounding boxes; the test itself is exact for straight segments
    (orientation signs), and the crossing point is computed from the same parameters.
    """
    tree = shapely.STRtree(seg.lines())
    i, j = tree.query(seg.lines())
    keep = (i < j) & (seg.level[i] == seg.level[j])
    i, j = i[keep], j[keep]
    # Segments that meet at a shared vertex are already joined there.
    shared = (np.all(seg.a[i] == seg.a[j], axis=1) | np.all(seg.a[i] == seg.b[j], axis=1)
              | np.all(seg.b[i] == seg.a[j], axis=1) | np.all(seg.b[i] == seg.b[j], axis=1))
    i, j = i[~shared], j[~shared]
    if len(i) == 0:
        return seg
    p, r = seg.a[i], seg.b[i] - seg.a[i]
    q, s_ = seg.a[j], seg.b[j] - seg.a[j]
    denom = _cross(r[:, 0], r[:, 1], s_[:, 0], s_[:, 1])
    qp = q - p
    with np.errstate(divide="ignore", invalid="ignore"):
        t = _cross(qp[:, 0], qp[:, 1], s_[:, 0], s_[:, 1]) / denom
        u = _cross(qp[:, 0], qp[:, 1], r[:, 0], r[:, 1]) / denom
    # Parallel (and collinear, left to duplicate removal) pairs have denom 0.
    hit = (denom != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
    xy = p[hit] + t[hit, None] * r[hit]
    return _split(seg, np.concatenate([i[hit], j[hit]]), np.concatenate([xy, xy]))


def build_network(lines: np.ndarray, levels: Optional[np.ndarray] = None, snap_tolerance: float = 1.0,
                  gates: Optional[np.ndarray] = None, walls: Optional[np.ndarray] = None) -> WalkNetwork:
    """A walking network from lines (already filtered to walkable ways, in metres).

    Ends closer than `snap_tolerance` are joined, an end that stops short of (or on) another way is
    snapped onto it, ways of the same level are split where they cross, and zero-length and duplicate
    edges are dropped. `levels` (e.g. OSM layer, +1 for bridges, -1 for tunnels) keeps a bridge from
    joining the road beneath it. With `gates` in the `walls` (compound polygons), each gate is joined
    to the nearest path inside its compound and outside (gate_connectors).
    """
    lines = np.asarray(lines, dtype=object)
    levels = np.zeros(len(lines), dtype=np.int64) if levels is None else np.asarray(levels, dtype=np.int64)
    findings: list[Finding] = []
    if gates is not None and len(gates) and walls is not None and len(walls):
        extra, findings = gate_connectors(lines, levels, gates, walls)
        lines = np.concatenate([lines, extra])
        levels = np.concatenate([levels, np.zeros(len(extra), dtype=np.int64)])
    seg = explode_segments(lines, levels)
    if len(seg) == 0:
        return WalkNetwork(np.empty((0, 2)), np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0),
                           np.empty(0, np.int64), np.empty(0, np.int64),
                           findings + [Finding(Severity.WARNING, "roads", message("finding.roads.no_length"))])
    if snap_tolerance > 0:
        seg = _merge_close_ends(seg, snap_tolerance)
    # An end lying on another way (within the tolerance, or exactly) joins it there.
    seg = _snap_ends_onto_ways(seg, max(snap_tolerance, 1e-6))
    seg = _split_at_crossings(seg)
    uniq, inverse = unique_points(np.concatenate([seg.a, seg.b]))
    n = len(seg)
    u, v = inverse[:n], inverse[n:]
    length = np.hypot(*(seg.b - seg.a).T)
    # Drop zero-length edges and duplicates (the same node pair twice: keep the shortest).
    ok = u != v
    u, v, length, way, level = u[ok], v[ok], length[ok], seg.way[ok], seg.level[ok]
    pick = _shortest_per_pair(u, v, length)
    dropped = len(u) - len(pick)
    net = WalkNetwork(uniq.astype(float), u[pick], v[pick], length[pick], way[pick], level[pick], findings)
    if dropped:
        findings.append(Finding(Severity.INFO, "roads", message("finding.roads.duplicates", count=dropped)))
    count, label = net.components()
    used = np.unique(np.concatenate([net.u, net.v]))
    pieces = np.unique(label[used])
    if len(pieces) > 1:
        piece_length = np.bincount(label[net.u], weights=net.length, minlength=count)
        main = piece_length.argmax()
        small = [int(p) for p in pieces if p != main]
        findings.append(Finding(Severity.WARNING, "roads", message(
            "finding.roads.pieces", pieces=len(pieces), share=piece_length[main] / piece_length.sum(),
            others=len(small))))
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


def edge_midpoints(net: WalkNetwork) -> np.ndarray:
    """Midpoint of every edge (decides which compound an edge lies in)."""
    return (net.xy[net.u] + net.xy[net.v]) / 2


def gate_connectors(lines: np.ndarray, levels: np.ndarray, gates: np.ndarray, walls: np.ndarray,
                    wall_tolerance: float = 5.0) -> tuple[np.ndarray, list[Finding]]:
    """Short paths through each gate: from the gate to the nearest path inside its compound and outside.

    For compounds whose path data stop at the wall. A gate belongs to the walled compound whose
    boundary is within `wall_tolerance`; a path through the gate already makes the connectors zero
    length (they are dropped).
    """
    findings: list[Finding] = []
    seg = explode_segments(lines, levels)
    ground = seg.level == 0
    a, b = seg.a[ground], seg.b[ground]
    if len(a) == 0 or len(gates) == 0 or walls is None or len(walls) == 0:
        return np.empty(0, dtype=object), findings
    zones = compound_zones((a + b) / 2, walls)
    boundaries = shapely.boundary(walls)
    out = []
    for k, g in enumerate(np.asarray(gates, dtype=float)):
        d = shapely.distance(shapely.Point(g), boundaries)
        wall = int(np.argmin(d))
        if d[wall] > wall_tolerance:
            findings.append(Finding(Severity.WARNING, "gates", message(
                "finding.gates.off_wall", number=k + 1, distance=d[wall]), feature_id=k))
            continue
        for side in (wall, -1):
            pick = np.flatnonzero(zones == side)
            if len(pick) == 0:
                findings.append(Finding(Severity.WARNING, "gates", message(
                    "finding.gates.no_path", number=k + 1, inside=side >= 0), feature_id=k))
                continue
            xy, dist = _project(a[pick], b[pick], np.repeat(g[None, :], len(pick), axis=0))
            near = int(np.argmin(dist))
            if dist[near] > 0:
                out.append(shapely.LineString([g, xy[near]]))
    return np.array(out, dtype=object), findings


def _project(a: np.ndarray, b: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Nearest point of segments a-b to points p (row-wise) and the distance to it."""
    d = b - a
    length2 = np.einsum("ij,ij->i", d, d)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.clip(np.einsum("ij,ij->i", p - a, d) / length2, 0, 1)
    t[length2 == 0] = 0
    xy = a + t[:, None] * d
    return xy, np.hypot(*(p - xy).T)


def _shortest_per_pair(u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Indices of the shortest edge of every unordered node pair (parallel edges dropped)."""
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    order = np.lexsort((w, hi, lo))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (lo[order][1:] != lo[order][:-1]) | (hi[order][1:] != hi[order][:-1])
    return order[first]
