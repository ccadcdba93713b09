"""The report's words in one language, from the message catalogue (the report's language is chosen per
report, not per UI)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core.messages import Message, Text, catalogue, item_text, text_of


class Labels:
    """Words of one language: t('key'), verdict('fail'), status('done'), term(kind, code), text(message)."""

    def __init__(self, language: str = "zh") -> None:
        if language not in ("zh", "en"):
            raise ValueError(f"report language {language!r}: choose zh or en")
        self.language = language
        self.catalogue = catalogue()

    def t(self, key: str, **kw: object) -> str:
        """A word or sentence of the report (`report.<key>` in the catalogue), formatted."""
        return self.catalogue.render(Message(f"report.{key}", kw), self.language)

    def term(self, kind: str, code: object) -> str:
        """A term of the catalogue: a role, a value's name, a facility type ..."""
        return self.catalogue.term(kind, code, self.language)

    def verdict(self, v: str) -> str:
        """A check's verdict."""
        return self.term("verdict", v)

    def approval(self, v: str) -> str:
        """The review's overall approval verdict."""
        return self.term("approval", v)

    def status(self, s: str) -> str:
        """A task's status."""
        return self.term("status", s)

    def day(self, d: str) -> str:
        """The day of a sunlight analysis."""
        return self.term("sun_day", d)

    def text(self, message: Text) -> str:
        """A check's or finding's message."""
        return text_of(message, self.language)

    def item(self, item: Mapping[str, Any]) -> str:
        """The message of a check or finding in its JSON form (a review.json read back)."""
        return item_text(item, self.language)
