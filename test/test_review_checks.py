"""Every check on small hand-made layers, expectations computed by hand in the comments."""

from __future__ import annotations

import math

import pytest
import shapely

from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.core.results import Verdict

from .layers import square
from .review_helpers import check, review

PPH = 2.62          # persons per household, the catalogue's default (7th census)
AREA_PP = 36.52     # m² floor area per person, the catalogue's default


def res(x, y, pop=None, households=None, floors=None, half=5.0, use="residential", **kw):
    return dict(geometry=square(x, y, half), use=use, population=pop, households=households,
                floors=floors, **kw)


def fac(kind, x, y, status="existing", **kw):
    return dict(geometry=shapely.Point(x, y), facility_type=kind, status=status, **kw)


def test_service_radius_is_population_weighted(tmp_path):
    # Health station at the origin. Buildings at 100 m (10 people), 299 m (20), 301 m (30);
    # a public building at 50 m with 1000 "people" does not count. Covered: 30 of 60 = 0.5.
    r = review(tmp_path, [res(100, 0, 10), res(299, 0, 20), res(301, 0, 30), res(50, 0, 1000, use="public")],
               [fac("health_station", 0, 0)])
    c = check(r, "service_radius:health_station")
    assert c.verdict is Verdict.WARNING  # 不宜大于 300m is a 宜 provision
    assert c.measured["coverage_ratio"] == pytest.approx(0.5)
    assert c.feature_ids == [3]
    cov = r.coverage["health_station"]["euclidean"]
    assert cov["population_total"] == 60
    assert cov["population_covered"] == 30 and cov["uncovered_building_ids"] == [3]
    assert r.community["population"] == 60


def test_full_coverage_passes_and_distances_are_exact(tmp_path):
    r = review(tmp_path, [res(30, 40, 10), res(-60, 80, 10)], [fac("health_station", 0, 0)])
    assert check(r, "service_radius:health_station").verdict is Verdict.PASS
    d = r.building_results["distance"]["health_station"]
    assert list(d) == pytest.approx([50.0, 100.0])  # 3-4-5 and 6-8-10 triangles


def test_quantity_counts_a_shared_facility_outside_within_the_radius(tmp_path):
    # 13,000 residents need ceil(13000 / 12000) = 2 health stations. One inside, one 250 m away
    # outside the 200 m x 200 m boundary of an existing community: shared (250 <= 300 m), so 2 are available.
    boundary = shapely.box(-100, -100, 100, 100)
    r = review(tmp_path, [res(0, 0, 13000)], [fac("health_station", 50, 0), fac("health_station", 250, 0)],
               community=boundary, community_attrs={"kind": "existing"})
    c = check(r, "quantity:health_station")
    assert (c.required["count"], c.measured["inside"], c.measured["shared"]) == (2, 1, 1)
    assert c.verdict is Verdict.PASS and sorted(c.feature_ids) == [1, 2]
    assert c.measured["shared_facilities"] == [{"feature_id": 2, "distance_m": 250.0}]


def test_quantity_fails_when_the_outside_facility_is_beyond_the_radius(tmp_path):
    boundary = shapely.box(-100, -100, 100, 100)
    r = review(tmp_path, [res(0, 0, 13000)], [fac("health_station", 50, 0), fac("health_station", 350, 0)],
               community=boundary)
    c = check(r, "quantity:health_station")
    assert c.verdict is Verdict.FAIL and c.measured["total"] == 1 and c.strength.value == "shall"


def test_planned_facilities_count_unless_excluded(tmp_path):
    rows = [res(0, 0, 13000)]
    facs = [fac("health_station", 10, 0), fac("health_station", 20, 0, status="planned")]
    assert check(review(tmp_path, rows, facs, name="a.gpkg"), "quantity:health_station").verdict is Verdict.PASS
    r = review(tmp_path, rows, facs, name="b.gpkg", params=ReviewParameters(include_planned=False))
    assert check(r, "quantity:health_station").verdict is Verdict.FAIL


