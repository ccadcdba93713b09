"""The workbench as a planner uses it: layers picked by role and kept in the project, a new project clearing
everything, results on the map, what changed since the last run, the one-click report, siting on the map."""

from __future__ import annotations

import shutil
import subprocess

import shapely

from .conftest import SAMPLE
from .layers import reopened

ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates", "play_areas")


def _sample_project(tmp_path, names=None):
    """A copy of the sample in a project, its layers added in a shuffled order under the names given."""
    from qgis.core import QgsProject, QgsVectorLayer

    copy = tmp_path / "scheme.gpkg"
    shutil.copyfile(SAMPLE, copy)
    project = QgsProject()
    layers = {}
    for role in reversed(ROLES):
        layer = QgsVectorLayer(f"{copy}|layername={role}", (names or {}).get(role, f"scheme — {role}"), "ogr")
        project.addMapLayer(layer)
        layers[role] = layer
    return project, layers, copy


def _reviewed(qtbot, dock):
    got = {}
    dock.on_review = lambda review, used: got.update(review=review)
    dock.planning.run_review()
    qtbot.waitUntil(lambda: "review" in got, timeout=90_000)
    return got["review"]


def test_pickers_choose_each_role_and_come_back_after_reopening(qtbot, tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    # Chinese layer names, as a design institute names them; every role found, each a different layer.
    names = {"community": "社区边界", "buildings": "建筑", "facilities": "配套设施", "compounds": "门禁小区",
             "roads": "道路", "gates": "小区出入口", "play_areas": "幼儿园活动场地"}
    project, layers, copy = _sample_project(tmp_path, names)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    assert {r: dock.planning.pickers[r].currentLayer() for r in ROLES} == layers
    # The planner overrides one pick: a second copy of the buildings is the one to review.
    other = QgsVectorLayer(f"{copy}|layername=buildings", "建筑（修改稿）", "ogr")
    project.addMapLayer(other)
    assert dock.state.layer("buildings") is layers["buildings"]      # an added layer does not replace a pick
    dock.planning.pickers["buildings"].setLayer(other)
    assert dock.state.layer("buildings") is other
    # And leaves the gates out on purpose: "— none —" chosen by hand, as in the list.
    gates = dock.planning.pickers["gates"]
    gates.setCurrentIndex(0)
    gates.activated.emit(0)
    assert gates.currentLayer() is None and dock.state.layer("gates") is None
    again, reopened_project = reopened(dock, project, tmp_path / "plan.qgz", qtbot)
    picked = {r: again.planning.pickers[r].currentLayer() for r in ROLES}
    assert {r: lyr.id() if lyr else None for r, lyr in picked.items()} == {
        **{r: lyr.id() for r, lyr in layers.items()}, "buildings": other.id(), "gates": None}
    assert again.planning.pickers["gates"].currentText() == "— none —"     # said, not a blank box
    # The choice stays a choice: a gates layer added later is not slipped in either.
    reopened_project.addMapLayer(QgsVectorLayer(f"{copy}|layername=gates", "大门（补充）", "ogr"))
    assert again.state.layer("gates") is None
    again.disconnect_project()


def test_a_picker_emptied_by_a_removed_layer_is_filled_again_when_one_comes(qtbot, tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project, layers, copy = _sample_project(tmp_path)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    project.removeMapLayer(layers["gates"].id())
    assert dock.state.layer("gates") is None
    added = QgsVectorLayer(f"{copy}|layername=gates", "scheme — gates (2)", "ogr")
    project.addMapLayer(added)
    assert dock.state.layer("gates") is added
    dock.disconnect_project()


def test_a_layer_no_role_fits_is_not_guessed(qtbot, tmp_path, qgis_app):
    from qgis.core import QgsProject, QgsVectorLayer

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project = QgsProject()
    # A polygon layer with neither a telling name nor telling fields: no role takes it.
    odd = QgsVectorLayer("Polygon?crs=EPSG:4548&field=remark:string", "layer 7", "memory")
    project.addMapLayer(odd)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    assert all(dock.planning.pickers[r].currentLayer() is None for r in ROLES)
    assert dock.state.missing() == ["community", "buildings", "facilities"]
    dock.disconnect_project()


def test_results_on_the_map_then_a_new_project_clears_everything(qtbot, tmp_path, qgis_app):
    from smart_community_plugin.gui.result_map import result_group
    from smart_community_plugin.gui.results_dock import ResultsDock
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project, layers, _copy = _sample_project(tmp_path)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    results = ResultsDock()
    qtbot.addWidget(results)
    review = _reviewed(qtbot, dock)
    results.set_review(review, layers)
    shown = {node.layer().name(): node.layer() for node in result_group(project).findLayers()}
    assert set(shown) == {"Homes by distance to facilities", "Facilities by verdict", "Community and overall verdict",
                          "Checks (table)"}
    facilities = shown["Facilities by verdict"]
    assert facilities.featureCount() == layers["facilities"].featureCount()
    # The legend names the verdicts; the homes have one style per facility type, the worst covered current.
    assert {i.label() for i in facilities.renderer().legendSymbolItems()} >= {"fail", "pass", "warning"}
    homes = shown["Homes by distance to facilities"]
    assert len(homes.styleManager().styles()) > 10 and "≤" in homes.styleManager().currentStyle()
    # The result layers are never offered as a scheme's layer.
    combo = dock.planning.pickers["facilities"]
    offered = [combo.layer(i) for i in range(combo.count())]
    assert facilities not in offered and layers["facilities"] in offered
    # A second run replaces the results instead of piling them up.
    _reviewed(qtbot, dock)
    assert len(result_group(project).findLayers()) == 4
    assert dock.assessment.profile.text().startswith("Population 14,923")

    project.clear()       # New project (and File › Close) clear the project
    results.reset()       # the plugin does this on the workbench's projectChanged
    assert dock.state.review is None and dock.state.inputs is None and dock.state.result is None
    assert dock.assessment.profile.text().startswith("Run a review")
    assert dock.assessment.inventory.rowCount() == 0 and dock.validation.table.rowCount() == 0
    assert all(dock.planning.pickers[r].currentLayer() is None for r in ROLES)
    assert results.tree.topLevelItemCount() == 0 and results.summary.text() == "No review yet."
    dock.disconnect_project()


def test_a_reopened_project_has_no_empty_result_layers_beside_an_empty_dock(qtbot, tmp_path, qgis_app):
    from smart_community_plugin.gui.result_map import result_group
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project, layers, _copy = _sample_project(tmp_path)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    _reviewed(qtbot, dock)
    assert len(result_group(project).findLayers()) == 4
    # QGIS saves no features of memory layers: reopened, they would be empty legends over nothing.
    again, reopened_project = reopened(dock, project, tmp_path / "r.qgz", qtbot)
    assert not any(g.customProperty("smart_community/results") for g in reopened_project.layerTreeRoot().findGroups())
    assert sorted(lyr.name() for lyr in reopened_project.mapLayers().values()) == sorted(
        lyr.name() for lyr in layers.values())
    assert again.state.review is None
    again.disconnect_project()


def test_what_changed_since_the_last_run_keeps_the_tree_as_it_was(qtbot, tmp_path, qgis_app):
    from smart_community_plugin.gui.results_dock import ROLE_CHECK, ResultsDock, verdict_changes

    # Two reviews by hand: a fail that is fixed, a pass that breaks, one unchanged.
    before = {"checks": [
        {"id": "quantity:kindergarten", "rule": "quantity", "clause": "4.5.3, A.0.1", "facility_type": "kindergarten",
         "verdict": "fail", "strength_zh": "应", "message": "x", "layer": "facilities", "feature_ids": []},
        {"id": "service_radius:health_station", "rule": "service_radius", "clause": "A.0.1",
         "facility_type": "health_station", "verdict": "pass", "strength_zh": "宜", "message": "y",
         "layer": "buildings", "feature_ids": []},
        {"id": "grouping:integrated_centre", "rule": "grouping", "clause": "4.5.5-1", "facility_type": None,
         "verdict": "warning", "strength_zh": "宜", "message": "z", "layer": "facilities", "feature_ids": []}],
        "summary": {"overall": "fail"}}
    after = {**before, "checks": [dict(before["checks"][0], verdict="pass"), dict(before["checks"][1], verdict="warning"),
                                  before["checks"][2]], "summary": {"overall": "conditional"}}
    assert verdict_changes(before, after) == {"quantity:kindergarten": "fixed", "service_radius:health_station": "worse"}
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.set_review(before)
    top = dock.tree.topLevelItem(0)
    top.setExpanded(True)
    for i in range(top.childCount()):
        top.child(i).setExpanded(True)
    expanded = {item.text(0).split(" (")[0] for item in dock._groups() if item.isExpanded()}
    dock.set_review(after)
    assert {item.text(0).split(" (")[0] for item in dock._groups() if item.isExpanded()} == expanded
    marks = {item.data(0, ROLE_CHECK)["id"]: item.text(2) for item in dock._leaves()}
    assert marks == {"quantity:kindergarten": "fixed", "service_radius:health_station": "new problem",
                     "grouping:integrated_centre": ""}
    assert dock.change_text.text() == "Since the last run — fixed: 1; new problems: 1."


def test_one_click_report_of_the_review_on_screen(qtbot, tmp_path, qgis_app):
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project, _layers, _copy = _sample_project(tmp_path)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    report = dock.planning.report
    assert not report.button.isEnabled()                   # nothing to report before a review
    dock.assessment.kind.setCurrentIndex(dock.assessment.kind.findData("existing"))
    review = _reviewed(qtbot, dock)
    assert review["parameters"]["community_kind"] == "existing"
    assert report.button.isEnabled()
    # Where an empty "Save as" writes is said, and follows the project once it is saved somewhere.
    saved = tmp_path / "saved"
    saved.mkdir()
    assert project.write(str(saved / "plan.qgz"))
    assert str(saved) in report.status.text() and str(saved) in report.path.lineEdit().placeholderText()
    report.project_name.setText("望京示范社区规划方案")
    report.project_name.editingFinished.emit()
    report.reviewer.setText("示例审查单位")
    report.reviewer.editingFinished.emit()
    report.language.setCurrentIndex(report.language.findData("zh"))
    pdf = tmp_path / "out" / "报告.pdf"
    pdf.parent.mkdir()
    report.path.setFilePath(str(pdf))
    report.export()
    qtbot.waitUntil(lambda: report.task is None, timeout=120_000)
    assert report.last_pdf == str(pdf) and pdf.exists(), report.status.text()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "望京示范社区规划方案" in text and "示例审查单位" in text
    assert "既有社区" in text                            # the workbench's community kind was reviewed
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))) >= 10
    # The settings are kept in the project for next time.
    assert dock.state.records.report == {"project": "望京示范社区规划方案", "reviewer": "示例审查单位",
                                         "language": "zh", "path": str(pdf)}
    dock.disconnect_project()


