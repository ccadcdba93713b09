"""The register's provisions in a review: new checks at their documented distances ± 1 m, honest verdicts."""

from __future__ import annotations

import pytest
import shapely

from smart_community_plugin.core.approval import approval_from_verdicts
from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.core.provisions import blocking, evaluate
from smart_community_plugin.core.results import Verdict
from smart_community_plugin.standard.model import Strength
from smart_community_plugin.standard.register import load_register

from .layers import square
from .review_helpers import check, review


def home(x, y, pop=100):
    return dict(geometry=square(x, y, 5.0), use="residential", population=pop)


def fac(kind, x, y, **kw):
    return dict(geometry=shapely.Point(x, y), facility_type=kind, status="existing", **kw)


def provision(result, pid):
    return next(p for p in result.provisions if p["id"] == pid)


# The documented distances of register.json, written out here: a change there must show up here.
PARCEL_M, TOILET_M, TRANSIT_M, JOINT_M = 50, 100, 300, 50


@pytest.mark.parametrize("dx, verdict", [(PARCEL_M - 1, Verdict.PASS), (PARCEL_M + 1, Verdict.FAIL)])
def test_parcel_station_by_property_management(tmp_path, dx, verdict):
    r = review(tmp_path, [home(0, 200)], [fac("parcel_station", 0, 0), fac("property_management", dx, 0)])
    c = check(r, "parcel_siting:parcel_station:1")
    assert c.verdict is verdict and c.strength is Strength.SHALL
    assert c.measured["distance_m"] == pytest.approx(dx)
    assert provision(r, "A.0.1/parcel_station/layout-1")["outcome"] == verdict.value


@pytest.mark.parametrize("dy, verdict", [(TOILET_M - 1, Verdict.PASS), (TOILET_M + 1, Verdict.WARNING)])
def test_sports_ground_with_a_toilet_nearby(tmp_path, dy, verdict):
    r = review(tmp_path, [home(0, -200)], [fac("sports_ground", 0, 0), fac("public_toilet", 0, dy)])
    assert check(r, "toilet_near_sports:sports_ground:1").verdict is verdict


@pytest.mark.parametrize("dx, verdict", [(JOINT_M - 1, Verdict.PASS), (JOINT_M + 1, Verdict.WARNING)])
def test_nursery_joint_with_a_kindergarten(tmp_path, dx, verdict):
    r = review(tmp_path, [home(0, -200)], [fac("nursery", 0, 0), fac("kindergarten", dx, 0)])
    assert check(r, "joint:nursery:1").verdict is verdict


def test_same_centre_is_joint_at_any_distance(tmp_path):
    r = review(tmp_path, [home(0, -200)], [fac("elderly_day_care", 0, 0, centre="综合服务中心"),
                                           fac("health_station", 400, 0, centre="综合服务中心")])
    c = check(r, "joint:elderly_day_care:1")
    assert c.verdict is Verdict.PASS and c.measured["centre"] == "综合服务中心"


@pytest.mark.parametrize("dx, verdict", [(TRANSIT_M - 1, Verdict.PASS), (TRANSIT_M + 1, Verdict.WARNING)])
def test_health_station_near_a_stop_or_station(tmp_path, dx, verdict):
    r = review(tmp_path, [home(0, -200)], [fac("health_station", 0, 0), fac("rail_station", dx, 0)])
    c = check(r, "transit_proximity:health_station:1")
    assert c.verdict is verdict and c.clause == "4.5.7"


@pytest.mark.parametrize("motor, non_motor, verdict", [(20, 50, Verdict.PASS), (20, 0, Verdict.FAIL),
                                                       (None, 50, Verdict.NOT_ASSESSABLE)])
def test_fresh_market_parking(tmp_path, motor, non_motor, verdict):
    r = review(tmp_path, [home(0, -200)], [fac("fresh_market", 0, 0, motor_spaces=motor, non_motor_spaces=non_motor)])
    assert check(r, "parking:fresh_market:1").verdict is verdict


