"""New planning project: the template GeoPackage, its layers added to the project, styled, with forms."""

from __future__ import annotations

import os

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from ..layers.schema import PLANNING_LAYERS
from ..layers.styling import style_planning_layer
from ..layers.template import SMART_TABLE
from ..pipeline.template import create_template
from ..standard.model import Standard

# Drawn from the bottom up: the boundary under everything, facilities on top.
DRAW_ORDER = ("community", "compounds", "buildings", "roads", "facilities")


def _open(path: str | os.PathLike, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise OSError(f"Cannot open layer {name} of {path}")
    return layer


def create_planning_project(path: str | os.PathLike, crs: QgsCoordinateReferenceSystem, standard: Standard,
                            project: QgsProject) -> list[QgsVectorLayer]:
    """Write the template and add its layers (top layer first in the legend); the map layers added. The
    file dialog asked before replacing a file; a file the project's layers come from is never replaced."""
    create_template(path, crs, overwrite=True, standard=standard,
                    protect=[layer.source() for layer in project.mapLayers().values()])
    names = [spec.name for spec in PLANNING_LAYERS]
    group = project.layerTreeRoot().insertGroup(0, "智慧社区规划 Planning")
    # The facilities form's multi-select reads this table, so it is in the project (at the bottom).
    smart_table = _open(path, SMART_TABLE)
    project.addMapLayer(smart_table, False)
    added = []
    for name in reversed(DRAW_ORDER):
        if name not in names:
            continue
        layer = _open(path, name)
        style_planning_layer(layer, name, standard, smart_table)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        added.append(layer)
    group.addLayer(smart_table)
    return added
