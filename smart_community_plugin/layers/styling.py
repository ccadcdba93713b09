"""Styles of the planning layers: facility symbols by type, labels, the smart-items multi-select; forms in forms.py."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsEditorWidgetSetup,
    QgsExpression,
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
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.messages import Message, catalogue, current_language
from ..resources_path import resource_path
from ..standard.model import Standard
from .forms import apply_form

SIMPLE = {
    "community": QgsFillSymbol.createSimple, "compounds": QgsFillSymbol.createSimple,
    "buildings": QgsFillSymbol.createSimple, "roads": QgsLineSymbol.createSimple,
    "green_spaces": QgsFillSymbol.createSimple,
}
SIMPLE_STYLE = {
    "community": {"color": "#f6f4ef", "outline_color": "#333333", "outline_width": "0.8"},
    "compounds": {"color": "0,0,0,0", "outline_color": "#7a6a58", "outline_width": "0.5"},
    "buildings": {"color": "#d9d4cb", "outline_color": "#6f6a62", "outline_width": "0.2"},
    "roads": {"color": "#b0b0b0", "width": "0.6"},
    "green_spaces": {"color": "#b7dca0", "outline_color": "#4f8a3a", "outline_width": "0.4"},
}
# A layer styled by role may have another geometry than the template's (a submission's roads as polygons):
# its own renderer is kept then, a line symbol cannot draw polygons.
SIMPLE_GEOMETRY = {"community": QgsWkbTypes.GeometryType.PolygonGeometry,
                   "compounds": QgsWkbTypes.GeometryType.PolygonGeometry,
                   "buildings": QgsWkbTypes.GeometryType.PolygonGeometry,
                   "roads": QgsWkbTypes.GeometryType.LineGeometry,
                   "green_spaces": QgsWkbTypes.GeometryType.PolygonGeometry}


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


def smart_requirements_widget(smart_table: QgsVectorLayer, type_field: str = "facility_type",
                              language: Optional[str] = None) -> QgsEditorWidgetSetup:
    """A multi-select of the smart items of the feature's own type, read from a table of the standard's items
    (the template's, or the one "Apply planning styles and forms" provides); found by id, else by name. The
    labels are in the form's language where the table has them."""
    column = f"label_{language or current_language()}"
    value = column if smart_table.fields().lookupField(column) >= 0 else "label"
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": smart_table.id(), "LayerName": smart_table.name(), "LayerSource": smart_table.source(),
        "LayerProviderName": smart_table.providerType(), "Key": "code", "Value": value,
        "AllowMulti": True, "AllowNull": True, "OrderByValue": False, "NofColumns": 1, "UseCompleter": False,
        "FilterExpression": f"\"facility_type\" = current_value({QgsExpression.quotedString(type_field)})"})


def on_polygons(marker: QgsMarkerSymbol) -> QgsFillSymbol:
    """A facility parcel's symbol: a light outline with the badge inside (a marker symbol draws nothing on a
    polygon layer, and the review accepts facilities as polygons)."""
    fill = QgsFillSymbol.createSimple({"color": "255,255,255,90", "outline_color": "#555555", "outline_width": "0.3"})
    centre = QgsCentroidFillSymbolLayer()
    centre.setPointOnSurface(True)  # inside an L-shaped parcel too
    centre.setSubSymbol(marker)
    fill.appendSymbolLayer(centre)
    return fill


def facility_renderer(standard: Standard, type_field: str = "facility_type", language: Optional[str] = None,
                      polygons: bool = False) -> QgsCategorizedSymbolRenderer:
    """One badge per type, named in the language, and a plain dot for any other value: a submission's
    misspelt type stays on the map (a categorised renderer draws nothing for a value without a category)."""
    lang = language or current_language()
    badge = on_polygons if polygons else (lambda marker: marker)
    categories = [QgsRendererCategory(f.code, badge(facility_symbol(f.code)),
                                      catalogue().term("facility_type", f.code, lang)) for f in standard.facilities]
    other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#9a9a9a", "outline_color": "#ffffff",
                                          "size": "2.4"})
    categories.append(QgsRendererCategory(None, badge(other), Message("ui.form.other_types").text(lang)))
    return QgsCategorizedSymbolRenderer(type_field, categories)


def style_facilities(layer: QgsVectorLayer, standard: Standard, type_field: str = "facility_type",
                     smart_table: Optional[QgsVectorLayer] = None, names: Optional[Mapping[str, str]] = None,
                     language: Optional[str] = None) -> None:
    """Symbols by type, name labels (off), the facilities form and the multi-select of the type's smart items."""
    names = {"facility_type": type_field, **dict(names or {})}
    type_field = names["facility_type"]
    polygons = QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    layer.setRenderer(facility_renderer(standard, type_field, language, polygons))
    smart = layer.fields().lookupField(names.get("smart_features", "smart_features"))
    if smart >= 0 and smart_table is not None:
        layer.setEditorWidgetSetup(smart, smart_requirements_widget(smart_table, type_field, language))
    apply_form(layer, "facilities", standard, names, language)
    settings = QgsPalLayerSettings()
    settings.fieldName = names.get("name", "name")
    fmt = QgsTextFormat()
    fmt.setFont(QFont("WenQuanYi Zen Hei"))
    fmt.setSize(8)
    fmt.setColor(QColor("#222222"))
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(False)  # on demand: facility names crowd a community map


def style_planning_layer(layer: QgsVectorLayer, name: str, standard: Standard,
                         smart_table: Optional[QgsVectorLayer] = None, names: Optional[Mapping[str, str]] = None,
                         language: Optional[str] = None) -> None:
    """The plugin's style and form for a planning layer by its template name (its role); `names` maps the
    schema's field names to the layer's own, `language` defaults to the interface's."""
    if name == "facilities":
        style_facilities(layer, standard, smart_table=smart_table, names=names, language=language)
        return
    if name in SIMPLE and QgsWkbTypes.geometryType(layer.wkbType()) == SIMPLE_GEOMETRY[name]:
        layer.setRenderer(QgsSingleSymbolRenderer(SIMPLE[name](SIMPLE_STYLE[name])))
    apply_form(layer, name, standard, names, language)
