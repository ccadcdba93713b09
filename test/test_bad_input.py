"""Bad input gets a clear message, changes nothing and never crashes."""

from __future__ import annotations

import pytest
import shapely

from smart_community_plugin.core.errors import InputError
from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.core.review import ReviewError
from smart_community_plugin.layers.roles import InputFields
from smart_community_plugin.standard import load_standard

from .conftest import sha256
from .layers import square, vlayer, write
from .review_helpers import review, review_layers


def _res(x, y, **kw):
    return dict(geometry=square(x, y), use="residential", population=10, **kw)


def _fac(kind, x, y, status="existing", **kw):
    return dict(geometry=shapely.Point(x, y), facility_type=kind, status=status, **kw)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_layer_without_crs_is_refused_with_a_plain_message(tmp_path):
    with pytest.raises(InputError, match="no coordinate reference system"):
        review(tmp_path, [_res(0, 0)], [_fac("health_station", 0, 0)], crs=None)


def test_misnamed_field_names_the_field_and_lists_the_fields(tmp_path):
    fields = InputFields(building_floors="storeys")
    with pytest.raises(InputError, match=r"no field 'storeys'.*Fields: .*use"):
        review(tmp_path, [_res(0, 0)], [_fac("health_station", 0, 0)], fields=fields)


def test_missing_facility_type_field_is_refused(tmp_path):
    rows = [dict(geometry=shapely.Point(0, 0), kind="health_station")]
    with pytest.raises(InputError, match="facility_type"):
        review(tmp_path, [_res(0, 0)], rows)


def test_missing_optional_fields_fall_back_with_findings(tmp_path):
    # No use field: every building is residential; no status: facilities count as existing.
    blds = [dict(geometry=square(0, 0), households=10)]
    facs = [dict(geometry=shapely.Point(0, 0), facility_type="health_station")]
    r = review(tmp_path, blds, facs)
    assert r.community["residential_buildings"] == 1
    assert any("every building counts as residential" in f.text() for f in r.findings)
    assert r.community["facilities_counted"] == 1


def test_line_layer_as_buildings_is_refused(tmp_path):
    path = tmp_path / "s.gpkg"
    comm = vlayer(write(path, "community", [dict(geometry=shapely.box(-100, -100, 100, 100), name="c")]))
    lines = vlayer(write(path, "roads", [dict(geometry=shapely.LineString([(0, 0), (10, 0)]), name="r")]))
    facs = vlayer(write(path, "facilities", [_fac("health_station", 0, 0)]))
    with pytest.raises(InputError, match="has line geometries; polygon expected"):
        review_layers(comm, lines, facs, load_standard())


def test_invalid_and_empty_geometries_are_findings_not_crashes(tmp_path):
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    blds = [dict(geometry=bowtie, use="residential", population=10), _res(50, 0)]
    facs = [_fac("health_station", 0, 0), dict(geometry=shapely.Point(), facility_type="kindergarten",
                                               status="existing")]
    r = review(tmp_path, blds, facs)
    assert any(f.feature_id == 1 and "Invalid geometry" in f.text() for f in r.findings)
    assert r.community["residential_buildings"] == 2
    assert any(f.layer == "facilities" and "no geometry" in f.text() for f in r.findings)


def test_unknown_facility_types_and_statuses_are_reported_and_left_out(tmp_path):
    facs = [_fac("swimming_pool", 0, 0), _fac("社区卫生服务站", 10, 0), _fac("health_station", 20, 0, status="demolished")]
    r = review(tmp_path, [_res(0, 50)], facs)
    assert any(f.feature_id == 1 and "Unknown facility type 'swimming_pool'" in f.text() for f in r.findings)
    assert any(f.feature_id == 3 and "Unknown status 'demolished'" in f.text() for f in r.findings)
    # The Chinese name is accepted as the type; the demolished one is not counted.
    from .review_helpers import check
    assert check(r, "quantity:health_station").measured["inside"] == 1


def test_negative_and_nonsense_numbers_are_ignored_with_findings(tmp_path):
    blds = [dict(geometry=square(0, 0), use="residential", households=-5, floors=6),
            dict(geometry=square(50, 0), use="residential", population=-1, households=10)]
    r = review(tmp_path, blds, [_fac("health_station", 0, 0, floor_area_m2=-10.0)])
    assert sum(1 for f in r.findings if "out of range" in f.text()) == 2
    assert any("floor area (m²) is negative" in f.text() for f in r.findings)
    assert list(r.building_results["population"]) == pytest.approx([100 * 6 / 36.52, 10 * 2.62])


def test_empty_layers_review_without_crashing(tmp_path):
    r = review(tmp_path, [], [])
    assert r.community["population"] == 0
    assert any("no features" in f.text() for f in r.findings)
    assert any("No facility" in f.text() for f in r.findings)


def test_community_without_polygon_is_refused(tmp_path):
    path = tmp_path / "s.gpkg"
    comm = vlayer(write(path, "community", [], geometry_type="Polygon"))
    b = vlayer(write(path, "buildings", [_res(0, 0)], geometry_type="Polygon"))
    f = vlayer(write(path, "facilities", [_fac("health_station", 0, 0)]))
    with pytest.raises(InputError, match="no polygon"):
        review_layers(comm, b, f, load_standard())


def test_out_of_range_parameters_are_refused(tmp_path):
    with pytest.raises(ReviewError, match="persons_per_household must be greater than 0"):
        review(tmp_path, [_res(0, 0)], [], params=ReviewParameters(persons_per_household=-2))


def test_inputs_are_never_modified(tmp_path):
    blds = [_res(0, 0), dict(geometry=shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)]), use="residential")]
    path = tmp_path / "in.gpkg"
    layers_uri = {
        "community": write(path, "community", [dict(geometry=shapely.box(-100, -100, 100, 100), name="c", kind="new")]),
        "buildings": write(path, "buildings", blds, geometry_type="Polygon"),
        "facilities": write(path, "facilities", [_fac("health_station", 0, 0)]),
    }
    before = sha256(path)
    layers = {k: vlayer(u) for k, u in layers_uri.items()}
    review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                  output_json=tmp_path / "out.json", output_gpkg=tmp_path / "out.gpkg")
    del layers
    assert sha256(path) == before
