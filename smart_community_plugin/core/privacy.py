"""The privacy filter (6.4.3) every output and log line passes: ID card and mobile numbers masked, or removed
with the setting; values of fields that name a person's contacts never written as they are (no QGIS needed)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .personal_data import PERSONAL_VALUE_MASK, find_personal_numbers, is_personal_field, long_runs, mask_all, mask_text
from .values import is_null


class Rows:
    """A JSON list made item by item when it is written (a city's 1e6 checks are never all dicts at once)."""

    def __init__(self, make: Any, count: int) -> None:
        self._make = make
        self.count = count

    def __iter__(self) -> Any:
        return iter(self._make())

    def __len__(self) -> int:
        return self.count


class RawJSON(str):
    """An item of Rows that is already compact JSON text (a check serialised from its pattern)."""


_CHUNK = 4096        # items of a Rows serialised, searched and written at a time
_SENTINEL = "\u0000rows:{}\u0000"


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

    def json_text(self, data: Any) -> str:
        """A JSON-safe document as compact JSON text with every string masked, as document() would mask it.

        Serialised once in C and searched once for runs of digits: a review of 1e5 facilities holds 4e6 strings,
        and walking them all is seconds. Only when a run is an ID card or mobile number is the document walked.
        """
        return self._searched(compact_json(data), lambda: data)

    def json_write(self, write: Any, data: Any) -> None:
        """A JSON-safe document whose top-level values may be Rows, written piece by piece through write(text)
        with every string masked, as json_text would write it whole (any other JSON-safe value is written whole)."""
        if not isinstance(data, dict):
            write(self.json_text(data))
            return
        lazy = {k: v for k, v in data.items() if isinstance(v, Rows)}
        head = {k: (_SENTINEL.format(k) if k in lazy else v) for k, v in data.items()}
        text = self.json_text(head)
        for key in lazy:
            marker = json.dumps(_SENTINEL.format(key), ensure_ascii=False)
            before, text = text.split(marker, 1)
            write(before + "[")
            chunk: list = []
            first = True
            for item in lazy[key]:
                chunk.append(item)
                if len(chunk) == _CHUNK:
                    write(("" if first else ",") + self._items_text(chunk))
                    first, chunk = False, []
            if chunk:
                write(("" if first else ",") + self._items_text(chunk))
            write("]")
        write(text)

    def _items_text(self, items: list) -> str:
        """The items of a Rows chunk as JSON list items (no brackets), masked as json_text would mask them.
        Items given as RawJSON text are joined as they are and searched the same way."""
        text = "[" + ",".join(item if type(item) is RawJSON else compact_json(item) for item in items) + "]"
        return self._searched(text, lambda: [json.loads(item) if type(item) is RawJSON else item
                                             for item in items])[1:-1]

    def _searched(self, text: str, data: Any) -> str:
        """JSON text as it is when it holds no ID card or mobile number; else data() walked, masked and dumped."""
        if not any(find_personal_numbers(m.group()) for m in long_runs(text)):
            return text
        return compact_json(self.document(data()))

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

    def column(self, field: str, values: Any) -> Any:
        """A whole column as value() would give it, each distinct text masked once (numbers pass as they are)."""
        import numpy as np

        arr = np.asarray(values, dtype=object) if not isinstance(values, np.ndarray) else values
        if is_personal_field(field):
            out = np.full(len(arr), None if self.drop else PERSONAL_VALUE_MASK, dtype=object)
            out[[is_null(v) for v in arr]] = None
            return out
        if arr.dtype != object or len(arr) == 0:
            return arr
        # One search over the column's distinct texts joined: most columns hold no number at all, and many hold
        # few texts many times (the types a building reaches).
        texts = {x for x in arr.tolist() if isinstance(x, str)}
        if not any(find_personal_numbers(m.group()) for m in long_runs("\n".join(texts))):
            return arr
        masked = {v: mask_text(v, self.drop) for v in texts}
        return np.array([masked.get(v, v) if isinstance(v, str) else v for v in arr.tolist()], dtype=object)

    def row(self, fields: Sequence[str], values: Sequence[Any]) -> list[Any]:
        """A row of attribute values, each through value()."""
        return [self.value(f, v) for f, v in zip(fields, values)]


def compact_json(data: Any) -> str:
    """Compact JSON text, as every review document is written."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def quote(value: object, limit: int = 40) -> str:
    """A submitted value as a message may quote it: masked first (a cut must not split a number and let its
    rest through), then shortened with an ellipsis."""
    text = mask_text(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"
