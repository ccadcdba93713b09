"""Maps for the report, rendered by QGIS from the review's result layers with the plugin's styles."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QFont

from ..layers.result_styles import fill_symbol, style_coverage
from ..maps.decorations import scale_bar_and_north
from ..maps.render import render_layers
from ..palette import VERDICT_COLOURS

CIRCLE_COLOURS = ("#1f7a4d", "#5fae7f", "#b7dcc4")  # 5, 10, 15 minutes: darker is closer
HOUR_COLOURS = ("#3b4cc0", "#7b9ff9", "#c0d4f5", "#f4c27a")  # sun hours 0-1, 1-2, 2-3, >= 3


def _open(uri: Optional[str], name: str) -> Optional[QgsVectorLayer]:
    if not uri:
        return None
    layer = QgsVectorLayer(uri, name, "ogr")
    return layer if layer.isValid() and layer.featureCount() > 0 else None


def _simple(layer: Optional[QgsVectorLayer], symbol: object) -> Optional[QgsVectorLayer]:
    if layer is not None:
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _rules(layer: QgsVectorLayer, rules: Iterable[tuple[object, str]]) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    for symbol, expression in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expression))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _star(colour: str, size: float = 4.2) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({"name": "star", "color": colour, "outline_color": "#ffffff", "size": str(size)})


class ReportMaps:
    """Opens the result layers once and renders PNG maps of the community (bytes)."""

    def __init__(self, result_gpkg: str, context: Optional[dict[str, str]] = None,
                 width_mm: float = 108.0, aspect: float = 0.75, dpi: int = 250) -> None:
        context = context or {}
        # Rendered at the printed size: QGIS's millimetre symbol sizes then print as millimetres.
        width = int(round(width_mm / 25.4 * dpi))
        self.size, self.dpi = (width, int(round(width * aspect))), dpi
        g = result_gpkg
        # Each result layer is opened once per use: the same GeoPackage layer opened with subset strings
        # breaks later reads in QGIS 3.40, so filters are done by renderers instead.
        self.buildings = _open(f"{g}|layername=buildings", "buildings")
        self.facilities = _open(f"{g}|layername=facilities", "facilities")
        self.circles = _open(f"{g}|layername=facilities", "circles")
        self.community = _open(f"{g}|layername=community", "community")
        self.windows = _open(f"{g}|layername=sunlight_windows", "windows")
        self.ground = _open(f"{g}|layername=sunlight_ground_hours", "ground")
        self.roads = _simple(_open(context.get("roads"), "roads"),
                             QgsLineSymbol.createSimple({"color": "#c4c4c4", "width": "0.6"}))
        # All buildings of the scheme (schools, shops …) in grey under the result's residential ones.
        self.all_buildings = _simple(_open(context.get("buildings"), "all buildings"), QgsFillSymbol.createSimple(
            {"color": "#e4e1da", "outline_color": "#8a857c", "outline_width": "0.2"}))
        self.routes = _open(f"{g}|layername=shelter_routes", "shelter routes")
        self.green = _simple(_open(context.get("green_spaces"), "green spaces"), QgsFillSymbol.createSimple(
            {"color": "#b7dca0", "outline_color": "#4f8a3a", "outline_width": "0.4"}))
        self.compounds = _simple(_open(context.get("compounds"), "compounds"), QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#7a6a58", "outline_width": "0.4"}))
        _simple(self.community, QgsFillSymbol.createSimple(
            {"color": "#f7f5f0", "outline_color": "#333333", "outline_width": "0.7"}))
        self.extent = QgsRectangle(self.community.extent()) if self.community is not None else QgsRectangle()
        if not self.extent.isEmpty():
            self.extent.grow(max(self.extent.width(), self.extent.height()) * 0.06)

    @property
    def usable(self) -> bool:
        """Whether there is anything to draw."""
        return self.community is not None and self.buildings is not None

    def _base(self) -> list[QgsVectorLayer]:
        return [x for x in (self.compounds, self.all_buildings, self.roads) if x is not None]

    def render(self, layers: list[QgsVectorLayer], extent: Optional[QgsRectangle] = None) -> bytes:
        """Layers top first, over the community, with scale bar and north arrow; PNG bytes."""
        stack = [x for x in layers if x is not None] + self._base() + [self.community]
        image, painter, settings = render_layers(stack, self.community.crs(), extent or self.extent, self.size,
                                                 self.dpi, alpha=False)
        scale_bar_and_north(painter, settings, self.size, top=int(self.dpi * 0.2), unit=self.dpi / 150)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data)

    def coverage(self, code: str, limit_m: float) -> bytes:
        """Homes by distance class of the type's limit, its facilities as verdict stars, radius circles."""
        style_coverage(self.buildings, code, limit_m)
        wanted = f"\"facility_type\" = '{code}' AND \"status\" IN ('existing', 'planned')"
        _rules(self.facilities, [(_star(colour), f"{wanted} AND \"verdict\" = '{v}'")
                                 for v, colour in VERDICT_COLOURS.items()])
        ring = QgsMarkerSymbol.createSimple({"size": "0"})
        circle = QgsGeometryGeneratorSymbolLayer.create(
            {"geometryModifier": f"buffer($geometry, {limit_m:.2f}, 36)", "SymbolType": "Fill"})
        circle.setSubSymbol(QgsFillSymbol.createSimple({
            "color": "0,0,0,0", "outline_color": "#1f6f50", "outline_width": "0.45", "outline_style": "dash"}))
        ring.changeSymbolLayer(0, circle)
        _rules(self.circles, [(ring, wanted)])
        return self.render([self.facilities, self.circles, self.buildings])

    def life_circles(self, minutes: list[int]) -> Optional[bytes]:
        """Homes by the smallest life circle they complete; none hatched."""
        names = self.buildings.fields().names()
        fields = [f"complete_{m}min" for m in sorted(minutes)]
        if not all(f in names for f in fields):
            return None
        rules, done = [], []
        for f, colour in zip(fields, CIRCLE_COLOURS):
            rules.append((fill_symbol(colour), " AND ".join([f'"{f}" = 1'] + [f'"{d}" = 0' for d in done])))
            done.append(f)
        rules.append((fill_symbol("#e9a39b", hatched=True), " AND ".join(f'"{d}" = 0' for d in done)))
        _rules(self.buildings, rules)
        return self.render([self.buildings])

    def sunlight(self) -> Optional[bytes]:
        """Sun hours of the activity grounds and windows by verdict, zoomed to them."""
        if self.windows is None and self.ground is None:
            return None
        layers, extent = [], QgsRectangle()
        if self.windows is not None:
            _rules(self.windows, [(QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": VERDICT_COLOURS[v], "outline_color": "#ffffff", "size": "2.6"}),
                f"\"verdict\" = '{v}'") for v in ("pass", "fail")])
            layers.append(self.windows)
            extent.combineExtentWith(self.windows.extent())
        if self.ground is not None:
            cats = [QgsRendererCategory(f["hours"], fill_symbol(HOUR_COLOURS[min(i, 3)]), f["hours"])
                    for i, f in enumerate(sorted(self.ground.getFeatures(), key=lambda f: str(f["hours"])))]
            self.ground.setRenderer(QgsCategorizedSymbolRenderer("hours", cats))
            layers.append(self.ground)
            extent.combineExtentWith(self.ground.extent())
        _simple(self.buildings, QgsFillSymbol.createSimple({"color": "#d9d4cb", "outline_color": "#6f6a62",
                                                            "outline_width": "0.2"}))
        extent.grow(max(extent.width(), extent.height(), 60.0) * 0.6)
        return self.render(layers + [self.buildings], extent)

    def shelters(self) -> Optional[bytes]:
        """4.4.3: each home's route to its nearest emergency shelter, green within the distance, red beyond."""
        if self.routes is None:
            return None
        _rules(self.routes, [(QgsLineSymbol.createSimple({"color": VERDICT_COLOURS[v], "width": "0.45"}),
                              f"\"within\" = {flag}") for v, flag in (("pass", 1), ("fail", 0))])
        _simple(self.buildings, QgsFillSymbol.createSimple({"color": "#d9d4cb", "outline_color": "#6f6a62",
                                                            "outline_width": "0.2"}))
        return self.render([self.routes, self.buildings, self.green])

    def hour_classes(self) -> list[str]:
        """The activity grounds' sun-hour classes in the order of HOUR_COLOURS."""
        if self.ground is None:
            return []
        return sorted(str(f["hours"]) for f in self.ground.getFeatures())

    def locator(self, building_ids: set[int], facility_ids: set[int]) -> bytes:
        """Homes and facilities named in failed or warned checks, facilities labelled by id."""
        ids = ",".join(str(i) for i in sorted(building_ids)) or "-1"
        _rules(self.buildings, [(fill_symbol("#e9a39b", hatched=True), f'"source_fid" IN ({ids})'),
                                (fill_symbol("#ebe7df"), f'"source_fid" NOT IN ({ids})')])
        fids = ",".join(str(i) for i in sorted(facility_ids)) or "-1"
        chosen = f'"source_fid" IN ({fids})'
        _rules(self.facilities, [(_star(VERDICT_COLOURS["fail"], 4.6), f"{chosen} AND \"verdict\" = 'fail'"),
                                 (_star(VERDICT_COLOURS["warning"], 4.6), f"{chosen} AND \"verdict\" <> 'fail'")])
        label = QgsPalLayerSettings()
        label.fieldName = f'CASE WHEN "source_fid" IN ({fids}) THEN \'#\' || "source_fid" END'
        label.isExpression = True
        fmt = QgsTextFormat()
        fmt.setFont(QFont("WenQuanYi Zen Hei"))
        fmt.setSize(7)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        fmt.setBuffer(buffer)
        label.setFormat(fmt)
        self.facilities.setLabeling(QgsVectorLayerSimpleLabeling(label))
        self.facilities.setLabelsEnabled(True)
        try:
            return self.render([self.facilities, self.buildings])
        finally:
            self.facilities.setLabelsEnabled(False)
