"""The workbench's results on the map: one group of styled result layers, replaced by each review; coverage
and siting results kept as layers on request. Memory layers (nothing is written to disk, nothing of the
scheme is touched); the legends speak the interface language."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsFillSymbol, QgsLayerTreeGroup, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

from ..i18n import tr
from ..layers.result_styles import add_coverage_styles, style_review_facilities
from ..layers.vector_write import LayerData, memory_layer
from ..pipeline.privacy import user_privacy
from ..standard.model import Standard
from .state import RESULT_PROPERTIES
from .words import ui_language

# Custom properties marking the plugin's result group and layers, and the layers the planner kept (coverage,
# siting): never replaced by a review, never offered as a scheme's layer.
GROUP_KEY, KEPT_KEY = RESULT_PROPERTIES


def result_group(project: QgsProject) -> QgsLayerTreeGroup:
    """The results group at the top of the legend, created on first use."""
    root = project.layerTreeRoot()
    for group in root.findGroups():
        if group.customProperty(GROUP_KEY):
            return group
    group = root.insertGroup(0, tr("Review results (Smart Community)"))
    group.setCustomProperty(GROUP_KEY, True)
    return group


def _remove_previous(project: QgsProject, group: QgsLayerTreeGroup) -> None:
    """The previous review's layers go; layers the planner kept stay."""
    ids = [node.layerId() for node in group.findLayers()
           if node.layer() is not None and node.layer().customProperty(GROUP_KEY) == "review"]
    if ids:
        project.removeMapLayers(ids)


def show_review_layers(project: QgsProject, layers: list[LayerData], review: dict[str, Any],
                       standard: Standard) -> list[QgsVectorLayer]:
    """Replace the group's review layers with these: buildings styled by distance (one style per facility
    type, the worst covered current), facilities by verdict, the checks table; legends in the UI language."""
    language = ui_language()
    group = result_group(project)
    _remove_previous(project, group)
    names = {"buildings": tr("Homes by distance to facilities"), "facilities": tr("Facilities by verdict"),
             "community": tr("Community and overall verdict"), "checks": tr("Checks (table)")}
    shown: list[QgsVectorLayer] = []
    privacy = user_privacy()
    for data in layers:
        if data.name not in names:
            continue
        layer = memory_layer(data, privacy)
        layer.setName(names[data.name])
        layer.setCustomProperty(GROUP_KEY, "review")
        if data.name == "buildings":
            add_coverage_styles(layer, standard, review.get("coverage", {}), language)
        elif data.name == "facilities":
            style_review_facilities(layer, language)
        elif data.name == "community":
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.8"})))
        project.addMapLayer(layer, False)
        shown.append(layer)
    # Facilities on top of homes, the community outline under both, the table last.
    order = {"facilities": 0, "buildings": 1, "community": 2, "checks": 3}
    for layer in sorted(shown, key=lambda lyr: order.get(_role(lyr, names), 9)):
        group.addLayer(layer)
    return shown


def _role(layer: QgsVectorLayer, names: dict[str, str]) -> str:
    return next((role for role, name in names.items() if name == layer.name()), "")


def keep_layer(project: QgsProject, data: LayerData, name: str, style: Optional[Any] = None) -> QgsVectorLayer:
    """A result the planner wants to keep (a coverage area, siting candidates) as a layer in the group."""
    layer = memory_layer(data, user_privacy())
    layer.setName(name)
    layer.setCustomProperty(KEPT_KEY, True)
    if style is not None:
        style(layer)
    project.addMapLayer(layer, False)
    result_group(project).insertLayer(0, layer)
    return layer


def style_sites(layer: QgsVectorLayer) -> None:
    """Suggested sites: a large ringed dot with its rank beside it, so the planner sees the order."""
    from qgis.core import QgsMarkerSymbol, QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor

    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#f2a900", "outline_color": "#5a3d00", "outline_width": "0.6", "size": "5"})))
    settings = QgsPalLayerSettings()
    settings.fieldName = "rank"
    fmt = QgsTextFormat()
    fmt.setSize(10)
    fmt.setColor(QColor("#3a2800"))
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
