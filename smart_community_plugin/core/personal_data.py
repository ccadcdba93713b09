"""Personal data (6.4.3): recognise person-level fields and mask ID card and mobile numbers in text."""

from __future__ import annotations

import re
from typing import Any

# Field names that hold data about a person rather than about a place (English and Chinese).
PERSONAL_FIELD_WORDS = ("姓名", "身份证", "证件号", "手机", "电话", "联系方式", "联系人", "住址", "户籍",
                        "person", "owner_name", "resident", "id_card", "idcard", "phone", "mobile", "tel",
                        "contact", "address", "email")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID = re.compile(r"(?<![0-9])([1-9][0-9]{16}[0-9Xx])(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?(1[3-9][0-9])[- ]?([0-9]{4})[- ]?([0-9]{4})(?![0-9])")


def is_id_card(text: str) -> bool:
    """An 18-character resident ID number (GB 11643) with a valid check character."""
    if not re.fullmatch(r"[1-9][0-9]{16}[0-9Xx]", text):
        return False
    total = sum(int(d) * w for d, w in zip(text[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == text[17].upper()


def is_personal_field(name: str) -> bool:
    """Whether a field name suggests person-level data."""
    lowered = name.strip().lower()
    return any(word in lowered for word in PERSONAL_FIELD_WORDS)


REMOVED = "[removed]"


def mask_text(text: str, drop: bool = False) -> str:
    """ID card numbers (valid check character only) keep their first 6 and last 2 characters; mobile
    numbers keep their first 3 and last 4 digits; with drop, both are removed entirely. Everything
    else is left as it is."""
    def id_card(m: re.Match) -> str:
        s = m.group(1)
        if not is_id_card(s):
            return s
        return REMOVED if drop else s[:6] + "*" * 10 + s[-2:]

    def mobile(m: re.Match) -> str:
        return REMOVED if drop else f"{m.group(1)}****{m.group(3)}"

    return _MOBILE.sub(mobile, _ID.sub(id_card, text))


def mask_all(value: Any, drop: bool = False) -> Any:
    """Every string inside dicts and lists masked (for JSON outputs); other values as they are."""
    if isinstance(value, str):
        return mask_text(value, drop)
    if isinstance(value, dict):
        return {k: mask_all(v, drop) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_all(v, drop) for v in value]
    return value
