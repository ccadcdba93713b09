"""Exact shading by building prisms: which receivers see the sun at each step of a sun path.

A building is a prism: its footprint (any polygon, concave, with holes, multi-part) from the ground
to a flat roof. A receiver at height z is shaded at a step when the ray towards the sun enters a
footprint at horizontal distance t with t * tan(altitude) < roof - z. Inside a footprint the ray
only rises, so the entry edge decides, and testing every edge the ray crosses is exact.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from .sun import SunPath

_EPS = 1e-6
# Receivers from which splitting over threads pays off.
_PARALLEL_FROM = 512
_CHUNK_PAIRS = 200_000
_BLOCK = 2048   # receivers a pass at most


@dataclass
class Edges:
    """Footprint edges with the roof height (absolute, m) of their building."""

    a: np.ndarray
    b: np.ndarray
    top: np.ndarray
    building: np.ndarray
    _tree: Optional[shapely.STRtree] = None

    def tree(self) -> shapely.STRtree:
        """A spatial index of the edges as segments, built once."""
        if self._tree is None:
            self._tree = shapely.STRtree(shapely.linestrings(np.stack([self.a, self.b], axis=1)))
        return self._tree

    @classmethod
    def from_footprints(cls, footprints: np.ndarray, tops: np.ndarray) -> Edges:
        """Every ring edge (exteriors and holes) of the footprints, oriented so the solid is on the left.

        Exteriors counter-clockwise, holes clockwise: the building's outside is always to the right of
        an edge's direction, which tells which edges face a receiver.
        """
        polys, owner = shapely.get_parts(footprints, return_index=True)
        rings, ring_owner = shapely.get_rings(polys, return_index=True)
        coords, idx = shapely.get_coordinates(rings, return_index=True)
        # The first ring of a polygon is its exterior (wanted counter-clockwise), the others holes (clockwise):
        # a ring the other way round gives its edges reversed.
        exterior = np.r_[True, ring_owner[1:] != ring_owner[:-1]] if len(rings) else np.empty(0, dtype=bool)
        flip = shapely.is_ccw(rings) != exterior
        same = idx[:-1] == idx[1:]
        a, b = coords[:-1][same], coords[1:][same]
        ring_of = idx[:-1][same]
        rev = flip[ring_of]
        a[rev], b[rev] = b[rev].copy(), a[rev].copy()
        building = owner[ring_owner[ring_of]]
        keep = np.any(a != b, axis=1)
        return cls(a[keep], b[keep], np.asarray(tops, dtype=float)[building[keep]], building[keep])


def _azimuth(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    return np.mod(np.degrees(np.arctan2(dx, dy)), 360.0)


def shaded(points: np.ndarray, z: np.ndarray, edges: Edges, sun: SunPath,
           facing: Optional[np.ndarray] = None) -> np.ndarray:
    """Boolean (receivers x steps): True where the receiver is lit.

    `facing` (outward normal azimuth, deg) makes a receiver a window: it sees the sun only in front
    of its wall. The sun below the horizon lights nothing. Receivers are independent, so large sets
    are split over the machine's cores (NumPy and GEOS release the GIL on whole arrays).
    """
    z = np.asarray(z, dtype=float)
    facing = None if facing is None else np.asarray(facing, dtype=float)
    parts, workers = _blocks(len(points))
    if len(parts) > 1:
        edges.tree()   # built once, before the threads share it
        with ThreadPoolExecutor(workers) as pool:
            return np.concatenate(list(pool.map(
                lambda idx: _lit(points[idx], z[idx], edges, sun, None if facing is None else facing[idx]), parts)))
    return _lit(points, z, edges, sun, facing)


def _blocks(n: int) -> tuple[list[np.ndarray], int]:
    """Receivers in blocks of at most _BLOCK (the candidate pairs of a block stay bounded: a city's kindergartens
    have 1e5 window corners), spread over the cores; one block when there are few."""
    workers = min(os.cpu_count() or 1, 4)
    if n < _PARALLEL_FROM and n <= _BLOCK:
        return [np.arange(n)], 1
    count = max(workers if n >= _PARALLEL_FROM else 1, -(-n // _BLOCK))
    return [idx for idx in np.array_split(np.arange(n), count) if len(idx)], workers


def _lit(points: np.ndarray, z: np.ndarray, edges: Edges, sun: SunPath, facing: Optional[np.ndarray]) -> np.ndarray:
    lit = np.broadcast_to(sun.altitude > 0, (len(points), len(sun.minutes))).copy()
    if facing is not None:
        lit &= np.cos(np.radians(sun.azimuth[None, :] - facing[:, None])) > _EPS
    receiver, step, _ = _blocked(points, z, edges, sun, with_edges=False)
    lit[receiver, step] = False
    return lit


def blocked_rays(points: np.ndarray, z: np.ndarray, edges: Edges,
                 sun: SunPath) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(receiver, step, edge) of every ray towards the sun that enters a prism below its roof: the edge
    tells the building that casts the shade (shaded() is these rays applied to the sun being up)."""
    z = np.asarray(z, dtype=float)
    parts, workers = _blocks(len(points))
    if len(parts) > 1:
        edges.tree()
        with ThreadPoolExecutor(workers) as pool:
            results = list(pool.map(lambda idx: _blocked(points[idx], z[idx], edges, sun), parts))
        return (np.concatenate([r + idx[0] for (r, _s, _e), idx in zip(results, parts)]),
                np.concatenate([s for _r, s, _e in results]), np.concatenate([e for _r, _s, e in results]))
    return _blocked(points, z, edges, sun)


