"""The result layers the published page needs (buildings, facilities, community) as web.page_data.Frame, read
from a finished review's GeoPackage or taken from a review just run in memory: one page for either route."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import InputError
from ..i18n import tr
from .page_data import Frame

LAYERS = ("buildings", "facilities", "community")


def frames_from_gpkg(path: Path) -> dict[str, Frame]:
    """The page's layers from a review's result GeoPackage; a file without them is named, not a crash."""
    import pyogrio

    try:
        present = {name for name, _ in pyogrio.list_layers(str(path))}
    except Exception as exc:  # noqa: BLE001 — GDAL's many ways of refusing a file become one sentence
        raise InputError(tr("Cannot read the result layers {}: {}").format(path, exc)) from exc
    missing = [n for n in LAYERS if n not in present]
    if missing:
        raise InputError(tr("{} is not the result GeoPackage of a review (no layer {}).")
                         .format(Path(path).name, ", ".join(missing)))
    out = {}
    for name in LAYERS:
        frame = pyogrio.read_dataframe(str(path), layer=name, fid_as_index=False)
        out[name] = Frame(np.asarray(frame.geometry.values, dtype=object),
                          {c: frame[c].to_numpy() for c in frame.columns if c != "geometry"})
    return out


def frames_from_layers(layers: Iterable[Any]) -> dict[str, Frame]:
    """The page's layers from result_layers.iter_review_layers (a review run now), without writing them."""
    out = {}
    for data in layers:
        if data.name in LAYERS:
            cols = data.as_columns()
            out[data.name] = Frame(np.asarray(cols.geometry, dtype=object), dict(cols.columns))
    return out
