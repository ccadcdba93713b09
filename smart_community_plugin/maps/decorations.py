"""Map decorations drawn with QPainter: scale bar and north arrow (the working CRS is metric)."""

from __future__ import annotations

from qgis.core import QgsMapSettings
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen, QPolygonF


def scale_bar_and_north(painter: QPainter, settings: QgsMapSettings, size: tuple[int, int], top: int = 120,
                        unit: float = 1.0) -> None:
    """A round-length scale bar (about an eighth of the width) and a north arrow, top right; `unit`
    scales the drawing for higher resolutions."""
    u = unit
    per_px = settings.mapUnitsPerPixel()
    steps = (10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000)
    metres = next((m for m in steps if m / per_px >= size[0] * 0.12), steps[-1])
    length = metres / per_px
    x1, y = size[0] - 40 * u, top
    x0 = x1 - length
    painter.setPen(QPen(QColor("#222222"), 3 * u))
    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    for x in (x0, x0 + length / 2, x1):
        painter.drawLine(QPointF(x, y - 8 * u), QPointF(x, y))
    font = QFont("WenQuanYi Zen Hei")
    font.setPixelSize(int(18 * u))
    painter.setFont(font)
    painter.drawText(QRectF(x0 - 20 * u, y + 4 * u, length + 40 * u, 26 * u), int(Qt.AlignmentFlag.AlignHCenter),
                     f"{metres} m")
    cx, top = x1 - 14 * u, y + 30 * u
    arrow = QPolygonF([QPointF(cx, top), QPointF(cx - 11 * u, top + 34 * u), QPointF(cx, top + 26 * u),
                       QPointF(cx + 11 * u, top + 34 * u)])
    painter.setBrush(QColor("#222222"))
    painter.drawPolygon(arrow)
    painter.drawText(QRectF(cx - 20 * u, top + 34 * u, 40 * u, 26 * u), int(Qt.AlignmentFlag.AlignHCenter), "N")
