"""Styles of the review's result layers: buildings by distance class per facility type, facilities by verdict."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayerStyle,
    QgsMarkerSymbol,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..core.messages import catalogue, current_language
from ..palette import DISTANCE_CLASSES, VERDICT_COLOURS
from ..standard.model import Standard


def fill_symbol(colour: str, hatched: bool = False) -> QgsFillSymbol:
    """A plain fill with a thin outline; hatched adds red diagonal lines (beyond a limit)."""
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#5f5a52", "outline_width": "0.2"})
    if hatched:
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(1.2)
        hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": "#a33a2f", "width": "0.25"}))
        symbol.appendSymbolLayer(hatch)
    return symbol


def _m(x: float) -> str:
    return f"{x:.0f}"


def style_coverage(layer: QgsVectorLayer, code: str, limit_m: float, label: str = "") -> bool:
    """Buildings by distance to the nearest facility of `code` (field dist_<code>), in classes of the limit.

    Beyond the limit, or unreachable (NULL), is hatched. False when the layer lacks the field.
    """
    field = f"dist_{code}"
    if layer.fields().lookupField(field) < 0:
        return False
    root = QgsRuleBasedRenderer.Rule(None)
    low = 0.0
    for share, colour in DISTANCE_CLASSES:
        if share is None:
            rule = QgsRuleBasedRenderer.Rule(
                fill_symbol(colour, hatched=True), filterExp=f'"{field}" IS NULL OR "{field}" > {_m(low)}',
                label=f"> {_m(low)} m" + (f" ({label})" if label else ""))
        else:
            high = share * limit_m
            rule = QgsRuleBasedRenderer.Rule(
                fill_symbol(colour, hatched=high > limit_m), filterExp=f'"{field}" > {_m(low)} AND "{field}" <= {_m(high)}'
                if low else f'"{field}" <= {_m(high)}', label=f"{_m(low)}–{_m(high)} m")
            low = high
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return True


def style_review_facilities(layer: QgsVectorLayer, language: Optional[str] = None) -> None:
    """Facilities as stars in the colour of their worst verdict; the legend in the reader's language."""
    lang = language or current_language()
    root = QgsRuleBasedRenderer.Rule(None)
    for verdict, colour in VERDICT_COLOURS.items():
        symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": colour, "outline_color": "#ffffff",
                                               "size": "4.5"})
        label = catalogue().term("verdict", verdict, lang)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=f"\"verdict\" = '{verdict}'", label=label))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def add_coverage_styles(layer: QgsVectorLayer, standard: Standard, coverage: dict[str, Any],
                        language: Optional[str] = None) -> Optional[str]:
    """One named style per facility type with a distance limit, switchable in the layer's style menu, named
    and labelled in the reader's language.

    The current style is the type with the lowest covered share, the first thing a reviewer looks at.
    Returns its name (None when the layer has no distance fields).
    """
    lang = language or current_language()
    manager = layer.styleManager()
    names: dict[str, str] = {}
    for ftype in standard.facilities:
        limit = coverage.get(ftype.code, {}).get("radius_m")
        type_name = ftype.name_zh if lang == "zh" else ftype.name_en
        if not limit or not style_coverage(layer, ftype.code, float(limit), type_name):
            continue
        name = f"{type_name} ≤ {float(limit):.0f} m"
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        manager.addStyle(name, style)
        names[ftype.code] = name
    if not names:
        return None

    def share(code: str) -> float:
        stats = coverage[code].get("network") or coverage[code].get("euclidean") or {}
        ratio = stats.get("ratio")
        # An unknown population has no covered share: such a type is not the one to show first.
        return 1.0 if ratio is None else float(ratio)

    worst = min(names, key=share)
    manager.setCurrentStyle(names[worst])
    return names[worst]
