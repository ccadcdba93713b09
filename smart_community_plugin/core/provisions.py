"""Every provision of the clause register with its outcome in one review: checked, declared, or not assessed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Optional

from ..standard.model import Strength
from ..standard.register import Provision, Register
from .messages import text_of
from .results import CheckResult

# Outcomes of a provision, besides the verdicts of its checks (pass, fail, warning, info, not_assessable).
DECLARED = "declared"            # stated by the planner, not verified
NOT_DECLARED = "not_declared"    # a declaration the scheme does not make
NOT_ASSESSED = "not_assessed"    # needs data the scheme does not hold
NOT_APPLICABLE = "not_applicable"
NOT_SPATIAL = "not_spatial"

# Worst first: the outcome of several checks of one provision is the worst of theirs.
_ORDER = ("fail", "not_assessable", "warning", "info", "pass", "not_applicable")
# Outcomes that leave a 必须/应 provision unassessed: the approval cannot be a pass.
UNASSESSED = frozenset({"not_assessable", NOT_ASSESSED, NOT_DECLARED})


def _matches(p: Provision, c: CheckResult) -> bool:
    if c.rule not in p.rules:
        return False
    # A check of no facility type concerns the whole community: it assesses every provision of its rule.
    if p.types and c.facility_type is not None and c.facility_type not in p.types:
        return False
    if "provision" in c.required:   # a check made for one provision (green_smart)
        return c.required["provision"] == p.id
    if c.rule == "size" and p.fields:
        return c.id.rsplit(":", 1)[-1] in p.fields
    if c.rule == "smart_requirements" and p.codes:
        return bool(set(c.required.get("items", ())) & set(p.codes))
    return True


def _worst(verdicts: Iterable[str]) -> Optional[str]:
    seen = set(verdicts)
    return next((v for v in _ORDER if v in seen), None)


def evaluate(register: Register, checks: list[CheckResult], kind: str, present_types: set[str],
             declarations: frozenset[str], declared_by_type: dict[str, set[str]]) -> list[dict[str, Any]]:
    """One entry per provision in register order.

    `present_types`: facility types the scheme has inside its boundary; `declarations`: the community's
    declared codes; `declared_by_type`: per type, the codes every one of its facilities declares.
    """
    out = []
    # Checks by (rule, facility type): a provision looks at its own rules and types only (a city has 1e5 checks).
    index: dict[tuple[str, Optional[str]], list[CheckResult]] = {}
    order = {id(c): n for n, c in enumerate(checks)}
    for c in checks:
        index.setdefault((c.rule, c.facility_type), []).append(c)
    by_rule: dict[str, list[CheckResult]] = {}
    for (rule, _t), cs in index.items():
        by_rule.setdefault(rule, []).extend(cs)
    for p in register.provisions:
        strength = register.applied_strength(p, kind)
        entry: dict[str, Any] = {
            "id": p.id, "clause": p.clause, "column": p.column or None, "strength": strength.value,
            # The word applied here: the standard's own (不宜, 不得 ...), or 宜 where 3.0.2 softens an 应.
            "strength_zh": strength.zh if strength is not p.strength else (p.strength_word or strength.zh),
            "strength_word": p.strength_word, "strength_source": p.strength_source,
            "text_zh": p.text_zh, "text_en": p.text_en, "assessment": p.status, "applies": p.applies,
            "types": list(p.types), "rules": list(p.rules), "check_ids": [], "outcome": None,
            "needs": p.needs or None, "note": p.note or None}
        if strength is not p.strength:
            entry["note"] = register.existing_note
        if not p.applies_to(kind):
            entry["outcome"] = NOT_APPLICABLE
        elif p.status == "not_spatial":
            entry["outcome"] = NOT_SPATIAL
        elif p.status == "needs_data":
            entry["outcome"] = NOT_ASSESSED
        elif p.rules:
            pool = ([c for r in p.rules for t in (*p.types, None) for c in index.get((r, t), [])] if p.types
                    else [c for r in p.rules for c in by_rule.get(r, [])])
            found = sorted((c for c in pool if _matches(p, c)), key=lambda c: order[id(c)])
            entry["check_ids"] = [c.id for c in found]
            worst = _worst(c.verdict.value for c in found)
            if worst is None:
                # No check ran: nothing of the type to check, or the data the rule reads is missing.
                absent = p.types and not (set(p.types) & present_types)
                worst = NOT_APPLICABLE if absent else NOT_ASSESSED
            if worst == "not_assessable":
                # Why: the checks that could not be assessed say what is missing, in both languages.
                why = [c for c in found if c.verdict.value == "not_assessable"][:3]
                entry["needs"] = p.needs or {
                    "zh": "；".join(text_of(c.message, "zh").rstrip("。") for c in why) + "。",
                    "en": " ".join(text_of(c.message, "en") for c in why)}
            if p.status == "declared" and worst == "pass":
                worst = DECLARED
            entry["outcome"] = _capped(worst, strength)
        else:   # declared by a code
            if p.layer == "community":
                stated = p.code in declarations
            else:
                concerned = [t for t in p.types if t in present_types]
                if not concerned:
                    entry["outcome"] = NOT_APPLICABLE
                    out.append(entry)
                    continue
                stated = all(p.code in declared_by_type.get(t, set()) for t in concerned)
            entry["outcome"] = DECLARED if stated else NOT_DECLARED
            entry["declaration"] = {"layer": p.layer, "code": p.code}
        out.append(entry)
    return out


def _capped(outcome: str, strength: Strength) -> str:
    """No provision fails harder than its own words: a 宜 item short is a warning, a 可 item only informs
    (a check it shares with a stronger provision may fail)."""
    if outcome in ("fail", "warning") and strength is Strength.MAY:
        return "info"
    if outcome == "fail" and strength is Strength.SHOULD:
        return "warning"
    return outcome


def listed_as_not_assessed(entry: dict[str, Any]) -> bool:
    """A provision the report and the dock list as not assessed: a 可 permission not declared is no gap."""
    return entry.get("outcome") in UNASSESSED and not (entry.get("outcome") == NOT_DECLARED
                                                       and entry.get("strength") == Strength.MAY.value)


def blocking(provisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """必须/应 provisions that apply and were not assessed: each keeps the approval from a pass."""
    return [e for e in provisions if e["strength"] in (Strength.MUST.value, Strength.SHALL.value)
            and e["outcome"] in UNASSESSED]


def counts(provisions: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Provisions per assessment status and per outcome."""
    by_status: dict[str, int] = {}
    by_outcome: dict[str, int] = {}
    for e in provisions:
        by_status[e["assessment"]] = by_status.get(e["assessment"], 0) + 1
        by_outcome[e["outcome"]] = by_outcome.get(e["outcome"], 0) + 1
    return {"assessment": by_status, "outcome": by_outcome}
