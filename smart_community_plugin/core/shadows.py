"""Which buildings can shade the sunlight receivers, and the illustrative shadows around them, all vectorised.

A building whose roof stands `rise` metres above the lowest receiver casts, over the analysis window, a shadow
at most `rise / tan(lowest sun altitude)` long: nothing farther from every receiver can shade it, so the analysis
reads only the buildings within their own longest shadow of a target, its windows or its activity grounds
(the review of a city does the work of its kindergartens, not of its 1e6 buildings).
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np
import shapely

# A building within this much more than its longest shadow is kept (window points sit 1 cm off a wall).
_SLACK_M = 1.0


def longest_shadow(rise: np.ndarray, altitudes: np.ndarray) -> np.ndarray:
    """Per building, the longest shadow (m) its roof casts while the sun is up in the window; 0 without sun."""
    up = np.asarray(altitudes)[np.asarray(altitudes) > 0]
    if len(up) == 0:
        return np.zeros(len(rise))
    return np.maximum(np.nan_to_num(np.asarray(rise, dtype=float), nan=0.0), 0.0) / np.tan(np.radians(up.min()))


def obstacles_for(footprints: np.ndarray, tops: np.ndarray, receivers: np.ndarray, z_min: float,
                  altitudes: np.ndarray) -> np.ndarray:
    """Indices of the buildings (known height) that can shade at least one receiver geometry."""
    known = np.isfinite(tops)
    if len(footprints) == 0 or len(receivers) == 0 or not known.any():
        return np.empty(0, dtype=np.int64)
    reach = longest_shadow(np.where(known, tops - z_min, 0.0), altitudes)
    idx = np.flatnonzero(known & (reach > 0))
    if len(idx) == 0:
        return idx
    tree = shapely.STRtree(footprints[idx])
    ri, bi = tree.query(receivers, predicate="dwithin", distance=float(reach[idx].max()) + _SLACK_M)
    near = shapely.distance(receivers[ri], footprints[idx[bi]]) <= reach[idx[bi]] + _SLACK_M
    return np.unique(idx[bi[near]])


def is_convex(footprints: np.ndarray) -> np.ndarray:
    """Single-part footprints without holes that equal their convex hull (their shadow is a hull)."""
    return (shapely.get_num_geometries(footprints) == 1) & \
        (shapely.get_num_interior_rings(shapely.get_geometry(footprints, 0)) == 0) & \
        (shapely.area(shapely.convex_hull(footprints)) <= shapely.area(footprints) * (1 + 1e-9) + 1e-9)


def building_shadows(footprints: np.ndarray, rise: np.ndarray, altitude: float, azimuth: float,
                     convex: Optional[np.ndarray] = None) -> np.ndarray:
    """The ground shadow of each prism at one sun position (one polygon per building, NaN rise: None).

    A convex footprint's shadow is the convex hull of the footprint and its copy moved along the shadow; any
    other footprint's is the union of both with every wall swept from one to the other (buffer 0 unites
    the parts building by building, in GEOS).
    """
    out = np.full(len(footprints), None, dtype=object)
    ok = np.isfinite(rise) & (rise > 0)
    if altitude <= 0 or not ok.any():
        return out
    feet = footprints[ok]
    convex = is_convex(feet) if convex is None else np.asarray(convex)[ok]
    shift = shadow_shift(rise[ok], altitude, azimuth)
    coords, owner = shapely.get_coordinates(feet, return_index=True)
    moved = coords + shift[owner]
    both, of = np.concatenate([coords, moved]), np.concatenate([owner, owner])
    order = np.argsort(of, kind="stable")   # shapely groups parts by sorted index
    shadows = shapely.convex_hull(shapely.multipoints(both[order], indices=of[order]))
    if not convex.all():
        shadows[~convex] = _swept(feet[~convex], shift[~convex])
    out[np.flatnonzero(ok)] = shadows
    return out


def shadow_shift(rise: np.ndarray, altitude: float, azimuth: float) -> np.ndarray:
    """How far (x, y) a roof `rise` metres up is moved on the ground by the sun at (altitude, azimuth)."""
    length = np.asarray(rise, dtype=float) / np.tan(np.radians(altitude))
    return np.column_stack([-np.sin(np.radians(azimuth)) * length, -np.cos(np.radians(azimuth)) * length])


def reaching(footprints: np.ndarray, rise: np.ndarray, altitude: float, azimuth: float, area: Any) -> np.ndarray:
    """Indices of the buildings whose shadow's bounding box meets the drawing area at this sun position."""
    if len(footprints) == 0 or shapely.is_empty(area) or altitude <= 0:
        return np.empty(0, dtype=np.int64)
    b = shapely.bounds(footprints)
    d = shadow_shift(np.nan_to_num(rise, nan=0.0), altitude, azimuth)
    boxes = shapely.box(np.minimum(b[:, 0], b[:, 0] + d[:, 0]), np.minimum(b[:, 1], b[:, 1] + d[:, 1]),
                        np.maximum(b[:, 2], b[:, 2] + d[:, 0]), np.maximum(b[:, 3], b[:, 3] + d[:, 1]))
    return np.unique(shapely.STRtree(boxes).query(shapely.get_parts(area), predicate="intersects")[1])


