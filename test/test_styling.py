"""Facility symbols and forms: one symbol per type, value map, range constraints that reject nonsense."""

from __future__ import annotations

import pytest

from .conftest import ROOT


def test_every_type_has_its_symbol(standard):
    for f in standard.facilities:
        svg = ROOT / "resources" / "icons" / "facilities" / f"{f.code}.svg"
        assert svg.exists(), f.code
        assert "param(fill)" in svg.read_text(encoding="utf-8")


def test_facility_style_and_form(tmp_path, standard, qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayerUtils

    from smart_community_plugin.layers.styling import style_planning_layer
    from smart_community_plugin.pipeline.template import create_template

    from .layers import vlayer

    path = tmp_path / "plan.gpkg"
    create_template(path, QgsCoordinateReferenceSystem("EPSG:4548"))
    layer = vlayer(f"{path}|layername=facilities", "facilities")
    style_planning_layer(layer, "facilities", standard)
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    assert sorted(c.value() for c in renderer.categories()[:-1]) == sorted(standard.codes)
    # And a catch-all: a misspelt type is still drawn (a categorised renderer skips a value without a category).
    assert renderer.categories()[-1].value() is None
    assert renderer.categories()[-1].label() == "Other types (not in Table A.0.1)"
    setup = layer.editorWidgetSetup(layer.fields().lookupField("facility_type"))
    assert setup.type() == "ValueMap"
    assert {"Kindergarten": "kindergarten"} in setup.config()["map"]
    # The floors constraint rejects 0 and 150 and accepts 3.
    feat = QgsFeature(layer.fields())
    feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(0, 0)))
    idx = layer.fields().lookupField("floors")
    for value, ok in ((3, True), (0, False), (150, False)):
        feat["floors"] = value
        good, _errors = QgsVectorLayerUtils.validateAttribute(layer, feat, idx)
        assert good == ok, value
    # Areas have a range up to 10,000,000 m², written without an exponent so QGIS evaluates it.
    area = layer.fields().lookupField("floor_area_m2")
    feat["floors"] = 3
    for value, ok in ((250.0, True), (0.0, False), (2e7, False)):
        feat["floor_area_m2"] = value
        assert QgsVectorLayerUtils.validateAttribute(layer, feat, area)[0] == ok, value
    # And the style saves as QML and loads again.
    qml = tmp_path / "facilities.qml"
    msg, saved = layer.saveNamedStyle(str(qml))
    assert saved and "categorizedSymbol" in qml.read_text(encoding="utf-8")


