"""The privacy filter (6.4.3) every output and log line passes: ID card and mobile numbers masked, or removed
with the setting; values of fields that name a person's contacts never written as they are (no QGIS needed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .personal_data import PERSONAL_VALUE_MASK, is_personal_field, mask_all, mask_text
from .values import is_null


@dataclass(frozen=True)
class Privacy:
    """Mask (default) or drop: read from the settings once per output, then applied to every value."""

    drop: bool = False

    def text(self, value: str) -> str:
        """A text with its ID card and mobile numbers masked (or removed)."""
        return mask_text(value, self.drop)

    def document(self, value: Any) -> Any:
        """A JSON document with every string masked."""
        return mask_all(value, self.drop)

    def keeps(self, field: str) -> bool:
        """Whether a field is written at all: a personal field is left out when dropping."""
        return not (self.drop and is_personal_field(field))

    def value(self, field: str, value: Any) -> Any:
        """An attribute value as it may be written: a personal field's value masked whole, text masked."""
        if is_null(value):
            return value
        if is_personal_field(field):
            return None if self.drop else PERSONAL_VALUE_MASK
        if isinstance(value, str):
            return mask_text(value, self.drop)
        return value

    def row(self, fields: Sequence[str], values: Sequence[Any]) -> list[Any]:
        """A row of attribute values, each through value()."""
        return [self.value(f, v) for f, v in zip(fields, values)]


def quote(value: object, limit: int = 40) -> str:
    """A submitted value as a message may quote it: masked first (a cut must not split a number and let its
    rest through), then shortened with an ellipsis."""
    text = mask_text(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"
