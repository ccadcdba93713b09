"""Checks of one feature each that share everything but the feature: rendered and serialised once per pattern.

A city's review holds a check per facility and provision (6.6e5 at 1e6 buildings), and most of them say the
same sentence about another facility: "health station X: 0 of 3 应 items declared; missing ...". A `Pattern`
holds what such checks share (rule, clause, verdict, the message with a placeholder for the facility's label,
measured and required values); each row keeps only its id, feature id and label. Texts and JSON are made once
per pattern and language, and each row fills in its own label and ids: the same text and the same JSON as the
check made alone (tested), at a fraction of the cost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Optional

from ..standard.model import Strength
from .messages import Message, catalogue, current_language, normalise_language, template_fields
from .privacy import compact_json
from .results import CheckResult, Verdict

# Private-use characters: no facility name, code or catalogue text holds them. A pattern's message is made with
# label=LABEL.
LABEL = "\ue000label\ue000"
_ID = "\ue001id\ue001"
_FID = "\ue002fid\ue002"


@dataclass(frozen=True)
class RowMessage(Message):
    """A Message whose text is its pattern's text with the row's label filled in (values hold the label)."""

    pattern: Optional[Message] = field(default=None, compare=False, repr=False)
    label: str = ""

    def text(self, language: Optional[str] = None) -> str:
        """The message in a language: the pattern's text, rendered once, with this row's label."""
        return self.pattern.text(language).replace(LABEL, self.label)


@dataclass(eq=False)
class Pattern:
    """What the checks of one pattern share; `row()` makes one check of it about one feature."""

    rule: str
    clause: str
    facility_type: Optional[str]
    strength: Strength
    verdict: Verdict
    message: Message            # made with label=LABEL: where each row's label goes
    requirement_zh: str = ""
    measured: dict[str, Any] = field(default_factory=dict)
    required: dict[str, Any] = field(default_factory=dict)
    layer: Optional[str] = "facilities"
    _json: dict[str, str] = field(default_factory=dict, repr=False)

    def row(self, check_id: str, feature_id: int, label: str) -> CheckResult:
        """One check of this pattern about one feature (its id, feature id and the label its message names)."""
        values = dict(self.message.values)
        values["label"] = label
        # A label under a format or a segment cannot be filled in afterwards: that message is rendered row by row.
        plain = plain_label(self.message.id)
        msg = RowMessage(self.message.id, values, pattern=self.message, label=label) if plain else \
            Message(self.message.id, values)
        return CheckResult(id=check_id, rule=self.rule, clause=self.clause, facility_type=self.facility_type,
                           strength=self.strength, verdict=self.verdict, message=msg,
                           requirement_zh=self.requirement_zh, measured=self.measured, required=self.required,
                           feature_ids=[feature_id], layer=self.layer, pattern=self if plain else None)

    def json_text(self, check: CheckResult, language: Optional[str]) -> str:
        """The check's JSON text, as json.dumps of its to_dict() would write it, from this pattern's template."""
        lang = normalise_language(language or current_language())
        template = self._json.get(lang)
        if template is None:
            proto = CheckResult(id=_ID, rule=self.rule, clause=self.clause, facility_type=self.facility_type,
                                strength=self.strength, verdict=self.verdict, message=self.message,
                                requirement_zh=self.requirement_zh, measured=self.measured,
                                required=self.required, layer=self.layer).to_dict(lang)
            proto["feature_ids"] = [_FID]
            template = self._json[lang] = compact_json(proto)
        label = check.message.label
        return (template.replace(_ID, _escaped(check.id)).replace(f'"{_FID}"', str(int(check.feature_ids[0])))
                .replace(LABEL, _escaped(label)))


def _escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


@cache
def plain_label(message_id: str) -> bool:
    """Whether a message shows its `label` as plain text in both languages (so a pattern may fill it in)."""
    cat = catalogue()
    for lang in ("zh", "en"):
        for name, spec in template_fields(cat.template(message_id, lang)):
            if name.lstrip("?!") == "label" and (spec or name != "label"):
                return False
    return "label" not in cat.placeholders
