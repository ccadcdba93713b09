"""Population per residential building: population field, else households, else floor area."""

from __future__ import annotations

import numpy as np
import shapely

from .inputs import Buildings
from .parameters import ReviewParameters

SOURCE_FIELD, SOURCE_HOUSEHOLDS, SOURCE_FLOOR_AREA, SOURCE_NONE = 0, 1, 2, 3
SOURCE_NAMES = ("population", "households", "floor_area", "none")


def effective_floors(b: Buildings, storey_height_m: float) -> np.ndarray:
    """Floors from the floors field, else height / storey height (at least 1), else NaN."""
    floors = b.floors.astype(float).copy()
    from_height = np.maximum(1.0, np.round(b.height_m / storey_height_m))
    use_height = ~(floors > 0) & (b.height_m > 0)
    floors[use_height] = from_height[use_height]
    floors[~(floors > 0)] = np.nan
    return floors


def gross_floor_area(b: Buildings, storey_height_m: float) -> np.ndarray:
    """Footprint area x floors in m² (NaN where floors are unknown)."""
    return shapely.area(b.geometries) * effective_floors(b, storey_height_m)


def building_population(b: Buildings, params: ReviewParameters) -> tuple[np.ndarray, np.ndarray]:
    """Residents per building and the source used for each (SOURCE_* codes).

    Non-residential buildings have 0. Negative or non-finite values count as missing, so the next
    source is used; a building with no usable source has 0 and SOURCE_NONE.
    """
    n = len(b)
    pop = np.zeros(n)
    src = np.full(n, SOURCE_NONE, dtype=np.int8)
    gfa = gross_floor_area(b, params.storey_height_m)
    candidates = (
        (SOURCE_FIELD, b.population),
        (SOURCE_HOUSEHOLDS, b.households * params.persons_per_household),
        (SOURCE_FLOOR_AREA, gfa / params.floor_area_per_person_m2),
    )
    todo = b.residential.copy()
    for code, values in candidates:
        ok = todo & np.isfinite(values) & (values >= 0)
        pop[ok] = values[ok]
        src[ok] = code
        todo &= ~ok
    return pop, src