@pytest.mark.parametrize("female, male, verdict", [(40.0, 20.0, Verdict.PASS), (30.0, 20.0, Verdict.WARNING)])
def test_toilet_area_ratio(tmp_path, female, male, verdict):
    r = review(tmp_path, [home(0, -200)], [fac("public_toilet", 0, 0, female_area_m2=female, male_area_m2=male)])
    c = check(r, "toilet_ratio:public_toilet:1")
    assert c.verdict is verdict and c.measured["women_to_men"] == pytest.approx(female / male)


def test_kindergarten_places_against_children(tmp_path):
    facs = [fac("kindergarten", 0, 0, classes=6, places=180)]
    short = review(tmp_path, [home(0, -200)], facs, community_attrs={"kind": "new", "children_3_6": 181},
                   name="a.gpkg")
    enough = review(tmp_path, [home(0, -200)], facs, community_attrs={"kind": "new", "children_3_6": 180},
                    name="b.gpkg")
    unknown = review(tmp_path, [home(0, -200)], facs, name="c.gpkg")
    assert check(short, "kindergarten_places:kindergarten").verdict is Verdict.FAIL
    assert check(enough, "kindergarten_places:kindergarten").verdict is Verdict.PASS
    assert check(unknown, "kindergarten_places:kindergarten").verdict is Verdict.NOT_ASSESSABLE


def test_chapter_facilities_are_checked_present(tmp_path):
    r = review(tmp_path, [home(0, -200)], [fac("smart_operation_centre", 0, 0), fac("shared_car_station", 10, 0)])
    assert check(r, "presence:smart_operation_centre").verdict is Verdict.PASS
    assert check(r, "presence:party_mass_centre").verdict is Verdict.FAIL          # 4.5.6 应
    assert check(r, "presence:smart_health_centre").verdict is Verdict.WARNING      # 4.5.6 宜
    assert check(r, "presence:shared_car_station").strength is Strength.MAY         # 4.3.4 可
    # 4.2.4 and 4.5.6 both ask for the operation centre: one check, both provisions point at it.
    assert provision(r, "4.2.4")["check_ids"] == ["presence:smart_operation_centre"]
    assert provision(r, "4.5.6/a")["outcome"] == "fail"


def test_no_green_layer_is_never_a_pass(tmp_path):
    r = review(tmp_path, [home(0, -200)], [fac("kindergarten", 0, 0)])
    assert provision(r, "4.4.1")["outcome"] == "not_assessable"
    assert provision(r, "A.0.1/kindergarten/layout-1/a")["outcome"] == "not_assessable"
    # Whatever else holds, the missing green space keeps the scheme from a pass.
    assert "4.4.1" in {e["id"] for e in blocking(r.provisions)}
    assert r.overall() in ("fail", "incomplete")
    assert approval_from_verdicts(["pass"], blocking(r.provisions)) == "incomplete"


def test_every_check_passing_is_still_incomplete_when_a_shall_item_needs_data():
    reg = load_register()
    entries = evaluate(reg, [], "new", set(), frozenset(), {})
    assert {e["id"] for e in entries} == {p.id for p in reg.provisions}
    not_assessed = {e["id"] for e in blocking(entries)}
    assert {"4.4.1", "4.4.3", "4.2.3-2"} <= not_assessed
    assert approval_from_verdicts([], blocking(entries)) == "incomplete"


def test_existing_community_smart_items_apply_as_should(tmp_path):
    facs = [fac("kindergarten", 0, 0)]
    new = review(tmp_path, [home(0, -200)], facs, community_attrs={"kind": "new"}, name="new.gpkg")
    old = review(tmp_path, [home(0, -200)], facs, community_attrs={"kind": "existing"}, name="old.gpkg")
    new_smart = check(new, "smart_requirements:kindergarten:1:A.0.1:shall")
    assert new_smart.verdict is Verdict.FAIL
    old_smart = check(old, "smart_requirements:kindergarten:1:A.0.1:should")
    assert old_smart.verdict is Verdict.WARNING
    p = provision(old, "A.0.1/kindergarten/smart")
    assert p["strength"] == "should" and "3.0.2" in p["note"]["en"]
    assert provision(new, "A.0.1/kindergarten/smart")["strength"] == "shall"


