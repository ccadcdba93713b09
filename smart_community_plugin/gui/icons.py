"""Verdict colours and small icons drawn in code (no compiled resources)."""

from __future__ import annotations

from functools import lru_cache

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPixmap

from ..palette import VERDICT_COLOURS


@lru_cache(maxsize=16)
def verdict_icon(verdict: str, size: int = 14) -> QIcon:
    """A filled circle in the verdict's colour."""
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(VERDICT_COLOURS.get(verdict, "#9a9a9a")))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pix)
