"""What the published page shows, as one JSON-ready dict: the community, its buildings with the walk to each
facility type and their life circles, the facilities, the clause table, and the page's words in both languages.
Only the fields the page needs are taken (no residents' names, no free-text notes); names pass the privacy filter."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import numpy as np
import shapely

from ..core.chinese_coords import convert
from ..core.messages import catalogue
from ..core.privacy import Privacy

WEB_MESSAGES = Path(__file__).resolve().parents[2] / "resources" / "messages" / "web.json"
DATUMS = ("wgs84", "gcj02")
DIGITS = 6          # degrees: about 0.1 m, finer than any plan is drawn


@dataclass
class Frame:
    """One result layer as shapely geometries and one array per field (from a GeoPackage or from memory)."""

    geometry: np.ndarray
    columns: dict[str, np.ndarray]

    def __len__(self) -> int:
        return len(self.geometry)

    def get(self, name: str, default: Any = None) -> Any:
        """A column, or `default` when the layer has none of that name."""
        return self.columns.get(name, default)


def web_messages() -> dict[str, Any]:
    """The page's words (zh and en) and its display settings, from resources/messages/web.json."""
    return json.loads(WEB_MESSAGES.read_text(encoding="utf-8"))


def _lonlat(geoms: np.ndarray, crs: str, datum: str) -> np.ndarray:
    """Geometries from the review's metric CRS to lon/lat in the page's datum (WGS84, or GCJ-02 for base maps
    that use it); CGCS2000, the CRS of Chinese plans, is taken as WGS84 (they differ by centimetres)."""
    from pyproj import Transformer

    to_wgs = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)

    def move(xy: np.ndarray) -> np.ndarray:
        lon, lat = to_wgs.transform(xy[:, 0], xy[:, 1])
        if datum == "gcj02":
            lon, lat = convert(np.asarray(lon), np.asarray(lat), "wgs84", "gcj02")
        return np.round(np.column_stack([lon, lat]), DIGITS)

    return shapely.transform(geoms, move)