def test_over_provision_is_a_note(tmp_path):
    # 6,000 residents: floor(6000 / 5000) = 1 culture station is enough; 3 inside is over-provision.
    r = review(tmp_path, [res(0, 0, 6000)], [fac("culture_station", x, 0) for x in (10, 20, 30)])
    assert check(r, "quantity:culture_station").verdict is Verdict.PASS
    c = check(r, "over_provision:culture_station")
    assert c.verdict is Verdict.INFO and c.required["at_most"] == 1


def test_convenience_store_band(tmp_path):
    # 7,000 residents, band 1000-3000: ceil(7000 / 3000) = 3 required.
    r = review(tmp_path, [res(0, 0, 7000)], [fac("convenience_store", x, 0) for x in (10, 20)])
    c = check(r, "quantity:convenience_store")
    assert c.required["count"] == 3 and c.verdict is Verdict.FAIL


def test_walking_time_types_use_the_10_minute_distance(tmp_path):
    # Public toilets: 步行 10 分钟之内 = 500 m (GB 50180). Exactly 500 m passes, 501 m does not.
    r = review(tmp_path, [res(500, 0, 10), res(0, 501, 10), res(0, 100, 10)], [fac("public_toilet", 0, 0)])
    c = check(r, "walk_access:public_toilet")
    assert c.verdict is Verdict.FAIL and c.feature_ids == [2]
    assert c.measured["population_beyond"] == 10
    assert c.required["distance_m"] == 500


def test_health_station_floor_area_limit(tmp_path):
    facs = [fac("health_station", 0, 0, floor_area_m2=119.0, level=1, own_entrance=1),
            fac("health_station", 10, 0, floor_area_m2=120.0, level=2, own_entrance=0),
            fac("health_station", 20, 0)]
    r = review(tmp_path, [res(0, 50, 10)], facs)
    assert check(r, "size:health_station:1:floor_area_m2").verdict is Verdict.FAIL   # 不得低于 120
    assert check(r, "size:health_station:2:floor_area_m2").verdict is Verdict.PASS
    assert check(r, "size:health_station:2:level").verdict is Verdict.FAIL            # 应安排在建筑首层
    assert check(r, "size:health_station:2:own_entrance").verdict is Verdict.FAIL
    assert check(r, "size:health_station:1:level").verdict is Verdict.PASS
    missing = check(r, "size:health_station:3:floor_area_m2")
    assert missing.verdict is Verdict.WARNING and missing.measured["floor_area_m2"] is None


def test_kindergarten_classes_places_and_floors(tmp_path):
    facs = [fac("kindergarten", 0, 0, classes=13, places=468, floors=4),   # 36 places a class
            fac("kindergarten", 10, 0, classes=12, places=360, floors=3)]  # 30 places a class
    r = review(tmp_path, [res(0, 50, 10)], facs)
    for field in ("classes", "places_per_class", "floors"):
        assert check(r, f"size:kindergarten:1:{field}").verdict is Verdict.WARNING, field
        assert check(r, f"size:kindergarten:2:{field}").verdict is Verdict.PASS, field
    assert check(r, "size:kindergarten:1:places_per_class").measured["places_per_class"] == 36


def test_sports_ground_land_area_from_its_polygon(tmp_path):
    # No land_area_m2 field value: the polygon's own area, 10 m x 14 m = 140 m² < 150 m² (宜).
    facs = [dict(geometry=shapely.box(0, 0, 10, 14), facility_type="sports_ground", status="existing"),
            dict(geometry=shapely.box(50, 0, 70, 10), facility_type="sports_ground", status="existing")]
    r = review(tmp_path, [res(0, 50, 10)], facs)
    small = check(r, "size:sports_ground:1:land_area_m2")
    assert small.verdict is Verdict.WARNING and small.measured["land_area_m2"] == pytest.approx(140)
    assert check(r, "size:sports_ground:2:land_area_m2").verdict is Verdict.PASS
    # Distance to an area facility is to its edge: the building at (0, 50) is 36 m above the 14 m edge.
    assert r.building_results["distance"]["sports_ground"][0] == pytest.approx(36.0)


