"""Where each input layer came from (6.4.2): source, provider, CRS, features, data sources, entry times."""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any

from qgis.core import QgsVectorLayer

from ..core.values import is_null


def safe_source(layer: QgsVectorLayer) -> str:
    """The layer's source without passwords."""
    return re.sub(r"(password|pwd)=\S+", r"\1=***", layer.source(), flags=re.IGNORECASE)


def _iso(v: Any) -> str:
    return v.toString("yyyy-MM-ddTHH:mm:ss") if hasattr(v, "toString") else str(v)


def provenance(layer: QgsVectorLayer) -> dict[str, Any]:
    """6.4.2: the data sources and entry times the layer records, when it was read, when its file changed."""
    out: dict[str, Any] = {"read_at": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    path = layer.source().split("|")[0]
    if os.path.isfile(path):
        out["file_modified"] = dt.datetime.fromtimestamp(os.path.getmtime(path)).astimezone().isoformat(
            timespec="seconds")
    fields = layer.fields()
    src = fields.lookupField("data_source")
    if src >= 0:
        # Only the first 200 characters of each: a source is a name, not a document.
        out["data_source"] = sorted(str(v)[:200] for v in layer.uniqueValues(src, 6) if not is_null(v))[:5]
    when = fields.lookupField("entry_time")
    if when >= 0:
        low, high = layer.minimumValue(when), layer.maximumValue(when)
        if not is_null(low):
            out["entry_time"] = [_iso(low)[:40], _iso(high)[:40]]
    return out


def layer_record(layer: QgsVectorLayer, features: int) -> dict[str, Any]:
    """One entry of a review's `sources`: the layer, its source and provider, CRS, features read and provenance."""
    return {"layer": layer.name(), "source": safe_source(layer), "provider": layer.providerType(),
            "crs": layer.crs().authid(), "features": features, **provenance(layer)}
