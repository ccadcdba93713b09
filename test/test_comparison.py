"""Existing against existing-plus-planned: what the planned facilities fix, by check and by type."""

from __future__ import annotations

import shapely

from smart_community_plugin.core.comparison import compare_reviews
from smart_community_plugin.core.parameters import ReviewParameters

from .layers import square
from .review_helpers import review


def test_a_planned_health_station_fixes_count_and_coverage(tmp_path, standard, qgis_app):
    # 9,000 residents near the existing station, 4,000 in a block 800 m east, where one is planned.
    homes = [dict(geometry=square(0, 0), use="residential", population=9000),
             dict(geometry=square(800, 0), use="residential", population=4000)]
    # Both stations meet their other 应 items (120 m² floor area, ground floor, own entrance, smart items).
    good = dict(facility_type="health_station", floor_area_m2=150.0, level=1, own_entrance=1,
                smart_features="medical_consultation,self_check_diagnosis,medicine_delivery,health_records,"
                               "info_screen_or_audio_prompt")
    # A bus stop 50 m from each (4.5.7: health stations 宜 near a stop, within 300 m).
    facs = [dict(geometry=shapely.Point(20, 0), status="existing", **good),
            dict(geometry=shapely.Point(820, 0), status="planned", **good),
            dict(geometry=shapely.Point(20, 50), status="existing", facility_type="bus_stop"),
            dict(geometry=shapely.Point(820, 50), status="existing", facility_type="bus_stop")]
    before = review(tmp_path, homes, facs, params=ReviewParameters(include_planned=False), name="a.gpkg")
    after = review(tmp_path, homes, facs, params=ReviewParameters(include_planned=True), name="b.gpkg")
    cmp = compare_reviews(before.to_dict(), after.to_dict())
    row = next(t for t in cmp.types if t.facility_type == "health_station")
    # 13,000 residents need ceil(13000 / 12000) = 2 stations (Table A.0.1: one per 5,000-12,000).
    assert (row.required, row.count_before, row.count_after) == (2, 1, 2)
    # Within 300 m: 9,000 of 13,000 before, everybody after.
    assert abs(row.covered_before - 9000 / 13000) < 1e-6 and row.covered_after == 1.0
    assert (row.verdict_before, row.verdict_after) == ("fail", "pass")
    quantity = next(c for c in cmp.checks if c.check_id == "quantity:health_station")
    assert (quantity.before, quantity.after, quantity.change) == ("fail", "pass", "improved")
    assert cmp.count("worse") == 0 and cmp.count("improved") >= 2


def test_checks_only_in_one_review_are_new_or_gone():
    before = {"summary": {"overall": "fail"}, "checks": [
        {"id": "a", "clause": "4.5.3", "facility_type": None, "verdict": "fail", "rule": "x"}]}
    after = {"summary": {"overall": "warning"}, "checks": [
        {"id": "b", "clause": "4.5.3", "facility_type": None, "verdict": "pass", "rule": "x"}]}
    cmp = compare_reviews(before, after)
    assert [(c.check_id, c.change) for c in cmp.checks] == [("a", "gone"), ("b", "new")]
    assert (cmp.overall_before, cmp.overall_after) == ("fail", "warning")
