"""A city batch's plan, without QGIS: each community's inputs are the city's features within a halo of its boundary,
grouped spatially (nearby communities travel to a worker together) and fingerprinted (a rerun skips what is done).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import shapely

from ..core.inputs import Community, ReviewInputs

# The ReviewInputs parts that are layers of features (each clipped to the halo), and their geometry attribute.
LAYERS = ("buildings", "facilities", "compounds", "roads", "green_spaces")
ARRAYS = ("gates", "entrances", "play_areas", "fire_lanes")


@dataclass
class CityInputs:
    """Every role's city-wide layer read once, in one working CRS, and the communities to review."""

    inputs: ReviewInputs                      # city-wide layers (its community is a placeholder)
    communities: list[Community]
    community_fids: np.ndarray
    lonlat: list[tuple[float, float]]         # each community's centre, for the sun
    _trees: dict[str, Any] = field(default_factory=dict, repr=False)
    _wkb: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def geometries(self, part: str) -> Optional[np.ndarray]:
        """The geometries of one part of the inputs (a layer's, or an array of points and polygons)."""
        value = getattr(self.inputs, part)
        if value is None:
            return None
        return value.geometries if part in LAYERS else np.asarray(value, dtype=object)

    def tree(self, part: str) -> Optional[shapely.STRtree]:
        """A spatial index of one part, built once for the whole batch."""
        if part not in self._trees:
            geoms = self.geometries(part)
            self._trees[part] = None if geoms is None else shapely.STRtree(geoms)
        return self._trees[part]

    def wkb(self, part: str) -> np.ndarray:
        """Each feature's WKB, made once: the fingerprints of the clipped inputs are made of it."""
        if part not in self._wkb:
            geoms = self.geometries(part)
            self._wkb[part] = np.empty(0, dtype=object) if geoms is None else shapely.to_wkb(geoms)
        return self._wkb[part]


def take(container: Any, idx: np.ndarray) -> Any:
    """A layer container (Buildings, Facilities, ...) with only the features at idx, every per-feature array cut."""
    if container is None:
        return None
    n = len(container.fids)
    changes = {}
    for f in dataclasses.fields(container):
        value = getattr(container, f.name)
        if isinstance(value, np.ndarray) and value.ndim >= 1 and len(value) == n:
            changes[f.name] = value[idx]
        elif isinstance(value, list) and len(value) == n:
            changes[f.name] = [value[k] for k in idx.tolist()]
        elif isinstance(value, dict):
            changes[f.name] = {k: (v[idx] if isinstance(v, np.ndarray) and len(v) == n else v)
                               for k, v in value.items()}
    return dataclasses.replace(container, **changes)


def within(city: CityInputs, region: Any) -> dict[str, np.ndarray]:
    """Indices of every part's features that meet the region (whole features, never cut)."""
    out = {}
    for part in LAYERS + ARRAYS:
        tree = city.tree(part)
        out[part] = np.empty(0, dtype=np.int64) if tree is None else np.sort(
            tree.query(region, predicate="intersects"))
    return out


def cut(src: ReviewInputs, idx: dict[str, np.ndarray]) -> dict[str, Any]:
    """The parts of the inputs at idx, and the findings about the features kept (or about no feature)."""
    parts = {p: take(getattr(src, p), idx[p]) for p in LAYERS}
    arrays = {p: (None if getattr(src, p) is None else np.asarray(getattr(src, p), dtype=object)[idx[p]])
              for p in ARRAYS}
    kept = {p: set(np.asarray(parts[p].fids).tolist()) for p in LAYERS if parts[p] is not None}
    findings = [f for f in src.findings
                if f.feature_id is None or f.layer not in kept or f.feature_id in kept[f.layer]]
    return {**parts, **arrays, "findings": findings}


