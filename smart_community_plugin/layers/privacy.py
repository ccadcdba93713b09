"""The plugin's personal-data policy (6.4.3) for what it writes: mask, or remove with the setting."""

from __future__ import annotations

from functools import partial
from typing import Any, Callable

from ..core.personal_data import mask_all, mask_text


def dropping() -> bool:
    """Whether the user asked for personal data to be removed entirely rather than masked."""
    try:
        from .. import settings

        return bool(settings.get("drop_personal_data"))
    except Exception:  # noqa: BLE001 — outside QGIS (batch workers) the safe default applies: masking
        return False


def masker() -> Callable[[str], str]:
    """Text as the plugin writes it, with the setting read once (callers mask many values per output)."""
    return partial(mask_text, drop=dropping())


def mask_document(value: Any) -> Any:
    """A JSON document as the plugin writes it."""
    return mask_all(value, dropping())