def test_siting_shows_candidates_first_and_accepted_sites_carry_the_type(qtbot, tmp_path, qgis_app):
    from qgis.PyQt.QtCore import Qt

    from smart_community_plugin.core.values import TO_BE_DECLARED
    from smart_community_plugin.gui.result_map import GROUP_KEY
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project, layers, _copy = _sample_project(tmp_path)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    siting = dock.planning.siting
    siting.type.setCurrentIndex(siting.type.findData("health_station"))
    siting.mode.setCurrentIndex(siting.mode.findData("best_k"))
    siting.k.setValue(2)
    siting.table.sortItems(0, Qt.SortOrder.DescendingOrder)      # the planner sorted the last result by hand
    siting.suggest()
    qtbot.waitUntil(lambda: siting.task is None, timeout=90_000)
    assert [siting.table.item(r, 0).text() for r in range(siting.table.rowCount())] == ["1", "2"]
    preview = siting.preview
    assert preview is not None and preview.customProperty(GROUP_KEY) == "preview"
    ranks = sorted(f["rank"] for f in preview.getFeatures())
    assert ranks == [1, 2] and preview.labelsEnabled()
    before, preview_id = layers["facilities"].featureCount(), preview.id()
    assert siting.accept() == 2
    assert project.mapLayer(preview_id) is None                 # the preview goes once accepted
    fac = layers["facilities"]
    added = [f for f in fac.getFeatures() if f.id() < 0]        # still in the edit buffer, one undo step
    assert len(added) == 2 and fac.featureCount() == before + 2
    for f in added:
        assert f["facility_type"] == "health_station" and f["status"] == "planned"
        assert f["smart_features"] == TO_BE_DECLARED and f["data_source"]
        assert f["floor_area_m2"] == 120                        # Table A.0.1: 建筑面积不得低于 120m²
        assert shapely.from_wkt(f.geometry().asWkt()).within(
            shapely.from_wkt(next(layers["community"].getFeatures()).geometry().asWkt()).buffer(1))
    fac.rollBack()
    dock.disconnect_project()