def test_property_management_share_for_new_communities(tmp_path):
    # Two 20 m x 25 m buildings of 10 floors: 2 x 500 x 10 = 10,000 m² in all.
    # Required: max(2 % of 10,000, 50) = 200 m². 150 m² fails, 250 m² passes.
    blds = [dict(geometry=shapely.box(0, 0, 20, 25), use="residential", floors=10, households=50),
            dict(geometry=shapely.box(100, 0, 120, 25), use="residential", floors=10, households=50)]
    r = review(tmp_path, blds, [fac("property_management", 50, 50, floor_area_m2=150.0)], name="a.gpkg")
    c = check(r, "property_share:property_management")
    assert c.verdict is Verdict.FAIL and c.required["floor_area_m2"] == pytest.approx(200)
    assert c.measured["total_floor_area_m2"] == pytest.approx(10_000)
    r = review(tmp_path, blds, [fac("property_management", 50, 50, floor_area_m2=250.0)], name="b.gpkg")
    assert check(r, "property_share:property_management").verdict is Verdict.PASS
    r = review(tmp_path, blds, [fac("property_management", 50, 50, floor_area_m2=10.0)], name="c.gpkg",
               community_attrs={"kind": "existing"})
    assert check(r, "property_share:property_management").verdict is Verdict.NOT_APPLICABLE


def test_property_management_minimum_area_for_small_communities(tmp_path):
    # 1 building 10 x 10 x 2 floors = 200 m²: 2 % is 4 m², so the 50 m² minimum applies.
    blds = [dict(geometry=shapely.box(0, 0, 10, 10), use="residential", floors=2, households=2)]
    r = review(tmp_path, blds, [fac("property_management", 50, 50, floor_area_m2=49.0)])
    c = check(r, "property_share:property_management")
    assert c.required["floor_area_m2"] == 50 and c.verdict is Verdict.FAIL


GROUP = ["elderly_day_care", "elderly_activity_room", "health_station", "culture_station",
         "service_station", "community_canteen"]


def test_integrated_centre_grouped_on_enough_land_passes(tmp_path):
    facs = [fac(code, 10 * k, 0, land_area_m2=3200.0 if k == 0 else None) for k, code in enumerate(GROUP)]
    c = check(review(tmp_path, [res(0, 50, 10)], facs), "grouping:integrated_centre")
    assert c.verdict is Verdict.PASS and c.measured["centre_land_area_m2"] == 3200


def test_integrated_centre_on_too_little_land_or_split_is_a_warning(tmp_path):
    small = [fac(code, 10 * k, 0, land_area_m2=2500.0) for k, code in enumerate(GROUP)]
    c = check(review(tmp_path, [res(0, 50, 10)], small, name="a.gpkg"), "grouping:integrated_centre")
    assert c.verdict is Verdict.WARNING and c.strength.value == "should"
    split = [fac(code, 10 * k + (300 if k >= 4 else 0), 0, land_area_m2=3500.0) for k, code in enumerate(GROUP)]
    c = check(review(tmp_path, [res(0, 50, 10)], split, name="b.gpkg"), "grouping:integrated_centre")
    assert c.verdict is Verdict.WARNING
    assert sorted(c.measured["types_in_centre"]) == sorted(GROUP[:4])


def test_centre_field_groups_facilities_far_apart(tmp_path):
    facs = [fac(code, 100 * k, 0, centre="综合服务中心", land_area_m2=3000.0) for k, code in enumerate(GROUP)]
    c = check(review(tmp_path, [res(0, 50, 10)], facs), "grouping:integrated_centre")
    assert c.verdict is Verdict.PASS and c.measured["groups"] == 1


def test_smart_requirements_by_strength_and_by_chinese_wording(tmp_path):
    facs = [fac("culture_station", 0, 0, smart_features="online_library, 在线文化馆"),
            fac("housekeeping", 10, 0, smart_features="online_booking;info_screen_or_audio_prompt")]
    r = review(tmp_path, [res(0, 50, 10)], facs)
    should = check(r, "smart_requirements:culture_station:1:A.0.1:should")
    assert should.verdict is Verdict.WARNING and should.measured["missing"] == ["online_community_forum"]
    assert check(r, "smart_requirements:culture_station:1:4.5.10:shall").verdict is Verdict.FAIL
    assert check(r, "smart_requirements:housekeeping:2:A.0.1:shall").verdict is Verdict.PASS
    may = check(r, "smart_requirements:housekeeping:2:A.0.1:may")
    assert may.verdict is Verdict.INFO  # 可 items never fail or warn
    assert check(r, "smart_requirements:housekeeping:2:4.5.10:shall").verdict is Verdict.PASS


