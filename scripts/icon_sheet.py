"""Render the facility symbols side by side (docs/facility-symbols.png) to look at them at a given size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/icon_sheet.py [size_px] [out.png]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """One row of six symbols after another, each with its code under it."""
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    out = sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "docs" / "facility-symbols.png")
    app = QApplication([])  # noqa: F841 (Qt needs it for fonts)
    doc = json.loads((ROOT / "resources" / "standard" / "table_a01.json").read_text(encoding="utf-8"))
    codes = [f["code"] for f in doc["facilities"]]
    img = QImage(6 * (size + 60), 4 * (size + 40), QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    font = QFont()
    font.setPixelSize(10)
    painter.setFont(font)
    for i, code in enumerate(codes):
        svg = (ROOT / "resources" / "icons" / "facilities" / f"{code}.svg").read_text(encoding="utf-8")
        for param in ("param(fill) ", "param(outline) ", "param(outline-width) "):
            svg = svg.replace(param, "")  # the defaults after each QGIS parameter
        x, y = (i % 6) * (size + 60) + 30, (i // 6) * (size + 40) + 10
        QSvgRenderer(bytearray(svg, "utf-8")).render(painter, QRectF(x, y, size, size))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(x - 30, y + size + 2, size + 60, 14), 0x0084, code)  # AlignHCenter | AlignTop
    painter.end()
    img.save(out)
    print(out)


if __name__ == "__main__":
    main()
