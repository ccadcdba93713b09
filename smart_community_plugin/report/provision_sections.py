"""The report's account of the register: provisions not assessed (and what would assess them), and declared ones."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm

from ..core.provisions import listed_as_not_assessed
from .story import Story


def _text(w: Story, e: dict) -> str:
    return e.get("text_zh", "") if w.zh else (e.get("text_en") or e.get("text_zh", ""))


def _described(w: Story, e: dict) -> str:
    """The provision's text in the report's language, with the facility types it concerns."""
    names = [w.names.get(t, t) for t in e.get("types", [])]
    if not names:
        return _text(w, e)
    return f"{_text(w, e)}（{'、'.join(names)}）" if w.zh else f"{_text(w, e)} ({', '.join(names)})"


def _needs(w: Story, e: dict) -> str:
    """What would assess the provision: the data named by the register, a declaration, or the rule's inputs."""
    L = w.L
    if e.get("needs"):
        return e["needs"]["zh" if w.zh else "en"]
    if e.get("declaration"):
        d = e["declaration"]
        return L.t("declare_in", code=d["code"], layer=d["layer"])
    return L.t("needs_inputs")


def not_assessed(w: Story, n: int) -> list[Any]:
    """Every 必须/应 provision that applies and was not assessed, and every other not assessed, with its remedy."""
    L = w.L
    provisions = w.req.review.get("provisions", [])
    counts = w.req.review.get("summary", {}).get("provisions", {}).get("assessment", {})
    out = [w.p(f"{n} {L.t('s_not_assessed')}", "h1"),
           w.p(L.t("register_counts", checked=counts.get("checked", 0), declared=counts.get("declared", 0),
                   needs_data=counts.get("needs_data", 0), not_spatial=counts.get("not_spatial", 0)))]
    rows = [[e["clause"], _described(w, e), e.get("strength_zh", ""), L.verdict(e["outcome"]), _needs(w, e)]
            for e in provisions if listed_as_not_assessed(e)]
    if not rows:
        return out + [w.p(L.t("none_not_assessed"))]
    shall = sum(1 for e in provisions if listed_as_not_assessed(e) and e["strength"] in ("must", "shall"))
    out.append(w.p(L.t("not_assessed_intro", count=len(rows), shall=shall)))
    out.append(w.table([L.t("clause"), L.t("requirement"), L.t("strength"), L.t("verdict"), L.t("to_assess")],
                       rows, [17 * mm, 70 * mm, 10 * mm, 20 * mm, 57 * mm], verdict_col=3))
    spatial = [e for e in provisions if e["outcome"] == "not_spatial"]
    out.append(w.p(L.t("not_spatial_line", count=len(spatial),
                       clauses=", ".join(sorted({e["clause"] for e in spatial}, key=_order)))))
    return out


def declared(w: Story, n: int) -> list[Any]:
    """Provisions met by the planner's declaration: shown as declared, never as verified."""
    L = w.L
    rows = [[e["clause"], _described(w, e), e.get("strength_zh", ""), L.verdict("declared")]
            for e in w.req.review.get("provisions", []) if e["outcome"] == "declared"]
    out = [w.p(f"{n} {L.t('s_declared')}", "h1"), w.p(L.t("declared_intro"))]
    if not rows:
        return out + [w.p(L.t("none_declared"))]
    return out + [w.table([L.t("clause"), L.t("requirement"), L.t("strength"), L.t("verdict")], rows,
                          [17 * mm, 120 * mm, 10 * mm, 27 * mm])]


def _order(clause: str) -> tuple:
    return tuple(int(x) if x.isdigit() else 0 for x in clause.replace("-", ".").split("."))
