"""A new planning template GeoPackage, written under the output contract."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem

from ..layers.schema import PLANNING_LAYERS
from ..layers.template import template_layers
from ..standard.model import Standard
from .outputs import Outputs


def create_template(path: str | os.PathLike, crs: QgsCoordinateReferenceSystem, overwrite: bool = False,
                    standard: Optional[Standard] = None, protect: Iterable = ()) -> list[str]:
    """Write the planning layers and the smart-requirements table; the planning layers' names. Files in
    `protect` (the project's layers) are never written over."""
    with Outputs(protect, overwrite) as outputs:
        outputs.vector(path, template_layers(crs, standard))
    return [spec.name for spec in PLANNING_LAYERS]