def test_sharing_by_kind_and_named(tmp_path):
    # A fresh market 120 m outside the boundary (x = 1000); the home's centre at x = 960, 160 m away.
    homes = [home(960, 0, 16000)]
    market = [fac("fresh_market", 1120, 0, name="外部菜市场")]
    new = review(tmp_path, homes, market, community_attrs={"kind": "new"}, name="n.gpkg")
    old = review(tmp_path, homes, market, community_attrs={"kind": "existing"}, name="o.gpkg")
    assert check(new, "quantity:fresh_market").measured["shared"] == 0
    assert check(new, "quantity:fresh_market").verdict is Verdict.FAIL
    c = check(old, "quantity:fresh_market")
    assert c.measured["shared"] == 1 and c.verdict is Verdict.PASS
    assert c.measured["shared_facilities"][0]["distance_m"] == pytest.approx(160.0)   # 1120 - 960
    assert "外部菜市场 160 m" in c.text("zh")
    shared_new = ReviewParameters(allow_sharing=True)
    assert check(review(tmp_path, homes, market, params=shared_new, name="s.gpkg"),
                 "quantity:fresh_market").measured["shared"] == 1


def test_walking_time_follows_the_speed_parameter(tmp_path):
    # 10 minutes at 80 m/min = 800 m: a bus stop 700 m away is within; at GB 50180's 500 m it is not.
    homes, stops = [home(0, 0)], [fac("bus_stop", 700, 0)]
    default = review(tmp_path, homes, stops, name="d.gpkg")
    faster = review(tmp_path, homes, stops, params=ReviewParameters(walking_speed_m_per_min=80.0), name="f.gpkg")
    assert check(default, "walk_access:bus_stop").verdict is Verdict.FAIL
    assert check(faster, "walk_access:bus_stop").verdict is Verdict.PASS
    assert check(faster, "walk_access:bus_stop").required["distance_m"] == 800
    # The 500 m radius shortfall is the same homes as the walk at 500 m: reported once, by the 应 check.
    assert check(default, "service_radius:bus_stop").verdict is Verdict.INFO
    assert check(faster, "service_radius:bus_stop").verdict is Verdict.WARNING


def test_property_share_parameter_and_its_reading(tmp_path):
    # One 10-floor block of 20 x 20 m = 4,000 m²: 2 % = 80 m², 2 ‰ = 8 m² (then the 50 m² floor).
    homes = [dict(geometry=square(0, -200, 10.0), use="residential", floors=10, population=100)]
    facs = [fac("property_management", 0, 0, floor_area_m2=60.0)]
    draft = review(tmp_path, homes, facs, name="a.gpkg")
    national = review(tmp_path, homes, facs, params=ReviewParameters(property_share=0.002), name="b.gpkg")
    c = check(draft, "property_share:property_management")
    assert c.verdict is Verdict.FAIL and c.required["floor_area_m2"] == pytest.approx(80.0)
    assert "2‰" in c.text("zh")
    n = check(national, "property_share:property_management")
    assert n.verdict is Verdict.PASS and n.required["floor_area_m2"] == pytest.approx(50.0)


