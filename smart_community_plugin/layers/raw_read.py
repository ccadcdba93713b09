"""Read a layer's ids, geometries and columns as arrays: GDAL's Arrow stream when it can, QGIS's iterator else.

Geometries that cannot be decoded (broken WKB, a ring with a NaN vertex, a one-point line) come back as
None with the reason, never as an exception; a file that yields fewer features than it says it holds is
a clear error (a damaged page stops SQLite's reading early without a word).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..core.errors import InputError
from ..i18n import tr


@dataclass
class RawLayer:
    """Feature ids, geometries (None where missing or unreadable) and columns by key, in reading order."""

    fids: np.ndarray
    geoms: np.ndarray
    attrs: dict[str, Any]                      # per key: a float array (numeric columns) or a list of values
    unreadable: list[int] = field(default_factory=list)   # positions whose geometry could not be decoded

    def __len__(self) -> int:
        return len(self.fids)

    def take(self, keep: np.ndarray) -> RawLayer:
        """The rows where keep is true."""
        attrs = {k: (v[keep] if isinstance(v, np.ndarray) else [x for x, p in zip(v, keep) if p])
                 for k, v in self.attrs.items()}
        return RawLayer(self.fids[keep], self.geoms[keep], attrs)


def ogr_source(layer: QgsVectorLayer) -> Optional[tuple[str, Optional[str], Optional[int]]]:
    """(path, layer name, layer id) of an OGR-backed layer, or None."""
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    layer_id = parts.get("layerId")
    try:
        number = int(layer_id) if layer_id not in (None, "") else None
    except (TypeError, ValueError):
        number = None
    return path, parts.get("layerName") or None, number


def decode_wkb(blobs: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """Geometries from WKB (None stays None); blobs GEOS cannot read become None, their positions listed."""
    geoms = np.empty(len(blobs), dtype=object)
    present = np.array([b is not None for b in blobs], dtype=bool)
    if not present.any():
        return geoms, []
    decoded = shapely.from_wkb(blobs[present], on_invalid="ignore")
    geoms[present] = decoded
    bad = np.flatnonzero(present)[np.array([g is None for g in decoded], dtype=bool)]
    return geoms, [int(k) for k in bad]


def _read_arrow(layer: QgsVectorLayer, columns: dict[str, str]) -> Optional[tuple]:
    """Read fids, WKB and columns through GDAL's Arrow stream into pyarrow, or None when not possible.

    QGIS's feature iterator costs ~5 µs a feature from Python; the Arrow stream hands over whole columns.
    Only for layers QGIS would read unchanged: OGR provider, no subset string, no unsaved edits. pyarrow
    keeps text as variable-length strings, so one very long value costs its own size only (GDAL's NumPy
    form pads every row of a batch to the longest one).
    """
    source = ogr_source(layer)
    if source is None or layer.subsetString() or layer.isEditable() or layer.isModified():
        return None
    try:
        import pyarrow  # noqa: F401  (the stream needs it)
        from osgeo import gdal
    except ImportError:
        return None
    path, name, layer_id = source
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if ds is None:
            return None
        lyr = ds.GetLayerByName(name) if name else ds.GetLayer(layer_id or 0)
        if lyr is None or not hasattr(lyr, "GetArrowStreamAsPyArrow"):
            return None
        defn = lyr.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        lyr.SetIgnoredFields([n for n in names if n not in columns.values()])
        fid_col = lyr.GetFIDColumn() or "OGC_FID"
        geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
        batches = [b for b in lyr.GetArrowStreamAsPyArrow()]
    except RuntimeError:
        return None              # the iterator reads it, or says what is wrong
    finally:
        lyr = ds = None  # noqa: F841 (closes the dataset)
    if not batches:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=object), {k: [] for k in columns}
    try:
        return _columns(batches, fid_col, geom_col, columns)
    except Exception:  # noqa: BLE001 — the fast path is an optimisation: any failure falls back to the safe one
        # Text that is not UTF-8, a value against its column's type (a damaged page): the iterator reads
        # what can be read, and the feature count says whether that is all.
        return None


def _columns(batches: list, fid_col: str, geom_col: str, columns: dict[str, str]) -> tuple:
    """fids, WKB blobs and the asked columns of the Arrow batches."""
    import pyarrow as pa

    table = pa.Table.from_batches([pa.RecordBatch.from_struct_array(b) for b in batches])
    fids = table.column(fid_col).to_numpy().astype(np.int64)
    blobs = np.array(table.column(geom_col).to_pylist(), dtype=object)
    out: dict[str, Any] = {}
    for key, field_name in columns.items():
        col = table.column(field_name)
        if pa.types.is_integer(col.type) or pa.types.is_floating(col.type) or pa.types.is_boolean(col.type):
            try:
                out[key] = col.cast(pa.float64(), safe=False).fill_null(np.nan).to_numpy()
                continue
            except (pa.ArrowException, OverflowError, ValueError):
                pass    # a value SQLite stored against the column's type: read one by one (values.floats)
        out[key] = _texts(col) if pa.types.is_string(col.type) or pa.types.is_large_string(col.type) \
            else col.to_pylist()
    return fids, blobs, out


def _texts(col: Any) -> np.ndarray:
    """A text column as an object array, built from its distinct values: columns such as use, type and status
    hold a handful in 1e5-1e6 rows, so this makes a few Python strings instead of one a row."""
    encoded = col.combine_chunks().dictionary_encode()
    values = np.array(encoded.dictionary.to_pylist() + [None], dtype=object)
    codes = encoded.indices.fill_null(len(values) - 1).to_numpy(zero_copy_only=False).astype(np.int64)
    return values[codes]


def _iterate(layer: QgsVectorLayer, columns: dict[str, str],
             crs: Optional[QgsCoordinateReferenceSystem], context: QgsCoordinateTransformContext) -> tuple:
    """Read through QGIS's feature iterator, transforming to `crs` on the way; edit buffers included."""
    request = QgsFeatureRequest().setSubsetOfAttributes(list(columns.values()), layer.fields())
    if crs is not None:
        request.setDestinationCrs(crs, context)
    # Features whose geometry GEOS calls invalid are still read (and reported), not dropped.
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    idx = {key: layer.fields().lookupField(n) for key, n in columns.items()}
    fids, blobs = [], []
    attrs: dict[str, list] = {key: [] for key in idx}
    for feat in layer.getFeatures(request):
        g = feat.geometry()
        fids.append(feat.id())
        blobs.append(None if g.isNull() else bytes(g.asWkb()))
        values = feat.attributes()
        for key, i in idx.items():
            attrs[key].append(values[i])
    return np.array(fids, dtype=np.int64), np.array(blobs, dtype=object), attrs


