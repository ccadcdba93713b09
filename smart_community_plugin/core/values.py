"""Attribute values as submissions hold them, read into numbers, words and codes (no QGIS needed)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any, Callable, Optional

import numpy as np

# Status words (existing or planned) in English and Chinese, lower case.
STATUS_WORDS = {"existing": "existing", "现状": "existing", "已建": "existing", "现有": "existing",
                "planned": "planned", "规划": "planned", "新建": "planned", "拟建": "planned"}
KIND_WORDS = {"新建": "new", "既有": "existing", "existing": "existing", "new": "new"}
TRUE_WORDS = frozenset({"1", "true", "yes", "y", "t", "是", "有"})
FALSE_WORDS = frozenset({"0", "false", "no", "n", "f", "否", "无"})
_SPLIT = re.compile(r"[,;，；、|\s]+")


def is_null(v: Any) -> bool:
    """None or QGIS's NULL (a QVariant that says it is null)."""
    if v is None:
        return True
    null = getattr(v, "isNull", None)
    return bool(null()) if callable(null) else False


def number(v: Any) -> float:
    """A value as a finite float: yes/no words as 1/0, NaN for empty, text that is not a number, or infinity."""
    if is_null(v):
        return math.nan
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, str):
        s = v.strip().lower()
        if s in TRUE_WORDS:
            return 1.0
        if s in FALSE_WORDS:
            return 0.0
        try:
            x = float(s)
        except (ValueError, OverflowError):
            return math.nan
        return x if math.isfinite(x) else math.nan
    try:
        x = float(v)
    except (TypeError, ValueError, OverflowError):
        return math.nan
    return x if math.isfinite(x) else math.nan


def text(v: Any) -> str:
    """A value as stripped text; empty for NULL."""
    return "" if is_null(v) else str(v).strip()


def status_of(word: str) -> str:
    """existing, planned, or unknown for a status word; an empty word means existing."""
    w = word.strip().lower()
    return STATUS_WORDS.get(w, "unknown" if w else "existing")


# Written into smart_features of a facility whose smart items the planner has yet to declare (a site the
# siting tool placed): the smart checks say "to be declared" instead of failing every item.
TO_BE_DECLARED = "to_be_declared"
TO_BE_DECLARED_WORDS = frozenset({TO_BE_DECLARED, "待申报", "待定"})


def parse_smart_features(v: Any) -> frozenset[str]:
    """Smart feature codes from a JSON list, QGIS's {"a","b"} or a separated string."""
    if is_null(v):
        return frozenset()
    if isinstance(v, (list, tuple)):
        return frozenset(str(x).strip() for x in v if str(x).strip())
    s = str(v).strip()
    if s.startswith("{") and s.endswith("}"):
        # QGIS's multi-select value relation stores {"a","b"} in text fields.
        return frozenset(x.strip('"') for x in _SPLIT.split(s[1:-1]) if x.strip('"'))
    if s.startswith("["):
        try:
            return frozenset(str(x).strip() for x in json.loads(s) if str(x).strip())
        except (ValueError, TypeError, RecursionError):
            pass
    return frozenset(x for x in _SPLIT.split(s) if x)


def format_smart_features(codes: Iterable[str]) -> str:
    """Codes as QGIS's multi-select value relation writes them to a text field: {"a","b"}."""
    return "{" + ",".join(f'"{c}"' for c in codes) + "}"


def map_distinct(values: Any, fn: Callable[[str], Any]) -> np.ndarray:
    """fn applied once per distinct text value (None and NULL as ""), spread back over the column.

    Columns such as use, type and status hold a few distinct values in 1e5-1e6 rows. A dict keeps the
    memory at the size of the values themselves, however long one of them is.
    """
    keys = [v if type(v) is str else text(v) for v in values]
    out = np.empty(len(keys), dtype=object)
    cache: dict[str, Any] = {}
    for k, key in enumerate(keys):
        hit = cache.get(key, cache)
        if hit is cache:
            hit = cache[key] = fn(key)
        out[k] = hit
    return out


def floats(values: Any) -> np.ndarray:
    """A column as floats, NaN where missing, not a number or not finite."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        out = values.astype(float, copy=True)
        out[~np.isfinite(out)] = np.nan
        return out
    return np.array([number(v) for v in values], dtype=float)


def suggest_status(text: str) -> Optional[tuple[str, dict[str, str]]]:
    """The status a misspelt one most likely means ("exsting" -> existing 现状), with its names; else None."""
    from ..standard.vocabulary import closest

    code = closest(text, STATUS_WORDS)
    if code not in ("existing", "planned"):
        return None
    return code, {"existing": {"zh": "现状", "en": "existing"}, "planned": {"zh": "规划", "en": "planned"}}[code]
