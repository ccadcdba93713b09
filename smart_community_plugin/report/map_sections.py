"""The report's map sections: coverage per facility type, life circles, sunlight and the deficiency list."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Optional

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from ..palette import DISTANCE_CLASSES, VERDICT_COLOURS
from .graphics import SunPathDiagram, Swatch
from .sections import clause_key
from .story import MAP_WIDTH_MM, VERDICT_ORDER, ReportStats, Story, image, num


def legend(w: Story, limit: float) -> Table:
    """The distance classes' colours as a one-row legend under a map."""
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


def types(w: Story, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    """One part per facility type with a distance limit: coverage by both methods and its map."""
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
                uncovered = s.get("uncovered_buildings", len(s.get("uncovered_building_ids", [])))
                figures.append([f"{L.t('uncovered_buildings')} ({word})", uncovered])
        q = next((c for c in checks_by_type[code] if c["rule"] == "quantity"), None)
        if q is not None:
            figures.append([L.t("count"), f"{q['measured'].get('total', q['measured'].get('count', '—'))} / "
                                          f"{q['required'].get('count', '—')}"])
        worst = Counter(c["verdict"] for c in checks_by_type[code])
        figures.append([L.t("verdict"), ", ".join(f"{L.verdict(v)} {worst[v]}" for v in VERDICT_ORDER if worst[v])])
        block = [w.p(f"{n}.{codes.index(code) + 1} {w.names.get(code, code)}", "h2")]
        side = [w.table([L.t("item"), L.t("value")], figures, [30 * mm, 32 * mm]), Spacer(1, 3 * mm),
                legend(w, limit)]
        if maps is not None:
            png = stats.map(maps.coverage, code, limit)
            grid = w.T([[image(png, MAP_WIDTH_MM * mm), side]], colWidths=[110 * mm, 64 * mm])
            grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            block.append(grid)
        else:
            block += side
        out.append(KeepTogether(block))
        out.append(Spacer(1, 4 * mm))
    return out


def circles(w: Story, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    """The 5/10/15-minute life circles: complete shares, types most often missing, the map."""
    L, lc = w.L, w.req.review.get("life_circles", {})
    circles = lc.get("circles", [])
    if not circles:
        return []
    rows = []
    for c in circles:
        missing = ", ".join(f"{w.names.get(m['facility_type'], m['facility_type'])} "
                            f"{num(m['population_share_missing'], '.0%')}" for m in c.get("most_missing", [])[:3])
        rows.append([c["minutes"], f"{c['distance_m']:.0f} m", len(c.get("types", [])),
                     num(c.get('share_complete'), '.1%'), missing or "—"])
    out = [w.p(f"{n} {L.t('s_circles')}", "h1"),
           w.table([L.t("minutes"), L.t("limit"), L.t("types"), L.t("complete"), L.t("missing")], rows,
                   [16 * mm, 20 * mm, 18 * mm, 30 * mm, 90 * mm])]
    if maps is not None:
        png = stats.map(maps.life_circles, [c["minutes"] for c in circles])
        if png:
            legend = [[Swatch(col), w.p(f"{c['minutes']} {L.t('minutes')}", "small")]
                      for c, col in zip(circles, ("#1f7a4d", "#5fae7f", "#b7dcc4"))]
            legend.append([Swatch("#e9a39b", True), w.p(L.t("circle_none"), "small")])
            out += [Spacer(1, 4 * mm), w.p(L.t("circle_map"), "h2"), image(png, 150 * mm),
                    w.T(legend, colWidths=[6 * mm, 60 * mm])]
    return out


def sun_path(w: Story, sun: dict) -> Optional[SunPathDiagram]:
    """The winter-solstice sun path diagram, when the review computed one."""
    path = sun.get("sun_path", [])
    return SunPathDiagram(path, w.font.name) if len(path) >= 2 else None


def window_rows(gpkg: Optional[str]) -> list[dict[str, Any]]:
    """The sunlight windows from the result GeoPackage's sunlight_windows layer (id as in the JSON)."""
    if not gpkg:
        return []
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName("sunlight_windows") if ds is not None else None
    if layer is None:
        return []
    rows = [{"id": f.GetField("window_id"), "building_id": f.GetField("building_id"),
             "facing_deg": f.GetField("facing_deg"), "effective_minutes": f.GetField("effective_minutes"),
             "longest_run_minutes": f.GetField("longest_run_minutes"), "verdict": f.GetField("verdict")}
            for f in layer]
    return sorted(rows, key=lambda r: r["id"])


def sunlight(w: Story, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    """Kindergarten and nursery sunlight: windows, activity grounds, the hour map."""
    L, sun = w.L, w.req.review.get("sunlight", {})
    if sun and "windows" not in sun and sun.get("windows_count"):
        sun = {**sun, "windows": window_rows(w.req.result_gpkg)}   # the JSON keeps the summary, the layer the rows
    if not sun or not (sun.get("windows") or sun.get("activity_grounds")):
        return []
    params = sun.get("parameters", {})
    out: list[Any] = [w.p(f"{n} {L.t('s_sunlight')}", "h1")]
    brow = [[f"#{b['building_id']}", w.names.get(b.get("facility_type", ""), ""), b["windows"], b["windows_failing"],
             num(b['worst_effective_minutes'], '.0f', ' min'), L.verdict(b["verdict"])] for b in sun.get("buildings", [])]
    if brow:
        out.append(w.table([L.t("building"), L.t("facility_type"), L.t("window"), L.verdict("fail"), L.t("lit"),
                            L.t("verdict")], brow, [20 * mm, 40 * mm, 20 * mm, 22 * mm, 30 * mm, 20 * mm], verdict_col=5))
    grows = [[g["index"] + 1, num(g['area_m2'], ',.0f', ' m²'), num(g['share_required_hours'], '.1%'),
              num(g['required_share'], '.0%'), L.verdict(g["verdict"])] for g in sun.get("activity_grounds", [])]
    if grows:
        out += [Spacer(1, 3 * mm), w.table([L.t("ground"), L.t("area"), L.t("ground_share"), L.t("required"),
                                            L.t("verdict")], grows, [20 * mm, 30 * mm, 50 * mm, 30 * mm, 22 * mm],
                                           verdict_col=4)]
    diagram = sun_path(w, sun)
    if maps is not None:
        png = stats.map(maps.sunlight)
        if png:
            from .maps import HOUR_COLOURS

            legend = [[Swatch(VERDICT_COLOURS[v]), w.p(f"{L.t('window')}: {L.verdict(v)}", "small")]
                      for v in ("pass", "fail")]
            legend += [[Swatch(c), w.p(h, "small")] for h, c in zip(maps.hour_classes(), HOUR_COLOURS)]
            cells = [image(png, MAP_WIDTH_MM * mm), [w.p(L.t("sun_path", day=L.day(params.get("day", ""))), "small"),
                                                      diagram or w.p(""), Spacer(1, 3 * mm),
                                                      w.T(legend, colWidths=[6 * mm, 50 * mm])]]
            grid = w.T([cells], colWidths=[114 * mm, 60 * mm])
            grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [Spacer(1, 4 * mm), w.p(L.t("hours_map"), "h2"), grid]
    elif diagram is not None:
        out += [w.p(L.t("sun_path", day=L.day(params.get("day", ""))), "small"), diagram]
    wrows = [[x["id"], f"#{x['building_id']}", num(x['facing_deg'], '.0f', '°'), num(x['effective_minutes'], '.0f', ' min'),
              num(x['longest_run_minutes'], '.0f', ' min'), L.verdict(x["verdict"])] for x in sun.get("windows", [])]
    if wrows:
        out += [Spacer(1, 4 * mm), w.table([L.t("window"), L.t("building"), L.t("facing"), L.t("lit"), L.t("longest"),
                                            L.t("verdict")], wrows, [18 * mm, 22 * mm, 20 * mm, 30 * mm, 30 * mm, 20 * mm],
                                           verdict_col=5)]
    return out


def shelters(w: Story, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    """4.4.3 emergency refuge: the longest walk to a shelter, the homes beyond, and the routes on a map."""
    L = w.L
    check = next((c for c in w.req.review.get("checks", []) if c["rule"] == "emergency_shelter"), None)
    if check is None or check["verdict"] in ("not_assessable", "not_applicable"):
        return []
    m, r = check.get("measured", {}), check.get("required", {})
    out: list[Any] = [w.p(f"{n} {L.t('s_shelters')}", "h1"), w.p(w.L.item(check))]
    out.append(w.table([L.t("longest_walk"), L.t("limit"), L.t("homes_beyond"), L.t("verdict")],
                       [[num(m.get("longest_walk_m"), ',.0f', ' m'), num(r.get("max_walk_m"), ',.0f', ' m'),
                         m.get("buildings_beyond", 0), L.verdict(check["verdict"])]],
                       [40 * mm, 40 * mm, 40 * mm, 30 * mm], verdict_col=3))
    if maps is not None:
        png = stats.map(maps.shelters)
        if png:
            legend = [[Swatch(VERDICT_COLOURS["pass"]), w.p(L.t("route_within"), "small")],
                      [Swatch(VERDICT_COLOURS["fail"]), w.p(L.t("route_beyond"), "small")],
                      [Swatch("#b7dca0"), w.p(L.t("green_space"), "small")]]
            out += [Spacer(1, 4 * mm), w.p(L.t("shelter_map"), "h2"), image(png, 150 * mm),
                    w.T(legend, colWidths=[6 * mm, 80 * mm])]
    return out


def deficiencies(w: Story, n: int, maps: Any, stats: ReportStats) -> list[Any]:
    """Every failed, warned or not assessable check in clause order, with the features concerned and a locator
    map: what could not be assessed is listed as a deficiency of the submission, never left out."""
    L, review = w.L, w.req.review
    bad = [c for c in sorted(review.get("checks", []), key=clause_key)
           if c["verdict"] in ("fail", "not_assessable", "warning")]
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
        message = L.item(c)
        layer_word = L.term("role", c.get("layer")) if c.get("layer") else ""
        rows.append([k, c["clause"], c.get("strength_zh", ""), message, f"{layer_word} {where}".strip(),
                     L.verdict(c["verdict"])])
    out.append(w.table([L.t("no"), L.t("clause"), L.t("strength"), L.t("message"), L.t("where"), L.t("verdict")], rows,
                       [9 * mm, 17 * mm, 10 * mm, 78 * mm, 44 * mm, 16 * mm], verdict_col=5))
    if maps is not None:
        png = stats.map(maps.locator, b_ids, f_ids)
        out += [CondPageBreak(120 * mm), w.p(L.t("locator"), "h2"), image(png, 150 * mm)]
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


