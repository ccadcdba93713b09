"""Field names, facility names and OSM tags of submissions mapped to the schema and Table A.0.1."""

from __future__ import annotations

from smart_community_plugin.standard.vocabulary import FacilityMatcher, propose_fields


def test_chinese_and_english_field_names():
    got = propose_fields("buildings", ["OBJECTID", "楼号", "层数", "户数", "人口", "建筑性质", "Shape_Area"])
    assert got == {"floors": "层数", "households": "户数", "population": "人口", "use": "建筑性质", "name": "楼号"}
    got = propose_fields("facilities", ["Name", "Type", "建筑面积", "用地面积", "status"])
    assert got == {"facility_type": "Type", "name": "Name", "status": "status", "floor_area_m2": "建筑面积",
                   "land_area_m2": "用地面积"}
    assert propose_fields("buildings", ["building:levels", "height"]) == {"floors": "building:levels",
                                                                           "height_m": "height"}


def test_facility_names_and_categories(standard):

    m = FacilityMatcher(standard.type_names)
    cases = {"health_station": "health_station", "幼儿园": "kindergarten", "阳光小区卫生站": "health_station",
             "朝阳社区卫生服务中心": "health_station", "望京养老驿站": "elderly_day_care", "老年饭桌": "community_canteen",
             "菜鸟驿站": "parcel_station", "生鲜超市": "fresh_market", "公厕": "public_toilet",
             "垃圾分类收集站": "waste_collection", "Kindergarten": "kindergarten", "天文台": None, "": None}
    assert {t: m.match(t) for t in cases} == cases


def test_osm_tags(standard):

    m = FacilityMatcher(standard.type_names)
    assert m.match_tags({"amenity": "kindergarten"}) == "kindergarten"
    assert m.match_tags({"healthcare": "doctor", "amenity": "clinic"}) == "health_station"
    assert m.match_tags({"highway": "bus_stop"}) == "bus_stop"
    assert m.match_tags({"shop": "supermarket"}) == "fresh_market"
    assert m.match_tags({"amenity": "parcel_locker"}) == "parcel_station"
    assert m.match_tags({"amenity": "bench"}) is None


def test_the_review_reads_common_names_and_says_so(tmp_path, standard, qgis_app):
    import shapely

    from .layers import square
    from .review_helpers import check, review

    homes = [dict(geometry=square(0, 0), use="residential", population=6000)]
    facs = [dict(geometry=shapely.Point(10, 0), facility_type="阳光小区卫生站", status="现状")]
    result = review(tmp_path, homes, facs)
    assert check(result, "quantity:health_station").measured["inside"] == 1
    said = [f.text() for f in result.findings if f.layer == "facilities"]
    assert "'阳光小区卫生站' read as Community health station (1 features)." in said


def test_map_fields_writes_a_schema_copy_and_leaves_the_source(tmp_path, processing_ready):
    import hashlib

    import processing
    import shapely

    from .layers import write

    path = tmp_path / "submitted.gpkg"
    uri = write(path, "poi", [
        dict(geometry=shapely.Point(0, 0), 设施名称="阳光卫生站", 类型="卫生站", 建筑面积="150", 状态="规划",
             联系电话="13812345678"),
        dict(geometry=shapely.Point(5, 5), 设施名称="快递 13912345678", 类型="菜鸟驿站", 建筑面积="n/a", 状态="现状",
             联系电话="")])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    res = processing.run("smart_community:map_fields", {"INPUT": uri, "ROLE": "facilities", "OUTPUT": "memory:"})
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    layer = res["OUTPUT"]
    rows = [(f["facility_type"], f["name"], f["floor_area_m2"], f["status"]) for f in layer.getFeatures()]
    assert rows == [("health_station", "阳光卫生站", 150.0, "planned"),
                    ("parcel_station", "快递 139****5678", None, "existing")]
    assert "联系电话" not in layer.fields().names() and "smart_features" in layer.fields().names()
    # An explicit mapping wins over the proposal.
    res = processing.run("smart_community:map_fields", {"INPUT": uri, "ROLE": "facilities", "OUTPUT": "memory:",
                                                        "MAPPING": "facility_type=设施名称"})
    assert [f["facility_type"] for f in res["OUTPUT"].getFeatures()] == ["health_station", "parcel_station"]
    assert [f["name"] for f in res["OUTPUT"].getFeatures()] == [None, None]
