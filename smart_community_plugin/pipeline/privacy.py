"""The privacy filter as the user set it (Settings… › remove personal data instead of masking it)."""

from __future__ import annotations

from ..core.privacy import Privacy

__all__ = ["Privacy", "user_privacy"]


def user_privacy() -> Privacy:
    """Mask, or drop when the user asked for personal data to be removed entirely; read once per output."""
    try:
        from .. import settings

        return Privacy(bool(settings.get("drop_personal_data")))
    except Exception:  # noqa: BLE001 — outside QGIS (batch workers) the safe default applies: masking
        return Privacy(False)
