"""A layer to write, as plain data (no QGIS): rows of (geometry, values) or columns, a WKB type and a CRS id.

The review's results are built as LayerData on any machine (a Dask worker has no QGIS); the writers turn them
into QGIS types only when they write through QGIS.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np

# WKB geometry types (the values of QgsWkbTypes.Type), for layers built without QGIS.
WKB_POINT, WKB_LINESTRING, WKB_POLYGON = 1, 2, 3
WKB_MULTIPOINT, WKB_MULTILINESTRING, WKB_MULTIPOLYGON = 4, 5, 6
WKB_NO_GEOMETRY = 100


def wkb_code(wkb_type: Any) -> int:
    """The integer of a WKB type given as an int or as a QgsWkbTypes.Type (an enum under Qt 6)."""
    return int(getattr(wkb_type, "value", wkb_type))


def crs_id(crs: Any) -> str:
    """A CRS as text: an authority id ('EPSG:4548') when it has one, else its WKT; '' for none or invalid."""
    if crs is None:
        return ""
    if isinstance(crs, str):
        return crs
    if not crs.isValid():
        return ""
    return crs.authid() or crs.toWkt()


@dataclass
class LayerData:
    """One layer to write: its name, WKB type, CRS (QgsCoordinateReferenceSystem or an id), field spec
    [(name, kind)] and rows of (geometry, values), or columns (one array per spec field) and a geometry array."""

    name: str
    wkb_type: Any
    crs: Any
    spec: list[tuple[str, str]]
    rows: Iterable[tuple[Any, list]] = ()
    fields: Any = None          # QGIS fields as they are (a copy of a layer), else from spec
    columns: Optional[dict[str, Any]] = None
    geometry: Optional[np.ndarray] = None

    def __len__(self) -> int:
        if self.columns is not None:
            if self.columns:
                return len(next(iter(self.columns.values())))
            return 0 if self.geometry is None else len(self.geometry)
        return len(self.rows) if isinstance(self.rows, list) else -1

    def iter_rows(self) -> Iterable[tuple[Any, list]]:
        """The layer as (geometry, values) rows, whichever form it was given in."""
        if self.columns is None:
            return self.rows
        names = [n for n, _ in self.spec]
        cols = [np.asarray(self.columns[n], dtype=object).tolist() for n in names]
        n = len(self)
        geoms = list(self.geometry) if self.geometry is not None else [None] * n
        return ((g, list(v)) for g, *v in zip(geoms, *cols)) if cols else ((g, []) for g in geoms)

    def as_columns(self) -> LayerData:
        """The same layer in columnar form (rows read once into one array per field)."""
        if self.columns is not None:
            return self
        rows = list(self.rows)
        names = [n for n, _ in self.spec]
        cols = {n: np.array([r[1][k] for r in rows], dtype=object) if rows else np.empty(0, dtype=object)
                for k, n in enumerate(names)}
        geoms = np.array([r[0] for r in rows], dtype=object) if rows else np.empty(0, dtype=object)
        return LayerData(self.name, self.wkb_type, self.crs, self.spec, columns=cols,
                         geometry=None if wkb_code(self.wkb_type) == WKB_NO_GEOMETRY else geoms)

    @property
    def bulk_ready(self) -> bool:
        """Whether the bulk writer takes this layer: fields from the spec, of kinds it writes."""
        return self.fields is None and all(kind in ("string", "integer", "double") for _, kind in self.spec)


@dataclass
class FilledTexts:
    """A text column whose rows are mostly one of a few templates with the row's label in place of `slot`, filled
    in where the column is written (np.asarray gives the texts): a city's 6.6e5 check messages are a few hundred
    sentences about different facilities, so they travel to the GeoPackage writer as templates and labels."""

    templates: list[str]
    which: np.ndarray           # the template of each row; -1 where the row's own text is in `texts`
    labels: np.ndarray          # object: the label each templated row fills in
    texts: np.ndarray           # object: the text of each row without a template (None elsewhere)
    slot: str

    def __len__(self) -> int:
        return len(self.which)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        out = self.filled()
        return out if dtype is None or np.dtype(dtype) == out.dtype else out.astype(dtype)

    def filled(self) -> np.ndarray:
        """Every row's text (object array), each templated row as template.replace(slot, label)."""
        out = np.array(self.texts, dtype=object, copy=True)
        rows = np.flatnonzero(self.which >= 0)
        if len(rows) == 0:
            return out
        rows = rows[np.argsort(self.which[rows], kind="stable")]
        kinds, starts = np.unique(self.which[rows], return_index=True)
        for k, a, b in zip(kinds.tolist(), starts.tolist(), [*starts[1:].tolist(), len(rows)]):
            template, idx = self.templates[k], rows[a:b]
            filled = np.empty(len(idx), dtype=object)
            filled[:] = [template.replace(self.slot, label) for label in self.labels[idx].tolist()]
            out[idx] = filled
        return out

