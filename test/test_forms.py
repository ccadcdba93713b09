"""Forms of the planning layers (labels, tabs, checkboxes, reasons, 6.4.2 defaults), the action that styles a
submission's layers by role, and the new project's CGCS2000 zone; on real GeoPackages and QGIS widgets."""

from __future__ import annotations

import math
import shutil

import pytest

from .conftest import SAMPLE, sha256
from .layers import vlayer


def _template_layer(tmp_path, name, standard, language=None):
    from qgis.core import QgsCoordinateReferenceSystem

    from smart_community_plugin.layers.styling import style_planning_layer
    from smart_community_plugin.pipeline.template import create_template

    path = tmp_path / "plan.gpkg"
    if not path.exists():
        create_template(path, QgsCoordinateReferenceSystem("EPSG:4548"), standard=standard)
    layer = vlayer(f"{path}|layername={name}", name)
    style_planning_layer(layer, name, standard, language=language)
    return layer


def _alias(layer, field):
    return layer.attributeAlias(layer.fields().lookupField(field))


def _tabs(layer):
    from qgis.core import Qgis

    config = layer.editFormConfig()
    assert config.layout() == Qgis.AttributeFormLayout.DragAndDrop
    return [(tab.name(), [child.name() for child in tab.children()]) for tab in config.tabs()]


def test_labels_tabs_and_choices_in_english(tmp_path, standard, qgis_app):
    facilities = _template_layer(tmp_path, "facilities", standard)
    assert _alias(facilities, "floor_area_m2") == "Floor area (m²)"
    assert _alias(facilities, "own_entrance") == "Own entrance"      # a checkbox, no "(1 = yes)"
    assert _alias(facilities, "name") == "Facility name"
    assert _tabs(facilities) == [
        ("Basic", ["facility_type", "name", "status", "centre"]),
        ("Size", ["floor_area_m2", "land_area_m2", "floors", "level", "own_entrance", "classes", "places",
                  "motor_spaces", "non_motor_spaces", "female_area_m2", "male_area_m2", "view_radius_m"]),
        ("Smart", ["smart_features"]), ("Phasing", ["phase", "year"]), ("Data source", ["data_source", "entry_time"])]
    types = facilities.editorWidgetSetup(facilities.fields().lookupField("facility_type")).config()["map"]
    assert {"Kindergarten": "kindergarten"} in types and {"Rail transit station": "rail_station"} in types
    assert len(types) == len(standard.facilities) + len(standard.other_types) + 1
    status = facilities.editorWidgetSetup(facilities.fields().lookupField("status")).config()["map"]
    assert status[1:] == [{"Existing": "existing"}, {"Planned": "planned"}]
    assert facilities.renderer().categories()[0].label() == standard.facilities[0].name_en


def test_labels_tabs_and_choices_in_chinese(tmp_path, standard, chinese_ui):
    from qgis.core import QgsValueMapFieldFormatter

    facilities = _template_layer(tmp_path, "facilities", standard)
    assert _alias(facilities, "floor_area_m2") == "建筑面积（m²）"
    assert _alias(facilities, "own_entrance") == "独立出入口"
    assert [name for name, _fields in _tabs(facilities)] == ["基本信息", "规模", "智慧要求", "分期", "数据来源"]
    types = facilities.editorWidgetSetup(facilities.fields().lookupField("facility_type")).config()["map"]
    # A new facility starts without a type (the NOT NULL constraint then asks for one), never as the first type.
    assert types[0] == {"（未填）": QgsValueMapFieldFormatter.NULL_VALUE}
    assert {"幼儿园": "kindergarten"} in types and {"社区卫生服务站": "health_station"} in types
    status = facilities.editorWidgetSetup(facilities.fields().lookupField("status")).config()["map"]
    assert status[1:] == [{"现状": "existing"}, {"规划": "planned"}]
    buildings = _template_layer(tmp_path, "buildings", standard)
    assert _alias(buildings, "name") == "楼号" and _alias(buildings, "height_m") == "建筑高度（m）"
    assert _tabs(buildings)[1] == ("规模", ["floors", "height_m", "households", "population"])
    community = _template_layer(tmp_path, "community", standard)
    kinds = community.editorWidgetSetup(community.fields().lookupField("kind")).config()["map"]
    assert kinds[1:] == [{"新建社区": "new"}, {"既有社区": "existing"}]