def clip(city: CityInputs, k: int, halo_m: float, idx: Optional[dict[str, np.ndarray]] = None) -> ReviewInputs:
    """Community k's inputs: the city's features within `halo_m` of its boundary, with the findings about them."""
    community = city.communities[k]
    idx = idx if idx is not None else within(city, shapely.buffer(community.geometry, halo_m, quad_segs=8))
    src = city.inputs
    return ReviewInputs(community=community, crs=dict(src.crs), sources=dict(src.sources), lonlat=city.lonlat[k],
                        **cut(src, idx))


def subset(city: CityInputs, idx: dict[str, np.ndarray], members: list[int]) -> CityInputs:
    """What one task carries: the features at idx and the communities at `members` alone."""
    return CityInputs(inputs=dataclasses.replace(city.inputs, **cut(city.inputs, idx)),
                      communities=[city.communities[k] for k in members],
                      community_fids=city.community_fids[members], lonlat=[city.lonlat[k] for k in members])


def fingerprint(city: CityInputs, idx: dict[str, np.ndarray], k: int, settings: dict[str, Any]) -> str:
    """A digest of everything community k's review reads and the settings it runs with."""
    h = hashlib.blake2b(digest_size=16)
    h.update(json.dumps(settings, sort_keys=True, default=str).encode())
    c = city.communities[k]
    h.update(shapely.to_wkb(c.geometry))
    h.update(repr((c.name, c.kind, c.population, sorted(c.declarations), sorted(c.children.items()),
                   city.lonlat[k])).encode())
    for part in LAYERS + ARRAYS:
        sel = idx[part]
        h.update(part.encode() + len(sel).to_bytes(8, "little"))
        if len(sel):
            h.update(b"".join(city.wkb(part)[sel].tolist()))
            container = getattr(city.inputs, part)
            if part in LAYERS:
                for f in dataclasses.fields(container):
                    value = getattr(container, f.name)
                    if isinstance(value, np.ndarray) and len(value) == len(container.fids) and value.dtype != object:
                        h.update(np.ascontiguousarray(value[sel]).tobytes())
                    elif isinstance(value, dict):      # the facilities' numbers, one array per field
                        for key in sorted(value):
                            h.update(key.encode() + np.ascontiguousarray(np.asarray(value[key])[sel]).tobytes())
                    elif isinstance(value, (np.ndarray, list)) and len(value) == len(container.fids):
                        h.update(repr([sorted(v) if isinstance(v, (set, frozenset)) else v
                                       for v in (value[i] for i in sel.tolist())]).encode())
    # Base 32 (letters and 2-7): no run of digits a privacy filter could take for a phone or ID number.
    return base64.b32encode(h.digest()).decode().rstrip("=").lower()


def morton_order(points: np.ndarray) -> np.ndarray:
    """Indices of points along a Z-order curve: neighbours on the map stay neighbours in the order."""
    if len(points) == 0:
        return np.empty(0, dtype=np.int64)
    lo, hi = points.min(axis=0), points.max(axis=0)
    q = ((points - lo) / np.maximum(hi - lo, 1e-9) * 65535).astype(np.uint64)

    def spread(v: np.ndarray) -> np.ndarray:
        v = (v | (v << np.uint64(8))) & np.uint64(0x00FF00FF)
        v = (v | (v << np.uint64(4))) & np.uint64(0x0F0F0F0F)
        v = (v | (v << np.uint64(2))) & np.uint64(0x33333333)
        return (v | (v << np.uint64(1))) & np.uint64(0x55555555)
    return np.argsort(spread(q[:, 0]) | (spread(q[:, 1]) << np.uint64(1)), kind="stable")


def groups(city: CityInputs, size: int) -> list[np.ndarray]:
    """Communities in runs of `size` along the Z-order curve of their centres (each run one task)."""
    c = shapely.centroid(np.array([c.geometry for c in city.communities], dtype=object))
    # An empty boundary has no centre; it still gets its place (its review will say what is wrong).
    centres = np.zeros((len(c), 2))
    have = ~shapely.is_empty(c)
    centres[have] = shapely.get_coordinates(c[have])
    order = morton_order(centres)
    return [order[i:i + size] for i in range(0, len(order), max(1, size))]
