"""Styles and forms of the planning layers: facility symbols by type, labels, value maps, constraints."""

from __future__ import annotations

import base64
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..resources_path import resource_path
from ..standard.model import Standard
from .schema import layer_spec

SIMPLE = {
    "community": QgsFillSymbol.createSimple, "compounds": QgsFillSymbol.createSimple,
    "buildings": QgsFillSymbol.createSimple, "roads": QgsLineSymbol.createSimple,
}
SIMPLE_STYLE = {
    "community": {"color": "#f6f4ef", "outline_color": "#333333", "outline_width": "0.8"},
    "compounds": {"color": "0,0,0,0", "outline_color": "#7a6a58", "outline_width": "0.5"},
    "buildings": {"color": "#d9d4cb", "outline_color": "#6f6a62", "outline_width": "0.2"},
    "roads": {"color": "#b0b0b0", "width": "0.6"},
}


def facility_svg(code: str) -> str:
    """The type's badge as an embedded SVG ("base64:…"), so projects and QML files carry it along
    instead of pointing into one machine's plugin folder."""
    with open(resource_path("icons", "facilities", f"{code}.svg"), "rb") as fh:
        return "base64:" + base64.b64encode(fh.read()).decode("ascii")


def facility_symbol(code: str, size_mm: float = 6.0) -> QgsMarkerSymbol:
    """The type's badge as a marker symbol."""
    layer = QgsSvgMarkerSymbolLayer(facility_svg(code), size_mm)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, layer)
    return symbol


def smart_requirements_widget(smart_table: QgsVectorLayer) -> QgsEditorWidgetSetup:
    """A multi-select of the smart items of the feature's own type, read from the template's table."""
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": smart_table.id(), "LayerName": smart_table.name(), "LayerSource": smart_table.source(),
        "LayerProviderName": smart_table.providerType(), "Key": "code", "Value": "label",
        "AllowMulti": True, "AllowNull": True, "OrderByValue": False, "NofColumns": 1, "UseCompleter": False,
        "FilterExpression": "\"facility_type\" = current_value('facility_type')"})


def style_facilities(layer: QgsVectorLayer, standard: Standard, type_field: str = "facility_type",
                     smart_table: Optional[QgsVectorLayer] = None) -> None:
    """Symbols by type, Chinese-name labels, a value map of types, smart items and sensible constraints."""
    categories = [QgsRendererCategory(f.code, facility_symbol(f.code), f"{f.name_zh} {f.name_en}")
                  for f in standard.facilities]
    layer.setRenderer(QgsCategorizedSymbolRenderer(type_field, categories))
    idx = layer.fields().lookupField(type_field)
    if idx >= 0:
        value_map = [{f"{f.name_zh} ({f.code})": f.code} for f in standard.facilities]
        layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))
        layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull)
    status = layer.fields().lookupField("status")
    if status >= 0:
        layer.setEditorWidgetSetup(status, QgsEditorWidgetSetup(
            "ValueMap", {"map": [{"现状 existing": "existing"}, {"规划 planned": "planned"}]}))
    smart = layer.fields().lookupField("smart_features")
    if smart >= 0 and smart_table is not None:
        layer.setEditorWidgetSetup(smart, smart_requirements_widget(smart_table))
    _schema_ranges(layer, "facilities")
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    fmt = QgsTextFormat()
    fmt.setFont(QFont("WenQuanYi Zen Hei"))
    fmt.setSize(8)
    fmt.setColor(QColor("#222222"))
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(False)  # on demand: facility names crowd a community map


def style_planning_layer(layer: QgsVectorLayer, name: str, standard: Standard,
                         smart_table: Optional[QgsVectorLayer] = None) -> None:
    """The plugin's style and form for a planning layer by its template name."""
    if name == "facilities":
        style_facilities(layer, standard, smart_table=smart_table)
        return
    if name in SIMPLE:
        layer.setRenderer(QgsSingleSymbolRenderer(SIMPLE[name](SIMPLE_STYLE[name])))
    _schema_ranges(layer, name)


def _schema_ranges(layer: QgsVectorLayer, name: str) -> None:
    """Range constraints from the planning schema's plausible values."""
    for spec in layer_spec(name).fields:
        if spec.minimum is not None and spec.maximum is not None:
            _range(layer, spec.name, spec.minimum, spec.maximum)


def _range(layer: QgsVectorLayer, field: str, low: float, high: float) -> None:
    idx = layer.fields().lookupField(field)
    if idx < 0:
        return
    lo, hi = _plain(low), _plain(high)
    layer.setConstraintExpression(idx, f'"{field}" IS NULL OR ("{field}" >= {lo} AND "{field}" <= {hi})',
                                  f"{lo}–{hi}")


def _plain(x: float) -> str:
    """A number as QGIS expressions read it: no exponent (1e7 -> 10000000)."""
    return format(x, "f").rstrip("0").rstrip(".")
