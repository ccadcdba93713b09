"""Messages as data: one catalogue, both languages complete, every id in the code defined, the texts a
planner reads checked word for word, and review.json carrying ids, values and both texts."""

from __future__ import annotations

import json
import re

import pytest
import shapely

from smart_community_plugin.core.messages import (
    Message,
    catalogue,
    load_catalogue,
    message,
    template_fields,
)
from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.core.results import Verdict

from .conftest import ROOT
from .layers import square
from .review_helpers import check, review

SOURCES = sorted((ROOT / "smart_community_plugin").rglob("*.py"))


def _used_ids() -> set[str]:
    """Message ids the plugin's code names: any string literal shaped like an id (check.…, finding.…), and the
    report's words, L.t("…")."""
    out = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        out |= set(re.findall(r"""["']((?:check|finding|error|validation|report|ui)(?:\.[a-z_0-9]+)+)["']""", text))
        out |= {"report." + k for k in re.findall(r"""\bL\.t\(\s*["']([a-z_0-9]+)["']""", text)}
    return {u for u in out if not u.endswith((".json", ".pdf", ".gpkg", ".txt", ".csv", ".png"))}


def test_every_entry_has_both_languages_with_the_same_placeholders():
    cat = load_catalogue()
    assert len(cat.entries) > 150
    bad = []
    for key, entry in cat.entries.items():
        if set(entry) - {"note"} != {"en", "zh"} or not entry["en"].strip() or not entry["zh"].strip():
            bad.append((key, "languages"))
        elif template_fields(entry["en"]) != template_fields(entry["zh"]):
            bad.append((key, template_fields(entry["en"]), template_fields(entry["zh"])))
    assert bad == []


def test_every_term_has_both_languages():
    cat = load_catalogue()
    bad = [(kind, code) for kind, table in cat.terms.items() for code, t in table.items()
           if set(t) != {"zh", "en"} or not t["zh"] or not t["en"]]
    assert bad == []
    # A placeholder said to be a term must have a table (or be one the standard supplies).
    assert set(cat.placeholders.values()) <= set(cat.terms) | {"facility_type", "smart_item"}


def test_every_id_the_code_uses_is_in_the_catalogue_and_none_is_dead():
    cat = load_catalogue()
    used = _used_ids()
    assert used - set(cat.entries) == set()
    # Entries never named in code are dead text a translator would keep up for nothing.
    nested = {"finding.more.invalid", "finding.more.duplicates", "finding.more.overlaps", "finding.more.outside",
              "finding.more.range", "finding.more.domain"}
    assert set(cat.entries) - used - nested == set()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_template_renders_with_and_without_its_optional_parts(language):
    cat = catalogue()
    for key, entry in cat.entries.items():
        names = {name.lstrip("?!") for name, _spec in template_fields(entry["en"])}
        for truthy in (True, False):
            values = {n: (1.5 if truthy else 0) for n in names}
            text = cat.render(Message(key, values), language)
            assert "{" not in text and "[?" not in text and "[!" not in text, (key, text)


def test_a_quantity_message_word_for_word_in_both_languages():
    # Hand-written from the catalogue's intent: a shared fresh market below the band.
    m = message("check.quantity.population", type="fresh_market", required=1, population=14922.8,
                population_min=15000, population_max=25000, inside=0, shared=1, within=500.0, below_band=True,
                method="network", shared_list=["菜市场(南) 430 m"])
    assert m.text("zh") == ("菜市场或生鲜超市：14,923 人应设 1 处（每 15000-25000 人 1 处）；"
                            "界内 0 处，另有界外 500 m 内共享 1 处（步行，4.5.4、4.5.5-2）：菜市场(南) 430 m；"
                            "人口低于下限 15000 人，共享设施即可（4.5.5-2）。")
    assert m.text("en") == ("Fresh market or supermarket: 1 required for 14,923 residents (1 per 15000–25000 residents); "
                            "0 inside the boundary and 1 shared from outside within 500 m walking (4.5.4, 4.5.5-2): "
                            "菜市场(南) 430 m; the population is below the band's lower bound 15000, so a shared "
                            "facility suffices (4.5.5-2).")
    # A new community does not count what lies outside, and says so.
    new = message("check.quantity.population", type="fresh_market", required=1, population=14922.8,
                  population_min=15000, population_max=25000, inside=0, shared=0, within=500.0, not_shared=1)
    assert new.text("zh") == ("菜市场或生鲜超市：14,923 人应设 1 处（每 15000-25000 人 1 处）；界内 0 处；"
                              "界外 1 处未计入：新建社区应自行配置（4.5.5-2 仅指用地紧缺的既有社区）。")
    plain = message("check.quantity.population", type="kindergarten", required=2, population=9000,
                    population_min=5000, population_max=12000, inside=2, shared=0, within=500.0, below_band=False)
    assert plain.text("zh") == "幼儿园：9,000 人应设 2 处（每 5000-12000 人 1 处）；界内 2 处。"


