"""Exact shading by building prisms: which receivers see the sun at each step of a sun path.

A building is a prism: its footprint (any polygon, concave, with holes, multi-part) from the ground
to a flat roof. A receiver at height z is shaded at a step when the ray towards the sun enters a
footprint at horizontal distance t with t * tan(altitude) < roof - z. Inside a footprint the ray
only rises, so the entry edge decides, and testing every edge the ray crosses is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from .sun import SunPath

_EPS = 1e-6


@dataclass
class Edges:
    """Footprint edges with the roof height (absolute, m) of their building."""

    a: np.ndarray
    b: np.ndarray
    top: np.ndarray
    building: np.ndarray

    @classmethod
    def from_footprints(cls, footprints: np.ndarray, tops: np.ndarray) -> "Edges":
        """Every ring edge (exteriors and holes) of the footprints."""
        polys, owner = shapely.get_parts(footprints, return_index=True)
        rings, ring_owner = shapely.get_rings(polys, return_index=True)
        coords, idx = shapely.get_coordinates(rings, return_index=True)
        same = idx[:-1] == idx[1:]
        a, b = coords[:-1][same], coords[1:][same]
        building = owner[ring_owner[idx[:-1][same]]]
        keep = np.any(a != b, axis=1)
        return cls(a[keep], b[keep], np.asarray(tops, dtype=float)[building[keep]], building[keep])


def _azimuth(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    return np.mod(np.degrees(np.arctan2(dx, dy)), 360.0)


def shaded(points: np.ndarray, z: np.ndarray, edges: Edges, sun: SunPath,
           facing: Optional[np.ndarray] = None) -> np.ndarray:
    """Boolean (receivers x steps): True where the receiver is lit.

    `facing` (outward normal azimuth, deg) makes a receiver a window: it sees the sun only in front
    of its wall. The sun below the horizon lights nothing.
    """
    n, k = len(points), len(sun.minutes)
    lit = np.broadcast_to(sun.altitude > 0, (n, k)).copy()
    if facing is not None:
        diff = np.radians(sun.azimuth[None, :] - np.asarray(facing, dtype=float)[:, None])
        lit &= np.cos(diff) > _EPS
    up = sun.altitude > 0
    if n == 0 or len(edges.a) == 0 or not up.any():
        return lit
    tan_alt = np.tan(np.radians(np.where(up, sun.altitude, 90.0)))
    lowest = tan_alt[up].min()
    # Candidate pairs: edges near enough to shade (a roof can shade at most (roof - z) / tan(lowest sun)).
    reach = max(float(edges.top.max() - np.min(z)), 0.0) / lowest
    tree = shapely.STRtree(shapely.linestrings(np.stack([edges.a, edges.b], axis=1)))
    ri, ei = tree.query(shapely.points(points), predicate="dwithin", distance=reach)
    if len(ri) == 0:
        return lit
    p = points[ri]
    rise = edges.top[ei] - z[ri]
    a, b = edges.a[ei], edges.b[ei]
    # Nearest distance from the receiver to the edge bounds how high the edge can reach in the sky.
    ab = b - a
    t_proj = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), _EPS), 0, 1)
    nearest = np.hypot(*(p - (a + t_proj[:, None] * ab)).T)
    keep = (rise > 0) & (rise > nearest * lowest)
    ri, ei, p, a, b, rise = ri[keep], ei[keep], p[keep], a[keep], b[keep], rise[keep]
    if len(ri) == 0:
        return lit
    # Steps whose sun azimuth falls within the edge's angular span (the smaller arc between its ends).
    az_a = _azimuth(*(a - p).T)
    az_b = _azimuth(*(b - p).T)
    span = np.mod(az_b - az_a, 360.0)
    lo = np.where(span <= 180.0, az_a, az_b)
    width = np.where(span <= 180.0, span, 360.0 - span)
    rel = np.mod(sun.azimuth[None, :] - lo[:, None], 360.0) if len(ri) * k <= 4_000_000 else None
    rows, steps = _pairs_in_arc(lo, width, sun.azimuth, rel)
    if len(rows) == 0:
        return lit
    d = np.column_stack([np.sin(np.radians(sun.azimuth[steps])), np.cos(np.radians(sun.azimuth[steps]))])
    e = b[rows] - a[rows]
    ap = a[rows] - p[rows]
    denom = d[:, 0] * e[:, 1] - d[:, 1] * e[:, 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (ap[:, 0] * e[:, 1] - ap[:, 1] * e[:, 0]) / denom
        u = (ap[:, 0] * d[:, 1] - ap[:, 1] * d[:, 0]) / denom
    hit = (denom != 0) & (t > _EPS) & (u >= -_EPS) & (u <= 1 + _EPS)
    block = hit & (t * tan_alt[steps] < rise[rows])
    lit[ri[rows[block]], steps[block]] = False
    return lit


def _pairs_in_arc(lo: np.ndarray, width: np.ndarray, azimuth: np.ndarray,
                  rel: Optional[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(pair, step) index pairs where the step's sun azimuth lies within the pair's arc."""
    if rel is not None:
        rows, steps = np.nonzero(rel <= width[:, None] + _EPS)
        return rows, steps
    # Large inputs: chunk the same test to bound memory.
    out_r, out_s = [], []
    chunk = max(1, 4_000_000 // len(azimuth))
    for start in range(0, len(lo), chunk):
        sl = slice(start, start + chunk)
        rel = np.mod(azimuth[None, :] - lo[sl, None], 360.0)
        r, s = np.nonzero(rel <= width[sl, None] + _EPS)
        out_r.append(r + start)
        out_s.append(s)
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
