"""Stage tools of the workbench: smart-requirements editor, device register, existing against planned."""

from __future__ import annotations

import shapely

from smart_community_plugin.core.devices import Device, read_devices_csv, summarise_devices
from smart_community_plugin.gui.tables import cell_texts

from .layers import docked, reopened, scheme, square


def test_device_csv_with_chinese_headers_and_states():
    text = "设备名称,设施编号,类型,设备类型,状态\n信息屏,7,,显示屏,在线\n摄像头,,幼儿园,安防,离线\n烟感,,幼儿园,,故障\n" \
           "门禁,,天文台,,在线\n,,,,\n"
    devices, skipped = read_devices_csv(text, {7: "health_station"}, {"幼儿园": "kindergarten"})
    assert [(d.name, d.facility_type, d.facility_id, d.state) for d in devices] == [
        ("信息屏", "health_station", 7, "online"), ("摄像头", "kindergarten", None, "offline"),
        ("烟感", "kindergarten", None, "fault")]
    assert skipped == ["row 5: no known facility id or type"]
    summary = {s.facility_type: (s.devices, s.online, s.offline, s.fault) for s in summarise_devices(devices)}
    assert summary == {"health_station": (1, 1, 0, 0), "kindergarten": (2, 0, 1, 1)}
    assert Device.from_dict({"name": "x", "facility_type": "t", "state": "??"}).state == "offline"


def test_smart_editor_ticks_what_the_selection_declares_and_writes_the_edit_buffer(qtbot, tmp_path, qgis_app):
    from qgis.PyQt.QtCore import Qt

    from smart_community_plugin.core.values import parse_smart_features

    homes = [dict(geometry=square(0, 0), use="residential", population=3000)]
    facs = [dict(geometry=shapely.Point(10, 0), facility_type="health_station", status="existing",
                 smart_features="medical_consultation,my_own_note"),
            dict(geometry=shapely.Point(30, 0), facility_type="public_toilet", status="existing")]
    layers = scheme(tmp_path / "smart.gpkg", homes, facs)
    with docked(layers, qtbot) as dock:
        editor = dock.planning.smart_editor
        fac = layers["facilities"]
        station = next(f.id() for f in fac.getFeatures() if f["facility_type"] == "health_station")
        toilet = next(f.id() for f in fac.getFeatures() if f["facility_type"] == "public_toilet")
        fac.selectByIds([station, toilet])            # two types: nothing to edit
        assert editor.items.count() == 0 and not editor.apply_button.isEnabled()
        fac.selectByIds([station])
        # Table A.0.1's four health-station items plus 4.5.10's screen or audio prompt.
        assert editor.items.count() == 5
        ticked = {editor.items.item(i).data(Qt.ItemDataRole.UserRole): editor.items.item(i).checkState()
                  for i in range(editor.items.count())}
        assert ticked["medical_consultation"] == Qt.CheckState.Checked
        assert ticked["health_records"] == Qt.CheckState.Unchecked
        for i in range(editor.items.count()):
            editor.items.item(i).setCheckState(Qt.CheckState.Checked)
        assert editor.apply() == 1
        assert fac.isEditable()                      # written to the edit buffer, not saved
        stored = parse_smart_features(fac.getFeature(station)["smart_features"])
        assert stored == {"medical_consultation", "self_check_diagnosis", "medicine_delivery", "health_records",
                          "info_screen_or_audio_prompt", "my_own_note"}
        fac.rollBack()


def test_device_register_round_trips_through_the_project(qtbot, tmp_path, qgis_app):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    homes = [dict(geometry=square(0, 0), use="residential", population=3000)]
    facs = [dict(geometry=shapely.Point(10, 0), facility_type="health_station", status="existing"),
            dict(geometry=shapely.Point(30, 0), facility_type="kindergarten", status="existing")]
    layers = scheme(tmp_path / "ops.gpkg", homes, facs)
    with docked(layers, qtbot) as dock:
        ops = dock.operation
        fac = layers["facilities"]
        station = next(f.id() for f in fac.getFeatures() if f["facility_type"] == "health_station")
        assert ops.add_for_selection() == 0          # nothing selected
        fac.selectByIds([station])
        assert ops.add_for_selection() == 1
        ops.register.item(0, 0).setText("信息屏 A")
        ops.register.cellWidget(0, 4).setCurrentIndex(1)   # offline
        csv_file = tmp_path / "devices.csv"
        csv_file.write_text("device,type,state\n摄像头,幼儿园,online\n", encoding="utf-8")
        assert ops.import_csv(str(csv_file)) == (1, [])
        # The kindergarten has no device by id.
        assert "1 facilities with smart requirements have no registered device" in ops.text.text()
        assert cell_texts(ops.summary) == [["Kindergarten", "1", "1", "0", "0", "100%"],
                                           ["Community health station", "1", "0", "1", "0", "0%"]]
        path = tmp_path / "ops.qgz"
        assert dock.project.write(str(path))

    reopened = QgsProject()
    assert reopened.read(str(path))
    again = WorkbenchDock(reopened)
    qtbot.addWidget(again)
    assert [(d.name, d.facility_id, d.state) for d in again.operation.devices] == [
        ("信息屏 A", station, "offline"), ("摄像头", None, "online")]
    assert again.operation.state_of(0) == "offline"
    again.disconnect_project()


