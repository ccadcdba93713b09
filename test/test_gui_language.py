"""Every screen of the workbench in the interface's language, walked as a planner sees it after a review of the
sample: the five stages and their tools, the results dock (checks and input findings), the validation table,
the coverage tool's words and the result layers' legends. Chinese (qgis --lang zh-Hans) and English."""

from __future__ import annotations

import shutil

from .conftest import SAMPLE
from .gui.walk import texts, untranslated

ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates", "play_areas")


def _sample_values(path) -> set[str]:
    """Every text value and layer name of the sample: the data's own words may be in any language."""
    from osgeo import ogr

    out = set()
    ds = ogr.Open(str(path))
    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayerByIndex(i)
        out.add(lyr.GetName())
        defn = lyr.GetLayerDefn()
        out.update(defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount()))
        out.add("fid")
        strings = [defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())
                   if defn.GetFieldDefn(k).GetType() == ogr.OFTString]
        for feat in lyr:
            out.update(str(feat.GetField(n)) for n in strings if feat.GetField(n))
    return out


def _field_names() -> set[str]:
    from smart_community_plugin.layers.schema import PLANNING_LAYERS
    from smart_community_plugin.standard.register import load_register

    # The codes a planner writes to declare a provision (declarations, smart_features) are data, like field names.
    codes = {p.code for p in load_register().provisions if p.code} | {
        c for p in load_register().provisions for c in p.codes}
    return {f.name for spec in PLANNING_LAYERS for f in spec.fields} | {"facing_deg", "sill_m", "ground_m"} | codes


def _project_with_sample(tmp_path):
    """The sample as a planner opens it: a copy, its layers named the way QGIS names a GeoPackage's layers."""
    from qgis.core import QgsProject, QgsVectorLayer

    copy = tmp_path / "望京社区方案.gpkg"
    shutil.copyfile(SAMPLE, copy)
    project = QgsProject()
    layers = {}
    for role in ROLES:
        layer = QgsVectorLayer(f"{copy}|layername={role}", f"望京社区方案 — {role}", "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        layers[role] = layer
    return project, layers, copy


def test_every_screen_speaks_the_interface_language(qtbot, tmp_path, language, processing_ready):
    from qgis.gui import QgsMapCanvas

    from smart_community_plugin.gui.coverage_tool import CoverageMapTool, facility_coverage
    from smart_community_plugin.gui.result_map import result_group
    from smart_community_plugin.gui.results_dock import ResultsDock
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project, layers, copy = _project_with_sample(tmp_path)
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    results = ResultsDock()
    qtbot.addWidget(results)
    dock.on_review = results.set_review
    # The pickers found each role by itself (names, fields, geometry), each a different layer.
    assert {r: dock.state.layer(r) for r in ROLES} == layers
    dock.planning.run_review()
    qtbot.waitUntil(lambda: results.review != {}, timeout=90_000)
    dock.validation.validate()
    siting = dock.planning.siting
    siting.type.setCurrentIndex(siting.type.findData("kindergarten"))
    siting.suggest()
    qtbot.waitUntil(lambda: siting.task is None, timeout=90_000)
    seen = list(texts(dock)) + list(texts(results))
    # The coverage tool's words for a health station of the sample.
    tool = CoverageMapTool(QgsMapCanvas(), dock.state.inputs, dock.state.standard)
    k = next(i for i, t in enumerate(dock.state.inputs.facilities.types) if t == "health_station")
    seen.append(("coverage tool", tool.summary(facility_coverage(tool.ctx, k))))
    # The result layers on the map: their names and every legend entry.
    group = result_group(project)
    shown = [node.layer() for node in group.findLayers()]
    # The review's four layers, and the siting preview beside them.
    assert sorted(str(lyr.customProperty("smart_community/results")) for lyr in shown) == ["preview"] + ["review"] * 4
    for lyr in shown:
        seen.append(("layer name", lyr.name()))
        if lyr.renderer() is not None:
            seen += [("legend", item.label()) for item in lyr.renderer().legendSymbolItems()]
    # Besides the data's own words: the names of the two report languages, each written in itself, and the
    # report's file and the residents' page folder (paths on this machine).
    from smart_community_plugin.gui.publish_tools import default_page_folder
    from smart_community_plugin.gui.report_tools import default_report_path

    allowed = (_sample_values(copy) | _field_names() | {lyr.name() for lyr in layers.values()} | {"中文", "English"}
               | {default_report_path(dock.state), str(default_page_folder(dock.state))})
    assert len(seen) > 400
    bad = untranslated(seen, language, allowed)
    assert bad == [], f"{len(bad)} texts not in {language}: {bad[:25]}"
    # A few things a planner reads, word for word.
    summary = results.summary.text()
    if language == "zh":
        assert summary.startswith("总体结论：不通过") and "输入数据问题" in results.tabs.tabText(1)
        assert [dock.tabs.tabText(i) for i in range(5)] == ["前期评估", "规划策划", "建设实施", "运营管理", "回访提升"]
    else:
        assert summary.startswith("Overall: Not approved") and "Input findings" in results.tabs.tabText(1)
        assert [dock.tabs.tabText(i) for i in range(5)] == ["Assessment", "Planning", "Implementation", "Operation",
                                                           "Revisit"]
    dock.disconnect_project()
