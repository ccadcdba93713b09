"""The report's story being built: the request, the words, the font, the styles and the table maker."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, Callable, Optional
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    Table,
    TableStyle,
)

from ..core.personal_data import mask_text
from ..palette import VERDICT_COLOURS
from ..standard.model import Standard
from ..standard.register import load_register
from .fonts import ReportFont
from .labels import Labels

VERDICT_ORDER = ("fail", "not_assessable", "warning", "info", "pass", "not_applicable")
MAP_WIDTH_MM = 108.0   # maps are rendered at the size they are printed, so symbols keep their millimetres
APPROVAL_COLOURS = {"pass": "#2e9d5b", "conditional": "#d08c00", "incomplete": "#7a6fb0", "fail": "#c9372c"}
Progress = Callable[[float, str], None]


@dataclass
class ReportRequest:
    """What goes into a report besides the review itself."""

    review: dict[str, Any]
    result_gpkg: Optional[str] = None          # the review's result layers, for the maps
    context_layers: dict[str, str] = field(default_factory=dict)   # roads, compounds (layer URIs)
    planning_state: Optional[dict[str, Any]] = None                # the workbench's records (PlanningState JSON)
    project: str = ""
    reviewer: str = ""
    date: str = ""
    language: str = "zh"
    font_path: str = ""
    maps: bool = True
    drop_personal_data: bool = False                               # remove ID/mobile numbers, not mask


@dataclass
class ReportStats:
    """What was written and how long it took."""

    pages: int = 0
    maps: int = 0
    seconds: float = 0.0
    map_seconds: float = 0.0
    substituted: int = 0

    def map(self, draw: Callable[..., Optional[bytes]], *args: Any) -> Optional[bytes]:
        """Draw one map (draw(*args)), counting it when it drew, and the time it took."""
        t0 = time.perf_counter()
        png = draw(*args)
        self.map_seconds += time.perf_counter() - t0
        if png:
            self.maps += 1
        return png


class Story:
    """Holds the font, words and styles while the story is built."""

    def __init__(self, req: ReportRequest, standard: Standard, font: ReportFont) -> None:
        self.req, self.standard, self.font = req, standard, font
        self.L = Labels(req.language)
        self.zh = req.language == "zh"
        self.names = {f.code: (f.name_zh if self.zh else f.name_en) for f in standard.facilities}
        # Smart items read by their wording, not their codes (values of the smart checks).
        for f in standard.facilities:
            for item in standard.smart_requirements_for(f.code):
                self.names.setdefault(item.code, item.text_zh if self.zh else item.text_en)
        # The chapters' facility types and the green spaces' smart items (4.4.2-4.4.4) by their names too.
        for o in standard.other_types:
            self.names.setdefault(o.code, o.name_zh if self.zh else o.name_en)
        for code, label in load_register().green_smart_items.items():
            self.names.setdefault(code, label["zh" if self.zh else "en"])
        self.substituted = 0
        base = dict(fontName=font.name, wordWrap="CJK")
        self.s = {
            "title": ParagraphStyle("title", fontSize=24, leading=32, alignment=TA_CENTER, **base),
            "subtitle": ParagraphStyle("subtitle", fontSize=12, leading=18, alignment=TA_CENTER,
                                       textColor=colors.HexColor("#444444"), **base),
            "tocheading": ParagraphStyle("tocheading", fontSize=15, leading=21, spaceAfter=8, **base),
            "h1": ParagraphStyle("h1", fontSize=15, leading=21, spaceBefore=6, spaceAfter=8, **base),
            "h2": ParagraphStyle("h2", fontSize=12, leading=17, spaceBefore=8, spaceAfter=5, **base),
            "body": ParagraphStyle("body", fontSize=9.5, leading=14, **base),
            "small": ParagraphStyle("small", fontSize=8, leading=11, **base),
            "cell": ParagraphStyle("cell", fontSize=7.6, leading=10, **base),
            "head": ParagraphStyle("head", fontSize=7.8, leading=10, textColor=colors.white, **base),
            "verdict": ParagraphStyle("verdict", fontSize=30, leading=40, alignment=TA_CENTER, **base),
        }

    def T(self, data: list, **kw: Any) -> Table:  # noqa: N802 (reads like the class it makes)
        """A reportlab Table drawn in our font (its cells would otherwise name Helvetica, not embedded)."""
        t = Table(data, **kw)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font.name)]))
        return t

    # text ------------------------------------------------------------------------------------------
    def clean(self, text: Any) -> str:
        """Masked (6.4.3), drawable in the font, escaped for reportlab's markup."""
        raw = mask_text("" if text is None else str(text), self.req.drop_personal_data)
        fitted = self.font.fit(raw)
        self.substituted += sum(a != b for a, b in zip(raw, fitted) if b == "?")
        return escape(fitted)

    def p(self, text: Any, style: str = "body") -> Paragraph:
        """A paragraph of cleaned text in one of the report's styles."""
        return Paragraph(self.clean(text), self.s[style])

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float],
              verdict_col: Optional[int] = None, style: str = "cell") -> Table:
        """A table that splits across pages with its header repeated; verdict cells coloured."""
        data = [[Paragraph(self.clean(h), self.s["head"]) for h in header]]
        for row in rows:
            data.append([c if isinstance(c, (Paragraph, Image, Flowable)) else self.p(c, style) for c in row])
        t = self.T(data, colWidths=widths, repeatRows=1)
        commands = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3d4a56")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8b8b8")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for r, row in enumerate(rows, start=1):
            if r % 2 == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f4f2")))
            if verdict_col is not None:
                v = row[verdict_col + len(row) if verdict_col < 0 else verdict_col]
                key = next((k for k in VERDICT_ORDER if self.L.verdict(k) == v), None)
                if key in ("fail", "warning"):
                    commands.append(("TEXTCOLOR", (verdict_col, r), (verdict_col, r),
                                     colors.HexColor(VERDICT_COLOURS[key])))
        t.setStyle(TableStyle(commands))
        return t


def num(value: Any, spec: str, unit: str = "") -> str:
    """A number as the report prints it; "—" where the review has none (null: nobody lives there, not known)."""
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    return f"{value:{spec}}{unit}"


def image(png: bytes, width: float) -> Image:
    """A PNG as a flowable of the given width (the height follows its aspect)."""
    img = Image(BytesIO(png))
    ratio = img.imageHeight / img.imageWidth
    img.drawWidth, img.drawHeight = width, width * ratio
    return img


