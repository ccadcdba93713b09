"""The plugin's settings behind one helper, every key prefixed with smart_community/."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsSettings

PREFIX = "smart_community"
DEFAULTS: dict[str, Any] = {
    "locale": "",                 # empty: follow QGIS's locale
    "report_font_path": "",       # empty: the CJK TrueType font found on the system
    "live_checks": False,
    "drop_personal_data": False,
    "new_project_crs": "",        # the CRS last chosen for a new planning project (authid or WKT)
    "store_service": "smart_community",   # the review store's libpq service (pg_service.conf); no secrets here
}


def get(key: str) -> Any:
    """A setting's value, or its default."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    default = DEFAULTS[key]
    return QgsSettings().value(f"{PREFIX}/{key}", default, type=type(default))


def set_value(key: str, value: Any) -> None:
    """Store a setting."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    QgsSettings().setValue(f"{PREFIX}/{key}", value)
