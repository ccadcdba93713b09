"""Write (geometry, values) rows to a Processing feature sink."""

from __future__ import annotations

from typing import Any, Iterable

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsProcessingAlgorithm, QgsProcessingContext,
    QgsProcessingException,
)

from ..layers.writer import fields_from_spec, to_qgs_geometry


def write_sink(alg: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext,
               spec: list[tuple[str, str]], wkb_type: int, crs: QgsCoordinateReferenceSystem,
               rows: Iterable[tuple[Any, list]]) -> str:
    """Create the sink `name` and fill it; returns the destination id."""
    sink, dest = alg.parameterAsSink(parameters, name, context, fields_from_spec(spec), wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    for geom, values in rows:
        feat = QgsFeature()
        if geom is not None:
            feat.setGeometry(to_qgs_geometry(geom))
        feat.setAttributes([None if (isinstance(v, float) and not np.isfinite(v)) else v for v in values])
        sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
    return dest