def test_terms_lists_and_bilingual_values():
    m = message("check.smart_requirements", type="repair_point", label="维修点(西南)", have=0, count=2,
                strength="may", missing_items=["staff_screening", "service_rating"])
    assert m.text("zh") == ("维修点“维修点(西南)”：“可”类智慧要求 2 项，已申报 0 项，"
                            "缺少对服务人员进行甄别、对服务水平进行评分。")
    assert "missing Screening of service staff, Rating of service quality" in m.text("en")
    size = message("check.size", type="kindergarten", label="西苑幼儿园", field="classes", value=14,
                   requirement={"zh": "办园规模不宜超过 12 班", "en": "Not more than 12 classes"})
    assert size.text("zh") == "幼儿园“西苑幼儿园”：班数为 14（办园规模不宜超过 12 班）。"
    assert size.text("en") == "Kindergarten 西苑幼儿园: classes 14 (Not more than 12 classes)."
    # An unknown code is shown as it is, never as an error.
    assert message("check.quantity.no_quantity", type="not_a_type", count=3).text("en").startswith(
        "Table A.0.1 sets no quantity for not_a_type")


def test_the_standard_names_are_the_terms(standard):
    cat = catalogue()
    for f in standard.facilities:
        assert cat.term("facility_type", f.code, "zh") == f.name_zh
        assert cat.term("facility_type", f.code, "en") == f.name_en


def test_several_problems_said_at_once_in_each_language():
    m = message("error.several", problems=[message("error.parameter.negative", name="grouping_distance_m", value=-1),
                                           "a library's own words"])
    assert m.text("en") == "grouping_distance_m must not be negative (got -1); a library's own words"
    assert m.text("zh") == "grouping_distance_m 不能为负数（当前为 -1）；a library's own words"


def _resident(x, y, **kw):
    return dict(geometry=square(x, y, 5.0), use="residential", **kw)


def test_unknown_population_is_not_assessable_never_a_pass(tmp_path):
    # Two homes with no floors, households, population or height: nobody's number is known.
    r = review(tmp_path, [_resident(0, 0), _resident(50, 0)],
               [dict(geometry=shapely.Point(10, 10), facility_type="kindergarten", status="existing")])
    k = check(r, "quantity:kindergarten")
    assert k.verdict is Verdict.NOT_ASSESSABLE
    assert k.required["count"] is None
    assert "population is unknown" in k.text("en") and "人口无法确定" in k.text("zh")
    assert r.overall() in ("incomplete", "fail")        # the bus stop and others fail outright here
    doc = r.to_dict("zh")
    assert doc["summary"]["overall"] != "pass" and doc["summary"]["counts"]["not_assessable"] >= 1
    # The same homes with households: the count is assessed (2 homes x 10 households x 2.62 = 52 residents).
    r2 = review(tmp_path, [_resident(0, 0, households=10), _resident(50, 0, households=10)],
                [dict(geometry=shapely.Point(10, 10), facility_type="kindergarten", status="existing")],
                name="known.gpkg")
    assert check(r2, "quantity:kindergarten").verdict is Verdict.PASS
    # A population given for the community is enough to assess it.
    r3 = review(tmp_path, [_resident(0, 0)],
                [dict(geometry=shapely.Point(10, 10), facility_type="kindergarten", status="existing")],
                params=ReviewParameters(population_override=20000), name="override.gpkg")
    assert check(r3, "quantity:kindergarten").verdict is Verdict.FAIL   # 20,000 residents need 2


def test_the_overall_verdict_never_hides_what_was_not_assessed():
    from smart_community_plugin.core.approval import approval_from_verdicts

    assert approval_from_verdicts(["pass", "not_assessable", "warning"]) == "incomplete"
    assert approval_from_verdicts(["pass", "not_assessable", "fail"]) == "fail"
    assert approval_from_verdicts(["pass", "warning", "info"]) == "conditional"
    assert approval_from_verdicts(["pass", "not_applicable", "info"]) == "pass"


def test_review_json_keeps_ids_values_and_both_texts(tmp_path):
    out = tmp_path / "review.json"
    from .layers import scheme
    from .review_helpers import review_layers

    layers = scheme(tmp_path / "s.gpkg", [_resident(0, 0, households=10)],
                    [dict(geometry=shapely.Point(10, 10), facility_type="kindergarten", status="existing",
                          name="阳光幼儿园")])
    review_layers(layers["community"], layers["buildings"], layers["facilities"], output_json=out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["language"] in ("zh", "en")
    for item in doc["checks"] + doc["findings"]:
        assert item["message_id"] and isinstance(item["values"], dict)
        assert set(item["messages"]) == {"zh", "en"}
        assert item["message"] == item["messages"][doc["language"]]
        # The texts are what the catalogue renders from the id and values: any reader can re-render them.
        again = Message(item["message_id"], item["values"])
        assert again.text("zh") == item["messages"]["zh"] and again.text("en") == item["messages"]["en"]
    k = next(c for c in doc["checks"] if c["id"] == "quantity:kindergarten")
    # A new community: the "a shared facility suffices" of 4.5.5-2 (existing communities) is not said.
    assert k["messages"]["zh"] == "幼儿园：26 人应设 1 处（每 5000-12000 人 1 处）；界内 1 处。"
