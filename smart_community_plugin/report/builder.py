"""Assemble the approval report: cover, summary, profile, sources, clause table, maps, deficiencies, sign-off."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, Callable, Optional
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.approval import APPROVAL_EN, APPROVAL_ZH, approval
from ..core.personal_data import mask_text
from ..core.privacy import Privacy
from ..palette import DISTANCE_CLASSES, VERDICT_COLOURS
from ..standard.model import Standard
from .fonts import ReportFont, register_font
from .graphics import SunPathDiagram, Swatch
from .labels import Labels
from .pdf import ReportDocument, numbered_canvas
from .values import format_values

VERDICT_ORDER = ("fail", "warning", "info", "pass", "not_applicable")
LAYER_WORDS = {"facilities": ("设施", "facilities"), "buildings": ("建筑", "buildings"),
               "compounds": ("门禁小区", "compounds"), "play_areas": ("活动场地", "activity grounds")}
MAP_WIDTH_MM = 108.0   # maps are rendered at the size they are printed, so symbols keep their millimetres
APPROVAL_COLOURS = {"pass": "#2e9d5b", "conditional": "#d08c00", "fail": "#c9372c"}
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


class _Writer:
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


def _image(png: bytes, width: float) -> Image:
    img = Image(BytesIO(png))
    ratio = img.imageHeight / img.imageWidth
    img.drawWidth, img.drawHeight = width, width * ratio
    return img


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
    w = _Writer(req, standard, font)
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
    story: list[Any] = _cover(w, verdict)
    story += [NextPageTemplate("body"), PageBreak(), w.p(w.L.t("toc"), "tocheading"), doc.toc]
    n = 0
    for section in (_summary, _profile, _sources, _clauses):
        n += 1
        story += [PageBreak()] + section(w, n)
    say(0.2, "maps")
    for section in (_types, _circles, _sunlight):
        part = section(w, n + 1, maps, stats)
        if part:
            n += 1
            story += [PageBreak()] + part
    n += 1
    story += [PageBreak()] + _deficiencies(w, n, maps, stats)
    n += 1
    story += [PageBreak()] + _stages(w, n)
    n += 1
    story += [CondPageBreak(90 * mm)] + _signoff(w, n)
    say(0.7, "pdf")
    doc.multiBuild(story, canvasmaker=numbered_canvas(
        font.name, lambda page, pages: w.L.t("page", page=page, pages=pages)))
    stats.pages = doc.page
    stats.seconds = time.perf_counter() - started
    stats.substituted = w.substituted
    say(1.0, "done")
    return stats


# sections -------------------------------------------------------------------------------------------

def _cover(w: _Writer, verdict: str) -> list[Any]:
    review, req, L = w.req.review, w.req, w.L
    counts = Counter(c["verdict"] for c in review.get("checks", []))
    std = review.get("standard", {})
    rows = [[L.t("project"), req.project or "—"], [L.t("community"), review.get("community", {}).get("name", "—")],
            [L.t("reviewer"), req.reviewer or "—"], [L.t("date"), req.date or dt.date.today().isoformat()],
            [L.t("standard"), f"{std.get('code', '')} {std.get('title_zh', '')}"]]
    info = w.T([[w.p(a), w.p(b)] for a, b in rows], colWidths=[38 * mm, 110 * mm])
    info.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    word = (APPROVAL_ZH if w.zh else APPROVAL_EN)[verdict]
    # One line whatever the language: "Approved with conditions" needs a smaller size than "有条件通过".
    size = 30 if w.zh else 22
    box = w.T([[Paragraph(f'<font color="white" size="{size}">{w.clean(word)}</font>', w.s["verdict"])]],
              colWidths=[120 * mm], rowHeights=[24 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(APPROVAL_COLOURS[verdict])),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    line = L.t("checks_line", n=sum(counts.values()), fail=counts["fail"], warning=counts["warning"],
               info=counts["info"], pass_=counts["pass"], na=counts["not_applicable"])
    return [Spacer(1, 30 * mm), w.p(L.t("title"), "title"), Spacer(1, 4 * mm),
            w.p(std.get("title_zh", "") if w.zh else std.get("title_en", ""), "subtitle"), Spacer(1, 16 * mm),
            info, Spacer(1, 14 * mm), w.p(L.t("overall"), "subtitle"), Spacer(1, 3 * mm), box, Spacer(1, 6 * mm),
            w.p(line, "subtitle"), Spacer(1, 4 * mm), w.p(L.t("rule"), "small"), Spacer(1, 20 * mm),
            w.p(f"{L.t('generated')} · {L.t('masked_note')}", "small")]


def _chapter(clause: str) -> str:
    first = clause.split(",")[0].strip()
    parts = first.split(".")
    return "A.0.1" if parts[0] == "A" else ".".join(parts[:2]) if len(parts) >= 2 else first


def _summary(w: _Writer, n: int) -> list[Any]:
    L = w.L
    checks = w.req.review.get("checks", [])
    out = [w.p(f"{n} {L.t('s_summary')}", "h1")]
    header = [L.t("item")] + [L.verdict(v) for v in VERDICT_ORDER] + [L.t("checks")]
    widths = [62 * mm] + [18 * mm] * 5 + [20 * mm]

    def rows(key: Callable[[dict], str]) -> list[list[Any]]:
        groups: dict[str, Counter] = defaultdict(Counter)
        for c in checks:
            groups[key(c)][c["verdict"]] += 1
        return [[k] + [g[v] or "" for v in VERDICT_ORDER] + [sum(g.values())] for k, g in sorted(groups.items())]

    out += [w.p(L.t("by_chapter"), "h2"), w.table(header, rows(lambda c: _chapter(c["clause"])), widths)]
    out += [w.p(L.t("by_type"), "h2"),
            w.table(header, rows(lambda c: w.names.get(c.get("facility_type") or "", "—")), widths)]
    return out


def _profile(w: _Writer, n: int) -> list[Any]:
    L, c = w.L, w.req.review.get("community", {})
    bands = c.get("buildings_by_height_band", {})
    band_text = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in bands.items() if v)
    rows = [[L.t("community"), c.get("name", "—")], [L.t("kind"), c.get("kind", "—")],
            [L.t("population"), f"{c.get('population', 0):,.0f} ({c.get('population_source', '')})"],
            [L.t("area"), f"{c.get('area_m2', 0) / 1e4:,.2f} ha"],
            [L.t("households"), f"{c.get('households', 0):,.0f}"],
            [L.t("buildings"), f"{c.get('buildings', 0)}"], [L.t("residential"), f"{c.get('residential_buildings', 0)}"],
            [L.t("gfa"), f"{c.get('gross_floor_area_m2', 0):,.0f} m²"], [L.t("bands"), band_text or "—"],
            [L.t("facilities_inside"), f"{c.get('facilities_inside', 0)}"],
            [L.t("distance_basis"), L.t("walking") if c.get("distance") == "network" else L.t("straight")]]
    return [w.p(f"{n} {L.t('s_profile')}", "h1"), w.table([L.t("item"), L.t("value")], rows, [50 * mm, 124 * mm])]


def _sources(w: _Writer, n: int) -> list[Any]:
    L, review = w.L, w.req.review
    params = review.get("parameters", {})
    prows = [[k, "—" if v is None else (", ".join(map(str, v)) if isinstance(v, list) else v)] for k, v in params.items()]
    srows = []
    for role, s in review.get("sources", {}).items():
        entry = s.get("entry_time")
        srows.append([role, f"{s.get('source', '')}", s.get("features", ""), s.get("crs", ""),
                      "; ".join(s.get("data_source", [])) or "—",
                      " – ".join(dict.fromkeys(entry)) if entry else "—", s.get("read_at", "—")])
    out = [w.p(f"{n} {L.t('s_sources')}", "h1"), w.table([L.t("parameter"), L.t("value")], prows, [70 * mm, 104 * mm]),
           Spacer(1, 4 * mm), w.p(L.t("sources_note"), "small"), Spacer(1, 2 * mm),
           w.table([L.t("layer"), L.t("source"), L.t("features"), L.t("crs"), L.t("data_source"), L.t("entry_time"),
                    L.t("read_at")], srows, [20 * mm, 46 * mm, 13 * mm, 18 * mm, 30 * mm, 22 * mm, 25 * mm])]
    findings = review.get("findings", [])
    if findings:
        out += [w.p(L.t("findings"), "h2"), w.table(
            [L.t("layer"), L.t("verdict"), L.t("message")],
            [[f.get("layer", ""), f.get("severity", ""), f.get("message", "") +
              (f" (#{f['feature_id']})" if f.get("feature_id") is not None else "")] for f in findings],
            [28 * mm, 20 * mm, 126 * mm])]
    return out


def _clause_key(c: dict) -> tuple:
    clause = c["clause"].split(",")[0].strip()
    parts = [int(x) if x.isdigit() else x for x in clause.replace("-", ".").split(".")]
    return (parts[0] == "A", [str(p).zfill(4) for p in parts], c.get("facility_type") or "", c["id"])


def _clauses(w: _Writer, n: int) -> list[Any]:
    L = w.L
    rows = []
    for c in sorted(w.req.review.get("checks", []), key=_clause_key):
        name = w.names.get(c.get("facility_type") or "", "")
        req_text = (f"{name}: " if name else "") + (c.get("requirement_zh") or "")
        if not w.zh:
            req_text += f" — {c.get('message', '')}"
        rows.append([c["clause"], req_text, c.get("strength_zh", ""),
                     format_values(c.get("required", {}), L, w.names),
                     format_values(c.get("measured", {}), L, w.names), L.verdict(c["verdict"])])
    return [w.p(f"{n} {L.t('s_clauses')}", "h1"),
            w.table([L.t("clause"), L.t("requirement"), L.t("strength"), L.t("required"), L.t("measured"),
                     L.t("verdict")], rows, [17 * mm, 46 * mm, 10 * mm, 38 * mm, 48 * mm, 15 * mm], verdict_col=5)]


def _legend(w: _Writer, limit: float) -> Table:
    low, rows = 0.0, []
    for share, colour in DISTANCE_CLASSES:
        if share is None:
            rows.append([Swatch(colour, True), w.p(f"> {low:.0f} m", "small")])
        else:
            high = share * limit
            rows.append([Swatch(colour, high > limit), w.p(f"{low:.0f}–{high:.0f} m", "small")])
            low = high
    rows.append([Swatch(VERDICT_COLOURS["pass"]), w.p(w.L.t("legend_facility"), "small")])
    rows.append([w.p(""), w.p(w.L.t("legend_radius"), "small")])
    t = w.T(rows, colWidths=[6 * mm, 48 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def _types(w: _Writer, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    L, review = w.L, w.req.review
    coverage = review.get("coverage", {})
    codes = [c for c in coverage if coverage[c].get("radius_m")]
    if not codes:
        return []
    out: list[Any] = [w.p(f"{n} {L.t('s_types')}", "h1")]
    checks_by_type: dict[str, list[dict]] = defaultdict(list)
    for c in review.get("checks", []):
        checks_by_type[c.get("facility_type") or ""].append(c)
    for code in codes:
        cov, limit = coverage[code], float(coverage[code]["radius_m"])
        figures = [[L.t("limit"), f"{limit:.0f} m"]]
        for key, word in (("euclidean", L.t("straight")), ("network", L.t("walking"))):
            s = cov.get(key)
            if s and s.get("ratio") is not None:
                figures.append([f"{L.t('covered')} ({word})",
                                f"{s['population_covered']:,.0f} / {s['population_total']:,.0f} ({s['ratio']:.1%})"])
                figures.append([f"{L.t('uncovered_buildings')} ({word})", len(s.get("uncovered_building_ids", []))])
        q = next((c for c in checks_by_type[code] if c["rule"] == "quantity"), None)
        if q is not None:
            figures.append([L.t("count"), f"{q['measured'].get('total', q['measured'].get('count', '—'))} / "
                                          f"{q['required'].get('count', '—')}"])
        worst = Counter(c["verdict"] for c in checks_by_type[code])
        figures.append([L.t("verdict"), ", ".join(f"{L.verdict(v)} {worst[v]}" for v in VERDICT_ORDER if worst[v])])
        block = [w.p(f"{n}.{codes.index(code) + 1} {w.names.get(code, code)}", "h2")]
        side = [w.table([L.t("item"), L.t("value")], figures, [30 * mm, 32 * mm]), Spacer(1, 3 * mm),
                _legend(w, limit)]
        if maps is not None:
            t0 = time.perf_counter()
            png = maps.coverage(code, limit)
            stats.maps += 1
            stats.map_seconds += time.perf_counter() - t0
            grid = w.T([[_image(png, MAP_WIDTH_MM * mm), side]], colWidths=[110 * mm, 64 * mm])
            grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            block.append(grid)
        else:
            block += side
        out.append(KeepTogether(block))
        out.append(Spacer(1, 4 * mm))
    return out


def _circles(w: _Writer, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    L, lc = w.L, w.req.review.get("life_circles", {})
    circles = lc.get("circles", [])
    if not circles:
        return []
    rows = []
    for c in circles:
        missing = ", ".join(f"{w.names.get(m['facility_type'], m['facility_type'])} {m['population_share_missing']:.0%}"
                            for m in c.get("most_missing", [])[:3])
        rows.append([c["minutes"], f"{c['distance_m']:.0f} m", len(c.get("types", [])),
                     f"{c.get('share_complete', 0):.1%}", missing or "—"])
    out = [w.p(f"{n} {L.t('s_circles')}", "h1"),
           w.table([L.t("minutes"), L.t("limit"), L.t("types"), L.t("complete"), L.t("missing")], rows,
                   [16 * mm, 20 * mm, 18 * mm, 30 * mm, 90 * mm])]
    if maps is not None:
        t0 = time.perf_counter()
        png = maps.life_circles([c["minutes"] for c in circles])
        stats.map_seconds += time.perf_counter() - t0
        if png:
            stats.maps += 1
            legend = [[Swatch(col), w.p(f"{c['minutes']} {L.t('minutes')}", "small")]
                      for c, col in zip(circles, ("#1f7a4d", "#5fae7f", "#b7dcc4"))]
            legend.append([Swatch("#e9a39b", True), w.p(L.t("circle_none"), "small")])
            out += [Spacer(1, 4 * mm), w.p(L.t("circle_map"), "h2"), _image(png, 150 * mm),
                    w.T(legend, colWidths=[6 * mm, 60 * mm])]
    return out


def _sun_path(w: _Writer, sun: dict) -> Optional[SunPathDiagram]:
    path = sun.get("sun_path", [])
    return SunPathDiagram(path, w.font.name) if len(path) >= 2 else None


def _sunlight(w: _Writer, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    L, sun = w.L, w.req.review.get("sunlight", {})
    if not sun or not (sun.get("windows") or sun.get("activity_grounds")):
        return []
    params = sun.get("parameters", {})
    out: list[Any] = [w.p(f"{n} {L.t('s_sunlight')}", "h1")]
    brow = [[f"#{b['building_id']}", w.names.get(b.get("facility_type", ""), ""), b["windows"], b["windows_failing"],
             f"{b['worst_effective_minutes']:.0f} min", L.verdict(b["verdict"])] for b in sun.get("buildings", [])]
    if brow:
        out.append(w.table([L.t("building"), L.t("facility_type"), L.t("window"), L.verdict("fail"), L.t("lit"),
                            L.t("verdict")], brow, [20 * mm, 40 * mm, 20 * mm, 22 * mm, 30 * mm, 20 * mm], verdict_col=5))
    grows = [[g["index"] + 1, f"{g['area_m2']:,.0f} m²", f"{g['share_required_hours']:.1%}",
              f"{g['required_share']:.0%}", L.verdict(g["verdict"])] for g in sun.get("activity_grounds", [])]
    if grows:
        out += [Spacer(1, 3 * mm), w.table([L.t("ground"), L.t("area"), L.t("ground_share"), L.t("required"),
                                            L.t("verdict")], grows, [20 * mm, 30 * mm, 50 * mm, 30 * mm, 22 * mm],
                                           verdict_col=4)]
    diagram = _sun_path(w, sun)
    if maps is not None:
        t0 = time.perf_counter()
        png = maps.sunlight()
        stats.map_seconds += time.perf_counter() - t0
        if png:
            stats.maps += 1
            from .maps import HOUR_COLOURS

            legend = [[Swatch(VERDICT_COLOURS[v]), w.p(f"{L.t('window')}: {L.verdict(v)}", "small")]
                      for v in ("pass", "fail")]
            legend += [[Swatch(c), w.p(h, "small")] for h, c in zip(maps.hour_classes(), HOUR_COLOURS)]
            cells = [_image(png, MAP_WIDTH_MM * mm), [w.p(L.t("sun_path", day=L.day(params.get("day", ""))), "small"),
                                                      diagram or w.p(""), Spacer(1, 3 * mm),
                                                      w.T(legend, colWidths=[6 * mm, 50 * mm])]]
            grid = w.T([cells], colWidths=[114 * mm, 60 * mm])
            grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [Spacer(1, 4 * mm), w.p(L.t("hours_map"), "h2"), grid]
    elif diagram is not None:
        out += [w.p(L.t("sun_path", day=L.day(params.get("day", ""))), "small"), diagram]
    wrows = [[x["id"], f"#{x['building_id']}", f"{x['facing_deg']:.0f}°", f"{x['effective_minutes']:.0f} min",
              f"{x['longest_run_minutes']:.0f} min", L.verdict(x["verdict"])] for x in sun.get("windows", [])]
    if wrows:
        out += [Spacer(1, 4 * mm), w.table([L.t("window"), L.t("building"), L.t("facing"), L.t("lit"), L.t("longest"),
                                            L.t("verdict")], wrows, [18 * mm, 22 * mm, 20 * mm, 30 * mm, 30 * mm, 20 * mm],
                                           verdict_col=5)]
    return out


def _deficiencies(w: _Writer, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    L, review = w.L, w.req.review
    bad = [c for c in sorted(review.get("checks", []), key=_clause_key) if c["verdict"] in ("fail", "warning")]
    out: list[Any] = [w.p(f"{n} {L.t('s_deficiencies')}", "h1")]
    if not bad:
        return out + [w.p(L.t("none_found"))]
    names = _facility_names(w.req.result_gpkg)
    rows, b_ids, f_ids = [], set(), set()
    for k, c in enumerate(bad, start=1):
        ids = c.get("feature_ids", [])
        if c.get("layer") == "facilities":
            f_ids.update(ids)
            where = ", ".join(f"#{i} {names.get(i, '')}".strip() for i in ids[:6])
        else:
            if c.get("layer") == "buildings":
                b_ids.update(ids)
            where = ", ".join(f"#{i}" for i in ids[:12])
        if len(ids) > (6 if c.get("layer") == "facilities" else 12):
            where += f" … (+{len(ids) - (6 if c.get('layer') == 'facilities' else 12)})"
        if w.zh:
            name = w.names.get(c.get("facility_type") or "", "")
            message = (f"{name}：" if name else "") + (c.get("requirement_zh") or "") + \
                f"（{format_values(c.get('measured', {}), L, w.names)}）"
        else:
            message = c.get("message", "")
        layer_word = LAYER_WORDS.get(c.get("layer") or "", (c.get("layer") or "",) * 2)[L.i]
        rows.append([k, c["clause"], c.get("strength_zh", ""), message, f"{layer_word} {where}".strip(),
                     L.verdict(c["verdict"])])
    out.append(w.table([L.t("no"), L.t("clause"), L.t("strength"), L.t("message"), L.t("where"), L.t("verdict")], rows,
                       [9 * mm, 17 * mm, 10 * mm, 78 * mm, 44 * mm, 16 * mm], verdict_col=5))
    if maps is not None:
        t0 = time.perf_counter()
        png = maps.locator(b_ids, f_ids)
        stats.maps += 1
        stats.map_seconds += time.perf_counter() - t0
        out += [CondPageBreak(120 * mm), w.p(L.t("locator"), "h2"), _image(png, 150 * mm)]
    return out


def _facility_names(gpkg: Optional[str]) -> dict[int, str]:
    """Facility names by source feature id, from the result layers (when there are any)."""
    if not gpkg:
        return {}
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername=facilities", "facilities", "ogr")
    if not layer.isValid():
        return {}
    return {int(f["source_fid"]): str(f["name"] or "") for f in layer.getFeatures()}


def _stages(w: _Writer, n: int) -> list[Any]:
    from ..core.stages import load_stages

    L = w.L
    out: list[Any] = [w.p(f"{n} {L.t('s_stages')}", "h1")]
    state = w.req.planning_state or {}
    tasks = state.get("tasks", {})
    if not tasks:
        return out + [w.p(L.t("no_records"))]
    for stage in load_stages():
        rows = []
        for t in stage.tasks:
            rec = tasks.get(f"{stage.code}/{t.code}", {})
            rows.append([t.text_zh if w.zh else t.text_en, t.clause, L.status(rec.get("status", "todo")),
                         rec.get("owner", ""), rec.get("date", ""), rec.get("notes", "")])
        out += [w.p(f"{stage.name_zh} {stage.name_en} ({stage.clause})", "h2"),
                w.table([L.t("task"), L.t("clause"), L.t("status"), L.t("owner"), L.t("date"), L.t("notes")], rows,
                        [60 * mm, 14 * mm, 18 * mm, 20 * mm, 20 * mm, 42 * mm])]
    return out


def _signoff(w: _Writer, n: int) -> list[Any]:
    L = w.L
    blank = "_" * 40
    rows = [[L.t("opinion"), ""], ["", ""], ["", ""], [L.t("signature"), blank], [L.t("seal"), blank],
            [L.t("date"), blank]]
    t = w.T([[w.p(a), w.p(b)] for a, b in rows], colWidths=[40 * mm, 130 * mm],
              rowHeights=[10 * mm, 10 * mm, 10 * mm, 14 * mm, 14 * mm, 14 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                           ("LINEBELOW", (1, 0), (1, 2), 0.3, colors.HexColor("#bbbbbb")),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [w.p(f"{n} {L.t('s_signoff')}", "h1"), t]
