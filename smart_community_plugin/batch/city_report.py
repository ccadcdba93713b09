"""The city summary PDF (城市体检): verdicts, share of communities and residents meeting each provision, the worst
communities per facility type, and a map of the communities by verdict; Chinese or English, without QGIS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import shapely

from ..core.messages import catalogue
from ..standard.register import load_register

METHOD_WORDS = {"walk": "report.city.method.walk", "straight": "report.city.method.straight"}
VERDICT_COLOURS = {"pass": "#2e8b57", "conditional": "#d4a017", "incomplete": "#8c8c8c", "fail": "#c0392b",
                   "failed": "#222222", "": "#cccccc"}


def _t(key: str, lang: str, **values: Any) -> str:
    from ..core.messages import message

    return message(key, **values).text(lang)


def _pct(v: Any) -> str:
    return "—" if v is None else f"{100 * float(v):.1f}%"


def city_map(rows: list[dict[str, Any]], geometries: list[Any], width: float, height: float) -> Any:
    """A drawing of the communities filled by verdict (a community that failed to run in black)."""
    from reportlab.graphics.shapes import Drawing, Polygon
    from reportlab.lib import colors

    d = Drawing(width, height)
    geoms = np.array(geometries, dtype=object)
    if len(geoms) == 0:
        return d
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    scale = min(width / max(x1 - x0, 1e-9), height / max(y1 - y0, 1e-9))
    for row, geom in zip(rows, geoms):
        colour = colors.HexColor(VERDICT_COLOURS.get("failed" if row.get("status") == "failed"
                                                     else row.get("verdict", ""), "#cccccc"))
        for poly in shapely.get_parts(geom):
            xy = shapely.get_coordinates(shapely.get_exterior_ring(poly))
            pts = np.column_stack([(xy[:, 0] - x0) * scale, (xy[:, 1] - y0) * scale]).ravel().tolist()
            d.add(Polygon(pts, fillColor=colour, strokeColor=colors.white, strokeWidth=0.3))
    return d


def legend(p: Any, style: Any, items: list[tuple[str, str]]) -> Any:
    """One row of coloured swatches, each followed by its label."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    cells, widths, styles = [], [], []
    for n, (colour, label) in enumerate(items):
        cells += ["", p(label, style)]
        widths += [4 * mm, 30 * mm]
        styles.append(("BACKGROUND", (2 * n, 0), (2 * n, 0), colors.HexColor(colour)))
    t = Table([cells], colWidths=widths)
    t.setStyle(TableStyle(styles + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def write_city_report(path: Path, result: Any, geometries: list[Any], language: str, title: str = "") -> None:
    """The city summary as a PDF at path (the caller stages it)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from ..report.fonts import register_font

    font = register_font()
    lang = language
    body = ParagraphStyle("b", fontName=font.name, fontSize=9, leading=13)
    h1 = ParagraphStyle("h1", parent=body, fontSize=16, leading=22, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontSize=12, leading=17, spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=10)
    fig = result.figures

    def p(text: str, style: Any = body) -> Paragraph:
        return Paragraph(font.fit(text).replace("&", "&amp;").replace("<", "&lt;"), style)

    def table(head: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        t = Table([[p(h, small) for h in head]] + [[p(str(c), small) for c in r] for r in rows],
                  colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    story: list[Any] = [p(title or _t("report.city.title", lang), h1),
                        p(_t("report.city.totals", lang, communities=fig["communities"], reviewed=fig["reviewed"],
                             failed=fig["failed"], residents=fig["residents"], halo=result.halo_m,
                             seconds=result.seconds, workers=result.workers))]
    verdicts = fig["verdicts"]
    term = catalogue().term
    story += [p(_t("report.city.by_verdict", lang), h2),
              table([_t("report.city.verdict", lang), _t("report.city.count", lang), _t("report.city.share", lang)],
                    [[term("approval", v, lang), n, _pct(n / max(fig["reviewed"], 1))]
                     for v, n in sorted(verdicts.items(), key=lambda kv: -kv[1])], [60 * mm, 30 * mm, 30 * mm]),
              Spacer(1, 4 * mm), p(_t("report.city.map", lang), h2), city_map(result.rows, geometries, 170 * mm, 120 * mm),
              legend(p, small, [(VERDICT_COLOURS[v], term("approval", v, lang))
                                for v in ("pass", "conditional", "incomplete", "fail")]
                     + [(VERDICT_COLOURS["failed"], _t("report.city.failed", lang))])]
    register = {pr.id: pr for pr in load_register().provisions}
    prow = []
    for pid, f in fig["provisions"].items():
        pr = register.get(pid)
        text = (pr.text_zh if lang == "zh" else pr.text_en) if pr is not None else pid
        prow.append([pid, term("strength", pr.strength.value, lang) if pr is not None else "", text[:80],
                     f"{int(f['met'])}/{int(f['assessed'])} ({_pct(f['met'] / max(f['assessed'], 1))})",
                     _pct(f["people_met"] / f["people"]) if f["people"] else "—"])
    story += [p(_t("report.city.provisions", lang), h2),
              table([_t("report.city.provision", lang), _t("report.city.strength", lang), _t("report.city.text", lang),
                     _t("report.city.communities_met", lang), _t("report.city.residents_met", lang)], prow,
                    [24 * mm, 12 * mm, 82 * mm, 28 * mm, 24 * mm])]
    wrow = []
    for key, worst in fig["worst"].items():
        method, code = key.split("_", 1)
        wrow.append([term("facility_type", code, lang), _t(METHOD_WORDS[method], lang),
                     "; ".join(f"{name} {_pct(r)}" for r, name, _fid in worst)])
    story += [p(_t("report.city.worst", lang), h2),
              table([_t("report.city.type", lang), _t("report.city.method", lang), _t("report.city.worst_list", lang)], wrow,
                    [40 * mm, 22 * mm, 108 * mm])]
    failed = [r for r in result.rows if r.get("status") == "failed"]
    if failed:
        story += [p(_t("report.city.failures", lang), h2),
                  table([_t("report.city.community", lang), _t("report.city.reason", lang)],
                        [[r.get("name", r["fid"]), r.get("error_zh" if lang == "zh" else "error", "")]
                         for r in failed], [50 * mm, 120 * mm])]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=16 * mm, title=font.fit(title or _t("report.city.title", lang))).build(story)
