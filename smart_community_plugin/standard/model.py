"""Typed objects for Table A.0.1 and the clauses that bear on facilities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .vocabulary import FacilityMatcher


class Strength(str, Enum):
    """Wording strength of a provision (用词说明): 必须/严禁, 应/不应/不得, 宜/不宜, 可."""

    MUST = "must"
    SHALL = "shall"
    SHOULD = "should"
    MAY = "may"
    NONE = "none"

    @classmethod
    def from_zh(cls, word: Optional[str]) -> Strength:
        """Map a Chinese modal word to its strength; an empty or unknown word has none."""
        return _ZH.get(word or "", cls.NONE)

    @property
    def zh(self) -> str:
        """The positive Chinese word for this strength."""
        return {"must": "必须", "shall": "应", "should": "宜", "may": "可", "none": "—"}[self.value]

    @property
    def rank(self) -> int:
        """Higher is stricter; used to pick the strongest of several items."""
        return {"must": 4, "shall": 3, "should": 2, "may": 1, "none": 0}[self.value]


_ZH = {
    "必须": Strength.MUST, "严禁": Strength.MUST,
    "应": Strength.SHALL, "不应": Strength.SHALL, "不得": Strength.SHALL,
    "宜": Strength.SHOULD, "不宜": Strength.SHOULD,
    "可": Strength.MAY,
}


class QuantityBasis(str, Enum):
    """What the 设置要求 column counts facilities against."""

    POPULATION = "population"
    WALK_MINUTES = "walk_minutes"
    PER_GATED_COMPOUND = "per_gated_compound"
    NONE = "none"


@dataclass(frozen=True)
class Quantity:
    """The 设置要求 cell: a population band, a walking time, one per gated compound, or nothing."""

    basis: QuantityBasis
    text_zh: str
    population_min: Optional[int] = None
    population_max: Optional[int] = None
    walk_minutes: Optional[int] = None


@dataclass(frozen=True)
class ServiceRadius:
    """A 服务半径 limit from the 布局要求 cell."""

    distance_m: float
    strength: Strength
    text_zh: str


@dataclass(frozen=True)
class Limit:
    """A numeric limit on a facility attribute (floor area, classes, floors ...)."""

    field: str
    minimum: Optional[float]
    maximum: Optional[float]
    strength: Strength
    text_zh: str
    text_en: str


@dataclass(frozen=True)
class LayoutItem:
    """One sentence of the 布局要求 cell with its wording strength."""

    text_zh: str
    text_en: str
    strength: Strength


@dataclass(frozen=True)
class SmartRequirement:
    """One item of a 智慧要求 (or a smart item of 布局要求), declared by code in smart_features."""

    code: str
    text_zh: str
    text_en: str
    strength: Strength
    clause: str
    source: str
    note: str = ""


@dataclass(frozen=True)
class Sunlight:
    """Kindergarten and nursery sunlight rules: hours on a day and the activity-ground share."""

    day: str
    min_hours: float
    strength: Strength
    text_zh: str
    activity_ground_min_share: float
    activity_ground_strength: Strength
    activity_ground_text_zh: str


@dataclass(frozen=True)
class FloorAreaShare:
    """Property-management rooms as a share of the total floor area, with a floor minimum."""

    min_share: float
    min_area_m2: float
    community_kind: str
    strength: Strength
    text_zh: str


@dataclass(frozen=True)
class FacilityType:
    """One row of Table A.0.1."""

    code: str
    category_zh: str
    category_en: str
    name_zh: str
    name_en: str
    quantity: Quantity
    service_content_zh: str
    joint_building_zh: str
    joint_building_strength: Strength
    service_radius: Optional[ServiceRadius]
    limits: tuple[Limit, ...]
    layout: tuple[LayoutItem, ...]
    smart_requirements: tuple[SmartRequirement, ...]
    joint_with: tuple[str, ...] = ()
    sunlight: Optional[Sunlight] = None
    floor_area_share: Optional[FloorAreaShare] = None


@dataclass(frozen=True)
class Clause:
    """A clause of the standard quoted by checks and reports."""

    number: str
    strength: Strength
    text_zh: str


@dataclass(frozen=True)
class Grouping:
    """4.5.5-1: facilities to be grouped into an integrated service centre of a minimum land area."""

    clause: str
    strength: Strength
    types: tuple[str, ...]
    min_land_area_m2: float
    text_zh: str


@dataclass(frozen=True)
class GeneralSmartRequirement:
    """A smart requirement that applies to every facility type except some categories (4.5.10)."""

    requirement: SmartRequirement
    exclude_categories: tuple[str, ...]


@dataclass(frozen=True)
class OtherFacilityType:
    """A facility type a chapter names that is not a row of Table A.0.1 (4.2.4, 4.3.4, 4.3.5, 4.5.6, 4.5.7)."""

    code: str
    name_zh: str
    name_en: str
    clause: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Standard:
    """The whole catalogue: facility types in table order, clauses, grouping and life circles."""

    code: str
    title_zh: str
    title_en: str
    facilities: tuple[FacilityType, ...]
    clauses: dict[str, Clause]
    grouping: Grouping
    general_smart_requirements: tuple[GeneralSmartRequirement, ...]
    walk_distance_m: dict[int, float]
    population_defaults: dict[str, float] = field(default_factory=dict)
    walk_distance_source: str = ""
    life_circle_exclude: tuple[str, ...] = ()
    other_types: tuple[OtherFacilityType, ...] = ()

    def facility(self, code: str) -> FacilityType:
        """The facility type with this code; KeyError names the unknown code."""
        for f in self.facilities:
            if f.code == code:
                return f
        raise KeyError(f"unknown facility type code: {code!r}")

    @cached_property
    def type_names(self) -> dict[str, str]:
        """Accepted spellings of each facility type (code, Chinese and English names, lower case) to its code."""
        out: dict[str, str] = {}
        for f in self.facilities:
            for key in (f.code, f.name_zh, f.name_en):
                out[key.strip().lower()] = f.code
            # The Chinese name without its parenthesised part: 老年人日间照料中心（托老所） -> both names.
            for part in re.split(r"[（）()]", f.name_zh):
                if len(part.strip()) >= 2:
                    out.setdefault(part.strip().lower(), f.code)
        for o in self.other_types:
            for key in (o.code, o.name_zh, o.name_en, *o.aliases):
                out.setdefault(key.strip().lower(), o.code)
        return out

    def other_type(self, code: str) -> Optional[OtherFacilityType]:
        """A chapter's facility type (not a table row) by code, or None."""
        return next((o for o in self.other_types if o.code == code), None)

    def type_names_of(self, code: str) -> dict[str, str]:
        """{zh, en} names of any facility type, table row or chapter type."""
        return {"zh": self.type_name(code, "zh"), "en": self.type_name(code, "en")}

    def type_name(self, code: str, language: str) -> str:
        """The name of any facility type, table row or chapter type, in zh or en; the code when unknown."""
        for f in self.facilities:
            if f.code == code:
                return f.name_zh if language == "zh" else f.name_en
        o = self.other_type(code)
        if o is None:
            return code
        return o.name_zh if language == "zh" else o.name_en

    @cached_property
    def matcher(self) -> FacilityMatcher:
        """The one facility-type matcher: codes, the standard's names, the intake vocabulary and OSM tags."""
        from .vocabulary import FacilityMatcher

        return FacilityMatcher(self.type_names)

    @property
    def codes(self) -> tuple[str, ...]:
        """Facility type codes in table order."""
        return tuple(f.code for f in self.facilities)

    def smart_requirements_for(self, code: str) -> tuple[SmartRequirement, ...]:
        """The type's own smart items plus the general ones (4.5.10) that apply to it, without repeats; none
        for a chapter's type that is not a row of the table (the operation centre, a rail station ...)."""
        if self.other_type(code) is not None:
            return ()
        ftype = self.facility(code)
        items = list(ftype.smart_requirements)
        seen = {r.code for r in items}
        for general in self.general_smart_requirements:
            if ftype.category_zh in general.exclude_categories or general.requirement.code in seen:
                continue
            items.append(general.requirement)
            seen.add(general.requirement.code)
        return tuple(items)

    def walk_distance(self, minutes: int) -> float:
        """Straight walking distance in metres for a life-circle time (GB 50180-2018)."""
        return self.walk_distance_m[minutes]

    def sharing_distance(self, code: str) -> float:
        """How far outside the boundary a facility may lie and still count as shared (4.5.4, 4.5.5-2)."""
        ftype = self.facility(code)
        if ftype.service_radius is not None:
            return ftype.service_radius.distance_m
        if ftype.quantity.walk_minutes:
            return self.walk_distance(ftype.quantity.walk_minutes)
        return self.walk_distance(max(self.walk_distance_m))
