"""Create an empty planning GeoPackage with the layers and fields of the schema."""

from __future__ import annotations

import os

from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

from .atomic import atomic_path
from .schema import PLANNING_LAYERS
from .writer import write_layer


def create_template(path: str | os.PathLike, crs: QgsCoordinateReferenceSystem,
                    overwrite: bool = False) -> list[str]:
    """Write the planning layers (community, compounds, buildings, facilities, roads); their names."""
    if not crs.isValid():
        raise ValueError("The template needs a valid CRS.")
    with atomic_path(path, overwrite) as tmp:
        tmp.unlink()
        for n, spec in enumerate(PLANNING_LAYERS):
            write_layer(str(tmp), spec.name, QgsWkbTypes.parseType(spec.geometry), crs,
                        [(f.name, f.type) for f in spec.fields], [], first=(n == 0))
    return [spec.name for spec in PLANNING_LAYERS]
