"""The roles a scheme's layers play (community, buildings, facilities ...), their geometry and their field names."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsWkbTypes

from ..core.inputs import FACILITY_NUMBERS
from ..i18n import tr_noop

_POINT, _LINE, _POLYGON = (QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.LineGeometry,
                           QgsWkbTypes.GeometryType.PolygonGeometry)


@dataclass(frozen=True)
class Role:
    """One layer of a scheme: its name (also the layer's name in a planning GeoPackage), label and geometry."""

    name: str
    label: str                               # English, marked for translation
    geometry: tuple[int, ...]                # QGIS geometry types the layer may have
    shapes: tuple[int, ...]                  # shapely type ids a feature may have
    required: bool = False                   # a review cannot run without it

    @property
    def parameter(self) -> str:
        """The Processing parameter that takes this layer."""
        return self.name.upper()


# Shapely type ids: 0 point, 1 line, 3 polygon, 4 multipoint, 5 multiline, 6 multipolygon, 7 collection.
ROLES: dict[str, Role] = {r.name: r for r in (
    Role("community", tr_noop("Community boundary"), (_POLYGON,), (3, 6, 7), required=True),
    Role("buildings", tr_noop("Buildings"), (_POLYGON,), (3, 6), required=True),
    Role("facilities", tr_noop("Facilities"), (_POINT, _POLYGON), (0, 3, 4, 6), required=True),
    Role("compounds", tr_noop("Gated compounds"), (_POLYGON,), (3, 6)),
    Role("roads", tr_noop("Roads and paths (for walking distances)"), (_LINE,), (1, 5)),
    Role("gates", tr_noop("Compound gates (points in the walls; optional)"), (_POINT,), (0, 4)),
    Role("entrances", tr_noop("Building entrances (points; optional)"), (_POINT,), (0, 4)),
    Role("play_areas", tr_noop("Kindergarten and nursery activity grounds (polygons; optional)"), (_POLYGON,),
         (3, 6)),
    Role("green_spaces", tr_noop("Public green and open space (polygons: emergency_shelter, smart_features; optional)"),
         (_POLYGON,), (3, 6)),
    Role("windows", tr_noop("Windows (points on walls: facing_deg, sill_m; optional)"), (_POINT,), (0, 4)),
    Role("candidates", tr_noop("Candidate sites (points or parcels; empty: a grid)"), (_POINT, _POLYGON),
         (0, 3, 4, 6)),
)}
# The layers a review reads, in the order they are read.
REVIEW_ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates", "entrances", "play_areas",
                "green_spaces")


@dataclass(frozen=True)
class InputFields:
    """Field names in the input layers; defaults are the planning template's names."""

    community_name: str = "name"
    community_kind: str = "kind"
    community_population: str = "population"
    building_use: str = "use"
    building_floors: str = "floors"
    building_height: str = "height_m"
    building_households: str = "households"
    building_population: str = "population"
    building_ground: str = ""          # ground elevation (m); empty: all on one level
    facility_type: str = "facility_type"
    facility_status: str = "status"
    facility_name: str = "name"
    facility_smart: str = "smart_features"
    facility_centre: str = "centre"
    facility_numbers: dict[str, str] = field(default_factory=lambda: {k: k for k in FACILITY_NUMBERS})
    compound_gated: str = "gated"
    compound_name: str = "name"
    road_walkable: str = "walkable"
    road_highway: str = "highway"
    residential_values: tuple[str, ...] = ("residential", "住宅", "居住")


DEFAULT_FIELDS = InputFields()
