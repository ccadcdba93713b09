"""Satisfaction survey (7.0.6): summaries and improvement actions computed by hand."""

from __future__ import annotations

import pytest

from smart_community_plugin.core.survey import summarise

LOOKUP = {"health_station": "health_station", "社区卫生服务站": "health_station", "kindergarten": "kindergarten",
          "幼儿园": "kindergarten", "public_toilet": "public_toilet"}


def test_summary_per_type_and_actions():
    text = ("设施编号,类型,评分,意见\n"
            "3,,2,排队太久\n"          # facility 3 is a health station
            ",社区卫生服务站,1,\n"
            ",幼儿园,5,很好\n"
            ",kindergarten,4,\n"
            ",public_toilet,3,\n")
    s = summarise(text, {3: "health_station"}, LOOKUP)
    by = {t.facility_type: t for t in s.types}
    assert by["health_station"].answers == 2 and by["health_station"].mean_score == pytest.approx(1.5)
    assert by["health_station"].share_low == 1.0 and by["health_station"].comments == ["排队太久"]
    assert by["kindergarten"].mean_score == pytest.approx(4.5)
    # Below 3.0: only the health station (the toilet's 3.0 is not below).
    assert len(s.actions) == 1 and s.actions[0].startswith("health_station: mean 1.50") and "排队太久" in s.actions[0]
    assert s.answers == 5 and s.skipped == []


def test_bad_rows_are_skipped_with_reasons():
    text = "type,score\nkindergarten,6\nkindergarten,good\nswimming_pool,4\nkindergarten,3\n"
    s = summarise(text, {}, LOOKUP)
    assert s.answers == 1
    assert s.skipped == ["row 2: score 6 is outside 1-5", "row 3: score 'good' is not a number",
                         "row 4: unknown facility 'swimming_pool'"]


def test_missing_columns_and_empty_file():
    assert "Columns not found" in summarise("name,comment\nx,y\n", {}, LOOKUP).skipped[0]
    assert summarise("", {}, LOOKUP).skipped == ["The file is empty."]