def test_yes_no_fields_are_checkboxes_storing_1_and_0(tmp_path, standard, qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY
    from qgis.gui import QgsGui
    from qgis.PyQt.QtWidgets import QCheckBox, QWidget

    for role, field in (("compounds", "gated"), ("roads", "walkable"), ("facilities", "own_entrance")):
        layer = _template_layer(tmp_path, role, standard)
        setup = layer.editorWidgetSetup(layer.fields().lookupField(field))
        assert setup.type() == "CheckBox", (role, field)
        assert (setup.config()["CheckedState"], setup.config()["UncheckedState"]) == ("1", "0")
    # QGIS's own widget on the facilities form: ticked stores 1, unticked 0, and the GeoPackage keeps the 1.
    QgsGui.editorWidgetRegistry().initEditors()
    idx = layer.fields().lookupField("own_entrance")
    parent = QWidget()
    wrapper = QgsGui.editorWidgetRegistry().create("CheckBox", layer, idx, setup.config(), None, parent)
    box = wrapper.widget()
    assert isinstance(box, QCheckBox)
    wrapper.setValues(0, [])
    assert not box.isChecked() and wrapper.value() == "0"
    box.setChecked(True)
    assert wrapper.value() == "1"
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(0, 0)))
    feature["facility_type"] = "kindergarten"
    feature["own_entrance"] = wrapper.value()
    assert layer.startEditing() and layer.addFeature(feature) and layer.commitChanges(), layer.commitErrors()
    stored = [f["own_entrance"] for f in vlayer(layer.source(), "again").getFeatures()]
    assert stored == [1]


def test_a_refused_value_says_why(tmp_path, standard, qgis_app):
    from qgis.core import QgsFeature, QgsFieldConstraints, QgsVectorLayerUtils

    buildings = _template_layer(tmp_path, "buildings", standard)
    feature = QgsFeature(buildings.fields())
    idx = buildings.fields().lookupField("floors")
    feature["floors"] = 150
    ok, errors = QgsVectorLayerUtils.validateAttribute(buildings, feature, idx)
    assert not ok and any("floors must be between 1 and 100" in e for e in errors), errors
    feature["floors"] = 3
    assert QgsVectorLayerUtils.validateAttribute(buildings, feature, idx)[0]
    # The range comes from the planning schema, not from a number written into the form code.
    assert buildings.constraintDescription(buildings.fields().lookupField("households")) == \
        "households must be between 0 and 9999"
    # A type outside Table A.0.1 is flagged (soft: a submission's misspelt type stays editable) with the reason.
    facilities = _template_layer(tmp_path, "facilities", standard)
    feature = QgsFeature(facilities.fields())
    feature["facility_type"] = "helth_station"
    soft = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft
    ok, errors = QgsVectorLayerUtils.validateAttribute(facilities, feature, facilities.fields().lookupField(
        "facility_type"), soft)
    assert not ok and "Table A.0.1" in errors[0]
    feature["facility_type"] = "health_station"
    assert QgsVectorLayerUtils.validateAttribute(facilities, feature, facilities.fields().lookupField(
        "facility_type"), soft)[0]


def test_a_refused_value_says_why_in_chinese(tmp_path, standard, chinese_ui):
    from qgis.core import QgsFeature, QgsVectorLayerUtils

    buildings = _template_layer(tmp_path, "buildings", standard)
    feature = QgsFeature(buildings.fields())
    feature["floors"] = 150
    ok, errors = QgsVectorLayerUtils.validateAttribute(buildings, feature, buildings.fields().lookupField("floors"))
    assert not ok and any("层数应在 1 至 100 之间" in e for e in errors), errors


