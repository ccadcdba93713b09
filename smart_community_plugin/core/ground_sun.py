"""Sunlit minutes of activity-ground cells, kept per building: an edit recomputes the shade of that building only.

Shade is a union over buildings (a cell is lit at a step when the sun is up and no prism blocks the ray), so
the cell-steps each building blocks can be kept apart and combined again; which building was edited then
decides what is recomputed, and the result is exactly that of one pass over every edge (test_sunlight).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any

import numpy as np
import shapely

from .shading import Edges, blocked_rays, sunlit_runs

# Whole grounds by a digest of the ground, the edges in reach and the sun: nothing in reach changed.
_MINUTES: OrderedDict[bytes, np.ndarray] = OrderedDict()
_MINUTES_AT_MOST = 32
# Per ground and building, the flat indices (cell * steps + step) of the cell-steps the building blocks.
_BLOCKS: OrderedDict[bytes, np.ndarray] = OrderedDict()
_BLOCKS_BUDGET_BYTES = 96 * 2**20   # a few districts' grounds; the oldest go first
_BLOCKS_BYTES = [0]


def forget() -> None:
    """Drop everything kept (benchmarks measure the baseline this way)."""
    _MINUTES.clear()
    _BLOCKS.clear()
    _BLOCKS_BYTES[0] = 0


def _digest(*arrays: np.ndarray, extra: bytes = b"") -> bytes:
    h = hashlib.blake2b(extra, digest_size=20)
    for arr in arrays:
        h.update(np.ascontiguousarray(arr).tobytes())
    return h.digest()


def edges_in_reach(area: Any, edges: Edges, sun: Any) -> np.ndarray:
    """Edges a roof of which can throw a shadow on the ground at the lowest sun of the window."""
    up = sun.altitude > 0
    if not up.any() or len(edges.a) == 0:
        return np.zeros(len(edges.a), dtype=bool)
    # As far as the highest roof can throw a shadow at the lowest sun (shading.shaded uses the same bound).
    reach = max(float(edges.top.max()), 0.0) / float(np.tan(np.radians(sun.altitude[up].min())))
    x0, y0, x1, y1 = shapely.bounds(area)
    lo, hi = np.minimum(edges.a, edges.b), np.maximum(edges.a, edges.b)
    return (hi[:, 0] >= x0 - reach) & (lo[:, 0] <= x1 + reach) & (hi[:, 1] >= y0 - reach) & (lo[:, 1] <= y1 + reach)


def ground_minutes(area: Any, pts: np.ndarray, edges: Edges, sun: Any, step_min: float,
                   min_run_min: float) -> np.ndarray:
    """Effective sunlit minutes of each cell of a ground (receivers at ground level)."""
    near = edges_in_reach(area, edges, sun)
    ground = _digest(pts, sun.minutes, sun.altitude, sun.azimuth, extra=repr((step_min, min_run_min)).encode())
    whole = _digest(edges.a[near], edges.b[near], edges.top[near], extra=ground)
    if whole in _MINUTES:
        _MINUTES.move_to_end(whole)
        return _MINUTES[whole].copy()
    up = sun.altitude > 0
    lit = np.broadcast_to(up, (len(pts), len(sun.minutes))).copy()
    flat = lit.reshape(-1)
    owner = edges.building[near]
    a, b, top = edges.a[near], edges.b[near], edges.top[near]
    keys, blocks, missing = {}, {}, []
    for building in np.unique(owner):
        mine = owner == building
        keys[building] = key = _digest(a[mine], b[mine], top[mine], extra=ground)
        if key in _BLOCKS:
            _BLOCKS.move_to_end(key)
            blocks[building] = _BLOCKS[key]
        else:
            missing.append(building)
    if missing:
        # One pass over the edges of every building not kept (all of them the first time), split by building.
        sub = np.isin(owner, missing)
        receiver, step, edge = blocked_rays(pts, np.zeros(len(pts)), Edges(a[sub], b[sub], top[sub], owner[sub]), sun)
        cast_by = owner[sub][edge]
        flat_index = receiver.astype(np.int64) * len(sun.minutes) + step
        # A stable sort of small integers is a radix sort in NumPy: linear in the number of rays.
        order = np.argsort(cast_by.astype(np.uint16) if len(missing) and owner.max() < 2**16 else cast_by,
                           kind="stable")
        cast_by, flat_index = cast_by[order], flat_index[order]
        cuts = np.searchsorted(cast_by, missing)
        ends = np.searchsorted(cast_by, missing, side="right")
        small = np.int32 if flat.size < 2**31 else np.int64
        for building, i, j in zip(missing, cuts, ends):
            # A cell-step may be blocked through two edges of one building: harmless when applied, so kept.
            blocks[building] = flat_index[i:j].astype(small)
            _keep(keys[building], blocks[building])
    for blocked in blocks.values():
        flat[blocked] = False
    minutes = sunlit_runs(lit, step_min, min_run_min).effective_minutes
    _MINUTES[whole] = minutes
    while len(_MINUTES) > _MINUTES_AT_MOST:
        _MINUTES.popitem(last=False)
    return minutes.copy()


def _keep(key: bytes, blocked: np.ndarray) -> None:
    _BLOCKS[key] = blocked
    _BLOCKS_BYTES[0] += blocked.nbytes
    while _BLOCKS_BYTES[0] > _BLOCKS_BUDGET_BYTES and len(_BLOCKS) > 1:
        _, old = _BLOCKS.popitem(last=False)
        _BLOCKS_BYTES[0] -= old.nbytes
