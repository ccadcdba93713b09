"""Personal data (6.4.3): recognise person-level fields, and find and mask ID card and mobile numbers in text.

One detector serves masking and validation. It reads digits as people write them: ASCII or full-width
(１３９…), in groups separated by spaces or dashes (110105 19491231 002X, 139-1234-5678), with a +86 or 0086
prefix, and run together with other numbers (an ID followed straight by a mobile number).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

# Field names that hold data about a person rather than about a place (English and Chinese).
PERSONAL_FIELD_WORDS = ("姓名", "身份证", "证件号", "手机", "电话", "联系方式", "联系人", "住址", "户籍",
                        "person", "owner_name", "resident", "id_card", "idcard", "phone", "mobile", "tel",
                        "contact", "address", "email")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# Characters people put between groups of digits; a separator joins digits only when one stands alone.
_SEPARATORS = frozenset(" -\u00a0\u2009\u202f\u3000\uff0d\u2010\u2011\u2012\u2013")
_X = frozenset("Xx\uff38\uff58")
REMOVED = "[removed]"
LONGEST_RUN = 1_000  # digits; a longer run is masked whole rather than searched
PERSONAL_VALUE_MASK = "***"


def _digit(ch: str) -> str:
    """The ASCII digit a character stands for ('' when it is none); X for the ID check character."""
    if "0" <= ch <= "9":
        return ch
    if ch in _X:
        return "X"
    if ch.isdecimal():
        try:
            return str(unicodedata.decimal(ch))
        except ValueError:
            return ""
    return ""


def is_id_card(text: str) -> bool:
    """An 18-character resident ID number (GB 11643) with a valid check character."""
    digits = "".join(_digit(ch) for ch in text)
    if len(digits) != 18 or len(text) != 18:
        return False
    return _valid_id(digits)


def _valid_id(d: str) -> bool:
    if not (d[:17].isdigit() and d[0] != "0" and (d[17].isdigit() or d[17] == "X")):
        return False
    total = sum(int(c) * w for c, w in zip(d[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == d[17]


def _plausible_id(d: str) -> bool:
    """A valid check character and a birth date that exists (a random 18-digit string passes 1 in ~30)."""
    if not _valid_id(d):
        return False
    try:
        born = dt.date(int(d[6:10]), int(d[10:12]), int(d[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100


def _is_mobile(d: str) -> bool:
    return len(d) == 11 and d[0] == "1" and d[1] in "3456789" and d.isdigit()


# A stretch of digits (any script), X check characters and single separators between digits; the regular
# expression finds them at C speed, so long texts without numbers cost next to nothing.
_SEP_CLASS = "".join(sorted(_SEPARATORS)).replace("-", "\\-")
_RUN = re.compile(rf"\d(?:[\dXx\uff38\uff58]|[{_SEP_CLASS}](?=\d))*")
# A run long enough to hold a number (11 characters or more): one search over a whole document says whether
# any of its texts can need masking.
_LONG_RUN = re.compile(rf"\d(?:[\dXx\uff38\uff58]|[{_SEP_CLASS}](?=\d)){{10,}}")


def long_runs(text: str) -> Iterator[re.Match]:
    """The runs of digits long enough to hold an ID card or mobile number (the same runs find_personal_numbers
    reads), found at C speed: most texts, and most documents, have none."""
    return _LONG_RUN.finditer(text)


def _runs(text: str) -> Iterator[tuple[int, int, list[tuple[int, str]]]]:
    """(start, end, digits) of each run of at least 11 digits; digits as (index in text, ASCII digit), or
    empty for a run longer than LONGEST_RUN (separators stand alone, so a run has over half its length in digits)."""
    for m in _RUN.finditer(text):
        if m.end() - m.start() < 11:
            continue
        if m.end() - m.start() > 2 * LONGEST_RUN:
            yield m.start(), m.end(), []
            continue
        run = [(k, d) for k in range(m.start(), m.end()) if (d := _digit(text[k]))]
        if len(run) >= 11:
            yield m.start(), m.end(), run


def find_personal_numbers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, digits) of every ID card ('id') and mobile ('mobile') number in text.

    start and end index the original text; digits are the number in ASCII without separators. A run of
    more than LONGEST_RUN digits is one finding of kind 'run'.
    """
    found: list[tuple[int, int, str, str]] = []
    for start, end, run in _runs(text):
        digits = "".join(d for _, d in run)
        if not run or len(digits) > LONGEST_RUN:
            # Thousands of digits in a row are no attribute anyone reads, and could hide any number: all go.
            found.append((start, end, "run", ""))
            continue
        taken = [False] * len(digits)
        i = 0
        while i + 18 <= len(digits):
            if _plausible_id(digits[i:i + 18]):
                found.append((run[i][0], run[i + 17][0] + 1, "id", digits[i:i + 18]))
                taken[i:i + 18] = [True] * 18
                i += 18
            else:
                i += 1
        # What is left between IDs (or the whole run): mobile numbers at its ends, or behind a country prefix.
        k = 0
        while k < len(digits):
            if taken[k] or digits[k] == "X":
                k += 1
                continue
            end = k
            while end < len(digits) and not taken[end] and digits[end] != "X":
                end += 1
            found += _mobiles(run, digits, k, end)
            k = end
    return sorted(found)