def test_existing_against_planned_in_the_planning_stage(qtbot, tmp_path, qgis_app):
    homes = [dict(geometry=square(0, 0), use="residential", population=9000),
             dict(geometry=square(800, 0), use="residential", population=4000)]
    facs = [dict(geometry=shapely.Point(20, 0), facility_type="health_station", status="existing"),
            dict(geometry=shapely.Point(820, 0), facility_type="health_station", status="planned")]
    layers = scheme(tmp_path / "cmp.gpkg", homes, facs)
    with docked(layers, qtbot) as dock:
        planning = dock.planning
        planning.compare()
        qtbot.waitUntil(lambda: planning.last_comparison is not None, timeout=60_000)
        rows = {r[0]: r[1:] for r in cell_texts(planning.comparison)}
        # 2 required for 13,000; 9,000 of 13,000 (69%) within 300 m before, all after.
        assert rows["Community health station"][:5] == ["2", "1", "2", "69%", "100%"]
        assert planning.compare_button.isEnabled()


def test_field_mapping_is_proposed_kept_in_the_project_and_applied(qtbot, tmp_path, processing_ready):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    from .layers import vlayer, write

    uri = write(tmp_path / "sub.gpkg", "楼", [dict(geometry=square(0, 0), 层数=6, 户数=24, 性质="住宅", 备注="x")])
    layer = vlayer(uri, "楼")
    project = QgsProject()
    project.addMapLayer(layer)
    try:
        dock = WorkbenchDock(project)
        qtbot.addWidget(dock)
        tool = dock.mapping
        tool.layer.setLayer(layer)
        tool.role.setCurrentIndex(tool.role.findData("buildings"))
        assert tool.mapping() == {"floors": "层数", "households": "户数", "use": "性质"}
        # The reviewer corrects one row and keeps the mapping; it survives a save and reopen.
        row = next(r for r in range(tool.table.rowCount()) if tool.table.cellWidget(r, 1).property("target") == "name")
        combo = tool.table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData("备注"))
        tool.save()
        dock2, again = reopened(dock, project, tmp_path / "p.qgz", qtbot)
        key = next(iter(dock2.state.records.mappings))
        assert key.endswith("::buildings") and dock2.state.records.mappings[key]["name"] == "备注"
        copy = tool.create_copy()
        f = next(copy.getFeatures())
        assert (f["floors"], f["households"], f["use"], f["name"]) == (6, 24, "住宅", "x")
        assert project.mapLayer(copy.id()) is copy
        dock2.disconnect_project()
    finally:
        project.clear()


def test_siting_tab_suggests_and_accepts_as_planned(qtbot, tmp_path, qgis_app):
    homes = [dict(geometry=square(0, 0), use="residential", population=6000),
             dict(geometry=square(800, 0), use="residential", population=6000)]
    facs = [dict(geometry=shapely.Point(20, 0), facility_type="health_station", status="existing")]
    layers = scheme(tmp_path / "site.gpkg", homes, facs)
    with docked(layers, qtbot) as dock:
        tool = dock.planning.siting
        tool.type.setCurrentIndex(tool.type.findData("health_station"))
        got = []
        dock.on_review = lambda review, used: got.append(review)
        tool.suggest()
        qtbot.waitUntil(lambda: tool.suggestion is not None, timeout=60_000)
        # One site near the far home covers its 6,000 residents.
        assert len(tool.suggestion.solution.sites) == 1 and tool.suggestion.solution.population_covered_after == 12000
        fac = layers["facilities"]
        assert tool.accept() == 1 and fac.isEditable()
        added = [f for f in fac.getFeatures() if f["status"] == "planned"]
        assert len(added) == 1 and added[0]["facility_type"] == "health_station"
        assert abs(added[0].geometry().asPoint().x() - 800) <= 300
        qtbot.waitUntil(lambda: len(got) > 0, timeout=60_000)   # the review ran again with the unsaved site
        radius = next(c for c in got[-1]["checks"] if c["id"] == "service_radius:health_station")
        assert radius["measured"]["coverage_ratio"] == 1.0
        fac.undoStack().undo()                              # one undo step removes the accepted sites
        assert not [f for f in fac.getFeatures() if f["status"] == "planned"]
        fac.rollBack()


def test_validation_tab_lists_findings_and_selects_the_feature(qtbot, tmp_path, qgis_app):
    homes = [dict(geometry=square(0, 0), use="residential", floors=150, population=100),
             dict(geometry=square(40, 0), use="residential", floors=5, population=100)]
    facs = [dict(geometry=shapely.Point(10, 0), facility_type="天文台", status="existing")]
    layers = scheme(tmp_path / "val.gpkg", homes, facs)
    with docked(layers, qtbot) as dock:
        result = dock.validation.validate()
        rows = cell_texts(dock.validation.table)
        assert len(rows) == len(result.findings) > 0
        floors = next(r for r, row in enumerate(rows) if row[1].startswith("buildings") and "150 is outside" in row[4])
        assert rows[floors][0] == "warning" and rows[floors][3] == "floors"
        dock.validation.table.cellClicked.emit(floors, 4)
        fid = int(rows[floors][2])
        assert layers["buildings"].selectedFeatureIds() == [fid]
        assert any("Unknown facility type '天文台'" in row[4] for row in rows)


def test_table_numbers_are_grouped_from_five_digits_and_still_sort_as_numbers(qtbot, qgis_app):
    from qgis.PyQt.QtCore import QLocale, Qt

    from smart_community_plugin.gui.tables import fill, result_table

    table = result_table(["n"])
    qtbot.addWidget(table)
    fill(table, [(14923,), (2026,), (9,), (150000.0,)])
    table.sortItems(0, Qt.SortOrder.AscendingOrder)
    shown = [table.itemDelegate().displayText(table.item(r, 0).data(Qt.ItemDataRole.DisplayRole), QLocale())
             for r in range(table.rowCount())]
    assert shown == ["9", "2026", "14,923", "150,000"]
