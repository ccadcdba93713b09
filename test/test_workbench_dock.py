"""The workbench dock: stage checklists round-trip through a saved and reopened project."""

from __future__ import annotations

from qgis.PyQt.QtCore import QDate

from smart_community_plugin.gui.tables import cell_texts

from .layers import reopened


def test_stage_records_survive_save_and_reopen(qtbot, tmp_path, qgis_app):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project = QgsProject()
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    # The interface speaks English here (the Chinese screens are walked in test_gui_language.py).
    assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == [
        "Assessment", "Planning", "Implementation", "Operation", "Revisit"]
    panel = dock.panels[0]
    panel.status[0].setCurrentIndex(panel.status[0].findData("done"))
    panel.owner[0].setText("张工")
    panel.owner[0].editingFinished.emit()
    panel.date[0].setDate(QDate(2026, 11, 20))
    ops = dock.panels[3]
    masking = [t.code for t in ops.stage.tasks].index("data_masking")
    ops.notes[masking].setText("数据脱敏已启用")
    ops.notes[masking].editingFinished.emit()
    dock.assessment.kind.setCurrentIndex(dock.assessment.kind.findData("existing"))
    assert "1 of 5" in panel.progress.text()
    again, _ = reopened(dock, project, tmp_path / "plan.qgz", qtbot)
    p0 = again.panels[0]
    assert p0.status[0].currentData() == "done" and p0.owner[0].text() == "张工"
    assert p0.date[0].date() == QDate(2026, 11, 20)
    assert again.panels[3].notes[masking].text() == "数据脱敏已启用"
    assert again.assessment.kind.currentData() == "existing"
    assert again.state.params().community_kind == "existing"
    assert p0.status[1].currentData() == "todo"
    again.disconnect_project()


def test_profile_and_inventory_from_a_review(qtbot, qgis_app, chinese_ui):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    review = {"community": {"population": 14922.8, "area_m2": 480000, "households": 5032, "residential_buildings": 76,
                            "buildings_by_height_band": {"multi_storey_4_6": 46, "high_rise_19_plus": 30}},
              "checks": [{"rule": "quantity", "facility_type": "convenience_store", "verdict": "fail",
                          "required": {"count": 5}, "measured": {"total": 4}}]}
    dock = WorkbenchDock(QgsProject())
    qtbot.addWidget(dock)
    dock.show_review(review)
    text = dock.assessment.profile.text()
    assert "14,923" in text and "48.0 公顷" in text and "多层 4-6: 46" in text
    assert cell_texts(dock.assessment.inventory) == [["便利店（菜店、日杂等）", "5", "4", "0", "不通过"]]
    dock.disconnect_project()


def test_run_review_in_a_task_fills_the_profile_and_hands_the_result_over(qtbot, qgis_app):
    from .conftest import SAMPLE
    from .layers import docked, vlayer

    s = str(SAMPLE)
    layers = {n: vlayer(f"{s}|layername={n}", n) for n in ("community", "buildings", "facilities", "compounds", "roads",
                                                           "gates", "play_areas")}
    with docked(layers, qtbot) as dock:
        got = {}
        dock.on_review = lambda review, used: got.update(review=review, layers=used)
        dock.planning.run_review()
        assert not dock.planning.run_button.isEnabled()
        qtbot.waitUntil(lambda: "review" in got, timeout=60_000)
        assert dock.planning.run_button.isEnabled()
        assert got["review"]["summary"]["overall"] == "fail"
        assert got["review"]["community"]["distance"] == "network"  # roads were picked
        assert got["review"]["sunlight"]["activity_grounds"]          # and the activity grounds
        # Straight lines only, although roads are picked: the review follows the choice.
        planning = dock.planning
        planning.distance.setCurrentIndex(planning.distance.findData("euclidean"))
        got.clear()
        planning.run_review()
        qtbot.waitUntil(lambda: "review" in got, timeout=60_000)
        assert got["review"]["community"]["distance"] == "euclidean"
        assert set(got["layers"]) == set(layers)
        assert "Overall: Not approved" in dock.planning.status.text() and "14,923" in dock.assessment.profile.text()
        # The inventory tells existing from planned: the sample plans a second health station.
        inventory = {row[0]: row[1:4] for row in cell_texts(dock.assessment.inventory)}
        assert inventory["Community health station"] == ["2", "1", "1"]


