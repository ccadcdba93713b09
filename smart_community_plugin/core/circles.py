"""Life-circle distances (4.5.4): minutes to metres by GB 50180-2018, or minutes times a walking speed."""

from __future__ import annotations

from collections import OrderedDict

from ..standard.model import Standard
from .errors import ReviewError
from .parameters import ReviewParameters


def circle_distances(standard: Standard, params: ReviewParameters) -> OrderedDict[int, float]:
    """Minutes to metres: GB 50180's distances by default, or minutes x the walking speed parameter."""
    speed = params.walking_speed_m_per_min
    out: OrderedDict[int, float] = OrderedDict()
    for minutes in sorted(params.life_circle_minutes):
        if speed:
            out[minutes] = minutes * speed
        elif minutes in standard.walk_distance_m:
            out[minutes] = standard.walk_distance(minutes)
        else:
            raise ReviewError.of("error.circles.no_distance", minutes=minutes)
    return out
