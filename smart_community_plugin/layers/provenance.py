"""Where each input layer came from (6.4.2): source, provider, CRS, features, data sources, entry times."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from typing import Any, Optional

from qgis.core import QgsVectorLayer

from ..core.values import is_null


def safe_source(layer: QgsVectorLayer) -> str:
    """The layer's source without passwords."""
    return re.sub(r"(password|pwd)=\S+", r"\1=***", layer.source(), flags=re.IGNORECASE)


def _iso(v: Any) -> str:
    """A time of entry as ISO 8601 text, whichever way the reader returned it (QDateTime, datetime, text)."""
    if hasattr(v, "toString"):
        return v.toString("yyyy-MM-ddTHH:mm:ss")
    text = v.isoformat() if hasattr(v, "isoformat") else str(v)
    return re.sub(r"^(\d{4}-\d\d-\d\d) (\d)", r"\1T\2", text)


# The fields 6.4.2 asks every layer to carry; the reader reads them with the rest, so provenance costs no
# query of its own (a second connection to a GeoPackage in an edit session fails in SQLite).
PROVENANCE_FIELDS = ("data_source", "entry_time")


def provenance(layer: QgsVectorLayer, sources: Optional[Sequence[Any]] = None,
               times: Optional[Sequence[Any]] = None) -> dict[str, Any]:
    """6.4.2: the data sources and entry times the layer records (from the values read with the features),
    when it was read, when its file changed."""
    out: dict[str, Any] = {"read_at": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    path = layer.source().split("|")[0]
    if os.path.isfile(path):
        out["file_modified"] = dt.datetime.fromtimestamp(os.path.getmtime(path)).astimezone().isoformat(
            timespec="seconds")
    if sources is not None:
        # Only the first 200 characters of each: a source is a name, not a document.
        out["data_source"] = sorted({str(v)[:200] for v in sources if not is_null(v) and str(v).strip()})[:5]
    if times is not None:
        stamps = sorted(_iso(v)[:40] for v in times if not is_null(v) and str(v).strip())
        if stamps:
            out["entry_time"] = [stamps[0], stamps[-1]]
    return out


def layer_record(layer: QgsVectorLayer, features: int, sources: Optional[Sequence[Any]] = None,
                 times: Optional[Sequence[Any]] = None) -> dict[str, Any]:
    """One entry of a review's `sources`: the layer, its source and provider, CRS, features read and provenance."""
    return {"layer": layer.name(), "source": safe_source(layer), "provider": layer.providerType(),
            "crs": layer.crs().authid(), "features": features, **provenance(layer, sources, times)}
