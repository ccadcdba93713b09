"""Life-circle distances (4.5.4): minutes to metres by GB 50180-2018, or minutes times a walking speed."""

from __future__ import annotations

from collections import OrderedDict

from ..standard.model import Standard
from .errors import ReviewError
from .parameters import ReviewParameters


def walk_metres(standard: Standard, params: ReviewParameters, minutes: int) -> float:
    """Minutes of walking as metres: minutes x the walking speed parameter, else GB 50180's distance;
    a time GB 50180 does not list, without a speed, is an error that names it."""
    speed = params.walking_speed_m_per_min
    if speed:
        return minutes * speed
    if minutes in standard.walk_distance_m:
        return standard.walk_distance(minutes)
    raise ReviewError.of("error.circles.no_distance", minutes=minutes)


def circle_distances(standard: Standard, params: ReviewParameters) -> OrderedDict[int, float]:
    """Minutes to metres for every life circle (walk_metres), in order."""
    return OrderedDict((minutes, walk_metres(standard, params, minutes)) for minutes in sorted(params.life_circle_minutes))
