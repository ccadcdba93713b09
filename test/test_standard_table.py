"""The data file against the standard's own Table A.0.1, row by row, parsed independently here."""

from __future__ import annotations

import re

import pytest

from smart_community_plugin.standard.model import QuantityBasis, Strength

from .conftest import ROOT, SHARED_STANDARD, STANDARD_TEXT

CODES = ["elderly_day_care", "elderly_activity_room", "kindergarten", "nursery", "health_station",
         "culture_station", "sports_ground", "service_station", "bus_stop", "accessibility_facility",
         "waste_collection", "public_toilet", "access_control", "fire_facility", "surveillance",
         "fresh_market", "convenience_store", "community_canteen", "housekeeping", "parcel_station",
         "property_management", "repair_point"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("²", "").replace("（", "(").replace("）", ")")


@pytest.fixture(scope="module")
def table_rows() -> list[list[str]]:
    """Rows of Table A.0.1 from the standard text: seven tab-separated cells, headers dropped."""
    rows = []
    for line in STANDARD_TEXT.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 7 and cells[2] != "设置要求":
            rows.append(cells)
    return rows


@pytest.mark.skipif(not SHARED_STANDARD.exists(), reason="no shared/ folder beside this checkout")
def test_standard_copy_is_current():
    assert STANDARD_TEXT.read_bytes() == SHARED_STANDARD.read_bytes()


def test_every_row_is_in_the_data_in_table_order(table_rows, standard):
    assert len(table_rows) == 22
    assert list(standard.codes) == CODES
    for cells, ftype in zip(table_rows, standard.facilities):
        assert _norm(cells[1]) == _norm(ftype.name_zh)
        if cells[0]:
            assert cells[0] == ftype.category_zh


def test_quantity_cells(table_rows, standard):
    for cells, ftype in zip(table_rows, standard.facilities):
        q = ftype.quantity
        assert _norm(cells[2]) == _norm(q.text_zh)
        band = re.fullmatch(r"每(\d+)-(\d+)人1个", _norm(cells[2]))
        walk = re.fullmatch(r"步行(\d+)分钟之内", _norm(cells[2]))
        if band:
            assert q.basis is QuantityBasis.POPULATION
            assert (q.population_min, q.population_max) == (int(band[1]), int(band[2]))
        elif walk:
            assert q.basis is QuantityBasis.WALK_MINUTES
            assert q.walk_minutes == int(walk[1])
        elif "门禁" in cells[2]:
            assert q.basis is QuantityBasis.PER_GATED_COMPOUND
        else:
            assert cells[2] == "—" and q.basis is QuantityBasis.NONE


def test_service_content_and_joint_building(table_rows, standard):
    for cells, ftype in zip(table_rows, standard.facilities):
        content = re.sub(r"\d\.\s*", "", cells[3])
        assert _norm(content) == _norm(ftype.service_content_zh), ftype.code
        assert cells[4] == ftype.joint_building_zh
        if cells[4] != "—":
            assert ftype.joint_building_strength is Strength.from_zh(cells[4][0])


def test_service_radius_and_numeric_limits(table_rows, standard):
    for cells, ftype in zip(table_rows, standard.facilities):
        layout = _norm(cells[5])
        radius = re.search(r"服务半径不宜大于(\d+)m", layout)
        if radius:
            assert ftype.service_radius is not None, ftype.code
            assert ftype.service_radius.distance_m == float(radius[1])
            assert ftype.service_radius.strength is Strength.SHOULD
        else:
            assert ftype.service_radius is None, ftype.code
        limits = {(l.field, l.minimum, l.maximum, l.strength) for l in ftype.limits}
        expected = set()
        for pattern, field, kind in ((r"建筑面积(不得)低于(\d+)m", "floor_area_m2", "min"),
                                     (r"用地面积(不宜)小于(\d+)m", "land_area_m2", "min"),
                                     (r"办园规模(不宜)超过(\d+)班", "classes", "max"),
                                     (r"建筑层数(不宜)超过(\d+)层", "floors", "max")):
            m = re.search(pattern, layout)
            if m:
                value = float(m[2])
                expected.add((field, value if kind == "min" else None,
                              value if kind == "max" else None, Strength.from_zh(m[1])))
        seats = re.search(r"每班(宜)为(\d+)~(\d+)座", layout)
        if seats:
            expected.add(("places_per_class", float(seats[2]), float(seats[3]), Strength.SHOULD))
        if "应安排在建筑首层并应有专用出入口" in layout:
            expected |= {("level", 1, 1, Strength.SHALL), ("own_entrance", 1, None, Strength.SHALL)}
        assert limits == expected, ftype.code


def test_sunlight_and_property_rules(table_rows, standard):
    for cells, ftype in zip(table_rows, standard.facilities):
        layout = _norm(cells[5])
        sun = re.search(r"冬至日底层满窗日照不少于(\d+)h", layout)
        assert (ftype.sunlight is not None) == bool(sun), ftype.code
        if sun:
            assert ftype.sunlight.min_hours == float(sun[1])
            assert "应有不少于1/2的活动面积" in layout and ftype.sunlight.activity_ground_min_share == 0.5
        share = re.search(r"不低于物业总建筑面积(\d+)%比例且不低于(\d+)平方米", layout)
        assert (ftype.floor_area_share is not None) == bool(share), ftype.code
        if share:
            assert ftype.floor_area_share.min_share == float(share[1]) / 100
            assert ftype.floor_area_share.min_area_m2 == float(share[2])


# A modal word, but not 应 inside 应用 (application), 响应 (response) or 感应 (sensing).
MODAL = re.compile(r"(?<![响感])应(?!用)|宜|可")


def _modal_before(cell: str, phrase: str) -> str:
    """The last modal word (应/宜/可) before the phrase in the cell."""
    at = cell.index(phrase)
    words = [(m.start(), m.group()) for m in MODAL.finditer(cell[:at])]
    return words[-1][1] if words else ""


def test_smart_items_come_from_their_cell_with_their_strength(table_rows, standard):
    for cells, ftype in zip(table_rows, standard.facilities):
        smart_cell, layout_cell = _norm(cells[6]), _norm(cells[5])
        for item in ftype.smart_requirements:
            cell = smart_cell if item.source == "smart" else layout_cell
            phrase = _norm(item.text_zh)
            assert phrase in cell, (ftype.code, item.code)
            word = _modal_before(cell, phrase)
            if item.code == "unmanned_canteen_pilot":
                # 应打造智慧社区食堂，开展“无人餐厅”试点: the 应 governs the canteen; a pilot is read as 可.
                assert word == "应" and item.strength is Strength.MAY and "pilot" in item.note
            elif item.note:  # no modal word of its own: read as 宜, not as 应 (register.json says why)
                assert word == "" and item.strength is Strength.SHOULD
            else:
                assert Strength.from_zh(word) is item.strength, (ftype.code, item.code, word)
        # Every modal word of the smart cell is represented by at least one item of that strength.
        for word in set(MODAL.findall(smart_cell)):
            assert any(i.strength is Strength.from_zh(word) and i.source == "smart"
                       for i in ftype.smart_requirements), (ftype.code, word)
        if cells[6] == "—":
            assert all(i.source != "smart" for i in ftype.smart_requirements)


def test_smart_item_codes_are_unique_per_type(standard):
    for ftype in standard.facilities:
        codes = [i.code for i in standard.smart_requirements_for(ftype.code)]
        assert len(codes) == len(set(codes)), ftype.code


def test_clause_texts_are_quoted_verbatim(standard):
    text = _norm(STANDARD_TEXT.read_text(encoding="utf-8"))
    for number, clause in standard.clauses.items():
        assert _norm(clause.text_zh) in text, number
    g = standard.grouping
    assert "0.3hm" in _norm(standard.clauses[g.clause].text_zh) and g.min_land_area_m2 == 0.3 * 10_000


def test_no_table_number_is_hard_coded_in_the_plugin():
    """Numbers of Table A.0.1 and 4.5.5-1 live in the data file only.

    Scanned: the packages that decide verdicts. Map drawing (maps/) has scale-bar steps and DPIs
    that share digits with the table without meaning them.
    """
    distinctive = r"(?<![\w.])(5000|12000|15000|25000|1000|3000|300|500|120|600|150|0\.3|0\.02)(?![\w.])"
    offenders = []
    packages = ("core", "standard", "layers", "pipeline", "processing")
    paths = [p for pkg in packages for p in (ROOT / "smart_community_plugin" / pkg).rglob("*.py")]
    paths += list((ROOT / "smart_community_plugin").glob("*.py"))
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(distinctive, code):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == []
