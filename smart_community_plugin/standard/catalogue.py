"""Loads the facility catalogue (Table A.0.1) from its JSON data file into typed objects."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from .model import (
    Clause,
    FacilityType,
    FloorAreaShare,
    GeneralSmartRequirement,
    Grouping,
    LayoutItem,
    Limit,
    OtherFacilityType,
    Quantity,
    QuantityBasis,
    ServiceRadius,
    SmartRequirement,
    Standard,
    Strength,
    Sunlight,
)

DATA_FILE = Path(__file__).resolve().parents[2] / "resources" / "standard" / "table_a01.json"


def _smart(d: dict[str, Any]) -> SmartRequirement:
    return SmartRequirement(d["code"], d["text_zh"], d["text_en"], Strength.from_zh(d["strength"]),
                            d["clause"], d["source"], d.get("note", ""))


def _optional(cls: type, d: Optional[dict[str, Any]], **renames: str) -> Any:
    return None if d is None else cls(**{renames.get(k, k): v for k, v in d.items()})


def _facility(d: dict[str, Any]) -> FacilityType:
    q = d["quantity"]
    quantity = Quantity(QuantityBasis(q["basis"]), q["text_zh"], q.get("population_min"),
                        q.get("population_max"), q.get("walk_minutes"))
    radius = d.get("service_radius")
    sun = d.get("sunlight")
    share = d.get("floor_area_share")
    return FacilityType(
        code=d["code"], category_zh=d["category_zh"], category_en=d["category_en"],
        name_zh=d["name_zh"], name_en=d["name_en"], quantity=quantity,
        service_content_zh=d["service_content_zh"],
        joint_building_zh=d["joint_building"]["text_zh"],
        joint_building_strength=Strength.from_zh(d["joint_building"]["strength"]),
        service_radius=None if radius is None else ServiceRadius(
            float(radius["distance_m"]), Strength.from_zh(radius["strength"]), radius["text_zh"]),
        limits=tuple(Limit(x["field"], x["min"], x["max"], Strength.from_zh(x["strength"]),
                           x["text_zh"], x["text_en"]) for x in d["limits"]),
        layout=tuple(LayoutItem(x["text_zh"], x["text_en"], Strength.from_zh(x["strength"]))
                     for x in d["layout"]),
        smart_requirements=tuple(_smart(x) for x in d["smart_requirements"]),
        joint_with=tuple(d.get("joint_with", ())),
        sunlight=None if sun is None else Sunlight(
            sun["day"], float(sun["min_hours"]), Strength.from_zh(sun["strength"]), sun["text_zh"],
            float(sun["activity_ground_min_share"]), Strength.from_zh(sun["activity_ground_strength"]),
            sun["activity_ground_text_zh"]),
        floor_area_share=None if share is None else FloorAreaShare(
            float(share["min_share"]), float(share["min_area_m2"]), share["community_kind"],
            Strength.from_zh(share["strength"]), share["text_zh"]),
    )


def parse_standard(doc: dict[str, Any]) -> Standard:
    """Build the typed catalogue from the parsed JSON document."""
    g = doc["grouping"]
    return Standard(
        code=doc["standard"]["code"], title_zh=doc["standard"]["title_zh"],
        title_en=doc["standard"]["title_en"],
        facilities=tuple(_facility(f) for f in doc["facilities"]),
        clauses={k: Clause(k, Strength.from_zh(v["strength"]), v["text_zh"])
                 for k, v in doc["clauses"].items()},
        grouping=Grouping(g["clause"], Strength.from_zh(g["strength"]), tuple(g["types"]),
                          float(g["min_land_area_m2"]), g["text_zh"]),
        general_smart_requirements=tuple(
            GeneralSmartRequirement(_smart(x), tuple(x.get("exclude_categories", ())))
            for x in doc["general_smart_requirements"]),
        walk_distance_m={int(k): float(v) for k, v in doc["life_circles"]["walk_distance_m"].items()},
        population_defaults=dict(doc.get("population_defaults", {})),
        walk_distance_source=doc["life_circles"]["source"],
        life_circle_exclude=tuple(doc["life_circles"].get("exclude_types", ())),
        other_types=tuple(OtherFacilityType(o["code"], o["name_zh"], o["name_en"], o["clause"],
                                            tuple(o.get("aliases", ()))) for o in doc.get("other_facility_types", ())),
    )


@lru_cache(maxsize=4)
def load_standard(path: Optional[str] = None) -> Standard:
    """Load and cache the catalogue; the default is the file shipped with the plugin."""
    with open(path or DATA_FILE, encoding="utf-8") as fh:
        return parse_standard(json.load(fh))
