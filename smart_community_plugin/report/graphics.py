"""Small drawings for the report (legend swatches, sun-path diagram), drawn straight on the canvas in
the report's font; reportlab's graphics renderer would name Times-Roman, which is not embedded."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable


class Swatch(Flowable):
    """A legend square in a colour, optionally hatched like the map's beyond-the-limit class."""

    def __init__(self, colour: str, hatched: bool = False, size: float = 3.2 * mm) -> None:
        super().__init__()
        self.colour, self.hatched, self.size = colour, hatched, size
        self.width = self.height = size

    def draw(self) -> None:
        """The swatch on the canvas."""
        c, s = self.canv, self.size
        c.saveState()
        c.setFillColor(colors.HexColor(self.colour))
        c.setStrokeColor(colors.HexColor("#5f5a52"))
        c.setLineWidth(0.3)
        c.rect(0, 0, s, s, fill=1, stroke=1)
        if self.hatched:
            path = c.beginPath()
            path.rect(0, 0, s, s)
            c.clipPath(path, stroke=0, fill=0)
            c.setStrokeColor(colors.HexColor("#a33a2f"))
            c.setLineWidth(0.4)
            step = s / 3
            for k in range(-3, 4):
                c.line(k * step, 0, k * step + s, s)
        c.restoreState()


class SunPathDiagram(Flowable):
    """The sun's path in polar coordinates (altitude rings every 30°, azimuth from north clockwise)."""

    def __init__(self, path: list[dict[str, float]], font: str, size: float = 60 * mm) -> None:
        super().__init__()
        self.path, self.font, self.size = path, font, size
        self.width = self.height = size

    def draw(self) -> None:
        """The diagram on the canvas."""
        c, s = self.canv, self.size
        cx = cy = s / 2
        r = s / 2 - 5 * mm
        c.saveState()
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.setLineWidth(0.4)
        for alt in (0, 30, 60):
            c.circle(cx, cy, r * (90 - alt) / 90, stroke=1, fill=0)
        c.setFont(self.font, 6.5)
        c.setFillColor(colors.HexColor("#555555"))
        for label, ang in (("N", 0), ("E", 90), ("S", 180), ("W", 270)):
            x = cx + (r + 2.5 * mm) * math.sin(math.radians(ang))
            y = cy + (r + 2.5 * mm) * math.cos(math.radians(ang))
            c.drawCentredString(x, y - 2, label)
        for alt in (30, 60):
            c.drawString(cx + 1, cy + r * (90 - alt) / 90 + 1, f"{alt}°")
        points = [(cx + r * (90 - p["altitude"]) / 90 * math.sin(math.radians(p["azimuth"])),
                   cy + r * (90 - p["altitude"]) / 90 * math.cos(math.radians(p["azimuth"]))) for p in self.path]
        c.setStrokeColor(colors.HexColor("#d08c00"))
        c.setLineWidth(1.2)
        line = c.beginPath()
        line.moveTo(*points[0])
        for x, y in points[1:]:
            line.lineTo(x, y)
        c.drawPath(line, stroke=1, fill=0)
        c.restoreState()
