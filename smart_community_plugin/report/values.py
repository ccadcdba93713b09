"""Readable forms of a check's required and measured values, in the report's language."""

from __future__ import annotations

from typing import Any

from .labels import Labels

RATIO_KEYS = ("ratio", "share")


def _number(key: str, v: float) -> str:
    if any(key.endswith(k) or key == k for k in RATIO_KEYS):
        return f"{v:.1%}"
    if key.endswith("_m2"):
        return f"{v:,.0f} m²"
    if key.endswith("_m"):
        return f"{v:,.0f} m"
    if key.endswith("minutes"):
        return f"{v:,.0f} min"
    return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:,.2f}"


def format_values(values: dict[str, Any], labels: Labels, names: dict[str, str]) -> str:
    """key value pairs as words; facility-type codes by name; lists shortened past eight entries."""
    parts = []
    for key, v in values.items():
        word = labels.term("value_key", key)
        if v is None:
            text = "—"
        elif isinstance(v, bool):
            text = ("是" if v else "否") if labels.language == "zh" else ("yes" if v else "no")
        elif isinstance(v, (int, float)):
            text = _number(key, float(v))
        elif isinstance(v, (list, tuple)):
            # Shared facilities: their feature id and distance; other lists name codes by their names.
            shown = [f"#{x.get('feature_id')} {x.get('distance_m', 0):,.0f} m" if isinstance(x, dict)
                     else names.get(str(x), str(x)) for x in v[:8]]
            text = "、".join(shown) if labels.language == "zh" else ", ".join(shown)
            if len(v) > 8:
                text += f" … (+{len(v) - 8})"
            text = text or "—"
        elif isinstance(v, str):
            text = labels.term("distance", v) if v in ("network", "euclidean") else names.get(v, v)
        else:
            text = str(v)
        parts.append(f"{word} {text}")
    return "; ".join(parts)
