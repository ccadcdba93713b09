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
