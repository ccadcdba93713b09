"""Review QGIS layers end to end: read, check, write JSON and GeoPackage. Used by every front end."""

from __future__ import annotations

import os
from typing import Callable, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from ..core.inputs import ReviewInputs
from ..core.parameters import ReviewParameters
from ..core.results import ReviewResult
from ..core.review import run_review
from ..standard.model import Standard
from .atomic import write_json
from .reader import DEFAULT_FIELDS, InputFields, read_inputs
from .writer import write_result_gpkg


def run_layers(community: QgsVectorLayer, buildings: QgsVectorLayer, facilities: QgsVectorLayer,
               standard: Standard, params: ReviewParameters = ReviewParameters(),
               compounds: Optional[QgsVectorLayer] = None, fields: InputFields = DEFAULT_FIELDS,
               progress: Optional[Callable[[float, str], bool]] = None,
               roads: Optional[QgsVectorLayer] = None, gates: Optional[QgsVectorLayer] = None,
               entrances: Optional[QgsVectorLayer] = None,
               play_areas: Optional[QgsVectorLayer] = None) -> tuple[ReviewInputs, ReviewResult]:
    """Read the layers and review them; the inputs (in the working CRS) come back with the result."""
    inputs = read_inputs(community, buildings, facilities, standard, compounds, fields, roads, gates, entrances,
                         play_areas)
    inputs.crs["sources"] = inputs.sources
    return inputs, run_review(inputs, standard, params, progress)


def review_layers(community: QgsVectorLayer, buildings: QgsVectorLayer, facilities: QgsVectorLayer,
                  standard: Standard, params: ReviewParameters = ReviewParameters(),
                  compounds: Optional[QgsVectorLayer] = None, fields: InputFields = DEFAULT_FIELDS,
                  output_json: Optional[str | os.PathLike] = None,
                  output_gpkg: Optional[str | os.PathLike] = None, overwrite: bool = True,
                  progress: Optional[Callable[[float, str], bool]] = None,
                  roads: Optional[QgsVectorLayer] = None, gates: Optional[QgsVectorLayer] = None,
                  entrances: Optional[QgsVectorLayer] = None,
                  play_areas: Optional[QgsVectorLayer] = None) -> ReviewResult:
    """Run the review on layers and write the requested outputs; inputs are never modified."""
    inputs, result = run_layers(community, buildings, facilities, standard, params, compounds, fields,
                                progress, roads, gates, entrances, play_areas)
    if output_gpkg:
        write_result_gpkg(output_gpkg, result, inputs,
                          QgsCoordinateReferenceSystem(inputs.crs["working"]), overwrite)
    if output_json:
        data = result.to_dict()
        data["sources"] = inputs.sources
        write_json(output_json, data, overwrite)
    return result