def test_a_may_provision_never_fails_and_existing_chapter_smart_items_are_should(tmp_path):
    # An existing community of 16,000 with no fresh market: the quantity check fails (应), but 4.5.5-2, a 可
    # permission assessed by the same check, only informs. 4.5.6's Party-community centre is a smart facility:
    # 宜 in an existing community (3.0.2), a warning when missing.
    r = review(tmp_path, [home(0, 0, 16000)], [fac("kindergarten", 50, 0)],
               community_attrs={"kind": "existing"})
    assert check(r, "quantity:fresh_market").verdict is Verdict.FAIL
    assert provision(r, "4.5.5-2")["outcome"] == "info"
    c = check(r, "presence:party_mass_centre")
    assert c.strength is Strength.SHOULD and c.verdict is Verdict.WARNING
    assert provision(r, "4.5.6/a")["strength_zh"] == "宜" and provision(r, "4.5.6/a")["strength_word"] == "应"


def test_processing_takes_the_property_share_and_sharing(tmp_path, processing_ready):
    import json

    import processing

    from .conftest import SAMPLE

    s = str(SAMPLE)
    base = {"COMMUNITY": f"{s}|layername=community", "BUILDINGS": f"{s}|layername=buildings",
            "FACILITIES": f"{s}|layername=facilities", "DISTANCE": "euclidean"}
    processing.run("smart_community:review", dict(base, PROPERTY_SHARE=0.002, SHARING="yes",
                                                 OUTPUT_JSON=str(tmp_path / "r.json")))
    review = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    checks = {c["id"]: c for c in review["checks"]}
    # 2 ‰ of the sample's 579,360 m² is 1,158.72 m²; its 3,600 m² of rooms pass.
    share = checks["property_share:property_management"]
    assert share["required"]["floor_area_m2"] == pytest.approx(1158.72) and share["verdict"] == "pass"
    # Sharing on in a new community: the fresh market 120 m south of the boundary counts.
    assert checks["quantity:fresh_market"]["measured"]["shared"] == 1


def test_each_status_of_the_register_in_a_review(tmp_path):
    # declared: a community code (4.2.3-2, new communities only); needs_data; not_spatial; checked.
    facs = [fac("kindergarten", 0, 0)]
    said = review(tmp_path, [home(0, -200)], facs, name="a.gpkg",
                  community_attrs={"kind": "new", "declarations": "utility_corridor_reserve,fibre_to_home"})
    silent = review(tmp_path, [home(0, -200)], facs, name="b.gpkg")
    existing = review(tmp_path, [home(0, -200)], facs, name="c.gpkg", community_attrs={"kind": "existing"})
    assert provision(said, "4.2.3-2")["outcome"] == "declared"
    assert provision(said, "4.2.3-2")["declaration"] == {"layer": "community", "code": "utility_corridor_reserve"}
    assert provision(silent, "4.2.3-2")["outcome"] == "not_declared"
    assert "4.2.3-2" in {e["id"] for e in blocking(silent.provisions)}
    assert "4.2.3-2" not in {e["id"] for e in blocking(said.provisions)}
    assert provision(existing, "4.2.3-2")["outcome"] == "not_applicable"       # 新建社区 only
    needs = provision(silent, "A.0.1/public_toilet/layout-1")
    assert needs["assessment"] == "needs_data" and needs["outcome"] in ("not_assessed", "not_applicable")
    assert provision(silent, "6.4.3")["outcome"] == "not_spatial"
    checked = provision(silent, "A.0.1/kindergarten/quantity")
    assert checked["assessment"] == "checked" and checked["check_ids"] == ["quantity:kindergarten"]
    # A facility-level declaration holds for the type only when every facility of it declares the code.
    one = review(tmp_path, [home(0, -200)], [fac("sports_ground", 0, 0, smart_features="noise_mitigation"),
                                             fac("sports_ground", 100, 0)], name="d.gpkg")
    both = review(tmp_path, [home(0, -200)], [fac("sports_ground", 0, 0, smart_features="noise_mitigation"),
                                              fac("sports_ground", 100, 0, smart_features="noise_mitigation")],
                  name="e.gpkg")
    assert provision(one, "A.0.1/sports_ground/layout-4")["outcome"] == "not_declared"
    assert provision(both, "A.0.1/sports_ground/layout-4")["outcome"] == "declared"
