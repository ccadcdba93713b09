"""The clause-by-clause approval report as a PDF: the story's sections in order, written under the output contract."""

from __future__ import annotations

import time
from typing import Any, Optional

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    NextPageTemplate,
    PageBreak,
    TableStyle,
)

from ..core.approval import approval
from ..core.personal_data import mask_text
from ..core.privacy import Privacy
from ..standard.model import Standard
from .fonts import register_font
from .map_sections import circles, deficiencies, shelters, sunlight, types
from .pdf import ReportDocument, numbered_canvas
from .provision_sections import declared, not_assessed
from .sections import clauses, cover, profile, signoff, sources, stages, summary
from .story import MAP_WIDTH_MM, Progress, ReportRequest, ReportStats, Story

__all__ = ["ReportRequest", "ReportStats", "build_report", "write_report"]


def write_report(req: ReportRequest, standard: Standard, out_pdf: str, overwrite: bool = False,
                 progress: Optional[Progress] = None, protect: tuple = ()) -> ReportStats:
    """Write the report under the output contract (staged, renamed when complete); an existing file only with
    overwrite; never over the review it reports on or another file in `protect`."""
    from ..pipeline.outputs import Outputs

    stats: list[ReportStats] = []
    inputs = [p for p in (req.result_gpkg, *protect) if p]
    with Outputs(inputs, overwrite, Privacy(req.drop_personal_data)) as outputs:
        outputs.file(out_pdf, lambda path: stats.append(build_report(req, standard, path, progress)))
    return stats[0]


def build_report(req: ReportRequest, standard: Standard, path: Any, progress: Optional[Progress] = None) -> ReportStats:
    """Write the report's PDF to path; every text and the PDF's metadata masked (6.4.3)."""
    started = time.perf_counter()
    font = register_font(req.font_path)
    w = Story(req, standard, font)
    stats = ReportStats()
    say = progress or (lambda _f, _s: None)
    review = req.review
    community = review.get("community", {})
    verdict = approval(review)
    title = w.L.t("title")
    name = mask_text(str(community.get("name") or "—"), req.drop_personal_data)
    maps = None
    if req.maps and req.result_gpkg:
        from .maps import ReportMaps

        maps = ReportMaps(req.result_gpkg, req.context_layers, width_mm=MAP_WIDTH_MM)
        if not maps.usable:
            maps = None
    doc = ReportDocument(str(path), font.name, f"{title} · {font.fit(name)}",
                         title=f"{title} — {name}", author=mask_text(req.reviewer or "", req.drop_personal_data),
                         subject=review.get("standard", {}).get("title_zh", ""),
                         keywords=["智慧社区", "T/CECS", "review", verdict], creator="Smart Community Planner")
    doc.toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), font.name),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")])
    doc.toc.levelStyles = [ParagraphStyle("toc1", fontName=font.name, fontSize=10.5, leading=16, leftIndent=6),
                           ParagraphStyle("toc2", fontName=font.name, fontSize=9, leading=13, leftIndent=22)]
    story: list[Any] = cover(w, verdict)
    story += [NextPageTemplate("body"), PageBreak(), w.p(w.L.t("toc"), "tocheading"), doc.toc]
    n = 0
    for section in (summary, profile, sources, clauses, not_assessed, declared):
        n += 1
        story += [PageBreak()] + section(w, n)
    say(0.2, "maps")
    for section in (types, circles, sunlight, shelters):
        part = section(w, n + 1, maps, stats)
        if part:
            n += 1
            story += [PageBreak()] + part
    n += 1
    story += [PageBreak()] + deficiencies(w, n, maps, stats)
    n += 1
    story += [PageBreak()] + stages(w, n)
    n += 1
    story += [CondPageBreak(90 * mm)] + signoff(w, n)
    say(0.7, "pdf")
    doc.multiBuild(story, canvasmaker=numbered_canvas(
        font.name, lambda page, pages: w.L.t("page", page=page, pages=pages)))
    stats.pages = doc.page
    stats.seconds = time.perf_counter() - started
    stats.substituted = w.substituted
    say(1.0, "done")
    return stats


