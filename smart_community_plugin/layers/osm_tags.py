"""OpenStreetMap tag rules shared by the OSM importer and the roads reader (plain Python, no QGIS)."""

from __future__ import annotations

import re
from typing import Any

from ..core.values import FALSE_WORDS, text

# OSM highway classes people may not walk on (others, and any class not listed, are walkable).
NOT_WALKABLE_HIGHWAYS = frozenset({"motorway", "motorway_link", "trunk", "trunk_link", "construction",
                                   "proposed", "raceway", "bus_guideway", "abandoned", "platform"})
_OTHER_TAG = re.compile(r'"([^"]+)"=>"((?:[^"\\]|\\.)*)"')


def osm_other_tags(value: Any) -> dict[str, str]:
    """Tags from the OSM driver's other_tags column ("key"=>"value",...)."""
    return dict(_OTHER_TAG.findall(text(value)))


def road_level(tags: dict[str, str]) -> int:
    """Vertical level from OSM tags: layer when given, else +1 for bridges, -1 for tunnels, else 0."""
    layer = tags.get("layer", "").strip()
    try:
        return int(float(layer))
    except (ValueError, OverflowError):
        pass
    if tags.get("bridge", "no").lower() not in ("no", ""):
        return 1
    if tags.get("tunnel", "no").lower() not in ("no", ""):
        return -1
    return 0


def is_walkable(tags: dict[str, str], classified: bool = False) -> bool:
    """A way people may walk on: the walkable flag when given, else OSM highway, foot and access tags.

    `classified` says the layer has road classes (a highway field or OSM tags): then a line without
    a highway class (a railway, river, wall ...) is not a path. A plain paths layer walks everywhere.
    """
    flag = tags.get("walkable", "").strip().lower()
    if flag:
        return flag not in FALSE_WORDS
    if tags.get("foot", "").lower() in ("no", "private"):
        return False
    if tags.get("access", "").lower() in ("no", "private") and tags.get("foot", "") not in ("yes", "designated"):
        return False
    highway = tags.get("highway", "").strip().lower()
    if not highway:
        return not classified
    return highway not in NOT_WALKABLE_HIGHWAYS
