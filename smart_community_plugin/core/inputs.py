"""Plain containers for the review's inputs, already in one metric CRS; front ends fill them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np

from .results import Finding

# Metres in the working CRS (a transverse Mercator zone): four times the Earth's circumference. Beyond it a
# coordinate is in the wrong CRS or broken, and distances and areas computed from it would overflow.
MAX_COORDINATE = 1e8

# Facility attributes that limits and checks read, as float arrays (NaN when not given).
FACILITY_NUMBERS = ("floor_area_m2", "land_area_m2", "floors", "classes", "places", "level",
                    "own_entrance", "motor_spaces", "non_motor_spaces", "female_area_m2", "male_area_m2",
                    "view_radius_m")


@dataclass
class Community:
    """The community boundary (one polygon or multipolygon) and its declared properties."""

    geometry: Any
    name: str = ""
    kind: str = "new"
    population: Optional[float] = None
    # Codes of community-level provisions the planner declares (declarations field, register "declared").
    declarations: frozenset[str] = frozenset()
    # Children of an age (children_3_6, children_0_3) when the layer gives them: the kindergarten scale.
    children: dict[str, float] = field(default_factory=dict)


@dataclass
class Buildings:
    """Buildings with their attributes; NaN where a value is missing."""

    fids: np.ndarray
    geometries: np.ndarray
    residential: np.ndarray
    floors: np.ndarray
    height_m: np.ndarray
    households: np.ndarray
    population: np.ndarray
    ground_m: Optional[np.ndarray] = None   # ground elevation (m) when a field gives it, NaN where unknown

    def __len__(self) -> int:
        return len(self.fids)

    @classmethod
    def empty(cls) -> Buildings:
        """No buildings."""
        f = np.empty(0)
        return cls(np.empty(0, dtype=np.int64), np.empty(0, dtype=object), np.empty(0, dtype=bool),
                   f, f, f, f)


@dataclass
class Facilities:
    """Facilities with their type codes, status, numbers for limits and declared smart features."""

    fids: np.ndarray
    geometries: np.ndarray
    types: np.ndarray
    status: np.ndarray
    names: np.ndarray
    numbers: dict[str, np.ndarray]
    smart_features: list[frozenset[str]]
    centre: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))

    def __len__(self) -> int:
        return len(self.fids)

    @classmethod
    def empty(cls) -> Facilities:
        """No facilities."""
        o = np.empty(0, dtype=object)
        return cls(np.empty(0, dtype=np.int64), o, o, o, o,
                   {k: np.empty(0) for k in FACILITY_NUMBERS}, [], o)


@dataclass
class Compounds:
    """Gated compounds (门禁小区): polygons and whether each is gated."""

    fids: np.ndarray
    geometries: np.ndarray
    gated: np.ndarray
    names: np.ndarray


@dataclass
class Roads:
    """Walkable lines (already filtered) with their vertical level (0 ground, +1 bridge, -1 tunnel)."""

    fids: np.ndarray
    geometries: np.ndarray
    levels: np.ndarray


@dataclass
class GreenSpaces:
    """Public green and open space (4.4.1): polygons, names, emergency shelters (4.4.3) and declared smart items."""

    fids: np.ndarray
    geometries: np.ndarray
    names: np.ndarray
    shelter: np.ndarray                       # bool: an emergency shelter (应急避险场所)
    smart_features: list[frozenset[str]]

    def __len__(self) -> int:
        return len(self.fids)


@dataclass
class ReviewInputs:
    """Everything the review reads, in the working CRS, plus findings made while reading."""

    community: Community
    buildings: Buildings
    facilities: Facilities
    compounds: Optional[Compounds] = None
    roads: Optional[Roads] = None
    # Optional points: compound gates (ways through the walls) and building entrances.
    gates: Optional[np.ndarray] = None
    entrances: Optional[np.ndarray] = None
    play_areas: Optional[np.ndarray] = None     # kindergarten/nursery activity grounds (polygons)
    green_spaces: Optional[GreenSpaces] = None  # public green and open space (polygons, 4.4.1)
    fire_lanes: Optional[np.ndarray] = None     # roads marked fire_lane (消防通道, 5.2.4-1), lines
    findings: list[Finding] = field(default_factory=list)
    crs: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Any] = field(default_factory=dict)
    lonlat: tuple[float, float] = (0.0, 0.0)     # the community's centre, for the sun
