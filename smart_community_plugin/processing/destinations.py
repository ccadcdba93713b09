"""Feature-sink outputs under the output contract: files go through the one staged writer, temporary
outputs become memory layers; QGIS loads them when the run ends, as it does its own sinks."""

from __future__ import annotations

import re
from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)

from ..layers.vector_write import LayerData, memory_layer, to_qgs_geometry
from ..pipeline.outputs import Outputs, file_of

_TABLE = re.compile(r'''table="((?:[^"]|"")*)"''')


def _definition(parameters: dict, name: str) -> Optional[QgsProcessingOutputLayerDefinition]:
    value = parameters.get(name)
    return value if isinstance(value, QgsProcessingOutputLayerDefinition) else None


def sink_wanted(parameters: dict, name: str) -> bool:
    """Whether an optional sink was asked for (QGIS leaves it out, or None, when not)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink.staticValue() if hasattr(value.sink, "staticValue") else value.sink
        return sink not in (None, "")
    return value not in (None, "")


def claim_sink(alg: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext,
               outputs: Outputs) -> str:
    """Resolve a sink's destination and, for a file, check it under the contract before any work."""
    params = dict(parameters)
    if isinstance(params.get(name), QgsProcessingOutputLayerDefinition) and params[name].destinationProject is not None:
        # QGIS would queue the raw destination ("memory:Findings") for loading too, which then "was not generated
        # correctly"; write_sink queues the layer it actually wrote, once.
        unloaded = QgsProcessingOutputLayerDefinition(params[name])
        unloaded.destinationProject = None
        params[name] = unloaded
    dest = alg.parameterAsOutputLayer(params, name, context)
    path = file_of(dest)
    if path is not None and not dest.startswith("memory:"):
        outputs.claim(path)
    return dest


def write_sink(alg: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext,
               outputs: Outputs, data: LayerData) -> str:
    """Write data to the sink's destination; returns the destination id QGIS reports and loads."""
    dest = claim_sink(alg, parameters, name, context, outputs)
    definition = _definition(parameters, name)
    param = alg.parameterDefinition(name)
    if dest.startswith("memory:"):
        data.name = dest[len("memory:"):] or (param.description() if param else name)
        layer = memory_layer(data, outputs.privacy)
        context.temporaryLayerStore().addMapLayer(layer)
        dest_id = layer.id()
    elif file_of(dest) is not None:
        path = file_of(dest)
        table = _TABLE.search(dest)
        into_existing = table is not None
        data.name = table.group(1).replace('""', '"') if table else path.stem
        outputs.vector(path, [data], add_to_existing=into_existing)
        dest_id = f"{path}|layername={data.name}" if path.suffix.lower() == ".gpkg" else str(path)
    else:
        dest_id = _database_sink(alg, parameters, name, context, outputs, data)
    if definition is not None and definition.destinationProject is not None:
        details = QgsProcessingContext.LayerDetails(definition.destinationName or
                                                    (param.description() if param else name),
                                                    definition.destinationProject, name)
        context.addLayerToLoadOnCompletion(dest_id, details)
    return dest_id


def _database_sink(alg: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext,
                   outputs: Outputs, data: LayerData) -> str:
    """A database destination (PostGIS ...): QGIS's own sink; values still pass the privacy filter."""
    from ..layers.vector_write import _kept_fields

    all_fields, kept = _kept_fields(data, outputs.privacy)
    params = dict(parameters)
    if isinstance(params.get(name), QgsProcessingOutputLayerDefinition):
        params[name].destinationProject = None          # write_sink registers it for loading itself
    sink, dest = alg.parameterAsSink(params, name, context, kept, data.wkb_type, data.crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    names = [f.name() for f in all_fields]
    keep = [outputs.privacy.keeps(n) for n in names]
    for geom, values in data.rows:
        feat = QgsFeature()
        if geom is not None:
            feat.setGeometry(to_qgs_geometry(geom))
        feat.setAttributes([v for v, k in zip(outputs.privacy.row(names, values), keep) if k])
        if not sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(f"Cannot write to {dest}: {sink.lastError()}")
    del sink
    return dest
