"""The report's text sections: cover, summary, profile, data sources, clauses, stage records, sign-off."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any, Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Spacer,
    TableStyle,
)

from .story import APPROVAL_COLOURS, VERDICT_ORDER, Story, num
from .values import format_values


def cover(w: Story, verdict: str) -> list[Any]:
    """The cover: project, community, verdict, counts and the standard."""
    review, req, L = w.req.review, w.req, w.L
    counts = Counter(c["verdict"] for c in review.get("checks", []))
    std = review.get("standard", {})
    rows = [[L.t("project"), req.project or "—"], [L.t("community"), review.get("community", {}).get("name", "—")],
            [L.t("reviewer"), req.reviewer or "—"], [L.t("date"), req.date or dt.date.today().isoformat()],
            [L.t("standard"), L.t("standard_named", code=std.get("code", ""),
                                  title={"zh": std.get("title_zh", ""), "en": std.get("title_en", "")},
                                  # The draft's own number is still "XXXX-XXXX": say so rather than print it bare.
                                  draft="XXXX" in str(std.get("code", "")))]]
    info = w.T([[w.p(a), w.p(b)] for a, b in rows], colWidths=[38 * mm, 110 * mm])
    info.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    word = L.approval(verdict)
    # One line whatever the language: "Approved with conditions" needs a smaller size than "有条件通过".
    size = 30 if w.zh else 22
    box = w.T([[Paragraph(f'<font color="white" size="{size}">{w.clean(word)}</font>', w.s["verdict"])]],
              colWidths=[120 * mm], rowHeights=[24 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(APPROVAL_COLOURS[verdict])),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    declared = sum(1 for c in review.get("checks", []) if c["verdict"] == "pass" and c["rule"] in DECLARED_RULES)
    line = L.t("checks_line", n=sum(counts.values()), fail=counts["fail"], warning=counts["warning"],
               info=counts["info"], pass_=counts["pass"], na=counts["not_applicable"],
               unassessed=counts["not_assessable"], declared=declared)
    return [Spacer(1, 30 * mm), w.p(L.t("title"), "title"), Spacer(1, 4 * mm),
            w.p(std.get("title_zh", "") if w.zh else std.get("title_en", ""), "subtitle"), Spacer(1, 16 * mm),
            info, Spacer(1, 14 * mm), w.p(L.t("overall"), "subtitle"), Spacer(1, 3 * mm), box, Spacer(1, 6 * mm),
            w.p(line, "subtitle"), Spacer(1, 4 * mm), w.p(L.t("rule"), "small"), Spacer(1, 20 * mm),
            w.p(f"{L.t('generated')} · {L.t('masked_note')}", "small")]


def _chapter(clause: str) -> str:
    first = clause.split(",")[0].strip()
    parts = first.split(".")
    return "A.0.1" if parts[0] == "A" else ".".join(parts[:2]) if len(parts) >= 2 else first


def summary(w: Story, n: int) -> list[Any]:
    """Verdicts by chapter and by facility type."""
    L = w.L
    checks = w.req.review.get("checks", [])
    out = [w.p(f"{n} {L.t('s_summary')}", "h1")]
    header = [L.t("item")] + [L.verdict(v) for v in VERDICT_ORDER] + [L.t("checks")]
    widths = [62 * mm] + [18 * mm] * 5 + [20 * mm]

    def rows(key: Callable[[dict], str], order: Callable[[str], Any] = lambda k: k) -> list[list[Any]]:
        groups: dict[str, Counter] = defaultdict(Counter)
        for c in checks:
            groups[key(c)][c["verdict"]] += 1
        return [[k] + [g[v] or "" for v in VERDICT_ORDER] + [sum(g.values())]
                for k, g in sorted(groups.items(), key=lambda kv: order(kv[0]))]

    # Types in the order of Table A.0.1 (w.names keeps it), the whole community last.
    rank = {name: i for i, name in enumerate(w.names.values())}
    out += [w.p(L.t("by_chapter"), "h2"), w.table(header, rows(lambda c: _chapter(c["clause"])), widths)]
    out += [w.p(L.t("by_type"), "h2"),
            w.table(header, rows(lambda c: w.names.get(c.get("facility_type") or "", L.t("whole_community")),
                                 lambda name: (rank.get(name, len(rank)), name)), widths)]
    return out


def profile(w: Story, n: int) -> list[Any]:
    """The community's profile: population and its source, area, households, buildings by height."""
    L, c = w.L, w.req.review.get("community", {})
    bands = c.get("buildings_by_height_band", {})
    band_text = ("；".join(f"{L.term('height_band', k)}：{v} 栋" for k, v in bands.items() if v) if L.language == "zh"
                 else "; ".join(f"{L.term('height_band', k)}: {v}" for k, v in bands.items() if v))
    known = c.get("population_known", True)
    population = (f"{num(c.get('population'), ',.0f')}（{L.term('population_source', c.get('population_source'))}）"
                  if L.language == "zh" else
                  f"{num(c.get('population'), ',.0f')} ({L.term('population_source', c.get('population_source'))})")
    gfa, no_floors = num(c.get('gross_floor_area_m2'), ',.0f', ' m²'), bands.get("unknown", 0)
    rows = [[L.t("community"), c.get("name", "—")], [L.t("kind"), L.term("community_kind", c.get("kind"))],
            # What the data cannot establish is said so, never shown as 0.
            [L.t("population"), population if known else L.t("population_unknown")],
            [L.t("area"), num((c.get('area_m2') or 0) / 1e4, ',.2f', ' ha')],
            [L.t("households"), num(c.get('households'), ',.0f') if known or c.get('households') else "—"],
            [L.t("buildings"), f"{c.get('buildings', 0)}"], [L.t("residential"), f"{c.get('residential_buildings', 0)}"],
            [L.t("gfa"), (L.t("gfa_unknown", unknown=no_floors) if no_floors and not c.get('gross_floor_area_m2')
                          else L.t("gfa_partial", gfa=gfa, unknown=no_floors) if no_floors else gfa)],
            [L.t("bands"), band_text or "—"],
            [L.t("facilities_inside"), f"{c.get('facilities_inside', 0)}"],
            [L.t("distance_basis"), L.t("walking") if c.get("distance") == "network" else L.t("straight")]]
    return [w.p(f"{n} {L.t('s_profile')}", "h1"), w.table([L.t("item"), L.t("value")], rows, [50 * mm, 124 * mm])]


