"""Review parameters with documented defaults; the population factors default to the catalogue's."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from typing import Any, Optional

from ..standard.model import Standard
from .messages import Message, message

# Plausible ranges: (lowest, whether the lowest itself is excluded, highest). A person per household of 0.01
# or a cutoff of 100 km is still a choice; NaN, infinity and a population beyond 1e8 are mistakes.
_RANGES = {"persons_per_household": (0.0, True, 100.0), "floor_area_per_person_m2": (0.0, True, 10_000.0),
           "storey_height_m": (0.0, True, 50.0), "distance_cutoff_m": (0.0, True, 100_000.0),
           "grouping_distance_m": (0.0, False, 5_000.0), "population_override": (0.0, False, 1e8),
           "snap_tolerance_m": (0.0, False, 100.0), "walking_speed_m_per_min": (0.0, True, 1_000.0),
           "property_share": (0.0, True, 1.0)}


@dataclass(frozen=True)
class ReviewParameters:
    """Knobs of a review. None means: take the catalogue's documented default."""

    persons_per_household: Optional[float] = None
    floor_area_per_person_m2: Optional[float] = None
    storey_height_m: Optional[float] = None
    population_override: Optional[float] = None
    community_kind: Optional[str] = None
    include_planned: bool = True
    # Distances beyond this are reported as "beyond cutoff": bounds the nearest-neighbour search.
    distance_cutoff_m: float = 2000.0
    # Facilities of 4.5.5-1 closer than this are taken as built together (one integrated centre).
    grouping_distance_m: float = 50.0
    # euclidean, network or both; verdicts use walking distances whenever they are computed.
    distance_method: str = "both"
    # Ends of ways closer than this are joined when the walking network is built.
    snap_tolerance_m: float = 1.0
    # Life circles: None uses GB 50180's distances (5, 10, 15 min = 300, 500, 1000 m);
    # a speed in m/min turns the minutes into distances instead.
    walking_speed_m_per_min: Optional[float] = None
    life_circle_minutes: tuple[int, ...] = (5, 10, 15)
    # Facilities outside the boundary count as shared: None = only in existing communities (4.5.5-2).
    allow_sharing: Optional[bool] = None
    # Property-management rooms per total floor area (A.0.1): None = the draft's text, 2 %; the national
    # 完整居住社区建设标准（试行） reads 2 ‰ (0.002).
    property_share: Optional[float] = None

    def resolved(self, standard: Standard) -> ReviewParameters:
        """A copy with every None factor replaced by the catalogue's default."""
        d = standard.population_defaults
        return replace(
            self,
            persons_per_household=self.persons_per_household or d["persons_per_household"],
            floor_area_per_person_m2=self.floor_area_per_person_m2 or d["floor_area_per_person_m2"],
            storey_height_m=self.storey_height_m or d["storey_height_m"],
            life_circle_minutes=tuple(self.life_circle_minutes),
        )

    def validate(self) -> list[Message]:
        """Messages for values that are not numbers or out of their range; empty when all is well."""
        problems = []
        for name, (low, strict, high) in _RANGES.items():
            value = getattr(self, name)
            if value is None:
                continue
            if not math.isfinite(value):
                problems.append(message("error.parameter.not_number", name=name, value=str(value)))
            elif strict and not value > low:
                problems.append(message("error.parameter.not_positive", name=name, low=low, value=value))
            elif not strict and value < low:
                problems.append(message("error.parameter.negative", name=name, value=value))
            elif value > high:
                problems.append(message("error.parameter.too_large", name=name, high=high, value=value))
        if self.distance_method not in ("euclidean", "network", "both"):
            problems.append(message("error.parameter.distance_method", value=str(self.distance_method)))
        if self.community_kind not in (None, "new", "existing"):
            problems.append(message("error.parameter.community_kind", value=str(self.community_kind)))
        if not self.life_circle_minutes or not all(0 < m <= 240 for m in self.life_circle_minutes):
            problems.append(message("error.parameter.life_circles", value=str(self.life_circle_minutes)))
        return problems

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return asdict(self)
