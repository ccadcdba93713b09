"""Sun positions against NREL's SPA (pvlib) on several Chinese latitudes, and time conversions."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pvlib
import pytest

from smart_community_plugin.core.sun import beijing_to_true_solar, day_of, sun_path, true_solar_to_beijing

CITIES = {"Harbin": (45.75, 126.63), "Beijing": (39.90, 116.40), "Shanghai": (31.23, 121.47),
          "Guangzhou": (23.13, 113.26), "Kunming": (25.04, 102.71)}


@pytest.mark.parametrize("city", list(CITIES))
@pytest.mark.parametrize("day", ["winter_solstice", "great_cold"])
def test_within_0_05_degrees_of_spa(city, day):
    lat, lon = CITIES[city]
    date = day_of(day, 2026)
    path = sun_path(lat, lon, date, 9 * 60, 15 * 60, 5)
    # SPA works in UT: convert our true solar times with SPA's own equation of time (pvlib).
    noon = pd.DatetimeIndex([pd.Timestamp(date) + pd.Timedelta(hours=12 - lon / 15)], tz="UTC")
    eot = float(pvlib.solarposition.spa_python(noon, lat, lon)["equation_of_time"].iloc[0])
    ut = pd.DatetimeIndex([pd.Timestamp(date) + pd.Timedelta(minutes=float(m - 4 * lon - eot))
                           for m in path.minutes], tz="UTC")
    spa = pvlib.solarposition.spa_python(ut, lat, lon)
    assert np.max(np.abs(path.altitude - spa["elevation"].to_numpy())) < 0.05
    assert np.max(np.abs(path.azimuth - spa["azimuth"].to_numpy())) < 0.05


def test_solar_noon_is_due_south_at_its_highest():
    path = sun_path(39.9, 116.4, day_of("winter_solstice", 2026), 11 * 60, 13 * 60, 1)
    noon = int(np.argmax(path.altitude))
    assert path.minutes[noon] == 12 * 60 and path.azimuth[noon] == pytest.approx(180, abs=1e-6)
    # 90 - latitude - 23.44: the winter-solstice noon altitude by hand.
    assert path.altitude[noon] == pytest.approx(90 - 39.9 - 23.44, abs=0.02)


def test_beijing_time_round_trip_and_offset():
    date = day_of("winter_solstice", 2026)
    # Urumqi (87.6 E) is 32.4 deg west of the Beijing meridian: 129.6 minutes earlier, plus the
    # equation of time (about +1.7 min on 21 December).
    tst = beijing_to_true_solar(np.array([12 * 60.0]), 87.6, date)[0]
    assert tst == pytest.approx(12 * 60 - 129.6 + 1.7, abs=0.5)
    back = true_solar_to_beijing(np.array([tst]), 87.6, date)[0]
    assert back == pytest.approx(12 * 60, abs=1e-3)


def test_named_days():
    assert day_of("winter_solstice", 2026) == dt.date(2026, 12, 21)
    assert day_of("great_cold", 2027) == dt.date(2027, 1, 20)
    assert day_of("2026-12-22", 2026) == dt.date(2026, 12, 22)