def test_new_planning_project_adds_styled_layers(tmp_path, standard, qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from smart_community_plugin.gui.new_project import create_planning_project

    project = QgsProject()
    layers = create_planning_project(tmp_path / "new.gpkg", QgsCoordinateReferenceSystem("EPSG:4549"),
                                     standard, project)
    names = [l.name() for l in layers]
    # Named for the legend in the interface's language (English here), each the template's own table.
    assert names == ["facilities", "roads and paths", "buildings", "gated compounds", "community boundary"]
    assert [l.source().rsplit("=", 1)[1] for l in layers] == ["facilities", "roads", "buildings", "compounds",
                                                             "community"]
    assert all(l.crs().authid() == "EPSG:4549" for l in layers)
    assert layers[0].renderer().type() == "categorizedSymbol"
    group = project.layerTreeRoot().findGroup("Smart community plan")
    assert [n.name() for n in group.children()] == names + ["Smart requirements (table of the standard)"]


def test_smart_requirements_multi_select(tmp_path, standard, qgis_app):
    """The facilities form offers the type's smart items (Table A.0.1 plus 4.5.10) and the review reads
    what the form stores."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject
    from qgis.gui import QgsGui
    from qgis.PyQt.QtWidgets import QWidget

    from smart_community_plugin.core.values import format_smart_features, parse_smart_features
    from smart_community_plugin.gui.new_project import create_planning_project

    project = QgsProject.instance()
    try:
        layers = create_planning_project(tmp_path / "new.gpkg", QgsCoordinateReferenceSystem("EPSG:4549"),
                                         standard, project)
        facilities = layers[0]
        table = project.mapLayersByName("Smart requirements (table of the standard)")[0]
        rows = [(f["facility_type"], f["code"], f["strength"], f["clause"]) for f in table.getFeatures()]
        # Table A.0.1, 幼儿园 智慧要求: 健康管理、安全保障、环境监测、实时沟通 (应), and 4.5.10's screen or audio prompt.
        assert sorted(r[1] for r in rows if r[0] == "kindergarten") == sorted([
            "health_management", "safety_protection", "environment_monitoring", "real_time_communication",
            "info_screen_or_audio_prompt"])
        assert ("public_toilet", "occupancy_sensing", "宜", "A.0.1") in rows
        assert ("public_toilet", "info_screen_or_audio_prompt", "应", "4.5.10") in rows
        idx = facilities.fields().lookupField("smart_features")
        setup = facilities.editorWidgetSetup(idx)
        assert setup.type() == "ValueRelation" and setup.config()["AllowMulti"]
        assert setup.config()["Layer"] == table.id()
        assert "current_value('facility_type')" in setup.config()["FilterExpression"]
        # QGIS's own widget stores what our writer writes, and the reader reads it back.
        QgsGui.editorWidgetRegistry().initEditors()
        parent = QWidget()
        wrapper = QgsGui.editorWidgetRegistry().create("ValueRelation", facilities, idx, setup.config(), None, parent)
        stored = format_smart_features(["medical_consultation", "health_records"])
        wrapper.setValues(stored, [])
        assert stored == '{"medical_consultation","health_records"}'
        assert wrapper.value().startswith('{"')  # the widget lists them in the table's order
        assert parse_smart_features(wrapper.value()) == {"medical_consultation", "health_records"}
    finally:
        project.clear()


def test_facility_badges_are_embedded_and_render_in_their_colour(standard, qgis_app):
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from smart_community_plugin.layers.styling import facility_symbol

    symbol = facility_symbol("kindergarten")
    assert symbol.symbolLayer(0).path().startswith("base64:")
    image = symbol.asImage(QSize(48, 48))
    # 抚幼 badges are orange (#e58e26) around a white glyph.
    colours = {QColor(image.pixel(x, y)).name() for x in range(8, 40, 2) for y in range(8, 40, 2)}
    assert "#e58e26" in colours


def _form_of(layer):
    """What a layer's form says, comparable between a QML and a freshly styled layer."""
    fields = layer.fields()
    widgets = []
    for i in range(fields.count()):
        setup = layer.editorWidgetSetup(i)
        config = {k: v for k, v in setup.config().items() if k not in ("Layer", "LayerSource")}
        widgets.append((setup.type(), config))
    tabs = [(t.name(), [c.name() for c in t.children()]) for t in layer.editFormConfig().tabs()]
    return {"aliases": [layer.attributeAlias(i) for i in range(fields.count())], "widgets": widgets,
            "constraints": [(layer.constraintExpression(i), layer.constraintDescription(i))
                            for i in range(fields.count())],
            "defaults": [layer.defaultValueDefinition(i).expression() for i in range(fields.count())],
            "tabs": tabs, "renderer": layer.renderer().type(),
            "legend": [c.label() for c in getattr(layer.renderer(), "categories", list)()]}


@pytest.mark.parametrize(("suffix", "language"), [(".qml", "zh"), (".en.qml", "en")])
def test_qml_styles_for_every_planning_layer(tmp_path, standard, qgis_app, suffix, language):
    """The shipped QML files load, carry no machine's paths, and say what the plugin's styling says today in
    their language (run `make styles` after changing a form)."""
    from qgis.core import QgsCoordinateReferenceSystem

    from smart_community_plugin.layers.schema import PLANNING_LAYERS
    from smart_community_plugin.layers.styling import style_planning_layer
    from smart_community_plugin.layers.template import SMART_TABLE
    from smart_community_plugin.pipeline.template import create_template

    from .conftest import ROOT
    from .layers import vlayer

    path = tmp_path / "plain.gpkg"
    create_template(path, QgsCoordinateReferenceSystem("EPSG:4548"), standard=standard)
    smart = vlayer(f"{path}|layername={SMART_TABLE}", SMART_TABLE)
    for spec in PLANNING_LAYERS:
        qml = ROOT / "resources" / "styles" / f"{spec.name}{suffix}"
        text = qml.read_text(encoding="utf-8")
        assert str(ROOT) not in text and "/tmp/" not in text  # portable: no paths of the machine that made it
        layer = vlayer(f"{path}|layername={spec.name}", spec.name)
        message, ok = layer.loadNamedStyle(str(qml))
        assert ok, message
        fresh = vlayer(f"{path}|layername={spec.name}", spec.name)
        style_planning_layer(fresh, spec.name, standard, smart, language=language)
        assert _form_of(layer) == _form_of(fresh), f"{qml.name} is out of date: run make styles"
        if spec.name == "facilities":
            assert sorted(c.value() for c in layer.renderer().categories()[:-1]) == sorted(standard.codes)
            smart_setup = layer.editorWidgetSetup(layer.fields().lookupField("smart_features"))
            assert smart_setup.config()["LayerName"] == SMART_TABLE  # found by name in the user's project
        if spec.name == "buildings":
            # The floors range (1-100) comes along with the style, with its reason in the file's language.
            idx = layer.fields().lookupField("floors")
            assert "100" in layer.constraintExpression(idx)
            assert layer.constraintDescription(idx) == {"zh": "层数应在 1 至 100 之间",
                                                        "en": "floors must be between 1 and 100"}[language]


def test_pictograms_need_no_font_and_draw_something(standard, qgis_app):
    from qgis.PyQt.QtCore import QRectF
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    for f in standard.facilities:
        svg = (ROOT / "resources" / "icons" / "facilities" / f"{f.code}.svg").read_text(encoding="utf-8")
        assert "<text" not in svg, f.code
        plain = svg.replace("param(fill) ", "").replace("param(outline) ", "").replace("param(outline-width) ", "")
        img = QImage(48, 48, QImage.Format.Format_RGB32)
        img.fill(QColor("black"))
        painter = QPainter(img)
        QSvgRenderer(bytearray(plain, "utf-8")).render(painter, QRectF(0, 0, 48, 48))
        painter.end()
        # Inside the badge (away from its white outline) some pixels are the white drawing, most the colour.
        inner = [QColor(img.pixel(x, y)) for x in range(8, 40) for y in range(8, 40)]
        white = sum(c.red() > 230 and c.green() > 230 and c.blue() > 230 for c in inner)
        assert 0.08 * len(inner) < white < 0.6 * len(inner), (f.code, white)
