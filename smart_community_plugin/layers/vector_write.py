"""Write layers of (geometry, values) rows to a vector file or a memory layer, and prove they were written.

Every value passes the privacy filter on its way; a file is reopened after writing and its feature
counts compared, because GDAL can finish "successfully" on a full disk with features missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType

from ..core.errors import OutputError
from ..core.privacy import Privacy
from ..i18n import tr
from ..pipeline.layer_data import LayerData, crs_id, wkb_code

__all__ = ["LayerData", "write_file", "memory_layer", "verify", "fields_from_spec", "to_qgs_geometry"]

BATCH = 4096   # features handed to GDAL at a time: bounded memory, few calls
_TYPES = {"string": QMetaType.Type.QString, "integer": QMetaType.Type.LongLong,
          "double": QMetaType.Type.Double, "datetime": QMetaType.Type.QDateTime}


def _qgs_crs(crs: Any) -> QgsCoordinateReferenceSystem:
    """A QGIS CRS from a LayerData's CRS (already one, or its id)."""
    if isinstance(crs, QgsCoordinateReferenceSystem):
        return crs
    text = crs_id(crs)
    return QgsCoordinateReferenceSystem(text) if text else QgsCoordinateReferenceSystem()


def _qgs_wkb(wkb_type: Any) -> Any:
    """A QgsWkbTypes.Type from a LayerData's WKB type (already one, or its integer)."""
    from qgis.core import QgsWkbTypes

    return wkb_type if isinstance(wkb_type, QgsWkbTypes.Type) else QgsWkbTypes.Type(wkb_code(wkb_type))


def fields_from_spec(spec: Iterable[tuple[str, str]]) -> QgsFields:
    """QgsFields from (name, type) pairs; types: string, integer, double, datetime."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, _TYPES[kind]))
    return fields


def to_qgs_geometry(geom: Any) -> QgsGeometry:
    """A QgsGeometry from a shapely geometry (or the QgsGeometry itself)."""
    if isinstance(geom, QgsGeometry):
        return geom
    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(geom))
    return out


def _clean(value: Any) -> Any:
    """A value a vector file can hold: no NaN or infinity (they become NULL), no numpy scalars."""
    if hasattr(value, "item") and callable(value.item) and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not np.isfinite(value):
        return None
    return value


def _features(data: LayerData, fields: QgsFields, privacy: Privacy) -> tuple[list[str], Iterable[QgsFeature]]:
    names = [f.name() for f in fields]
    keep = [privacy.keeps(n) for n in names]

    def gen() -> Iterable[QgsFeature]:
        for geom, values in data.iter_rows():
            feat = QgsFeature()
            if geom is not None:
                feat.setGeometry(to_qgs_geometry(geom))
            masked = privacy.row(names, [_clean(v) for v in values])
            feat.setAttributes([v for v, k in zip(masked, keep) if k])
            yield feat
    return [n for n, k in zip(names, keep) if k], gen()


def _kept_fields(data: LayerData, privacy: Privacy) -> tuple[QgsFields, QgsFields]:
    """(all fields, the fields written): a personal field is left out when the setting drops personal data."""
    fields = data.fields if data.fields is not None else fields_from_spec(data.spec)
    kept = QgsFields()
    for f in fields:
        if privacy.keeps(f.name()):
            kept.append(f)
    return fields, kept


def write_file(path: Path, layers: list[LayerData], driver: str = "GPKG", privacy: Privacy = Privacy(),
               add_to_existing: bool = False) -> dict[str, int]:
    """Write the layers into the file at path (created by the first layer unless add_to_existing); returns
    the features written per layer after checking them in the file."""
    from ..pipeline.bulk_write import can_write_columns, write_columns

    path = Path(path)
    written: dict[str, int] = {}
    for n, data in enumerate(layers):
        if data.columns is not None and driver == "GPKG" and can_write_columns():
            written[data.name] = write_columns(path, data, privacy, create=not (n or add_to_existing))
            continue
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = driver
        options.layerName = data.name
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if (n or add_to_existing)
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
        all_fields, kept = _kept_fields(data, privacy)
        writer = QgsVectorFileWriter.create(str(path), kept, _qgs_wkb(data.wkb_type), _qgs_crs(data.crs),
                                            QgsCoordinateTransformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            message = writer.errorMessage()
            del writer
            raise OutputError(tr("Cannot write the layer {} to {}: {}. The disk may be full or read-only; nothing "
                                 "was replaced.").format(data.name, path, message))
        _names, feats = _features(data, all_fields, privacy)
        count = 0
        batch: list[QgsFeature] = []
        for feat in feats:
            batch.append(feat)
            if len(batch) == BATCH:
                count += _add(writer, batch, data.name, path)
        count += _add(writer, batch, data.name, path)
        del writer   # flushes and closes the layer
        written[data.name] = count
    verify(path, written, single_layer=(driver != "GPKG"))
    return written


def _add(writer: QgsVectorFileWriter, batch: list[QgsFeature], name: str, path: Path) -> int:
    if not batch:
        return 0
    if not writer.addFeatures(batch):
        raise OutputError(tr("Cannot write the features of {} to {}: {}. The disk may be full; nothing was "
                             "replaced.").format(name, path, writer.errorMessage() or "write error"))
    n = len(batch)
    batch.clear()
    return n


def verify(path: Path, counts: dict[str, int], single_layer: bool = False) -> None:
    """Reopen a written file and compare its feature counts with what was written."""
    from osgeo import gdal

    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        ds = None
    if ds is None:
        raise OutputError(tr("{} could not be written completely (it cannot be opened again). The disk may be "
                             "full; nothing was replaced.").format(path))
    try:
        for name, expected in counts.items():
            lyr = ds.GetLayer(0) if single_layer else ds.GetLayerByName(name)
            got = lyr.GetFeatureCount() if lyr is not None else -1
            if got != expected:
                raise OutputError(tr("{} could not be written completely ({}: {} of {} features). The disk may be "
                                     "full; nothing was replaced.").format(path, name, got, expected))
    finally:
        ds = None  # noqa: F841 (closes the file)


def memory_layer(data: LayerData, privacy: Privacy = Privacy()) -> QgsVectorLayer:
    """The layer as a QGIS memory layer (a Processing temporary output)."""
    all_fields, kept = _kept_fields(data, privacy)
    layer = QgsMemoryProviderUtils.createMemoryLayer(data.name, kept, _qgs_wkb(data.wkb_type), _qgs_crs(data.crs))
    _names, feats = _features(data, all_fields, privacy)
    feats = list(feats)
    if not layer.dataProvider().addFeatures(feats):
        raise OutputError(tr("Cannot fill the temporary layer {}.").format(data.name))
    layer.updateExtents()
    return layer
