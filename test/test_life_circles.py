"""Life circles (4.5.4): membership from the table, completeness and shares by hand."""

from __future__ import annotations

import pytest
import shapely

from smart_community_plugin.core.parameters import ReviewParameters

from .layers import square
from .review_helpers import review

FIVE = ["elderly_day_care", "elderly_activity_room", "kindergarten", "nursery", "health_station",
        "sports_ground", "service_station", "convenience_store"]              # radius 300 m
TEN = ["culture_station", "bus_stop", "public_toilet", "fresh_market"]        # 500 m or 10 minutes
FIFTEEN = ["waste_collection", "community_canteen", "housekeeping", "parcel_station",
           "property_management", "repair_point"]                             # no distance in the table


def _all_types_at(x, y):
    return [dict(geometry=shapely.Point(x + k, y), facility_type=code, status="existing")
            for k, code in enumerate(FIVE + TEN + FIFTEEN)]


def _circles(result):
    return {c["minutes"]: c for c in result.life_circles["circles"]}


def test_membership_follows_each_types_own_distance(tmp_path):
    r = review(tmp_path, [dict(geometry=square(0, 0), use="residential", population=1)], _all_types_at(0, 0))
    c = _circles(r)
    assert sorted(c[5]["own_types"]) == sorted(FIVE)
    assert sorted(c[10]["own_types"]) == sorted(TEN)
    assert sorted(c[15]["own_types"]) == sorted(FIFTEEN)
    assert len(c[15]["types"]) == 18 and (c[5]["distance_m"], c[10]["distance_m"], c[15]["distance_m"]) == (300, 500, 1000)


def test_completeness_and_population_shares(tmp_path):
    # Every type 20 m from home A (10 people); home B (30 people) is 400 m away from all of them.
    homes = [dict(geometry=square(0, 20), use="residential", population=10),
             dict(geometry=square(0, -400 + 20 + 10), use="residential", population=30)]
    r = review(tmp_path, homes, _all_types_at(0, 0))
    c = _circles(r)
    assert c[5]["share_complete"] == pytest.approx(10 / 40)
    assert c[10]["share_complete"] == pytest.approx(1.0)
    assert c[15]["share_complete"] == pytest.approx(1.0)
    assert c[5]["most_missing"][0]["population_share_missing"] == pytest.approx(30 / 40)
    complete5 = r.building_results["circles"][5]["complete"]
    assert list(complete5) == [True, False]


def test_a_missing_type_leaves_every_circle_that_needs_it_incomplete(tmp_path):
    facs = [f for f in _all_types_at(0, 0) if f["facility_type"] != "fresh_market"]
    r = review(tmp_path, [dict(geometry=square(0, 20), use="residential", population=5)], facs)
    c = _circles(r)
    assert c[5]["share_complete"] == 1 and c[10]["share_complete"] == 0 and c[15]["share_complete"] == 0
    assert c[10]["most_missing"] == [{"facility_type": "fresh_market", "population_share_missing": 1.0}]


def test_walking_speed_turns_minutes_into_distances(tmp_path):
    homes = [dict(geometry=square(0, -400 + 20 + 10), use="residential", population=30)]
    r = review(tmp_path, homes, _all_types_at(0, 0), params=ReviewParameters(walking_speed_m_per_min=100))
    c = _circles(r)
    assert c[5]["distance_m"] == 500 and c[5]["share_complete"] == 1.0
