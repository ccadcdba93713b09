"""Sun position for sunlight analysis, in true solar time (真太阳时).

Declination and the equation of time follow the Astronomical Almanac's low-precision solar
coordinates (about 0.01 deg between 1950 and 2050); altitude and azimuth come from the hour angle
of true solar time. No atmospheric refraction: sunlight rules use the geometric sun.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

# Days named by the rules (the solar terms vary by a day between years; the year is a parameter).
NAMED_DAYS = {"winter_solstice": (12, 21), "great_cold": (1, 20)}
BEIJING_MERIDIAN = 120.0


def day_of(name_or_date: str, year: int) -> dt.date:
    """A date from a named day (winter_solstice 冬至, great_cold 大寒) or an ISO date."""
    if name_or_date in NAMED_DAYS:
        month, day = NAMED_DAYS[name_or_date]
        return dt.date(year, month, day)
    return dt.date.fromisoformat(name_or_date)


def _julian_day(date: dt.date, ut_hours: float) -> float:
    return date.toordinal() + 1721424.5 + ut_hours / 24.0


def solar_coordinates(jd: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Declination (deg) and equation of time (minutes) at Julian days `jd`."""
    n = np.asarray(jd, dtype=float) - 2451545.0
    mean_long = np.mod(280.460 + 0.9856474 * n, 360.0)
    anomaly = np.radians(np.mod(357.528 + 0.9856003 * n, 360.0))
    ecl_long = np.radians(mean_long + 1.915 * np.sin(anomaly) + 0.020 * np.sin(2 * anomaly))
    obliquity = np.radians(23.439 - 0.0000004 * n)
    declination = np.degrees(np.arcsin(np.sin(obliquity) * np.sin(ecl_long)))
    right_ascension = np.degrees(np.arctan2(np.cos(obliquity) * np.sin(ecl_long), np.cos(ecl_long)))
    eot = (mean_long - right_ascension + 180.0) % 360.0 - 180.0
    return declination, 4.0 * eot


@dataclass(frozen=True)
class SunPath:
    """Sun positions over a period of true solar time on one day at one place."""

    minutes: np.ndarray      # true solar time, minutes after midnight
    altitude: np.ndarray     # degrees above the horizon
    azimuth: np.ndarray      # degrees clockwise from north

    @property
    def direction(self) -> np.ndarray:
        """Unit vectors towards the sun (east, north, up), one row per step."""
        alt, az = np.radians(self.altitude), np.radians(self.azimuth)
        return np.column_stack([np.cos(alt) * np.sin(az), np.cos(alt) * np.cos(az), np.sin(alt)])


def sun_path(latitude: float, longitude: float, date: dt.date, start_min: float, end_min: float,
             step_min: float) -> SunPath:
    """Sun positions every `step_min` from `start_min` to `end_min` (true solar time, both included)."""
    minutes = np.arange(start_min, end_min + step_min / 2, step_min, dtype=float)
    # True solar time -> UT: subtract the longitude and the equation of time (one refinement suffices).
    ut = minutes / 60.0 - longitude / 15.0
    _, eot = solar_coordinates(_julian_day(date, 0) + ut / 24.0)
    ut = ut - eot / 60.0
    declination, _ = solar_coordinates(_julian_day(date, 0) + ut / 24.0)
    hour_angle = np.radians(15.0 * (minutes / 60.0 - 12.0))
    lat, dec = np.radians(latitude), np.radians(declination)
    sin_alt = np.sin(lat) * np.sin(dec) + np.cos(lat) * np.cos(dec) * np.cos(hour_angle)
    altitude = np.degrees(np.arcsin(np.clip(sin_alt, -1, 1)))
    azimuth = np.degrees(np.arctan2(np.sin(hour_angle),
                                    np.cos(hour_angle) * np.sin(lat) - np.tan(dec) * np.cos(lat))) + 180.0
    return SunPath(minutes, altitude, np.mod(azimuth, 360.0))


def beijing_to_true_solar(beijing_minutes: np.ndarray, longitude: float, date: dt.date) -> np.ndarray:
    """Beijing time (UTC+8) to true solar time at a longitude, in minutes after midnight."""
    beijing_minutes = np.asarray(beijing_minutes, dtype=float)
    ut_hours = beijing_minutes / 60.0 - 8.0
    _, eot = solar_coordinates(_julian_day(date, 0) + ut_hours / 24.0)
    return beijing_minutes + 4.0 * (longitude - BEIJING_MERIDIAN) + eot


def true_solar_to_beijing(true_minutes: np.ndarray, longitude: float, date: dt.date) -> np.ndarray:
    """True solar time at a longitude to Beijing time (UTC+8), in minutes after midnight."""
    guess = np.asarray(true_minutes, dtype=float) - 4.0 * (longitude - BEIJING_MERIDIAN)
    for _ in range(2):  # the equation of time changes slowly: two refinements reach < 0.01 s
        guess = guess - (beijing_to_true_solar(guess, longitude, date) - true_minutes)
    return guess
