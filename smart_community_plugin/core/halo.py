"""How far beyond its boundary a community's review looks: the halo a city batch clips every layer to.

A review reads features outside the boundary only within one of these reaches: a facility type's service radius
or walking limit (shared facilities outside count within it, 4.5.3), the 15-minute life circle (4.5.4), the
register's distances (to a TOD station, to an emergency shelter), and the longest winter-solstice shadow of
the tallest building (A.0.1 sunlight). A walk of d metres never leaves the disc of radius d around its start, so
roads beyond the halo cannot shorten any walk the review measures. The halo is the largest of them.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..standard.model import Standard
from ..standard.register import Register
from .circles import walk_metres
from .parameters import ReviewParameters
from .shadows import longest_shadow
from .sun import day_of, sun_path
from .sunlight import SunlightParameters


def review_reaches(standard: Standard, params: ReviewParameters, register: Register,
                   tallest_m: Optional[float] = None, latitude: float = 0.0) -> dict[str, float]:
    """Each reach (m) a review looks beyond the boundary, by what asks for it."""
    params = params.resolved(standard)
    out: dict[str, float] = {}
    radii = [f.service_radius.distance_m for f in standard.facilities if f.service_radius is not None]
    walks = []
    for f in standard.facilities:
        minutes = getattr(f.quantity, "walk_minutes", None)
        if minutes:
            try:
                walks.append(walk_metres(standard, params, int(minutes)))
            except Exception:  # noqa: BLE001 — a time without a distance is the review's error, not the halo's
                pass
    out["service_radius"] = float(max(radii, default=0.0))
    out["walking_limit"] = float(max(walks, default=0.0))
    circle_minutes = [m for m in standard.walk_distance_m]
    out["life_circle"] = float(max((walk_metres(standard, params, int(m)) for m in circle_minutes), default=0.0))
    out["register"] = float(max((register.distance(k) for k in register.distances), default=0.0))
    out["sunlight"] = sunlight_reach(tallest_m, latitude)
    return out


def sunlight_reach(tallest_m: Optional[float], latitude: float) -> float:
    """The longest shadow (m) a building of `tallest_m` casts in the sunlight analysis window at a latitude."""
    if not tallest_m or not np.isfinite(tallest_m) or tallest_m <= 0:
        return 0.0
    p = SunlightParameters()
    path = sun_path(latitude, 0.0, day_of(p.day, p.year), p.start_min, p.end_min, p.step_min)
    return float(longest_shadow(np.array([tallest_m]), path.altitude)[0])


def halo_m(reaches: dict[str, float]) -> float:
    """The halo: the largest reach, rounded up to the metre."""
    return float(np.ceil(max(reaches.values(), default=0.0)))
