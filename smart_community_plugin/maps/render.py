"""Render QGIS layers into an image with a painter left open for decorations (one routine for all maps)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter


def render_layers(layers: list[QgsMapLayer], crs: QgsCoordinateReferenceSystem, extent: QgsRectangle,
                  size: tuple[int, int], dpi: int, alpha: bool = True) -> tuple[QImage, QPainter, QgsMapSettings]:
    """Layers (top first) on white; the caller draws decorations with the painter, then ends it."""
    settings = QgsMapSettings()
    settings.setLayers([layer for layer in layers if layer is not None])
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor("#ffffff"))
    # Without alpha a PDF embeds the image without a soft mask.
    fmt = QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32
    image = QImage(QSize(*size), fmt)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    return image, painter, settings