def _parameter_value(L: Any, key: str, value: Any) -> str:
    """A review parameter as a reader says it: words for codes and yes/no, '—' for not given."""
    if value is None:
        if key == "community_kind":
            return L.t("default_value")
        return L.t("walk_speed_default") if key == "walking_speed_m_per_min" else "—"
    if isinstance(value, bool):
        return L.term("yes_no", str(value))
    if isinstance(value, list):
        return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in value)
    if key == "distance_method":
        return L.term("distance", value)
    if key == "community_kind":
        return L.term("community_kind", value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def sources(w: Story, n: int) -> list[Any]:
    """Parameters and the data sources of every input layer (6.4.2)."""
    L, review = w.L, w.req.review
    params = review.get("parameters", {})
    prows = [[L.term("parameter", k), _parameter_value(L, k, v)] for k, v in params.items()]
    srows = []
    for role, s in review.get("sources", {}).items():
        entry = s.get("entry_time")
        srows.append([L.term("role", role), f"{s.get('source', '')}", s.get("features", ""), s.get("crs", ""),
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
            [[L.term("role", f.get("layer", "")), L.term("severity", f.get("severity", "")), L.item(f) +
              (f" (#{f['feature_id']})" if f.get("feature_id") is not None else "")] for f in findings],
            [28 * mm, 20 * mm, 126 * mm])]
    return out


def clause_key(c: dict) -> tuple:
    """Clause order: the chapters before Table A.0.1, by number, then facility type and check id."""
    clause = c["clause"].split(",")[0].strip()
    parts = [int(x) if x.isdigit() else x for x in clause.replace("-", ".").split(".")]
    return (parts[0] == "A", [str(p).zfill(4) for p in parts], c.get("facility_type") or "", c["id"])


# Checks met by the planner's declaration (smart items): shown as declared, never as verified passes.
DECLARED_RULES = ("smart_requirements", "green_smart")


def _verdict(L: Any, c: dict) -> str:
    return L.verdict("declared_short") if c["verdict"] == "pass" and c["rule"] in DECLARED_RULES else L.verdict(c["verdict"])


def clauses(w: Story, n: int) -> list[Any]:
    """Every check with its clause, requirement, wording, required and measured values and verdict."""
    L = w.L
    rows = []
    for c in sorted(w.req.review.get("checks", []), key=clause_key):
        name = w.names.get(c.get("facility_type") or "", "")
        req_text = (f"{name}: " if name else "") + (c.get("requirement_zh") or "")
        if not w.zh:
            req_text += f" — {L.item(c)}"
        rows.append([c["clause"], req_text, c.get("strength_zh", ""),
                     format_values(c.get("required", {}), L, w.names),
                     format_values(c.get("measured", {}), L, w.names), _verdict(L, c)])
    return [w.p(f"{n} {L.t('s_clauses')}", "h1"),
            w.table([L.t("clause"), L.t("requirement"), L.t("strength"), L.t("required"), L.t("measured"),
                     L.t("verdict")], rows, [17 * mm, 46 * mm, 10 * mm, 38 * mm, 48 * mm, 15 * mm], verdict_col=5)]


def stages(w: Story, n: int) -> list[Any]:
    """The five-stage records of the project (chapter 7), when the workbench kept any."""
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


def signoff(w: Story, n: int) -> list[Any]:
    """The sign-off block for the reviewing body."""
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
