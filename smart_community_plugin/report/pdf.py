"""The report's page layout with reportlab: A4, running header, "page x of y", contents, bookmarks."""

from __future__ import annotations

from typing import Any, Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

MARGIN = 18 * mm


def numbered_canvas(font: str, page_text: Callable[[int, int], str]) -> type:
    """A canvas class that writes "page x of y" on every page but the cover once the total is known."""

    class NumberedCanvas(pdfcanvas.Canvas):
        """Keeps every page until save(), when the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.setFont(font, 8)
                    self.setFillColor(colors.HexColor("#555555"))
                    self.drawCentredString(A4[0] / 2, 10 * mm, page_text(self._pageNumber, total))
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """A4 portrait; the cover has no header; headings feed the contents and the PDF outline."""

    def __init__(self, path: str, font: str, header: str, **meta: Any) -> None:
        super().__init__(path, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 6 * mm,
                         bottomMargin=MARGIN, initialFontName=font, **meta)
        # (initialFontName: otherwise every page names Helvetica, which is not embedded.)
        self.font, self.header = font, header
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("cover", [frame]),
                               PageTemplate("body", [frame], onPage=self._running_header)])
        self.toc = TableOfContents()
        self._heading_no = 0

    def _running_header(self, canv: pdfcanvas.Canvas, doc: Any) -> None:
        canv.saveState()
        canv.setFont(self.font, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        y = A4[1] - MARGIN + 2 * mm
        canv.drawString(self.leftMargin, y, self._fitted_header())
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.4)
        canv.line(self.leftMargin, y - 2 * mm, A4[0] - self.rightMargin, y - 2 * mm)
        canv.restoreState()

    def _fitted_header(self) -> str:
        """The running header cut with an ellipsis to the text width (names can be very long)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        text = self.header
        while len(text) > 1 and stringWidth(text, self.font, 8) > self.width:
            text = text[:-2] + "…"
        return text

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab API name)
        """Headings (style names h1, h2) become contents entries and bookmarks."""
        style = getattr(getattr(flowable, "style", None), "name", "")
        if style not in ("h1", "h2"):
            return
        level = 0 if style == "h1" else 1
        text = flowable.getPlainText()
        key = f"h{self.seq.nextf('heading')}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))