def test_a_long_message_wraps_onto_lines_of_its_own_instead_of_ending_in_dots(qtbot, qgis_app, chinese_ui):
    from qgis.PyQt.QtWidgets import QStyle

    from smart_community_plugin.gui.results_dock import ResultsDock

    # A sentence as long as the sample's longest (the quantity message of a shared fresh market), in Chinese.
    long = ("菜市场或生鲜超市：14,923 人应设 1 处（每 15000-25000 人 1 处）；界内 0 处，另有界外 500 m 内共享 1 处"
            "（4.5.4、4.5.5-2）；人口低于下限 15000 人，共享设施即可（4.5.5-2）。")
    review = {"checks": [
        {"id": "quantity:fresh_market", "rule": "quantity", "clause": "4.5.3, A.0.1", "facility_type": "fresh_market",
         "verdict": "fail", "strength_zh": "应", "message": long, "messages": {"zh": long, "en": long},
         "layer": "facilities", "feature_ids": []},
        {"id": "quantity:kindergarten", "rule": "quantity", "clause": "4.5.3, A.0.1", "facility_type": "kindergarten",
         "verdict": "pass", "strength_zh": "应", "message": "短句。", "messages": {"zh": "短句。", "en": "short."},
         "layer": "facilities", "feature_ids": []}],
        "summary": {"overall": "fail"}}
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.resize(480, 700)
    dock.show()
    dock.set_review(review)
    dock.tree.expandAll()
    qtbot.wait(50)
    rows = {item.text(0): dock.tree.visualItemRect(item) for item in dock._leaves()}
    line = dock.tree.fontMetrics().height()
    # 95 characters in a column of about 300 px hold at least three lines; the short one stays on one.
    assert rows[long].height() >= 3 * line
    assert rows["短句。"].height() < 2 * line
    # The row is as wide as the column: nothing runs off to the right to be cut.
    assert rows[long].right() <= dock.tree.viewport().width() + dock.tree.style().pixelMetric(
        QStyle.PixelMetric.PM_ScrollBarExtent)


