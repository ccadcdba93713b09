"""Keep only geometries the review can measure; report every feature left out, and why, as a finding."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from ..core.inputs import MAX_COORDINATE
from ..core.messages import Message, message
from ..core.results import Finding, Severity
from .raw_read import RawLayer
from .roles import ROLES


def _polygonal(g: Any) -> Any:
    """The polygon parts of a repaired geometry (a collection may also hold lines and points)."""
    if shapely.get_type_id(g) in (3, 6):
        return g
    polys = [p for p in shapely.get_parts(shapely.get_parts(g)) if shapely.get_type_id(p) == 3]
    return shapely.multipolygons(polys) if polys else shapely.Polygon()


def _say(findings: list[Finding], role: str, fids: np.ndarray, where: np.ndarray, said: Message) -> None:
    for k in where:
        findings.append(Finding(Severity.WARNING, role, said, feature_id=int(fids[k])))


def vet(raw: RawLayer, role: str, findings: list[Finding]) -> RawLayer:
    """The features with usable geometry: readable, present, of the role's shapes, finite and in range;
    invalid shapes are repaired (a copy: the layer is not changed)."""
    # NaN vertices are reported as findings; GEOS's "invalid value" warnings about them would only be noise.
    with np.errstate(invalid="ignore", over="ignore"):
        return _vet(raw, role, findings)


def _vet(raw: RawLayer, role: str, findings: list[Finding]) -> RawLayer:
    fids, geoms = raw.fids, raw.geoms
    present = np.array([g is not None for g in geoms], dtype=bool)
    unreadable = np.zeros(len(geoms), dtype=bool)
    unreadable[raw.unreadable] = True
    _say(findings, role, fids, np.flatnonzero(unreadable), message("finding.vet.unreadable"))
    present[present] = ~shapely.is_empty(geoms[present])
    _say(findings, role, fids, np.flatnonzero(~present & ~unreadable), message("finding.vet.no_geometry"))
    allowed = ROLES[role].shapes if role in ROLES else None
    idx = np.flatnonzero(present)
    if allowed is not None and len(idx):
        wrong = idx[~np.isin(shapely.get_type_id(geoms[idx]), allowed)]
        for k in wrong:
            findings.append(Finding(Severity.WARNING, role, message("finding.vet.wrong_type", found=geoms[k].geom_type),
                                    feature_id=int(fids[k])))
        present[wrong] = False
    idx = np.flatnonzero(present)
    valid = np.ones(len(geoms), dtype=bool)
    if len(idx):
        lo = shapely.bounds(geoms[idx])
        # NaN compares false: a shape with a NaN vertex has NaN bounds and is caught here too.
        far = ~(np.abs(lo) <= MAX_COORDINATE).all(axis=1)
        valid[idx] = shapely.is_valid(geoms[idx])
        suspect = idx[~valid[idx] & ~far]
        coords, owner = shapely.get_coordinates(geoms[suspect], return_index=True)
        broken = np.zeros(len(geoms), dtype=bool)
        broken[suspect[np.unique(owner[~np.isfinite(coords).all(axis=1)])]] = True
        broken[idx[far]] = True
        _say(findings, role, fids, np.flatnonzero(broken),
             message("finding.vet.not_finite"))
        present[broken] = False
    if not present.all():
        raw = raw.take(present)
        valid = valid[present]
    raw.geoms = _repair(raw.geoms, raw.fids, role, valid, findings, 3 in (allowed or ()))
    if 3 in (allowed or ()) and len(raw.geoms):
        # A repair can turn a sliver into lines or points: a polygon left without area is not a footprint
        # (points stay where points are allowed, as facilities).
        polygonal = np.isin(shapely.get_type_id(raw.geoms), (3, 6, 7))
        flat = ~polygonal | ((shapely.area(raw.geoms) > 0) & ~shapely.is_empty(raw.geoms))
        _say(findings, role, raw.fids, np.flatnonzero(~flat), message("finding.vet.no_area"))
        if not flat.all():
            raw = raw.take(flat)
    return raw


def _repair(geoms: np.ndarray, fids: np.ndarray, role: str, valid: np.ndarray, findings: list[Finding],
            polygons: bool) -> np.ndarray:
    if len(geoms) == 0 or valid.all():
        return geoms
    bad = ~valid
    for k in np.flatnonzero(bad):
        reason = shapely.is_valid_reason(geoms[k])
        findings.append(Finding(Severity.WARNING, role, message("finding.vet.invalid", reason=reason),
                                feature_id=int(fids[k])))
    geoms = geoms.copy()
    geoms[bad] = shapely.make_valid(geoms[bad])
    if polygons:
        geoms[bad] = [_polygonal(g) for g in geoms[bad]]
    return geoms