def test_run_review_without_layers_says_what_is_missing(qtbot, qgis_app):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    dock = WorkbenchDock(QgsProject())
    qtbot.addWidget(dock)
    for combo in dock.planning.pickers.values():
        combo.setLayer(None)
    dock.planning.run_review()
    assert "community" in dock.planning.status.text() and dock.planning.task is None
    dock.disconnect_project()


def test_live_checks_follow_an_edit(qtbot, tmp_path, qgis_app):
    """Adding a health station while editing makes the quantity check pass, without saving."""
    import shapely
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from smart_community_plugin.gui.live_checks import LiveChecker

    from .layers import scheme, square

    homes = [dict(geometry=square(0, 0), use="residential", population=13000)]
    facs = [dict(geometry=shapely.Point(10, 0), facility_type="health_station", status="existing")]
    layers = scheme(tmp_path / "live.gpkg", homes, facs)
    from qgis.core import QgsProject

    from smart_community_plugin.gui.state import WorkbenchState

    state = WorkbenchState(QgsProject())
    for role, layer in layers.items():
        state.set_layer(role, layer)
    reviews = []
    checker = LiveChecker(state, lambda result, seconds, _inputs: reviews.append((result.to_dict(), seconds)))

    def quantity(review):
        return next(c for c in review["checks"] if c["id"] == "quantity:health_station")

    fac = layers["facilities"]
    assert fac.startEditing()
    feat = QgsFeature(fac.fields())
    feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(20, 0)))
    feat["facility_type"], feat["status"] = "health_station", "existing"
    assert fac.addFeature(feat)
    qtbot.waitUntil(lambda: len(reviews) == 1, timeout=30_000)
    review, seconds = reviews[0]
    # 13,000 residents need 2 health stations: the unsaved second one counts.
    assert quantity(review)["measured"]["inside"] == 2 and quantity(review)["verdict"] == "pass"
    assert seconds > 0
    fac.rollBack()
    qtbot.waitUntil(lambda: len(reviews) == 2, timeout=30_000)
    assert quantity(reviews[1][0])["verdict"] == "fail"
    checker.stop()


def test_survey_import_keeps_actions_in_the_project(qtbot, tmp_path, qgis_app, chinese_ui):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock
    from smart_community_plugin.layers.project_state import read_state

    csv_file = tmp_path / "survey.csv"
    csv_file.write_text("类型,评分,意见\n幼儿园,2,太远\n幼儿园,1,\n公共厕所,4,\n", encoding="utf-8")
    project = QgsProject()
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    dock.revisit.import_survey(str(csv_file))
    assert "3 份回答" in dock.revisit.text.text()
    assert cell_texts(dock.revisit.table)[0] == ["幼儿园", "2", "1.5", "100%"]
    state = read_state(project)
    assert state.survey["actions"][0].startswith("kindergarten: mean 1.50")
    assert [t["facility_type"] for t in state.survey["types"]] == ["kindergarten", "public_toilet"]
    dock.disconnect_project()


def test_phase_table_by_hand():
    from smart_community_plugin.core.phasing import phase_table

    rows = phase_table([("一期", 2024, "existing"), ("一期", 2025, "planned"), ("二期", 2027, "planned"),
                        ("", None, "existing")])
    assert [(r.phase, r.facilities, r.built, r.first_year, r.last_year) for r in rows] == [
        ("一期", 2, 1, 2024, 2025), ("二期", 1, 0, 2027, 2027), ("unphased", 1, 1, None, None)]
    assert rows[0].progress == 0.5


def test_phasing_of_the_sample_in_the_dock(qtbot, qgis_app):
    from .conftest import SAMPLE
    from .layers import docked, vlayer

    layer = vlayer(f"{SAMPLE}|layername=facilities", "facilities")
    with docked({"facilities": layer}, qtbot) as dock:
        dock.implementation.refresh()
        statuses = [f["status"] for f in layer.getFeatures()]
        built, planned = statuses.count("existing"), statuses.count("planned")
        rows = cell_texts(dock.implementation.table)
        assert ["一期", str(built), str(built), "100%", "2024-2024"] in rows
        assert ["二期", str(planned), "0", "0%", "2027-2027"] in rows
