"""Write (geometry, values) rows to a Processing feature sink."""

from __future__ import annotations

from typing import Any, Callable, Iterable

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsProcessingAlgorithm, QgsProcessingContext,
    QgsFeatureSource, QgsProcessingException, QgsProcessingFeedback,
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


def copy_features(source: QgsFeatureSource, sink: QgsFeatureSink, convert: Callable[[QgsFeature], QgsFeature],
                  feedback: QgsProcessingFeedback) -> None:
    """Every feature of a source through `convert` into a sink, with progress and cancel."""
    total = max(source.featureCount(), 1)
    for n, feat in enumerate(source.getFeatures()):
        if feedback.isCanceled():
            break
        sink.addFeature(convert(feat), QgsFeatureSink.Flag.FastInsert)
        feedback.setProgress(100 * n / total)