def test_a_new_feature_gets_its_data_source_and_entry_time(tmp_path, standard, qgis_app):
    from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDateTime

    project = QgsProject.instance()
    facilities = _template_layer(tmp_path, "facilities", standard)
    project.addMapLayer(facilities)
    project.setTitle("望京示范社区规划")
    try:
        before = QDateTime.currentDateTime()
        feature = QgsVectorLayerUtils.createFeature(facilities, QgsGeometry.fromPointXY(QgsPointXY(5, 5)), {},
                                                    facilities.createExpressionContext())
        feature["facility_type"] = "kindergarten"
        assert facilities.startEditing() and facilities.addFeature(feature) and facilities.commitChanges()
        saved = next(vlayer(facilities.source(), "again").getFeatures())
        source = saved["data_source"]
        assert source.startswith("Drawn by ") and source.endswith(" in 望京示范社区规划")
        assert len(source) > len("Drawn by  in 望京示范社区规划")      # the planner is named
        entered = saved["entry_time"]
        assert isinstance(entered, QDateTime) and entered.isValid()
        assert abs(entered.secsTo(before)) < 120
        # The default is the planner's to change: it applies on insert only, never over an edit.
        definition = facilities.defaultValueDefinition(facilities.fields().lookupField("entry_time"))
        assert definition.expression() == "now()" and not definition.applyOnUpdate()
    finally:
        project.clear()


def _renamed_sample(tmp_path):
    """A copy of the sample with odd layer names, as a submission might come."""
    from osgeo import ogr

    copy = tmp_path / "submission" / "提交方案 v2.gpkg"
    copy.parent.mkdir()
    shutil.copyfile(SAMPLE, copy)
    names = {"community": "A-01 用地红线", "compounds": "estates_final", "buildings": "BLDG-2024-v3",
             "facilities": "规划 POI", "roads": "路网 draft", "facility_areas": "公服用地面 v1",
             "play_areas": "幼儿园活动场地", "gates": "小区门 pts"}
    ds = ogr.Open(str(copy), update=1)
    for old, new in names.items():
        ds.ExecuteSQL(f'ALTER TABLE "{old}" RENAME TO "{new}"')
    ds = None
    return copy, names


def test_apply_styles_to_a_submission_by_role(tmp_path, standard, qgis_app):
    from qgis.core import QgsFeatureRequest, QgsProject, QgsValueRelationFieldFormatter

    from smart_community_plugin.gui.apply_styles import apply_planning_styles, summary

    copy, names = _renamed_sample(tmp_path)
    checksum, files = sha256(copy), sorted(copy.parent.iterdir())
    project = QgsProject.instance()
    profile = tmp_path / "profile" / "smart_community"
    try:
        layers = {new: vlayer(f"{copy}|layername={new}", new) for new in names.values()}
        for layer in layers.values():
            project.addMapLayer(layer)
        applied = apply_planning_styles(project, standard, folder=profile)
        roles = {layer.name(): role for layer, role in applied.styled}
        assert roles == {"A-01 用地红线": "community", "estates_final": "compounds", "BLDG-2024-v3": "buildings",
                         "规划 POI": "facilities", "路网 draft": "roads"}
        # The facility polygons have the points' fields and an alike name (a tie): the points, the template's
        # geometry, get the facilities style.
        left = {layer.name(): role for layer, role in applied.left}
        assert left == {"公服用地面 v1": None, "幼儿园活动场地": "play_areas", "小区门 pts": "gates"}
        assert _alias(layers["BLDG-2024-v3"], "floors") == "Floors"
        poi = layers["规划 POI"]
        assert poi.renderer().type() == "categorizedSymbol"
        # The smart multi-select offers a kindergarten exactly the standard's items for kindergartens.
        setup = poi.editorWidgetSetup(poi.fields().lookupField("smart_features"))
        assert setup.type() == "ValueRelation" and setup.config()["Layer"] == applied.table.id()
        kindergarten = next(poi.getFeatures(QgsFeatureRequest().setFilterExpression(
            "\"facility_type\" = 'kindergarten'")))
        offered = {item.key for item in QgsValueRelationFieldFormatter.createCache(setup.config(), kindergarten)}
        assert offered == {r.code for r in standard.smart_requirements_for("kindergarten")}
        toilet = next(poi.getFeatures(QgsFeatureRequest().setFilterExpression("\"facility_type\" = 'public_toilet'")))
        assert "occupancy_sensing" in {item.key for item in QgsValueRelationFieldFormatter.createCache(
            setup.config(), toilet)}
        # The table lives in the plugin's folder; the submission's file and folder are as they were.
        assert applied.table_written is not None and applied.table_written.parent == profile
        assert applied.table.readOnly()
        assert sha256(copy) == checksum and sorted(copy.parent.iterdir()) == files
        text, _level = summary(applied)
        assert "“规划 POI” as facilities" in text and "“小区门 pts” (compound gates: no planning style)" in text
        # Again: the same table is used, nothing is written or added twice.
        again = apply_planning_styles(project, standard, targets=[poi], folder=profile)
        assert [(lyr.name(), role) for lyr, role in again.styled] == [("规划 POI", "facilities")]
        assert again.table is applied.table and again.table_written is None
        assert len(project.mapLayersByName("smart_requirements")) == 1
    finally:
        project.clear()