def _mobiles(run: list[tuple[int, str]], digits: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """Mobile numbers in digits[lo:hi]: the whole piece behind a 86/0086/0 prefix, else taken from
    either end while one fits (numbers run together)."""
    def span(a: int, b: int) -> tuple[int, int, str, str]:
        return run[a][0], run[b - 1][0] + 1, "mobile", digits[a:b]

    out = []
    for prefix in ("0086", "86", "0"):
        if hi - lo == len(prefix) + 11 and digits.startswith(prefix, lo) and _is_mobile(digits[lo + len(prefix):hi]):
            return [span(lo + len(prefix), hi)]
    while hi - lo >= 11:
        if _is_mobile(digits[lo:lo + 11]):
            out.append(span(lo, lo + 11))
            lo += 11
        elif _is_mobile(digits[hi - 11:hi]):
            out.append(span(hi - 11, hi))
            hi -= 11
        else:
            break
    return out


def count_personal_numbers(text: str) -> tuple[int, int]:
    """How many ID card and mobile numbers the text holds."""
    found = find_personal_numbers(text)
    return sum(k == "id" for _, _, k, _ in found), sum(k == "mobile" for _, _, k, _ in found)


def is_personal_field(name: str) -> bool:
    """Whether a field name suggests person-level data."""
    lowered = name.strip().lower()
    return any(word in lowered for word in PERSONAL_FIELD_WORDS)


def mask_text(text: str, drop: bool = False) -> str:
    """ID card numbers keep their first 6 and last 2 characters, mobile numbers their first 3 and last 4
    digits (written in ASCII, without the separators); with drop, both are removed entirely. Everything
    else is left as it is."""
    if not isinstance(text, str) or len(text) < 11:
        return text
    found = find_personal_numbers(text)
    if not found:
        return text
    parts, last = [], 0
    for start, end, kind, digits in found:
        parts.append(text[last:start])
        if drop or kind == "run":
            parts.append(REMOVED)
        elif kind == "id":
            parts.append(digits[:6] + "*" * 10 + digits[-2:])
        else:
            parts.append(f"{digits[:3]}****{digits[-4:]}")
        last = end
    parts.append(text[last:])
    return "".join(parts)


def mask_all(value: Any, drop: bool = False) -> Any:
    """Every string inside dicts, lists and tuples masked (keys too); other values as they are."""
    if isinstance(value, str):
        return mask_text(value, drop)
    if isinstance(value, dict):
        return {mask_text(k, drop) if isinstance(k, str) else k: mask_all(v, drop) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_all(v, drop) for v in value]
    return value
