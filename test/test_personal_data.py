"""6.4.3 personal data: ID numbers by their check character, mobile numbers, person-level field names."""

from __future__ import annotations

from smart_community_plugin.core.personal_data import is_id_card, is_personal_field, mask_text


def test_id_card_check_character():
    # GB 11643's example number 11010519491231002X: check character X by the weighted sum mod 11.
    assert is_id_card("11010519491231002X") and is_id_card("11010519491231002x")
    assert not is_id_card("110105194912310021")          # wrong check character
    assert not is_id_card("11010519491231002")           # 17 characters


def test_masking_keeps_ordinary_numbers():
    text = "张三 11010519491231002X 电话 13812345678，另 +86 139-1234-5678；楼号 20261126，面积 110105194912310021 m²"
    masked = mask_text(text)
    assert "110105**********2X" in masked and "138****5678" in masked and "139****5678" in masked
    assert "20261126" in masked                          # not a phone, not an ID
    assert "110105194912310021" in masked                # 18 digits without a valid check: left alone


def test_personal_field_names():
    assert all(is_personal_field(n) for n in ("姓名", "联系电话", "Owner_Name", "mobile", "身份证号"))
    assert not any(is_personal_field(n) for n in ("name", "floors", "facility_type", "households"))


def test_drop_removes_instead_of_masking():
    from smart_community_plugin.core.personal_data import REMOVED

    assert mask_text("张三 11010519491231002X 13812345678", drop=True) == f"张三 {REMOVED} {REMOVED}"


def test_the_setting_reaches_the_outputs(qgis_app):
    from smart_community_plugin import settings
    from smart_community_plugin.pipeline.privacy import user_privacy

    old = settings.get("drop_personal_data")
    try:
        settings.set_value("drop_personal_data", False)
        assert user_privacy().text("电话 13812345678") == "电话 138****5678"
        settings.set_value("drop_personal_data", True)
        assert user_privacy().document({"a": ["电话 13812345678"]}) == {"a": ["电话 [removed]"]}
    finally:
        settings.set_value("drop_personal_data", old)


def test_numbers_as_people_write_them_are_masked():
    cases = {
        "身份证 110105 19491231 002X": "身份证 110105**********2X",          # in groups
        "证件号110105-19491231-002x": "证件号110105**********2X",           # dashes, lower-case x
        "电话１３９１２３４５６７８": "电话139****5678",                      # full-width digits
        "１１０１０５１９４９１２３１００２Ｘ": "110105**********2X",
        "张三11010519491231002X13912345678": "张三110105**********2X139****5678",   # run together
        "0086 13912345678 或 13812345678 13712345678": "0086 139****5678 或 138****5678 137****5678",
    }
    for raw, masked in cases.items():
        assert mask_text(raw) == masked, raw


def test_ordinary_numbers_and_dates_stay():
    for text in ("2026-11-26 12:00:00", "面积 39.912345678901", "编号 20261126", "110105194912310021"):
        assert mask_text(text) == text


def test_a_wall_of_digits_is_removed_not_searched():
    from smart_community_plugin.core.personal_data import REMOVED

    assert mask_text("x" + "1 2 " * 100_000 + "y") == f"x{REMOVED} y"


def test_personal_fields_are_masked_whole_in_a_copied_layer(tmp_path, processing_ready):
    """convert_coordinates copies every attribute: a contact field's value never leaves as it is."""
    import processing
    import shapely
    from qgis.core import QgsVectorLayer

    from .layers import write

    uri = write(tmp_path / "in.gpkg", "pois", [dict(geometry=shapely.Point(116.4, 39.9), name="卫生站 13912345678",
                                                     contact_phone="138-1234-5678", 联系人="王五")], crs="EPSG:4326")
    out = tmp_path / "out.gpkg"
    processing.run("smart_community:convert_coordinates", {"INPUT": uri, "OUTPUT": str(out)})
    f = next(QgsVectorLayer(str(out), "o", "ogr").getFeatures())
    assert f["name"] == "卫生站 139****5678" and f["contact_phone"] == "***" and f["联系人"] == "***"


def test_the_pdf_properties_are_masked(tmp_path, standard, qgis_app):
    import subprocess

    from smart_community_plugin.report.builder import ReportRequest, write_report

    review = {"checks": [], "community": {"name": "社区 11010519491231002X"}, "summary": {"overall": "pass"},
              "standard": {"title_zh": "智慧社区规划标准"}}
    pdf = tmp_path / "r.pdf"
    write_report(ReportRequest(review, reviewer="张工 13912345678", maps=False), standard, str(pdf))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "139****5678" in info and "13912345678" not in info
    assert "110105**********2X" in info and "11010519491231002X" not in info
