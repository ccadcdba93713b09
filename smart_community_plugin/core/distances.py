"""Nearest-facility distances: a k-d tree for point facilities, GEOS's STRtree for areas and lines."""

from __future__ import annotations

import numpy as np
import shapely
from scipy.spatial import cKDTree


def representative_points(geometries: np.ndarray) -> np.ndarray:
    """Centroid of each geometry, or a point on its surface when the centroid falls outside (n x 2)."""
    if len(geometries) == 0:
        return np.empty((0, 2))
    centroids = shapely.centroid(geometries)
    xy = shapely.get_coordinates(centroids)
    areal = shapely.get_type_id(geometries) >= 3  # polygons and multipolygons, collections
    if areal.any():
        outside = areal.copy()
        outside[areal] = ~shapely.contains_xy(geometries[areal], xy[areal, 0], xy[areal, 1])
        if outside.any():
            xy[outside] = shapely.get_coordinates(shapely.point_on_surface(geometries[outside]))
    return xy


def nearest(points: np.ndarray, geometries: np.ndarray, cutoff: float) -> tuple[np.ndarray, np.ndarray]:
    """Distance from each point to the nearest geometry and that geometry's index.

    Points farther than `cutoff` from every geometry get distance inf and index -1. Point geometries
    go through a k-d tree (bounded search), others through an STRtree; a point inside a polygon is at 0.
    """
    n = len(points)
    if n == 0 or len(geometries) == 0:
        return np.full(n, np.inf), np.full(n, -1, dtype=np.int64)
    is_point = shapely.get_type_id(geometries) == 0
    if is_point.all():
        # The common case, without the bookkeeping of mixed types: the tree's own answer is the result.
        tree = cKDTree(shapely.get_coordinates(geometries))
        dist, index = tree.query(points, k=1, distance_upper_bound=cutoff, workers=-1)
        index = index.astype(np.int64, copy=False)
        index[index == len(geometries)] = -1
        return dist, index
    dist = np.full(n, np.inf)
    index = np.full(n, -1, dtype=np.int64)
    if is_point.any():
        where = np.flatnonzero(is_point)
        tree = cKDTree(shapely.get_coordinates(geometries[where]))
        d, i = tree.query(points, k=1, distance_upper_bound=cutoff, workers=-1)
        hit = np.isfinite(d)
        dist[hit] = d[hit]
        index[hit] = where[i[hit]]
    if (~is_point).any():
        where = np.flatnonzero(~is_point)
        tree = shapely.STRtree(geometries[where])
        pts = shapely.points(points)
        (pi, gi), d = tree.query_nearest(pts, max_distance=cutoff, return_distance=True,
                                         all_matches=False)
        better = d < dist[pi]
        dist[pi[better]] = d[better]
        index[pi[better]] = where[gi[better]]
    return dist, index
