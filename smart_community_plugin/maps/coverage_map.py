"""Render a facility type's coverage map: covered and uncovered buildings, facilities, service radius."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import OutputError
from ..palette import VERDICT_COLOURS
from ..pipeline.outputs import Outputs
from ..standard.model import Standard
from .decorations import scale_bar_and_north
from .render import render_layers


def _layer(path: str, name: str) -> Optional[QgsVectorLayer]:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    return layer if layer.isValid() else None


def render_coverage_map(review_gpkg: str, facility_type: str, standard: Standard, out_png: str | os.PathLike,
                        planning_gpkg: Optional[str] = None, size: tuple[int, int] = (1400, 1050),
                        title: Optional[str] = None) -> None:
    """Draw buildings coloured by coverage of one type, its facilities and their radius circles."""
    ftype = standard.facility(facility_type)
    radius = ftype.service_radius.distance_m if ftype.service_radius else None
    layers = []

    # Facilities are filtered by their renderers, not by subset strings: opening the same GeoPackage
    # layer twice with subset strings breaks later layers of that file in QGIS 3.40 (sqlite
    # "unable to open database file"), which silently drew an empty map.
    wanted = f"\"facility_type\" = '{facility_type}' AND \"status\" IN ('existing', 'planned')"
    facilities = _layer(review_gpkg, "facilities")
    root = QgsRuleBasedRenderer.Rule(None)
    for verdict, colour in VERDICT_COLOURS.items():
        symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": colour, "outline_color": "#ffffff",
                                               "size": "5.2"})
        root.appendChild(QgsRuleBasedRenderer.Rule(
            symbol, filterExp=f"{wanted} AND \"verdict\" = '{verdict}'", label=verdict))
    facilities.setRenderer(QgsRuleBasedRenderer(root))
    layers.append(facilities)
    circles = None
    if radius:
        circles = _layer(review_gpkg, "facilities")
        ring = QgsMarkerSymbol.createSimple({"size": "0"})
        circle = QgsGeometryGeneratorSymbolLayer.create(
            {"geometryModifier": f"buffer($geometry, {radius}, 36)", "SymbolType": "Fill"})
        circle.setSubSymbol(QgsFillSymbol.createSimple({
            "color": "30,111,80,28", "outline_color": "#1f6f50", "outline_width": "0.5",
            "outline_style": "dash"}))
        ring.changeSymbolLayer(0, circle)
        circle_root = QgsRuleBasedRenderer.Rule(None)
        circle_root.appendChild(QgsRuleBasedRenderer.Rule(ring, filterExp=wanted))
        circles.setRenderer(QgsRuleBasedRenderer(circle_root))

    buildings = _layer(review_gpkg, "buildings")
    field = f"covered_{facility_type}"
    buildings.setRenderer(QgsCategorizedSymbolRenderer(field, [
        QgsRendererCategory(1, QgsFillSymbol.createSimple({"color": "#8fc9a8", "outline_color": "#4d7f63",
                                                           "outline_width": "0.2"}), "covered"),
        QgsRendererCategory(0, QgsFillSymbol.createSimple({"color": "#e9a39b", "outline_color": "#a33a2f",
                                                           "outline_width": "0.3", "style": "solid"}), "uncovered"),
    ]))
    layers.append(buildings)
    if circles is not None:
        layers.append(circles)  # below the buildings, so their colours stay true

    if planning_gpkg:
        roads = _layer(planning_gpkg, "roads")
        if roads is not None:
            roads.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
                {"color": "#b8b8b8", "width": "0.8"})))
            layers.append(roads)
        compounds = _layer(planning_gpkg, "compounds")
        if compounds is not None:
            compounds.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#7a6a58", "outline_width": "0.45"})))
            layers.append(compounds)
    community = _layer(review_gpkg, "community")
    community.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#f6f4ef", "outline_color": "#333333", "outline_width": "0.8"})))
    layers.append(community)

    extent = community.extent()
    extent.grow(max(extent.width(), extent.height()) * 0.12)
    image, painter, settings = render_layers(layers, community.crs(), extent, size, 150)
    white = QColor(255, 255, 255, 235)
    painter.fillRect(QRectF(0, 0, size[0], 84), white)
    painter.fillRect(QRectF(0, size[1] - 56, size[0], 56), white)
    scale_bar_and_north(painter, settings, size)
    painter.setPen(QColor("#222222"))
    font = QFont("WenQuanYi Zen Hei")
    font.setPixelSize(30)
    painter.setFont(font)
    walking = buildings.fields().lookupField(f"straight_{facility_type}") >= 0
    how = ("Buildings by walking distance 按步行距离着色; circles: straight-line radius 圆为直线服务半径"
           if walking else "Buildings by straight-line distance 按直线距离着色")
    heading = title or f"{ftype.name_zh} {ftype.name_en}" + (f" — {radius:.0f} m" if radius else "")
    painter.drawText(QRectF(24, 10, size[0] - 48, 40), int(Qt.AlignmentFlag.AlignLeft), heading)
    font.setPixelSize(20)
    painter.setFont(font)
    painter.drawText(QRectF(24, 50, size[0] - 48, 30), int(Qt.AlignmentFlag.AlignLeft), how)
    legend = [("#8fc9a8", "covered 已覆盖"), ("#e9a39b", "uncovered 未覆盖"),
              (VERDICT_COLOURS["pass"], "facility: pass"), (VERDICT_COLOURS["warning"], "warning"),
              (VERDICT_COLOURS["fail"], "fail")]
    x = 24
    for colour, text in legend:
        painter.fillRect(QRectF(x, size[1] - 40, 22, 22), QColor(colour))
        painter.drawText(QRectF(x + 30, size[1] - 44, 260, 30), int(Qt.AlignmentFlag.AlignLeft), text)
        x += 40 + painter.fontMetrics().horizontalAdvance(text)
    painter.end()
    def save(path: Path) -> None:
        if not image.save(str(path), "PNG"):
            raise OutputError.of("error.map.cannot_write", path=str(out_png))

    # The map never replaces the review or the scheme it draws.
    with Outputs([p for p in (review_gpkg, planning_gpkg) if p]) as outputs:
        outputs.file(out_png, save)