def _features(geoms: np.ndarray, props: list[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (geometries already in lon/lat)."""
    shapes = [json.loads(t) for t in shapely.to_geojson(geoms)] if len(geoms) else []
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "geometry": g, "properties": p} for g, p in zip(shapes, props)]}


def _number(value: Any, digits: int = 0) -> Optional[float]:
    """A finite number rounded for the page, else None (shown as "none within reach")."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return round(v, digits) if np.isfinite(v) else None


def _types_of(buildings: Frame) -> list[str]:
    return [name[len("dist_"):] for name in buildings.columns if name.startswith("dist_")]


def page_data(review: dict[str, Any], layers: Mapping[str, Frame], standard: Any, datum: str = "wgs84",
              privacy: Privacy = Privacy(), tile_url: str = "") -> dict[str, Any]:
    """Everything the page shows, for a finished review (its JSON) and its result layers (buildings, facilities,
    community) in the review's working CRS."""
    if datum not in DATUMS:
        raise ValueError(datum)
    crs = review["crs"]["working"]
    words = web_messages()
    buildings, facilities, community = layers["buildings"], layers["facilities"], layers["community"]
    types = _types_of(buildings)
    circles = review.get("life_circles", {}).get("circles", [])
    minutes = [int(c["minutes"]) for c in circles]
    present = set(np.asarray(facilities.get("facility_type", np.empty(0)), dtype=object).astype(str).tolist())
    # The page's types: those the buildings were measured to, then those only drawn as facilities.
    shown = types + sorted(t for t in present if t not in types and _known(standard, t))
    dist = {t: np.asarray(buildings.columns[f"dist_{t}"], dtype=float) for t in types}
    fids = np.asarray(buildings.get("source_fid", np.arange(len(buildings))), dtype=np.int64)
    reach = {m: np.asarray(buildings.get(f"reach_{m}min", np.full(len(buildings), "")), dtype=object)
             for m in minutes}
    complete = {m: np.asarray(buildings.get(f"complete_{m}min", np.zeros(len(buildings))), dtype=float)
                for m in minutes}
    need = {int(c["minutes"]): set(c.get("types") or []) for c in circles}
    props = []
    for k in range(len(buildings)):
        shares = []
        for m in minutes:
            got = set(str(reach[m][k] or "").split(",")) & need[m]
            shares.append(round(len(got) / len(need[m]), 3) if need[m] else None)
        props.append({"id": int(fids[k]), "d": [_number(dist[t][k]) for t in types],
                      "c": [int(complete[m][k] == 1) for m in minutes], "s": shares})
    ftypes = np.asarray(facilities.get("facility_type", np.empty(0)), dtype=object).astype(str)
    names = np.asarray(facilities.get("name", np.full(len(facilities), "")), dtype=object)
    status = np.asarray(facilities.get("status", np.full(len(facilities), "existing")), dtype=object)
    verdict = np.asarray(facilities.get("verdict", np.full(len(facilities), "not_checked")), dtype=object)
    ffids = np.asarray(facilities.get("source_fid", np.arange(len(facilities))), dtype=np.int64)
    fprops = [{"f": int(ffids[k]), "t": str(ftypes[k]), "n": privacy.text(_text(names[k])),
               "p": int(str(status[k]) == "planned"), "v": str(verdict[k] or "not_checked")} for k in range(len(facilities))]
    params = review.get("parameters", {})
    speed = params.get("walking_speed_m_per_min") or words["settings"]["walking_speed_m_per_min"]
    walking = review.get("community", {}).get("distance") == "network"
    name = privacy.text(_text(review.get("community", {}).get("name", "")))
    return {
        "schema": "smart-community-web/1",
        "community": {"name": name, "kind": review.get("community", {}).get("kind", ""),
                      "population": _number(review.get("community", {}).get("population")),
                      "boundary": _features(_lonlat(community.geometry, crs, datum), [{}] * len(community))},
        "datum": datum, "tile_url": tile_url,
        "distance": "walking" if walking else "straight", "speed_m_per_min": float(speed),
        "cutoff_m": _number(params.get("distance_cutoff_m")),
        "types": [_type_entry(standard, t) for t in shown], "measured": types,
        "circles": [{"minutes": int(c["minutes"]), "distance_m": _number(c.get("distance_m")),
                     "share_complete": _number(c.get("share_complete"), 3), "types": list(c.get("types") or [])}
                    for c in circles],
        "buildings": _features(_lonlat(buildings.geometry, crs, datum), props),
        "facilities": _features(_lonlat(facilities.geometry, crs, datum), fprops),
        "summary": {"overall": review.get("summary", {}).get("overall", ""),
                    "counts": review.get("summary", {}).get("counts", {}),
                    "not_assessed": list(review.get("summary", {}).get("not_assessed", []))},
        "provisions": [{"id": e["id"], "clause": e.get("clause", ""), "strength_zh": e.get("strength_zh", ""),
                        "strength": e.get("strength", ""), "outcome": e.get("outcome", ""),
                        "zh": e.get("text_zh", ""), "en": e.get("text_en", "")}
                       for e in review.get("provisions", [])],
        "standard": review.get("standard", {}),
        "words": _words(words),
    }


def _text(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and not np.isfinite(value)) else str(value)


def _known(standard: Any, code: str) -> bool:
    try:
        standard.facility(code)
    except (KeyError, ValueError):
        return False
    return True


def _type_entry(standard: Any, code: str) -> dict[str, Any]:
    """A facility type's names, service radius (if the standard gives one) and pictogram."""
    ftype = standard.facility(code)
    radius = ftype.service_radius.distance_m if ftype.service_radius is not None else None
    return {"code": code, "zh": ftype.name_zh, "en": ftype.name_en, "radius_m": radius, "icon": f"icons/{code}.svg"}


def _words(words: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The page's sentences and the review's terms (verdicts, strengths, community kinds) in zh and en."""
    out = {lang: dict(words["text"][lang]) for lang in ("zh", "en")}
    cat = catalogue()
    for kind in ("verdict", "strength", "community_kind", "status"):
        for code in cat.terms.get(kind, {}):
            for lang in ("zh", "en"):
                out[lang][f"{kind}.{code}"] = cat.term(kind, code, lang)
    return out
