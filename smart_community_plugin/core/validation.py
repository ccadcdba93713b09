"""Submission checks on plain arrays: geometries, overlaps, distances, value domains, personal data.

Each function returns findings (core.results.Finding); ERROR findings block a review, the rest inform.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any, Callable, Optional

import numpy as np
import shapely

from .inputs import MAX_COORDINATE
from .messages import Message, message
from .personal_data import count_personal_numbers, is_personal_field
from .privacy import quote
from .results import Finding, Severity

LIST_AT_MOST = 20   # findings of one kind on one layer listed one by one; beyond, summarised


def _limited(findings: list[Finding], layer: str, what: Message, field: Optional[str] = None) -> list[Finding]:
    """Keep the first LIST_AT_MOST findings and one summary line for the rest."""
    if len(findings) <= LIST_AT_MOST:
        return findings
    rest = len(findings) - LIST_AT_MOST
    return findings[:LIST_AT_MOST] + [Finding(findings[0].severity, layer,
                                              message("finding.more", rest=rest, what=what), field=field)]


def geometry_findings(layer: str, fids: np.ndarray, geoms: np.ndarray, allowed_types: Sequence[int],
                      unreadable: Sequence[int] = (), required: bool = True) -> list[Finding]:
    """Unreadable, missing or empty, wrong type, invalid (with GEOS's reason), non-finite or far out of range,
    and duplicate geometries."""
    out: list[Finding] = []
    missing = np.array([g is None for g in geoms], dtype=bool)
    present = ~missing
    present[present] = ~shapely.is_empty(geoms[present])
    broken = np.zeros(len(geoms), dtype=bool)
    broken[list(unreadable)] = True
    for k in np.flatnonzero(broken):
        out.append(Finding(Severity.WARNING, layer, message("finding.geometry.unreadable"), feature_id=int(fids[k])))
    for k in np.flatnonzero(~present & ~broken):
        out.append(Finding(Severity.WARNING, layer, message("finding.geometry.missing"), feature_id=int(fids[k])))
    if len(geoms) and not present.any():
        # Without geometries a layer the review needs blocks it; an optional one is left out.
        out.append(Finding(Severity.ERROR if required else Severity.WARNING, layer,
                           message("finding.geometry.none", required=required)))
    idx = np.flatnonzero(present)
    g = geoms[idx]
    types = shapely.get_type_id(g)
    wrong = ~np.isin(types, list(allowed_types))
    for k in np.flatnonzero(wrong):
        out.append(Finding(Severity.WARNING, layer, message(
            "finding.geometry.wrong_type", found=g[k].geom_type, expected=[_TYPE_NAMES[t] for t in allowed_types]),
            feature_id=int(fids[idx[k]])))
    valid = shapely.is_valid(g)
    bad = [Finding(Severity.WARNING, layer, message("finding.geometry.invalid", reason=shapely.is_valid_reason(g[k])),
                   feature_id=int(fids[idx[k]])) for k in np.flatnonzero(~valid)]
    out += _limited(bad, layer, message("finding.more.invalid"))
    # Bounds are NaN for a NaN vertex and huge for one in the wrong CRS: both fail the comparison.
    finite = (np.abs(shapely.bounds(g)) <= MAX_COORDINATE).all(axis=1) if len(g) else np.zeros(0, dtype=bool)
    for k in np.flatnonzero(~finite):
        out.append(Finding(Severity.ERROR, layer, message("finding.geometry.not_finite"), feature_id=int(fids[idx[k]])))
    keys = shapely.to_wkb(shapely.normalize(g[finite]), hex=True) if finite.any() else np.array([])
    seen: dict[str, int] = {}
    dups = []
    for k, key in zip(idx[finite], keys):
        if key in seen:
            dups.append(Finding(Severity.WARNING, layer, message("finding.geometry.duplicate", other=seen[key]),
                                feature_id=int(fids[k])))
        else:
            seen[key] = int(fids[k])
    return out + _limited(dups, layer, message("finding.more.duplicates"))


_TYPE_NAMES = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString",
               6: "MultiPolygon", 7: "GeometryCollection"}


def overlap_findings(layer: str, fids: np.ndarray, geoms: np.ndarray, min_area_m2: float = 1.0,
                     min_share: float = 0.05) -> list[Finding]:
    """Pairs of polygons sharing more than min_area_m2 and min_share of the smaller one (buildings drawn twice)."""
    ok = np.array([g is not None for g in geoms], dtype=bool)
    ok[ok] = shapely.is_valid(geoms[ok]) & ~shapely.is_empty(geoms[ok])
    idx = np.flatnonzero(ok)
    if len(idx) < 2:
        return []
    g = geoms[idx]
    tree = shapely.STRtree(g)
    a, b = tree.query(g, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    if len(a) == 0:
        return []
    inter = shapely.area(shapely.intersection(g[a], g[b]))
    smaller = np.minimum(shapely.area(g[a]), shapely.area(g[b]))
    hit = (inter > min_area_m2) & (inter > min_share * smaller)
    out = [Finding(Severity.WARNING, layer, message("finding.overlap", other=int(fids[idx[j]]), area=inter[n]),
                   feature_id=int(fids[idx[i]])) for n, (i, j) in enumerate(zip(a, b)) if hit[n]]
    return _limited(out, layer, message("finding.more.overlaps"))


def outside_findings(layer: str, fids: np.ndarray, geoms: np.ndarray, community: Any,
                     distance_m: float) -> list[Finding]:
    """Features farther than distance_m outside the community boundary (they count for nothing)."""
    ok = np.array([g is not None and not shapely.is_empty(g) for g in geoms], dtype=bool)
    if community is None or not ok.any():
        return []
    d = shapely.distance(community, geoms[ok])
    idx = np.flatnonzero(ok)
    out = [Finding(Severity.WARNING, layer, message("finding.outside", distance=d[n], limit=distance_m),
                   feature_id=int(fids[k])) for n, k in enumerate(idx) if d[n] > distance_m]
    return _limited(out, layer, message("finding.more.outside"))


def number(v: Any) -> float:
    """A value as a float: NaN for empty or text that is not a number, inf stays inf."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return math.nan
    if isinstance(v, bool):
        return float(v)
    try:
        return float(str(v).strip().replace(",", "")) if isinstance(v, str) else float(v)
    except (TypeError, ValueError):
        return math.nan


def range_findings(layer: str, field: str, fids: np.ndarray, values: Iterable[Any], low: Optional[float],
                   high: Optional[float], severity: Severity = Severity.WARNING) -> list[Finding]:
    """Text that is not a number, NaN/infinity, and values outside [low, high]."""
    out = []
    for fid, raw in zip(fids, values):
        if raw is None or (isinstance(raw, str) and not raw.strip()) or str(raw) == "NULL" or \
                (isinstance(raw, float) and math.isnan(raw)):       # NULL, as a numeric column reads it
            continue
        v = number(raw)
        if math.isnan(v):
            out.append(Finding(severity, layer, message("finding.value.not_number", value=quote(raw)), int(fid), field))
        elif math.isinf(v):
            out.append(Finding(severity, layer, message("finding.value.infinite"), int(fid), field))
        elif (low is not None and v < low) or (high is not None and v > high):
            out.append(Finding(severity, layer, message("finding.value.out_of_range", value=v, low=low, high=high),
                               int(fid), field))
    return _limited(out, layer, message("finding.more.range", field=field), field)


def domain_findings(layer: str, field: str, fids: np.ndarray, values: Iterable[Any],
                    lookup: Callable[[str], Optional[str]], domain: str,
                    suggest: Optional[Callable[[str], Optional[tuple[str, dict[str, str]]]]] = None) -> list[Finding]:
    """Values the lookup does not recognise (e.g. unknown facility types), with the nearest known value when
    `suggest` finds one ("did you mean": its code and its names {zh, en}); empty values too. `domain` names the
    kind (facility_type, status)."""
    out = []
    for fid, raw in zip(fids, values):
        text = "" if raw is None or str(raw) == "NULL" else str(raw).strip()
        if not text:
            out.append(Finding(Severity.WARNING, layer, message("finding.domain.empty", domain=domain), int(fid), field))
        elif lookup(text) is None:
            near = suggest(text) if suggest is not None else None
            out.append(Finding(Severity.WARNING, layer, message(
                "finding.domain.unknown", domain=domain, value=quote(text), suggestion=near[1] if near else None,
                suggestion_code=near[0] if near else None), int(fid), field))
    return _limited(out, layer, message("finding.more.domain", domain=domain), field)


def personal_findings(layer: str, columns: dict[str, Sequence[Any]]) -> list[Finding]:
    """6.4.3: person-level field names, and text values that look like ID card or mobile numbers."""
    out = []
    for name, values in columns.items():
        if is_personal_field(name):
            out.append(Finding(Severity.WARNING, layer, message("finding.personal.field"), field=name))
            continue
        ids = phones = 0
        for v in values:
            if isinstance(v, str):
                i, p = count_personal_numbers(v)
                ids, phones = ids + i, phones + p
        if ids or phones:
            out.append(Finding(Severity.WARNING, layer, message("finding.personal.values", ids=ids, phones=phones),
                               field=name))
    return out


def provenance_findings(layer: str, fields: Sequence[str], sources: Sequence[Any],
                        times: Sequence[Any]) -> list[Finding]:
    """6.4.2: data source and time of entry, as fields and filled in."""
    out = []
    for name, values in (("data_source", sources), ("entry_time", times)):
        if name not in fields:
            out.append(Finding(Severity.WARNING, layer, message("finding.provenance.no_field", name=name, field=name),
                               field=name))
            continue
        empty = sum(1 for v in values if v is None or str(v).strip() in ("", "NULL"))
        if empty:
            out.append(Finding(Severity.INFO, layer, message("finding.provenance.empty", empty=empty,
                                                             count=len(values), field=name), field=name))
    return out