def _swept(feet: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """Shadows of non-convex footprints: footprint, moved footprint and each wall's sweep, united per building."""
    moved = shapely.set_coordinates(shapely.from_wkb(shapely.to_wkb(feet)),
                                    shapely.get_coordinates(feet) + np.repeat(
                                        shift, shapely.get_num_coordinates(feet), axis=0))
    parts, part_of = shapely.get_parts(feet, return_index=True)
    rings, ring_of = shapely.get_rings(parts, return_index=True)
    coords, ci = shapely.get_coordinates(rings, return_index=True)
    same = (ci[:-1] == ci[1:]) & np.any(coords[:-1] != coords[1:], axis=1)
    a, b = coords[:-1][same], coords[1:][same]
    seg_of = part_of[ring_of[ci[:-1][same]]]
    d = shift[seg_of]
    quads = np.stack([a, b, b + d, a + d, a], axis=1)
    sweeps = shapely.polygons(shapely.linearrings(quads.reshape(-1, 2), indices=np.repeat(np.arange(len(a)), 5)))
    sweeps = shapely.make_valid(sweeps)   # a wall parallel to the sun sweeps a sliver: keep it valid
    pieces = np.concatenate([shapely.get_parts(feet), shapely.get_parts(moved), sweeps])
    owner = np.concatenate([part_of, shapely.get_parts(moved, return_index=True)[1], seg_of])
    polys = shapely.get_parts(pieces, return_index=True)
    keep = shapely.get_type_id(polys[0]) == 3
    parts_of = owner[polys[1][keep]]
    order = np.argsort(parts_of, kind="stable")
    bag = shapely.geometrycollections(polys[0][keep][order], indices=parts_of[order])
    return shapely.buffer(bag, 0.0)


def around(receivers: np.ndarray, margin_m: float) -> Any:
    """The area the illustrative shadows are drawn in: the receivers and `margin_m` around them."""
    if len(receivers) == 0:
        return shapely.Polygon()
    return shapely.union_all(shapely.buffer(receivers, margin_m, quad_segs=4))


def touching(shadows: np.ndarray, area: Any) -> np.ndarray:
    """Indices of the shadows that fall on the drawing area (drawn whole: a shadow cut at a margin misleads)."""
    have = np.flatnonzero(shapely.is_geometry(shadows)) if len(shadows) else np.empty(0, dtype=np.int64)
    if len(have) == 0 or shapely.is_empty(area):
        return np.empty(0, dtype=np.int64)
    zones = shapely.get_parts(area)
    si = shapely.STRtree(zones).query(shadows[have], predicate="intersects")[0]
    return have[np.unique(si)]
