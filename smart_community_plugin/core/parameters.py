"""Review parameters with documented defaults; the population factors default to the catalogue's."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Optional

from ..standard.model import Standard


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

    def resolved(self, standard: Standard) -> "ReviewParameters":
        """A copy with every None factor replaced by the catalogue's default."""
        d = standard.population_defaults
        return replace(
            self,
            persons_per_household=self.persons_per_household or d["persons_per_household"],
            floor_area_per_person_m2=self.floor_area_per_person_m2 or d["floor_area_per_person_m2"],
            storey_height_m=self.storey_height_m or d["storey_height_m"],
            life_circle_minutes=tuple(self.life_circle_minutes),
        )

    def validate(self) -> list[str]:
        """Plain messages for out-of-range values; empty when all is well."""
        problems = []
        for name in ("persons_per_household", "floor_area_per_person_m2", "storey_height_m",
                     "distance_cutoff_m"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                problems.append(f"{name} must be greater than 0 (got {value})")
        if self.grouping_distance_m < 0:
            problems.append(f"grouping_distance_m must not be negative (got {self.grouping_distance_m})")
        if self.population_override is not None and self.population_override < 0:
            problems.append(f"population_override must not be negative (got {self.population_override})")
        if self.distance_method not in ("euclidean", "network", "both"):
            problems.append(f"distance_method must be euclidean, network or both (got {self.distance_method!r})")
        if self.snap_tolerance_m < 0:
            problems.append(f"snap_tolerance_m must not be negative (got {self.snap_tolerance_m})")
        if self.walking_speed_m_per_min is not None and not self.walking_speed_m_per_min > 0:
            problems.append(f"walking_speed_m_per_min must be greater than 0 (got {self.walking_speed_m_per_min})")
        if self.community_kind not in (None, "new", "existing"):
            problems.append(f"community_kind must be 'new' or 'existing' (got {self.community_kind!r})")
        return problems

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return asdict(self)
