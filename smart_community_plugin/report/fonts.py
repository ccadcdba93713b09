"""The report's CJK TrueType font: found on the system or set by the user, embedded in the PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.errors import OutputError

# TrueType-outline CJK fonts in Debian's packages, best first (fonts-wqy-zenhei is what setup installs).
# OpenType/CFF fonts such as Noto Sans CJK cannot be embedded by reportlab, so they are not listed.
CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
FONT_NAME = "SmartCommunityCJK"
# Symbols some CJK fonts lack, replaced by ones they have, so no glyph is ever drawn as a box.
SUBSTITUTES = {"✔": "√", "✘": "×", "✓": "√", "✗": "×", "\u00a0": " ", "\u2009": " ", "\u202f": " "}


class FontError(OutputError):
    """No usable CJK TrueType font."""


@dataclass
class ReportFont:
    """A registered font and the characters it can draw."""

    name: str
    path: str
    codepoints: frozenset[int]

    def fit(self, text: str) -> str:
        """The text with symbols the font lacks substituted, and any other missing glyph as '?'."""
        out = []
        for ch in str(text):
            ch = SUBSTITUTES.get(ch, ch)
            out.append(ch if ord(ch) in self.codepoints or ch in "\n\t" else "?")
        return "".join(out)


def find_font(override: str = "") -> str:
    """The font file to use: the override when given (it must exist), else the first candidate present."""
    if override:
        if not Path(override).is_file():
            raise FontError.of("error.font.missing", path=str(override))
        return override
    for path in CANDIDATES:
        if Path(path).is_file():
            return path
    raise FontError.of("error.font.none")


def register_font(override: str = "") -> ReportFont:
    """Register the CJK font with reportlab (once per file) and return it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path = find_font(override)
    name = f"{FONT_NAME}-{abs(hash(path)) % 10**8}"
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        try:
            font = TTFont(name, path, subfontIndex=0) if path.lower().endswith(".ttc") else TTFont(name, path)
        except TTFError as exc:
            raise FontError.of("error.font.not_embeddable", path=str(path), reason=str(exc)) from exc
        pdfmetrics.registerFont(font)
    codepoints = frozenset(font.face.charToGlyph)
    if ord("审") not in codepoints:
        raise FontError.of("error.font.no_chinese", path=str(path))
    return ReportFont(name, path, codepoints)