def read_raw(layer: QgsVectorLayer, role: str, columns: dict[str, str],
             crs: Optional[QgsCoordinateReferenceSystem] = None,
             context: Optional[QgsCoordinateTransformContext] = None) -> RawLayer:
    """Ids, geometries in `crs` (the layer's own when None or equal) and the asked columns (key -> field name)."""
    same = crs is None or layer.crs() == crs
    fast = _read_arrow(layer, columns) if same else None
    if fast is None:
        fids, blobs, attrs = _iterate(layer, columns, None if same else crs,
                                      context or QgsCoordinateTransformContext())
    else:
        fids, blobs, attrs = fast
    expected = layer.featureCount()
    if fast is not None and len(fids) < expected:
        # The stream stopped early (a damaged page): the iterator reads what can be read, and is checked below.
        fids, blobs, attrs = _iterate(layer, columns, None, context or QgsCoordinateTransformContext())
    if expected >= 0 and len(fids) < expected and not layer.subsetString():
        where = layer.source().split("|")[0]
        raise InputError(tr("The {} layer '{}' could not be read completely: {} of its {} features came through. "
                            "The file ({}) may be damaged: open it in QGIS and save a copy, or ask for a new "
                            "one.").format(role, layer.name(), len(fids), expected, where))
    geoms, unreadable = decode_wkb(blobs)
    return RawLayer(fids, geoms, attrs, unreadable)
