"""Read QGIS vector layers, role by role, into the core's containers in one metric working CRS."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Optional

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.errors import InputError
from ..core.inputs import FACILITY_NUMBERS, Buildings, Community, Compounds, Facilities, GreenSpaces, Roads
from ..core.messages import message
from ..core.privacy import quote
from ..core.results import Finding, Severity
from ..core.values import KIND_WORDS, floats, map_distinct, number, parse_smart_features, status_of, suggest_status, text
from ..standard.model import Standard
from .crs import working_crs
from .osm_tags import is_walkable, osm_other_tags, road_level
from .provenance import PROVENANCE_FIELDS, layer_record
from .raw_read import RawLayer, read_raw
from .roles import DEFAULT_FIELDS, ROLES, InputFields
from .schema import layer_spec
from .vetting import vet


def _building_limits() -> dict[str, tuple[str, float, float]]:
    """Plausible ranges of the buildings' numbers: the planning schema's, so validation and review agree.
    Each is (the schema's field name, lowest, highest)."""
    spec = {f.name: f for f in layer_spec("buildings").fields}
    out = {key: (name, spec[name].minimum, spec[name].maximum) for key, name in (
        ("floors", "floors"), ("height", "height_m"), ("households", "households"), ("population", "population"))}
    out["ground"] = ("ground_m", -1000.0, 9000.0)   # metres above sea level, Dead Sea to Everest
    return out


BUILDING_LIMITS = _building_limits()


GEOMETRY_WORDS = {QgsWkbTypes.GeometryType.PointGeometry: "point", QgsWkbTypes.GeometryType.LineGeometry: "line",
                  QgsWkbTypes.GeometryType.PolygonGeometry: "polygon", QgsWkbTypes.GeometryType.NullGeometry: "none"}


def has_known_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """A CRS that places data on the earth: valid, with known units and a PROJ definition."""
    return (crs.isValid() and crs.mapUnits() != Qgis.DistanceUnit.Unknown and bool(crs.toProj())
            and not crs.description().startswith("Undefined"))


def check_layer(layer: Optional[QgsVectorLayer], role: str) -> QgsVectorLayer:
    """The layer, when it is open, placed on the earth and of the role's geometry type; else InputError."""
    allowed = ROLES[role].geometry
    if layer is None or not layer.isValid():
        raise InputError.of("error.layer.cannot_open", role=role)
    if not has_known_crs(layer.crs()):
        raise InputError.of("error.layer.no_crs", role=role, layer_name=layer.name())
    gtype = QgsWkbTypes.geometryType(layer.wkbType())
    if gtype not in allowed:
        raise InputError.of("error.layer.wrong_geometry", role=role, layer_name=layer.name(),
                            found=GEOMETRY_WORDS.get(gtype, "unknown"),
                            expected=[GEOMETRY_WORDS.get(a, "unknown") for a in allowed])
    return layer


class LayerReader:
    """Reads layers for one review, all into one working CRS, collecting findings and their sources."""

    def __init__(self, anchor: QgsVectorLayer, fields: InputFields = DEFAULT_FIELDS,
                 target_crs: Optional[QgsCoordinateReferenceSystem] = None, anchor_role: str = "community"):
        """The working CRS comes from the anchor layer (the community boundary for a review)."""
        self.fields = fields
        self.findings: list[Finding] = []
        self.sources: dict[str, Any] = {}
        self.fire_lanes: Optional[np.ndarray] = None
        check_layer(anchor, anchor_role)
        self.crs = target_crs or working_crs(anchor.crs(), anchor.extent())
        if not self.crs.isValid():
            raise InputError.of("error.layer.no_working_crs", role=anchor_role)
        self.context = QgsProject.instance().transformContext()

    # --- generic -------------------------------------------------------------------------
    def _field(self, layer: QgsVectorLayer, role: str, wanted: str, default: str,
               required: bool = False) -> Optional[str]:
        """The field to read, or None. A non-default name that is absent is an error."""
        if not wanted:
            return None
        if layer.fields().lookupField(wanted) >= 0:
            return wanted
        if required or wanted != default:
            raise InputError.of("error.layer.no_field", role=role, layer_name=layer.name(), wanted=wanted,
                                names=", ".join(layer.fields().names()))
        return None

    def read(self, layer: QgsVectorLayer, role: str, wanted: dict[str, Optional[str]]) -> RawLayer:
        """The usable features of a layer in the working CRS, with the wanted columns; the rest are findings."""
        columns = {key: n for key, n in wanted.items() if n}
        names = layer.fields().names()
        for key in PROVENANCE_FIELDS:
            if key in names and key not in columns.values():
                columns[f"_{key}"] = key
        raw = read_raw(layer, role, columns, self.crs, self.context)
        raw = vet(raw, role, self.findings)
        self.sources[role] = layer_record(
            layer, len(raw.fids),
            *(raw.attrs.pop(f"_{key}", raw.attrs.get(key)) if key in names else None for key in PROVENANCE_FIELDS))
        return raw

    # --- layers --------------------------------------------------------------------------
    def community(self, layer: QgsVectorLayer) -> Community:
        """The boundary as one (multi)polygon and its first name, kind and population."""
        f = self.fields
        wanted = {"name": self._field(layer, "community", f.community_name, DEFAULT_FIELDS.community_name),
                  "kind": self._field(layer, "community", f.community_kind, DEFAULT_FIELDS.community_kind),
                  "population": self._field(layer, "community", f.community_population,
                                            DEFAULT_FIELDS.community_population)}
        for extra in ("children_3_6", "children_0_3", "declarations"):
            wanted[extra] = self._field(layer, "community", extra, extra)
        r = self.read(layer, "community", wanted)
        polys = [g for g in r.geoms if shapely.get_type_id(g) in (3, 6, 7)]
        if not polys:
            raise InputError.of("error.community.no_polygon", layer_name=layer.name())
        if len(polys) > 1:
            self.findings.append(Finding(Severity.INFO, "community", message("finding.community.merged",
                                                                             count=len(polys))))
        geom = shapely.union_all(polys)
        kinds = [text(v).lower() for v in r.attrs.get("kind", [])]
        kind = KIND_WORDS.get(next((k for k in kinds if k), ""), "")
        if not kind:
            self.findings.append(Finding(Severity.INFO, "community", message("finding.community.no_kind"),
                                         field=wanted["kind"]))
        pops = [p for p in (number(v) for v in r.attrs.get("population", [])) if math.isfinite(p)]
        if any(p < 0 for p in pops):
            raise InputError.of("error.community.negative_population")
        name = next((text(v)[:200] for v in r.attrs.get("name", []) if text(v)), layer.name())
        children = {}
        for key in ("children_3_6", "children_0_3"):
            values = [v for v in (number(x) for x in r.attrs.get(key, [])) if math.isfinite(v) and v >= 0]
            if values:
                children[key] = float(sum(values))
        declared = frozenset(code for v in r.attrs.get("declarations", []) for code in parse_smart_features(v))
        return Community(geom, name, kind or "new", float(sum(pops)) if pops else None, declared, children)

    def buildings(self, layer: QgsVectorLayer) -> Buildings:
        """Buildings with use, floors, height, households and population (NaN where missing or absurd)."""
        check_layer(layer, "buildings")
        f, d = self.fields, DEFAULT_FIELDS
        wanted = {"use": self._field(layer, "buildings", f.building_use, d.building_use),
                  "floors": self._field(layer, "buildings", f.building_floors, d.building_floors),
                  "height": self._field(layer, "buildings", f.building_height, d.building_height),
                  "households": self._field(layer, "buildings", f.building_households, d.building_households),
                  "population": self._field(layer, "buildings", f.building_population, d.building_population),
                  "ground": self._field(layer, "buildings", f.building_ground, d.building_ground)}
        r = self.read(layer, "buildings", wanted)
        n = len(r.fids)

        def numbers(key: str) -> np.ndarray:
            if key not in r.attrs:
                return np.full(n, np.nan)
            name, low, high = BUILDING_LIMITS[key]
            out = floats(r.attrs[key])
            bad = (out < low) | (out > high)
            for k in np.flatnonzero(bad):
                self.findings.append(Finding(Severity.WARNING, "buildings", message(
                    "finding.buildings.out_of_range", field=name, value=out[k], low=low, high=high),
                    feature_id=int(r.fids[k]), field=wanted[key]))
            out[bad] = np.nan
            return out

        if "use" in r.attrs:
            values = {v.lower() for v in f.residential_values}
            residential = map_distinct(r.attrs["use"], lambda u: u.strip().lower() in values).astype(bool)
        else:
            residential = np.ones(n, dtype=bool)
            self.findings.append(Finding(Severity.INFO, "buildings", message("finding.buildings.no_use")))
        return Buildings(r.fids, r.geoms, residential, numbers("floors"), numbers("height"),
                         numbers("households"), numbers("population"),
                         numbers("ground") if "ground" in r.attrs else None)

    def facilities(self, layer: QgsVectorLayer, standard: Standard) -> Facilities:
        """Facilities with their type codes; unknown types are reported and left out."""
        check_layer(layer, "facilities")
        if layer.featureCount() == 0:
            # Reviewed as a scheme with no facilities; the fields of an empty layer do not matter.
            self.sources["facilities"] = layer_record(layer, 0)
            return Facilities.empty()
        f, d = self.fields, DEFAULT_FIELDS
        wanted = {"type": self._field(layer, "facilities", f.facility_type, d.facility_type, required=True),
                  "status": self._field(layer, "facilities", f.facility_status, d.facility_status),
                  "name": self._field(layer, "facilities", f.facility_name, d.facility_name),
                  "smart": self._field(layer, "facilities", f.facility_smart, d.facility_smart),
                  "centre": self._field(layer, "facilities", f.facility_centre, d.facility_centre)}
        for key in FACILITY_NUMBERS:
            wanted[key] = self._field(layer, "facilities", f.facility_numbers.get(key, key), key)
        r = self.read(layer, "facilities", wanted)
        n = len(r.fids)
        matcher = standard.matcher
        raw_types = map_distinct(r.attrs["type"], str.strip)
        codes = map_distinct(r.attrs["type"], matcher.match)
        # Names read through the intake vocabulary (卫生站 -> health_station) are said once per spelling.
        aliased = Counter(t for t, c in zip(raw_types, codes) if c and t.lower() not in matcher.exact)
        for raw in sorted(aliased):
            self.findings.append(Finding(Severity.INFO, "facilities", message(
                "finding.facilities.alias", value=quote(raw, 80), matched=matcher.match(raw), count=aliased[raw]),
                field=wanted["type"]))
        for k in np.flatnonzero(codes == None):  # noqa: E711 (element-wise comparison)
            near = matcher.suggest(raw_types[k])
            self.findings.append(Finding(Severity.WARNING, "facilities", message(
                "finding.facilities.unknown_type", value=quote(raw_types[k], 80), suggestion_code=near,
                suggestion=None if near is None else standard.type_names_of(near)),
                feature_id=int(r.fids[k]), field=wanted["type"]))
        if "status" in r.attrs:
            raw_status = map_distinct(r.attrs["status"], lambda u: u.strip().lower())
            status = map_distinct(raw_status, status_of)
        else:
            raw_status = status = np.full(n, "existing", dtype=object)
        keep = np.flatnonzero(codes != None)  # noqa: E711
        for k in keep[status[keep] == "unknown"]:
            near = suggest_status(str(raw_status[k]))
            self.findings.append(Finding(Severity.WARNING, "facilities", message(
                "finding.facilities.unknown_status", value=quote(raw_status[k], 80),
                suggestion=near[1] if near else None, suggestion_code=near[0] if near else None),
                feature_id=int(r.fids[k]), field=wanted["status"]))

        def column(key: str, convert: Any, default: Any) -> np.ndarray:
            if key not in r.attrs:
                return np.full(len(keep), default, dtype=object)
            return map_distinct(r.attrs[key], convert)[keep]

        numbers = {key: (floats(r.attrs[key])[keep] if key in r.attrs else np.full(len(keep), np.nan))
                   for key in FACILITY_NUMBERS}
        for key, values in numbers.items():
            for k in np.flatnonzero(values < 0):
                self.findings.append(Finding(Severity.WARNING, "facilities", message("finding.facilities.negative",
                                                                                     field=key),
                                             feature_id=int(r.fids[keep[k]]), field=wanted[key]))
            values[values < 0] = np.nan
        smart = column("smart", parse_smart_features, frozenset())
        return Facilities(
            fids=r.fids[keep], geometries=r.geoms[keep], types=codes[keep], status=status[keep],
            names=column("name", lambda s: s.strip()[:200], ""), numbers=numbers, smart_features=list(smart),
            centre=column("centre", lambda s: s.strip()[:200], ""))

    def compounds(self, layer: Optional[QgsVectorLayer]) -> Optional[Compounds]:
        """Gated compounds; without a gated field every compound counts as gated."""
        if layer is None:
            return None
        check_layer(layer, "compounds")
        f = self.fields
        wanted = {"gated": self._field(layer, "compounds", f.compound_gated, DEFAULT_FIELDS.compound_gated),
                  "name": self._field(layer, "compounds", f.compound_name, DEFAULT_FIELDS.compound_name)}
        r = self.read(layer, "compounds", wanted)
        gated = floats(r.attrs["gated"]) != 0 if "gated" in r.attrs else np.ones(len(r.fids), dtype=bool)
        names = np.array([text(v)[:200] for v in r.attrs.get("name", [""] * len(r.fids))], dtype=object)
        return Compounds(r.fids, r.geoms, gated, names)

    def lonlat(self, point: Any) -> tuple[float, float]:
        """Longitude and latitude (WGS 84) of a point in the working CRS."""
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        try:
            p = QgsCoordinateTransform(self.crs, wgs84, self.context).transform(QgsPointXY(point.x, point.y))
        except QgsCsException as exc:
            raise InputError.of("error.scheme.not_on_earth", x=point.x, y=point.y, crs=self.crs.authid()) from exc
        if not (math.isfinite(p.x()) and math.isfinite(p.y()) and abs(p.y()) <= 90):
            raise InputError.of("error.scheme.not_on_earth", x=point.x, y=point.y, crs=self.crs.authid())
        return p.x(), p.y()

    def green_spaces(self, layer: Optional[QgsVectorLayer]) -> Optional[GreenSpaces]:
        """Public green and open space: polygons with name, emergency_shelter (1/0) and smart_features."""
        if layer is None:
            return None
        check_layer(layer, "green_spaces")
        wanted = {key: (key if layer.fields().lookupField(key) >= 0 else None)
                  for key in ("name", "emergency_shelter", "smart_features")}
        r = self.read(layer, "green_spaces", wanted)
        n = len(r.fids)
        names = np.array([text(v)[:200] for v in r.attrs.get("name", [""] * n)], dtype=object)
        shelter = (floats(r.attrs["emergency_shelter"]) == 1 if "emergency_shelter" in r.attrs
                   else np.zeros(n, dtype=bool))
        smart = [parse_smart_features(v) for v in r.attrs.get("smart_features", [None] * n)]
        return GreenSpaces(r.fids, r.geoms, names, shelter, smart)

    def polygons(self, layer: Optional[QgsVectorLayer], role: str) -> Optional[np.ndarray]:
        """The polygons of a layer such as the activity grounds, in the working CRS."""
        if layer is None:
            return None
        check_layer(layer, role)
        return self.read(layer, role, {}).geoms

    def candidates(self, layer: QgsVectorLayer) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate sites (points or parcels): (xy, feature ids, land area m²: the land_area_m2 field, else
        the parcel's area, else NaN)."""
        check_layer(layer, "candidates")
        field = "land_area_m2" if layer.fields().lookupField("land_area_m2") >= 0 else None
        r = self.read(layer, "candidates", {"land": field} if field else {})
        geoms = r.geoms
        xy = shapely.get_coordinates(shapely.point_on_surface(geoms)) if len(geoms) else np.empty((0, 2))
        area = shapely.area(geoms) if len(geoms) else np.empty(0)
        land = np.where(area > 0, area, np.nan)
        if field:
            land = np.where(np.isfinite(given := floats(r.attrs["land"])), given, land)
        return xy, r.fids, land

    def points(self, layer: Optional[QgsVectorLayer], role: str) -> Optional[np.ndarray]:
        """Coordinates (n x 2, working CRS) of a point layer such as gates or entrances (one per multipoint part)."""
        if layer is None:
            return None
        check_layer(layer, role)
        r = self.read(layer, role, {})
        return shapely.get_coordinates(r.geoms) if len(r.geoms) else np.empty((0, 2))

    def windows(self, layer: Optional[QgsVectorLayer]) -> Optional[dict[str, np.ndarray]]:
        """Window points with facing_deg (required) and sill_m, for the sunlight analysis."""
        if layer is None:
            return None
        check_layer(layer, "windows")
        names = {key: key if layer.fields().lookupField(key) >= 0 else None for key in ("facing_deg", "sill_m")}
        if names["facing_deg"] is None:
            raise InputError.of("error.windows.no_facing", layer_name=layer.name())
        r = self.read(layer, "windows", names)
        single = np.array([shapely.get_type_id(g) == 0 for g in r.geoms], dtype=bool)
        if not single.all():
            self.findings.append(Finding(Severity.WARNING, "windows", message("finding.windows.multipoint")))
            r = r.take(single)
        n = len(r.fids)
        return {"windows": shapely.get_coordinates(r.geoms) if n else np.empty((0, 2)),
                "window_facing": floats(r.attrs["facing_deg"]),
                "window_sill": floats(r.attrs["sill_m"]) if "sill_m" in r.attrs else np.full(n, np.nan),
                "window_fids": r.fids}

    def roads(self, layer: Optional[QgsVectorLayer]) -> Optional[Roads]:
        """Walkable lines with levels; fields walkable/highway/layer/bridge/tunnel/foot/access or OSM other_tags."""
        if layer is None:
            return None
        check_layer(layer, "roads")
        f = self.fields
        names = {"walkable": f.road_walkable, "highway": f.road_highway, "layer": "layer", "bridge": "bridge",
                 "tunnel": "tunnel", "foot": "foot", "access": "access", "other_tags": "other_tags",
                 "fire_lane": "fire_lane"}
        wanted = {key: (n if layer.fields().lookupField(n) >= 0 else None) for key, n in names.items()}
        r = self.read(layer, "roads", wanted)
        keys = [k for k in wanted if k in r.attrs and k not in ("other_tags", "fire_lane")]
        # Fire lanes (消防通道, 5.2.4-1) whether or not people may walk them.
        self.fire_lanes = r.geoms[floats(r.attrs["fire_lane"]) == 1] if "fire_lane" in r.attrs else None
        classified = "highway" in r.attrs or "other_tags" in r.attrs
        walk = np.zeros(len(r.fids), dtype=bool)
        level = np.zeros(len(r.fids), dtype=np.int64)
        for k in range(len(r.fids)):
            tags = osm_other_tags(r.attrs["other_tags"][k]) if "other_tags" in r.attrs else {}
            for key in keys:
                value = r.attrs[key][k]
                word = text(value) if not isinstance(value, float) else ("" if np.isnan(value) else f"{value:g}")
                if word:
                    tags[key] = word
            walk[k] = is_walkable(tags, classified)
            level[k] = road_level(tags)
        dropped = int((~walk).sum())
        if dropped:
            self.findings.append(Finding(Severity.INFO, "roads", message("finding.roads.not_walkable", count=dropped)))
        return Roads(r.fids[walk], r.geoms[walk], level[walk])
