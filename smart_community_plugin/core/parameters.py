"""Review parameters with documented defaults; the population factors default to the catalogue's."""

from __future__ import annotations

from dataclasses import asdict, dataclass
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

    def resolved(self, standard: Standard) -> "ReviewParameters":
        """A copy with every None factor replaced by the catalogue's default."""
        d = standard.population_defaults
        return ReviewParameters(
            persons_per_household=self.persons_per_household or d["persons_per_household"],
            floor_area_per_person_m2=self.floor_area_per_person_m2 or d["floor_area_per_person_m2"],
            storey_height_m=self.storey_height_m or d["storey_height_m"],
            population_override=self.population_override,
            community_kind=self.community_kind,
            include_planned=self.include_planned,
            distance_cutoff_m=self.distance_cutoff_m,
            grouping_distance_m=self.grouping_distance_m,
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
        if self.community_kind not in (None, "new", "existing"):
            problems.append(f"community_kind must be 'new' or 'existing' (got {self.community_kind!r})")
        return problems

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return asdict(self)
