"""Facility symbols and forms: one symbol per type, value map, range constraints that reject nonsense."""

from __future__ import annotations



from .conftest import ROOT


def test_every_type_has_its_symbol(standard):
    for f in standard.facilities:
        svg = ROOT / "resources" / "icons" / "facilities" / f"{f.code}.svg"
        assert svg.exists(), f.code
        assert "param(fill)" in svg.read_text(encoding="utf-8")


def test_facility_style_and_form(tmp_path, standard, qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayerUtils

    from smart_community_plugin.layers.styling import style_planning_layer
    from smart_community_plugin.layers.template import create_template
    from qgis.core import QgsCoordinateReferenceSystem

    from .layers import vlayer

    path = tmp_path / "plan.gpkg"
    create_template(path, QgsCoordinateReferenceSystem("EPSG:4548"))
    layer = vlayer(f"{path}|layername=facilities", "facilities")
    style_planning_layer(layer, "facilities", standard)
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    assert sorted(c.value() for c in renderer.categories()) == sorted(standard.codes)
    setup = layer.editorWidgetSetup(layer.fields().lookupField("facility_type"))
    assert setup.type() == "ValueMap"
    assert {"幼儿园 (kindergarten)": "kindergarten"} in setup.config()["map"]
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
    assert names == ["facilities", "roads", "buildings", "compounds", "community"]
    assert all(l.crs().authid() == "EPSG:4549" for l in layers)
    assert layers[0].renderer().type() == "categorizedSymbol"
    group = project.layerTreeRoot().findGroup("智慧社区规划 Planning")
    assert [n.name() for n in group.children()] == names
