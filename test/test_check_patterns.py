"""Checks made as rows of a shared pattern read and serialise exactly as the same check made alone."""

from __future__ import annotations

import io
import json

import pytest

from smart_community_plugin.core.check_patterns import Pattern, plain_label
from smart_community_plugin.core.checks import limits, smart
from smart_community_plugin.core.messages import Message, catalogue
from smart_community_plugin.core.privacy import Privacy, RawJSON, Rows
from smart_community_plugin.core.results import CheckResult
from smart_community_plugin.standard import load_standard

# Names a planner may type: quotes, a backslash, a line break, a control character, Chinese, a mobile number.
LABELS = ["幼儿园 “阳光”", 'say "hi"', "a\\b", "line\nbreak", "bell\x07", "联系 13912345678", "#12"]


def _alone(row: CheckResult) -> CheckResult:
    """The same check made the ordinary way: its message a plain Message of the same id and values."""
    return CheckResult(id=row.id, rule=row.rule, clause=row.clause, facility_type=row.facility_type,
                       strength=row.strength, verdict=row.verdict,
                       message=Message(row.message.id, dict(row.message.values)),
                       requirement_zh=row.requirement_zh, measured=row.measured, required=row.required,
                       feature_ids=list(row.feature_ids), layer=row.layer)


def _patterns() -> list[Pattern]:
    std = load_standard()
    out = []
    for ftype in std.facilities:
        items = std.smart_requirements_for(ftype.code)
        if items:
            group = list(items)
            out.append(smart._pattern(ftype.code, group[0].clause, group[0].strength, group, (), False))
            out.append(smart._pattern(ftype.code, group[0].clause, group[0].strength, group,
                                      tuple(r.code for r in group), True))
        for limit in ftype.limits:
            out.append(limits._pattern(ftype, limit, float("nan")))
            out.append(limits._pattern(ftype, limit, 1234.5))
    return out


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_row_reads_and_serialises_as_the_check_made_alone(language):
    patterns = _patterns()
    assert len(patterns) > 20
    for n, pattern in enumerate(patterns):
        for k, label in enumerate(LABELS):
            row = pattern.row(f"{pattern.rule}:{pattern.facility_type}:{n * 100 + k}", n * 100 + k, label)
            alone = _alone(row)
            assert row.pattern is pattern and row.message.values["label"] == label
            # Texts: the catalogue renders the plain message from scratch.
            assert row.text(language) == catalogue().render(alone.message, language)
            assert label in row.text(language)
            # JSON: the pattern's template with the row filled in, against json.dumps of the check alone.
            assert json.loads(row.json_text(language)) == json.loads(alone.json_text(language))
            assert row.json_text(language) == alone.json_text(language)


def test_rows_of_one_pattern_share_its_rendering():
    pattern = _patterns()[0]
    a, b = pattern.row("x:1", 1, "甲"), pattern.row("x:2", 2, "乙")
    assert a.text("zh").replace("甲", "乙") == b.text("zh")
    assert a.measured is b.measured is pattern.measured
    assert json.loads(b.json_text("en"))["feature_ids"] == [2] and json.loads(b.json_text("en"))["id"] == "x:2"


def test_a_label_under_a_format_or_a_segment_is_rendered_row_by_row(monkeypatch):
    entries = dict(catalogue().entries)
    entries["test.label_segment"] = {"en": "[?label|named {label}]", "zh": "[?label|名为{label}]"}
    monkeypatch.setattr(catalogue(), "entries", entries)
    plain_label.cache_clear()
    try:
        assert plain_label("check.smart_requirements") and plain_label("check.size")
        assert not plain_label("test.label_segment")
        pattern = Pattern(rule="t", clause="A", facility_type=None, strength=_patterns()[0].strength,
                          verdict=_patterns()[0].verdict, message=Message("test.label_segment", {"label": "x"}))
        row = pattern.row("t:1", 1, "乙")
        assert row.pattern is None and type(row.message) is Message
        assert row.text("zh") == "名为乙"
    finally:
        plain_label.cache_clear()


def test_rows_written_as_raw_json_are_masked_as_dicts_would_be():
    pattern = _patterns()[0]
    rows = [pattern.row(f"x:{k}", k, label) for k, label in enumerate(LABELS * 3)]

    def written(items) -> str:
        out = io.StringIO()
        Privacy().json_write(out.write, {"checks": Rows(lambda: iter(items), len(items)), "n": 1})
        return out.getvalue()

    raw = written([RawJSON(r.json_text("zh")) for r in rows])
    dicts = written([r.to_dict("zh") for r in rows])
    assert raw == dicts
    assert "13912345678" not in raw and "139****5678" in raw
    assert len(json.loads(raw)["checks"]) == len(rows)


def test_the_checks_layer_carries_each_rows_own_text_through_a_pickle():
    """The checks layer sends pattern rows as templates and labels (FilledTexts); the texts that arrive are each
    check's own, rendered from scratch, for rows of patterns and plain checks mixed."""
    import pickle

    import numpy as np

    from smart_community_plugin.core.results import ReviewResult
    from smart_community_plugin.pipeline.result_layers import _checks

    rows, n = [], 0
    for pattern in _patterns():
        for label in LABELS:
            rows.append(pattern.row(f"c{n}", n, label))
            n += 1
    plain = [_alone(r) for r in rows[::7]]
    checks = [x for pair in zip(rows[::7], plain) for x in pair] + rows
    result = ReviewResult(community={}, checks=checks, coverage={}, findings=[], parameters={}, crs={}, standard={})
    layer = pickle.loads(pickle.dumps(_checks(result, "EPSG:4548")))
    for lang in ("zh", "en"):
        got = np.asarray(layer.columns[f"message_{lang}"], dtype=object).tolist()
        assert got == [catalogue().render(_alone(c).message if c.pattern else c.message, lang) for c in checks]
    assert layer.columns["message"] is layer.columns["message_zh"] or layer.columns["message"] is \
        layer.columns["message_en"]
    assert len(layer) == len(checks)