def test_a_scheme_without_population_is_reviewed_to_the_map_and_says_what_it_cannot_assess(qtbot, tmp_path, qgis_app):
    """The sample with no floors, households, population or height: the workbench's review still reaches the
    map (it raised on the covered share no population has), and nothing that needs the numbers passes."""
    from qgis.core import NULL

    from smart_community_plugin.gui.result_map import result_group
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project, layers, _copy = _sample_project(tmp_path)
    buildings = layers["buildings"]
    fields = [buildings.fields().lookupField(n) for n in ("floors", "households", "population", "height_m")]
    buildings.startEditing()
    for feature in buildings.getFeatures():
        for i in fields:
            buildings.changeAttributeValue(feature.id(), i, NULL)
    assert buildings.commitChanges()
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    review = _reviewed(qtbot, dock)
    verdicts = {c["id"]: c["verdict"] for c in review["checks"]}
    assert review["community"]["population_known"] is False
    assert verdicts["quantity:kindergarten"] == "not_assessable"
    # The property rooms' share of an unknown total floor area, and sunlight without heights: not assessed.
    assert verdicts["property_share:property_management"] == "not_assessable"
    assert verdicts["sunlight:kindergarten"] == "not_assessable"
    by_id = {c["id"]: c for c in review["checks"]}
    # Which facility is meant is said (the kindergarten's and the nursery's used to read alike).
    assert by_id["sunlight:kindergarten"]["messages"]["en"].startswith("Kindergarten: no building heights")
    # No residents' number where none is known: no 0 for the report to print.
    assert by_id["service_radius:health_station"]["measured"]["population_total"] is None
    assert any("no building's residents are known" in f["messages"]["en"] for f in review["findings"])
    assert not any("too low" in f["messages"]["en"] for f in review["findings"])
    assert review["summary"]["overall"] in ("incomplete", "fail")
    assert "not assessable from the data" in dock.planning.status.text()
    assert "input findings" in dock.planning.status.text()
    assert len(result_group(project).findLayers()) == 4
    dock.disconnect_project()