def _blocked(points: np.ndarray, z: np.ndarray, edges: Edges, sun: SunPath,
             with_edges: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    none = (np.empty(0, dtype=np.int64),) * 3
    up = sun.altitude > 0
    if len(points) == 0 or len(edges.a) == 0 or not up.any():
        return none
    tan_alt = np.tan(np.radians(np.where(up, sun.altitude, 90.0)))
    lowest = tan_alt[up].min()
    # Candidate pairs: edges near enough to shade (a roof can shade at most (roof - z) / tan(lowest sun)).
    reach = max(float(edges.top.max() - np.min(z)), 0.0) / lowest
    tree = edges.tree()
    # Only edges towards the sun can block it: the box around the sector the sun sweeps (sampled every step,
    # so the arc between two samples bulges less than a millimetre), not the whole square around the receiver.
    az = np.radians(sun.azimuth[up])
    dx, dy = np.r_[0.0, np.sin(az) * reach], np.r_[0.0, np.cos(az) * reach]
    lo_x, hi_x, lo_y, hi_y = dx.min() - 1.0, dx.max() + 1.0, dy.min() - 1.0, dy.max() + 1.0
    boxes = shapely.box(points[:, 0] + lo_x, points[:, 1] + lo_y, points[:, 0] + hi_x, points[:, 1] + hi_y)
    ri, ei = tree.query(boxes)
    # A ray enters a footprint through an edge that faces the receiver (the receiver on its outside,
    # to the right); exit edges lie farther along the same ray and never decide.
    e_dir = edges.b[ei] - edges.a[ei]
    to_p = points[ri] - edges.a[ei]
    front = e_dir[:, 0] * to_p[:, 1] - e_dir[:, 1] * to_p[:, 0] < 0
    ri, ei = ri[front], ei[front]
    if len(ri) == 0:
        return none
    p = points[ri]
    rise = edges.top[ei] - z[ri]
    a, b = edges.a[ei], edges.b[ei]
    # Nearest distance from the receiver to the edge bounds how high the edge can reach in the sky.
    ab = b - a
    t_proj = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), _EPS), 0, 1)
    nearest = np.hypot(*(p - (a + t_proj[:, None] * ab)).T)
    keep = (rise > 0) & (rise > nearest * lowest) & (nearest <= reach)
    ri, ei, p, a, b, rise, nearest = ri[keep], ei[keep], p[keep], a[keep], b[keep], rise[keep], nearest[keep]
    if len(ri) == 0:
        return none
    # Steps whose sun azimuth falls within the edge's angular span (the smaller arc between its ends)
    # and whose sun is low enough for the edge to reach it: nearest * tan(alt) < rise.
    az_a = _azimuth(*(a - p).T)
    az_b = _azimuth(*(b - p).T)
    span = np.mod(az_b - az_a, 360.0)
    lo = np.where(span <= 180.0, az_a, az_b)
    width = np.where(span <= 180.0, span, 360.0 - span)
    with np.errstate(divide="ignore"):
        bound = np.where(nearest > 0, rise / nearest, np.inf)
    tan_up = np.where(up, tan_alt, np.inf)
    # Per step and per pair once; the (pair, step) products below gather only 1-D arrays.
    sin_az, cos_az = np.sin(np.radians(sun.azimuth)), np.cos(np.radians(sun.azimuth))
    ex, ey = (b - a).T
    apx, apy = (a - p).T
    t_num = apx * ey - apy * ex
    out_r, out_s = [], []
    # In chunks of pairs: the (pair, step) arrays stay bounded (a city's kindergartens give 3e7 of them).
    for c0 in range(0, len(lo), _CHUNK_PAIRS):
        c = slice(c0, c0 + _CHUNK_PAIRS)
        rows, steps = _candidate_steps(lo[c], width[c], bound[c], sun.azimuth, tan_up)
        if len(rows) == 0:
            continue
        rows += c0
        dx, dy = sin_az[steps], cos_az[steps]
        denom = dx * ey[rows] - dy * ex[rows]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = t_num[rows] / denom
            u = (apx[rows] * dy - apy[rows] * dx) / denom
        block = (denom != 0) & (t > _EPS) & (u >= -_EPS) & (u <= 1 + _EPS) & (t * tan_alt[steps] < rise[rows])
        out_r.append(rows[block])
        out_s.append(steps[block])
    if not out_r:
        return none
    hits, hit_steps = np.concatenate(out_r), np.concatenate(out_s)
    return ri[hits], hit_steps, (ei[hits] if with_edges else none[2])


