"""The catalogue's words in the interface language: verdicts, terms, facility names, check and finding texts.

Widget labels are Qt translations (tr); everything that comes from the review (its messages, verdicts, roles,
facility types) is rendered here from the one message catalogue, so the dock, the tables, the legends and the
report say the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any, Optional

from ..core.messages import Message, Text, catalogue, current_language, item_text, text_of
from ..i18n import tr


def ui_language() -> str:
    """'zh' or 'en': the language the interface speaks (set with the plugin's translator at load)."""
    return current_language()


def term(kind: str, code: Any, language: Optional[str] = None) -> str:
    """A term of the catalogue (role, verdict, severity, distance method, field ...) in the interface language."""
    return catalogue().term(kind, code, language or ui_language())


def verdict_label(verdict: str) -> str:
    """A check's verdict (通过, 不通过, 警告, 提示, 不适用, 无法评估)."""
    return term("verdict", verdict)


def approval_label(approval: str) -> str:
    """The review's overall verdict (通过, 有条件通过, 资料不全，待补充, 不通过)."""
    return term("approval", approval)


def facility_name(code: Optional[str]) -> str:
    """A facility type's name in the interface language; the code itself when it is not a type."""
    return term("facility_type", code) if code else "—"


def role_name(role: Optional[str]) -> str:
    """A layer role's name (社区边界, 建筑 ...)."""
    return term("role", role) if role else "—"


def say(message: Text) -> str:
    """A Message (or a plain text) in the interface language."""
    return text_of(message, ui_language())


def item_says(item: Mapping[str, Any]) -> str:
    """A check's or finding's text from its JSON form, in the interface language."""
    return item_text(item, ui_language())


def words(message_id: str, **values: Any) -> str:
    """A catalogue sentence with values, in the interface language."""
    return Message(message_id, values).text(ui_language())


def review_summary(review: Mapping[str, Any]) -> str:
    """The one-line outcome of a review: approval, counts, and what could not be assessed or was wrong in the
    input (the same line in the results dock and the workbench, so neither hides the gaps)."""
    counts = Counter(c["verdict"] for c in review.get("checks", []))
    overall = review.get("summary", {}).get("overall", "")
    text = tr("Overall: {} — {} fail, {} warning, {} pass").format(
        approval_label(overall) if overall else "", counts.get("fail", 0), counts.get("warning", 0),
        counts.get("pass", 0))
    if counts.get("not_assessable"):
        text += tr("; {} not assessable from the data").format(counts["not_assessable"])
    provisions = review.get("summary", {}).get("not_assessed", [])
    if provisions:
        text += words("ui.provisions.summary", count=len(provisions))
    findings = review.get("findings", [])
    if findings:
        text += tr("; {} input findings").format(len(findings))
    return text
