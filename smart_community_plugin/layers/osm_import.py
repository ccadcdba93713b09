"""OpenStreetMap (.osm / .osm.pbf, read by QGIS's OSM driver) into a planning GeoPackage."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.errors import Cancelled, InputError
from ..standard.model import Standard
from .crs import working_crs
from .osm_tags import is_walkable, osm_other_tags
from .schema import PLANNING_LAYERS
from .vector_write import LayerData

RESIDENTIAL = frozenset({"residential", "apartments", "house", "detached", "semidetached_house", "terrace",
                         "dormitory", "bungalow"})
# OSM polygons read as public green and open space (4.4.1).
GREEN_LEISURE = ("park", "garden", "common", "nature_reserve")
GREEN_LANDUSE = ("grass", "village_green", "recreation_ground")
# Keys the driver gives a column of their own; everything else is in other_tags.
OWN_COLUMNS = ("name", "highway", "building", "amenity", "leisure", "shop", "craft", "man_made", "barrier",
               "landuse")


class OsmImportError(InputError):
    """The file cannot be read as OpenStreetMap data."""


@dataclass
class OsmImport:
    """What was imported, per planning layer, and the types of the facilities found."""

    counts: dict[str, int] = field(default_factory=dict)
    facility_types: dict[str, int] = field(default_factory=dict)
    crs: str = ""


def _tags(feat: Any, names: list[str]) -> dict[str, str]:
    tags = osm_other_tags(feat["other_tags"]) if "other_tags" in names else {}
    for key in OWN_COLUMNS:
        if key in names:
            v = feat[key]
            if v not in (None, "") and str(v) != "NULL":
                tags[key] = str(v)
    return tags


def _number(text: Optional[str]) -> Optional[float]:
    if not text:
        return None
    try:
        return float(str(text).split(";")[0].replace("m", "").replace(",", ".").strip())
    except ValueError:
        return None


def _polygons(shape: Any) -> Any:
    """The polygon parts of a (repaired) shape as one multipolygon; None when there are none."""
    parts = shapely.get_parts(shapely.get_parts(shapely.make_valid(shape)))
    polys = [p for p in parts if shapely.get_type_id(p) == 3]
    return shapely.multipolygons(polys) if polys else None


def _int(v: Optional[float]) -> Optional[int]:
    return None if v is None else int(round(v))


def _layer(path: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise OsmImportError.of("error.osm.no_layer", path=str(path), name=name)
    return layer


def _features(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem,
              extent: Optional[QgsRectangle]) -> Any:
    request = QgsFeatureRequest().setDestinationCrs(crs, QgsCoordinateTransformContext())
    if extent is not None:
        request.setFilterRect(extent)
    return layer.getFeatures(request)


def read_osm(path: str, standard: Standard, extent_lonlat: Optional[QgsRectangle] = None,
             progress: Optional[Callable[[float], bool]] = None) -> tuple[list[LayerData], OsmImport]:
    """Buildings (levels, height, use), facilities by tags, the walkable network as planning layers (the
    community left empty for the planner); what was found."""
    if not os.path.isfile(path):
        raise OsmImportError.of("error.osm.missing", path=str(path))
    if os.path.getsize(path) == 0:
        raise OsmImportError.of("error.osm.empty", path=str(path))
    points, lines, polygons = (_layer(path, n) for n in ("points", "lines", "multipolygons"))
    extent = QgsRectangle(extent_lonlat) if extent_lonlat is not None else None
    if extent is None:
        # The driver reports no extent before reading; the lines give it cheaply enough.
        extent = QgsRectangle()
        for f in lines.getFeatures(QgsFeatureRequest().setNoAttributes()):
            extent.combineExtentWith(f.geometry().boundingBox())
    if extent.isNull():
        raise OsmImportError.of("error.osm.no_ways", path=str(path))
    if extent.isEmpty():
        extent.grow(1e-4)   # one straight street: a line, not yet an area (about 10 m either side)
    crs = working_crs(QgsCoordinateReferenceSystem("EPSG:4326"), extent)
    matcher = standard.matcher
    source = f"OpenStreetMap contributors (ODbL), {os.path.basename(path)}"
    entered = dt.datetime.now().replace(microsecond=0).isoformat()
    result = OsmImport(crs=crs.authid())
    skipped = 0
    buildings, facilities, roads, greens = [], [], [], []
    request_extent = extent_lonlat
    say = progress or (lambda _f: True)
    for n, layer in enumerate((polygons, points, lines)):
        names = layer.fields().names()
        for feat in _features(layer, crs, request_extent):
            g = feat.geometry()
            if g.isNull() or g.isEmpty():
                continue
            shape = shapely.from_wkb(bytes(g.asWkb()), on_invalid="ignore")
            if shape is None or shapely.is_empty(shape):
                skipped += 1          # degenerate rings in the data; nothing to import
                continue
            tags = _tags(feat, names)
            name = tags.get("name", "")[:200]
            if layer is polygons and "building" in tags:
                kind = tags["building"]
                buildings.append((_polygons(shape),
                                  [name, "residential" if kind in RESIDENTIAL else kind,
                                   _int(_number(tags.get("building:levels"))), _number(tags.get("height")),
                                   None, None, source, entered]))
            if layer is polygons and (tags.get("leisure") in GREEN_LEISURE or tags.get("landuse") in GREEN_LANDUSE):
                # Public green and open space (4.4.1); whether it is an emergency shelter OSM does not say.
                greens.append((_polygons(shape), [name, None, None, source, entered]))
            code = matcher.match_tags(tags) if layer is not lines else None
            if code:
                point = shape if shapely.get_type_id(shape) == 0 else shapely.point_on_surface(shapely.make_valid(shape))
                facilities.append((point, {"facility_type": code, "name": name, "status": "existing",
                                           "data_source": source, "entry_time": entered}))
                result.facility_types[code] = result.facility_types.get(code, 0) + 1
            if layer is lines and "highway" in tags:
                walkable = is_walkable(tags, classified=True)
                roads.append((shapely.multilinestrings(shapely.get_parts(shape)),
                              [name, int(walkable), tags["highway"], None, source, entered]))
        if say((n + 1) / 4) is False:
            raise Cancelled.of("error.import.cancelled")
    buildings = [b for b in buildings if b[0] is not None]
    greens = [g for g in greens if g[0] is not None]
    specs = {s.name: s for s in PLANNING_LAYERS}
    fac_fields = [f.name for f in specs["facilities"].fields]
    def spec(name: str) -> list[tuple[str, str]]:
        return [(f.name, f.type) for f in specs[name].fields]

    layers = [LayerData("community", QgsWkbTypes.Type.MultiPolygon, crs, spec("community"), []),
              LayerData("buildings", QgsWkbTypes.Type.MultiPolygon, crs, spec("buildings"), buildings),
              LayerData("facilities", QgsWkbTypes.Type.Point, crs, spec("facilities"),
                        [(g, [v.get(k) for k in fac_fields]) for g, v in facilities]),
              LayerData("roads", QgsWkbTypes.Type.MultiLineString, crs, spec("roads"), roads),
              LayerData("compounds", QgsWkbTypes.Type.MultiPolygon, crs, spec("compounds"), []),
              LayerData("green_spaces", QgsWkbTypes.Type.MultiPolygon, crs, spec("green_spaces"), greens)]
    result.counts = {"buildings": len(buildings), "facilities": len(facilities), "roads": len(roads),
                     "green_spaces": len(greens),
                     "skipped": skipped}
    say(1.0)
    return layers, result