def test_smart_security_types_are_outside_4_5_10(tmp_path):
    r = review(tmp_path, [res(0, 50, 10)], [fac("access_control", 0, 0)])
    assert not [c for c in r.checks if c.id.startswith("smart_requirements:access_control:1:4.5.10")]


def test_access_control_per_gated_compound(tmp_path):
    compounds = [dict(geometry=shapely.box(0, 0, 100, 100), name="A", gated=1),
                 dict(geometry=shapely.box(200, 0, 300, 100), name="B", gated=1),
                 dict(geometry=shapely.box(400, 0, 500, 100), name="C", gated=0)]
    # A gate drawn 2 m outside compound A's wall still counts (5 m tolerance); B has none; C is open.
    r = review(tmp_path, [res(50, 50, 10)], [fac("access_control", 102, 50)], compounds=compounds)
    c = check(r, "quantity:access_control")
    assert c.verdict is Verdict.FAIL and c.feature_ids == [2]
    assert c.measured == {"gated_compounds": 2, "without_access_control": 1}


def test_access_control_without_compounds_is_not_applicable(tmp_path):
    r = review(tmp_path, [res(50, 50, 10)], [fac("access_control", 102, 50)])
    assert check(r, "quantity:access_control").verdict is Verdict.NOT_APPLICABLE


def test_population_sources_in_order(tmp_path):
    blds = [res(0, 0, pop=100, households=10),                    # population field wins: 100
            res(100, 0, households=40),                           # 40 x 2.62 = 104.8
            dict(geometry=shapely.box(200, 0, 220, 10), use="residential", floors=6),    # 200 x 6 / 36.52
            dict(geometry=shapely.box(300, 0, 320, 10), use="residential", height_m=18.0),  # 18 / 3 = 6 floors
            res(400, 0)]                                          # nothing: 0 and a finding
    r = review(tmp_path, blds, [fac("health_station", 0, 0)])
    pops = list(r.building_results["population"])
    by_area = 200 * 6 / AREA_PP
    assert pops == pytest.approx([100, 40 * PPH, by_area, by_area, 0])
    assert r.community["population"] == pytest.approx(100 + 40 * PPH + 2 * by_area)
    assert r.community["building_population_sources"] == {"population": 1, "households": 1,
                                                         "floor_area": 2, "none": 1}
    assert any(f.feature_id == 5 and "population" in f.text() for f in r.findings)


def test_population_parameters_and_overrides(tmp_path):
    blds = [res(0, 0, households=100)]
    r = review(tmp_path, blds, [], name="a.gpkg", params=ReviewParameters(persons_per_household=3.0))
    assert r.community["population"] == pytest.approx(300)
    r = review(tmp_path, blds, [], name="b.gpkg", community_attrs={"kind": "new", "population": 5000})
    assert (r.community["population"], r.community["population_source"]) == (5000, "community_layer")
    r = review(tmp_path, blds, [], name="c.gpkg", community_attrs={"kind": "new", "population": 5000},
               params=ReviewParameters(population_override=8000))
    assert (r.community["population"], r.community["population_source"]) == (8000, "parameter")


def test_buildings_outside_the_boundary_are_not_residents(tmp_path):
    r = review(tmp_path, [res(0, 0, 10), res(5000, 0, 99)], [], community=shapely.box(-100, -100, 100, 100))
    assert r.community["population"] == 10 and r.community["residential_buildings"] == 1


def test_overall_verdict_rule(tmp_path):
    r = review(tmp_path, [res(0, 0, 10)], [fac("health_station", 0, 0)])
    assert r.overall() == "fail"  # many 应 items are missing in a bare scheme
    counts = r.counts()
    assert sum(counts.values()) == len(r.checks)
    assert math.isclose(r.to_dict()["summary"]["counts"]["fail"], counts["fail"])
