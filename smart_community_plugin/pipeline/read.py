"""One read of a scheme: every role's layer into the core's inputs in one working CRS, sources recorded once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

import shapely

from ..core.errors import InputError
from ..core.inputs import ReviewInputs
from ..core.messages import message
from ..core.parameters import ReviewParameters
from ..core.results import Finding, ReviewResult, Severity
from ..core.review import run_review
from ..standard.model import Standard

if TYPE_CHECKING:   # QGIS only where layers are read: a Dask worker imports Reviewed without QGIS
    from qgis.core import QgsCoordinateReferenceSystem

    from ..layers.reader import LayerReader
    from .scheme import Scheme

REQUIRED = ("community", "buildings", "facilities")


def reader_for(scheme: Scheme, anchor: str = "community",
               target_crs: Optional[QgsCoordinateReferenceSystem] = None) -> LayerReader:
    """A reader whose working CRS comes from the anchor role's layer (the community for a review)."""
    from ..layers.reader import LayerReader

    layer = scheme.get(anchor)
    if layer is None:
        raise InputError.of("error.layer.missing_role", role=anchor)
    return LayerReader(layer, scheme.fields, target_crs, anchor)


def read_inputs(scheme: Scheme, standard: Standard) -> ReviewInputs:
    """Everything the review reads, in the working CRS of the community, with findings and sources."""
    missing = scheme.missing(REQUIRED)
    if missing:
        raise InputError.of("error.layers.missing", roles=missing)
    reader = reader_for(scheme)
    comm = reader.community(scheme["community"])
    b = reader.buildings(scheme["buildings"])
    fac = reader.facilities(scheme["facilities"], standard)
    comp = reader.compounds(scheme.get("compounds"))
    if len(b) == 0:
        reader.findings.append(Finding(Severity.WARNING, "buildings", message("finding.buildings.none")))
    if len(fac) == 0:
        reader.findings.append(Finding(Severity.WARNING, "facilities", message("finding.facilities.none")))
    roads = reader.roads(scheme.get("roads"))
    gates = reader.points(scheme.get("gates"), "gates")
    entrances = reader.points(scheme.get("entrances"), "entrances")
    play = reader.polygons(scheme.get("play_areas"), "play_areas")
    green = reader.green_spaces(scheme.get("green_spaces"))
    crs = {"working": reader.crs.authid(), "working_name": reader.crs.description(),
           "inputs": {k: v["crs"] for k, v in reader.sources.items() if k in ("community", "buildings",
                                                                                "facilities", "compounds")}}
    return ReviewInputs(community=comm, buildings=b, facilities=fac, compounds=comp, roads=roads,
                        gates=gates, entrances=entrances, play_areas=play, green_spaces=green,
                        fire_lanes=reader.fire_lanes, findings=reader.findings, crs=crs,
                        sources=reader.sources, lonlat=reader.lonlat(shapely.centroid(comm.geometry)))


@dataclass
class Reviewed:
    """A review and the inputs it read (in the working CRS), for the writers and the map tools."""

    inputs: ReviewInputs
    result: ReviewResult


def review(scheme: Scheme, standard: Standard, params: ReviewParameters = ReviewParameters(),
           progress: Optional[Callable[[float, str], bool]] = None) -> Reviewed:
    """Read the scheme once and review it; the result carries the inputs' sources (6.4.2)."""
    inputs = read_inputs(scheme, standard)
    return review_inputs(inputs, standard, params, progress)


def review_inputs(inputs: ReviewInputs, standard: Standard, params: ReviewParameters = ReviewParameters(),
                  progress: Optional[Callable[[float, str], bool]] = None) -> Reviewed:
    """Review inputs read before (the workbench reads on the main thread, reviews in a task)."""
    result = run_review(inputs, standard, params, progress)
    result.sources = inputs.sources
    return Reviewed(inputs, result)
