"""Points of interest exported from Amap or Baidu (CSV, JSON, XLSX rows) as facilities with types and WGS84."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Callable, Optional

import numpy as np

from ..standard.vocabulary import FacilityMatcher
from .chinese_coords import convert
from .personal_data import mask_text

COLUMNS = {
    "name": ("name", "名称", "poi名称", "设施名称", "title"),
    "type": ("type", "类型", "分类", "类别", "typecode", "tag", "category", "设施类型"),
    "lng": ("lng", "lon", "longitude", "经度", "x", "gcj_lng", "bd_lng"),
    "lat": ("lat", "latitude", "纬度", "y", "gcj_lat", "bd_lat"),
    "location": ("location", "坐标", "经纬度"),
}


@dataclass
class Poi:
    """One POI in WGS84 with the facility type its name or category maps to (None when nothing fits)."""

    name: str
    category: str
    lon: float
    lat: float
    facility_type: Optional[str]


def rows_from_json(doc: Any) -> list[dict[str, Any]]:
    """Rows from a JSON export: a list of objects, Amap's {"pois": [...]} or Baidu's {"results": [...]}."""
    items = doc.get("pois") or doc.get("results") or doc.get("data") or [] if isinstance(doc, dict) else doc
    rows = []
    for it in items if isinstance(items, list) else []:
        if not isinstance(it, dict):
            continue
        row = dict(it)
        loc = it.get("location")
        if isinstance(loc, dict):                          # Baidu: {"lat": .., "lng": ..}
            row["lng"], row["lat"] = loc.get("lng"), loc.get("lat")
            row.pop("location")
        detail = it.get("detail_info")
        if isinstance(detail, dict) and "tag" in detail:   # Baidu's category
            row.setdefault("tag", detail["tag"])
        rows.append(row)
    return rows


def _pick(row: dict[str, Any], meaning: str) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in row.items()}
    for alias in COLUMNS[meaning]:
        if alias in lowered and lowered[alias] not in (None, ""):
            return lowered[alias]
    return None


def read_pois(rows: Iterable[dict[str, Any]], source: str, matcher: FacilityMatcher,
              mask: Callable[[str], str] = mask_text) -> tuple[list[Poi], list[str]]:
    """POIs in WGS84 from rows in `source` coordinates (wgs84, gcj02, bd09); rows skipped, with reasons."""
    names, cats, lons, lats, skipped = [], [], [], [], []
    for n, row in enumerate(rows, start=1):
        lng, lat = _pick(row, "lng"), _pick(row, "lat")
        loc = _pick(row, "location")
        if (lng is None or lat is None) and isinstance(loc, str) and "," in loc:   # Amap: "lng,lat"
            lng, lat = loc.split(",")[:2]
        try:
            x, y = float(str(lng).strip()), float(str(lat).strip())
        except (TypeError, ValueError):
            skipped.append(f"row {n}: no longitude/latitude")
            continue
        if not (-180 <= x <= 180 and -90 <= y <= 90) or not np.isfinite([x, y]).all():
            skipped.append(f"row {n}: {x}, {y} is not a longitude/latitude")
            continue
        names.append(mask(str(_pick(row, "name") or "").strip()[:200]))
        cats.append(str(_pick(row, "type") or "").strip()[:200])
        lons.append(x)
        lats.append(y)
    if not lons:
        return [], skipped
    wlon, wlat = convert(np.array(lons), np.array(lats), source, "wgs84")
    pois = []
    for name, cat, x, y in zip(names, cats, wlon, wlat):
        # Amap's categories read like 医疗保健服务;诊所;诊所: the name is often the better clue, then the category.
        code = matcher.match(name) or next((matcher.match(part) for part in cat.replace("|", ";").split(";")
                                            if matcher.match(part)), None)
        pois.append(Poi(name, cat, float(x), float(y), code))
    return pois, skipped
