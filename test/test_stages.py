"""Chapter 7's stages as data, and the planning state round-tripping through a saved project."""

from __future__ import annotations

from smart_community_plugin.core.stages import PlanningState, load_stages
from smart_community_plugin.standard.model import Strength

from .conftest import STANDARD_TEXT


def test_five_stages_in_the_order_of_7_0_1():
    stages = load_stages()
    assert [s.name_zh for s in stages] == ["前期评估", "规划策划", "建设实施", "运营管理", "回访提升"]
    assert [s.clause for s in stages] == ["7.0.2", "7.0.3", "7.0.4", "7.0.5", "7.0.6"]
    text = STANDARD_TEXT.read_text(encoding="utf-8")
    for s in stages:
        assert f"{s.clause} {s.name_zh}" in text  # each clause opens with its stage name


def test_task_strengths_follow_the_clauses():
    stages = {s.code: s for s in load_stages()}
    # 7.0.4 and 7.0.6 use 宜 throughout; 7.0.5 asks 应 for security and privacy.
    assert {t.strength for t in stages["implementation"].tasks} == {Strength.SHOULD}
    assert {t.strength for t in stages["revisit"].tasks} == {Strength.SHOULD}
    ops = {t.code: t for t in stages["operation"].tasks}
    assert ops["security_privacy"].strength is Strength.SHALL
    # The operations checklist spells out 6.1.4 and the five privacy items of 6.4.3, all 应.
    assert [c for c in ops if ops[c].clause == "6.4.3"] == [
        "data_isolation", "data_encryption", "data_masking", "authentication", "secure_boot"]
    assert [c for c in ops if ops[c].clause == "6.1.4"] == ["stable_operation", "fault_plan"]
    assert {ops[c].strength for c in ops if c != "om_mechanism"} == {Strength.SHALL}


def test_state_round_trips_through_a_saved_project(tmp_path, qgis_app):
    from qgis.core import QgsProject

    from smart_community_plugin.layers.project_state import read_state, write_state

    project = QgsProject()
    state = PlanningState()
    rec = state.record("assessment", "survey")
    rec.status, rec.notes, rec.owner, rec.date = "done", "问卷 1,200 份", "张工", "2026-11-20"
    state.record("operation", "data_masking").status = "in_progress"
    write_state(project, state)
    path = tmp_path / "plan.qgz"
    assert project.write(str(path))
    reopened = QgsProject()
    assert reopened.read(str(path))
    back = read_state(reopened)
    assert back.tasks["assessment/survey"].notes == "问卷 1,200 份"
    assert back.tasks["assessment/survey"].owner == "张工"
    assert back.tasks["operation/data_masking"].status == "in_progress"
    stage = next(s for s in load_stages() if s.code == "assessment")
    assert back.progress(stage) == (1, 5)


def test_unknown_status_falls_back_and_empty_state_reads():
    assert PlanningState.from_json("").tasks == {}
    s = PlanningState.from_json('{"tasks": {"a/b": {"status": "weird", "notes": 3}}}')
    assert s.tasks["a/b"].status == "todo" and s.tasks["a/b"].notes == "3"


def test_settings_are_prefixed_and_typed(qgis_app):
    from qgis.core import QgsSettings

    from smart_community_plugin import settings

    settings.set_value("live_checks", True)
    assert settings.get("live_checks") is True
    assert QgsSettings().value("smart_community/live_checks", type=bool) is True
    settings.set_value("live_checks", False)
    try:
        settings.get("nope")
    except KeyError as exc:
        assert "nope" in str(exc)