def test_facility_parcels_draw_their_badges(tmp_path, standard, qgis_app):
    """Facilities given as polygons (the review accepts them) show each type's badge inside the parcel."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsSymbol
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from smart_community_plugin.layers.styling import style_planning_layer

    copy = tmp_path / "parcels.gpkg"
    shutil.copyfile(SAMPLE, copy)
    parcels = vlayer(f"{copy}|layername=facility_areas", "facility_areas")
    style_planning_layer(parcels, "facilities", standard)
    assert all(c.symbol().type() == QgsSymbol.SymbolType.Fill for c in parcels.renderer().categories())
    settings = QgsMapSettings()
    settings.setLayers([parcels])
    settings.setDestinationCrs(parcels.crs())
    settings.setExtent(parcels.extent().buffered(20))
    settings.setOutputSize(QSize(240, 240))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    # 抚幼 badges (the kindergarten) are orange, #e58e26: some pixels of that colour are drawn.
    orange = sum(1 for x in range(240) for y in range(240)
                 if abs(QColor(image.pixel(x, y)).red() - 0xe5) < 12 and abs(QColor(image.pixel(x, y)).green() - 0x8e) < 12
                 and abs(QColor(image.pixel(x, y)).blue() - 0x26) < 12)
    assert orange > 10


def test_a_project_from_the_template_keeps_its_own_table(tmp_path, standard, qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from smart_community_plugin.gui.apply_styles import apply_planning_styles
    from smart_community_plugin.gui.new_project import create_planning_project

    project = QgsProject.instance()
    try:
        create_planning_project(tmp_path / "new.gpkg", QgsCoordinateReferenceSystem("EPSG:4548"), standard, project)
        template_table = project.mapLayersByName("Smart requirements (table of the standard)")[0]
        applied = apply_planning_styles(project, standard, folder=tmp_path / "profile")
        assert sorted(role for _l, role in applied.styled) == ["buildings", "community", "compounds", "facilities",
                                                              "roads"]
        assert applied.table is template_table and applied.table_written is None
        assert not (tmp_path / "profile").exists()
    finally:
        project.clear()


def test_apply_styles_says_so_in_chinese(tmp_path, standard, chinese_ui):
    from qgis.core import QgsProject

    from smart_community_plugin.gui.apply_styles import Applied, apply_planning_styles, summary

    copy, names = _renamed_sample(tmp_path)
    project = QgsProject()
    layer = vlayer(f"{copy}|layername={names['buildings']}", names["buildings"])
    project.addMapLayer(layer)
    applied = apply_planning_styles(project, standard, folder=tmp_path / "profile")
    text, _level = summary(applied)
    assert text == "已应用规划样式与表单：“BLDG-2024-v3”作为建筑。"
    assert _alias(layer, "households") == "户数"
    assert summary(Applied())[0] == "没有可应用样式的矢量图层：请先将规划方案的图层加入项目。"


@pytest.mark.parametrize(("longitude", "epsg"), [
    (116.4, 4548),   # Beijing: 116.4 is 0.6 from CM 117 (14 zones east of 75): 4534 + 14
    (121.5, 4549),   # Shanghai's 121.5 lies on the border of CM 120 and CM 123: the western zone
    (104.1, 4544),   # Chengdu: CM 105, 10 zones east of 75
    (121.6, 4550),   # just east of that border: CM 123
    (75.0, 4534), (73.6, 4534), (135.0, 4554), (136.4, 4554),
    (73.4, None), (136.6, None), (25.0, None), (math.nan, None),
])
def test_gauss_kruger_zone_of_a_longitude(longitude, epsg):
    from smart_community_plugin.layers.crs import gauss_kruger_epsg

    assert gauss_kruger_epsg(longitude) == epsg


def test_every_zone_is_the_cgcs2000_zone_qgis_knows(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem

    from smart_community_plugin.layers.crs import gauss_kruger_epsg

    for cm in range(75, 136, 3):
        crs = QgsCoordinateReferenceSystem(f"EPSG:{gauss_kruger_epsg(cm)}")
        assert crs.description() == f"CGCS2000 / 3-degree Gauss-Kruger CM {cm}E"


def test_the_new_project_dialog_is_titled_and_preset(tmp_path, qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle, QgsVectorLayer
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    from smart_community_plugin import settings
    from smart_community_plugin.gui.new_project import SETTING, ask_planning_crs, canvas_longitude, preset_crs

    assert preset_crs(None, "").authid() == "EPSG:4548"             # neither the map nor a last choice: Beijing
    assert preset_crs(None, "EPSG:4549").authid() == "EPSG:4549"    # the last choice
    assert preset_crs(104.1, "EPSG:4549").authid() == "EPSG:4544"   # the map's place first
    assert preset_crs(25.0, "EPSG:4549").authid() == "EPSG:4549"    # a map outside the zones says nothing
    canvas = QgsMapCanvas()
    assert canvas_longitude(canvas) is None                          # an empty map
    layer = QgsVectorLayer("Point?crs=EPSG:4490", "chengdu", "memory")
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    canvas.setLayers([layer])
    canvas.setExtent(QgsRectangle(103.9, 30.5, 104.3, 30.8))
    assert canvas_longitude(canvas) == pytest.approx(104.1, abs=0.05)
    before = settings.get(SETTING)
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        seen["title"], seen["crs"] = dialog.windowTitle(), dialog.crs().authid()
        dialog.setCrs(QgsCoordinateReferenceSystem("EPSG:4545"))
        dialog.accept()

    try:
        QTimer.singleShot(0, answer)
        chosen = ask_planning_crs(None, canvas)
        assert seen == {"title": "Coordinate reference system of the new planning project", "crs": "EPSG:4544"}
        assert chosen.authid() == "EPSG:4545" and settings.get(SETTING) == "EPSG:4545"
        QTimer.singleShot(0, answer)
        ask_planning_crs(None, QgsMapCanvas())                       # no map: the last choice is offered
        assert seen["crs"] == "EPSG:4545"
    finally:
        settings.set_value(SETTING, before)


@pytest.mark.parametrize("language, label", [("zh", "环境监测（应）"), ("en", "Environment monitoring (shall)")])
def test_the_smart_multi_select_speaks_the_form_language_only(tmp_path, standard, qgis_app, language, label):
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest

    from smart_community_plugin.layers.styling import style_planning_layer
    from smart_community_plugin.pipeline.template import create_template

    from .layers import vlayer

    path = tmp_path / "plan.gpkg"
    create_template(path, QgsCoordinateReferenceSystem("EPSG:4548"), standard=standard)
    table = vlayer(f"{path}|layername=smart_requirements", "smart_requirements")
    facilities = vlayer(f"{path}|layername=facilities", "facilities")
    style_planning_layer(facilities, "facilities", standard, smart_table=table, language=language)
    config = facilities.editorWidgetSetup(facilities.fields().lookupField("smart_features")).config()
    column = config["Value"]
    request = QgsFeatureRequest().setFilterExpression(
        "\"facility_type\" = 'kindergarten' AND \"code\" = 'environment_monitoring'")
    (row,) = list(table.getFeatures(request))
    assert row[column] == label