def _expand(rows: np.ndarray, start: np.ndarray, stop: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row, step) for every step in [start, stop) of every row."""
    count = np.maximum(stop - start, 0)
    total = int(count.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    rep = np.repeat(np.arange(len(rows)), count)
    offset = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    return rows[rep], start[rep] + offset


def _candidate_steps(lo: np.ndarray, width: np.ndarray, bound: np.ndarray, azimuth: np.ndarray,
                     tan_alt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(pair, step) where the sun is within the pair's arc and below its elevation bound.

    The sun's azimuth rises through the analysis window (checked; otherwise every step is tested),
    so an arc is one or two step ranges; tan(altitude) rises to a maximum and falls, so "low
    enough" is at most two ranges. Only the intersections are expanded.
    """
    k = len(azimuth)
    pairs = np.arange(len(lo))
    if not np.all(np.diff(azimuth) > 0):
        rows = np.repeat(pairs, k)
        steps = np.tile(np.arange(k), len(lo))
        rel = np.mod(azimuth[steps] - lo[rows], 360.0)
        keep = (rel <= width[rows] + _EPS) & (tan_alt[steps] < bound[rows])
        return rows[keep], steps[keep]
    # Arc ranges (a second one when the arc crosses north, 360 -> 0).
    hi = lo + width
    a_start = np.searchsorted(azimuth, lo - _EPS)
    a_stop = np.searchsorted(azimuth, np.minimum(hi, 360.0) + _EPS, side="right")
    wrap = hi > 360.0
    arcs = [(pairs, a_start, a_stop),
            (pairs[wrap], np.zeros(wrap.sum(), dtype=np.int64),
             np.searchsorted(azimuth, hi[wrap] - 360.0 + _EPS, side="right"))]
    # Low-sun ranges: before the rising tan(alt) reaches the bound, and after the falling one leaves it.
    peak = int(np.argmax(np.where(np.isfinite(tan_alt), tan_alt, -np.inf)))
    rising = tan_alt[:peak + 1]
    falling = tan_alt[peak:][::-1]
    low_a = np.searchsorted(np.maximum.accumulate(rising), bound, side="left")
    low_b = k - np.searchsorted(np.maximum.accumulate(falling), bound, side="left")
    out_r, out_s = [], []
    for p_idx, s0, s1 in arcs:
        ranges = ((np.zeros(len(p_idx), dtype=np.int64), low_a[p_idx]),
                  (np.maximum(low_b[p_idx], low_a[p_idx]), np.full(len(p_idx), k)))
        for r0, r1 in ranges:
            start, stop = np.maximum(s0, r0), np.minimum(s1, r1)
            r, st = _expand(p_idx, start, stop)
            out_r.append(r)
            out_s.append(st)
    return np.concatenate(out_r), np.concatenate(out_s)


@dataclass
class Runs:
    """Sunlit time of receivers over the analysis window, by intervals of one step."""

    lit_minutes: np.ndarray
    longest_run_minutes: np.ndarray
    effective_minutes: np.ndarray


def sunlit_runs(lit: np.ndarray, step_min: float, min_run_min: float) -> Runs:
    """Lit time per receiver: an interval counts when the samples at both its ends are lit.

    `effective_minutes` counts only continuous runs of at least `min_run_min` (local rules: 5-30 min).
    """
    both = lit[:, :-1] & lit[:, 1:]
    n, m = both.shape
    lit_minutes = both.sum(axis=1) * step_min
    padded = np.zeros((n, m + 2), dtype=np.int8)
    padded[:, 1:-1] = both
    change = np.diff(padded, axis=1)
    longest = np.zeros(n)
    effective = np.zeros(n)
    starts_r, starts_c = np.nonzero(change == 1)
    ends_r, ends_c = np.nonzero(change == -1)
    lengths = (ends_c - starts_c) * step_min
    np.maximum.at(longest, starts_r, lengths)
    long_enough = lengths >= min_run_min - 1e-9
    np.add.at(effective, starts_r[long_enough], lengths[long_enough])
    return Runs(lit_minutes.astype(float), longest, effective)
