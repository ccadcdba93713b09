"""Validate a submission (its QGIS layers) against the planning schema before any verdict is trusted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import shapely
from qgis.core import QgsCoordinateTransformContext, QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes

from ..core.field_mapping import FacilityMatcher
from ..core.results import Finding, Severity
from ..core.validation import (
    domain_findings, geometry_findings, outside_findings, overlap_findings, personal_findings, provenance_findings,
    range_findings,
)
from ..standard.model import Standard
from .crs import working_crs
from .reader import _STATUS, DEFAULT_FIELDS, InputError, InputFields, facility_type_lookup, read_inputs
from .schema import layer_spec

ROLES = ("community", "buildings", "facilities", "compounds", "roads")
REQUIRED = ("community", "buildings", "facilities")
GEOMETRY = {"community": (QgsWkbTypes.GeometryType.PolygonGeometry,), "buildings": (QgsWkbTypes.GeometryType.PolygonGeometry,),
            "facilities": (QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.PolygonGeometry),
            "compounds": (QgsWkbTypes.GeometryType.PolygonGeometry,), "roads": (QgsWkbTypes.GeometryType.LineGeometry,)}
SHAPES = {"community": (3, 6), "buildings": (3, 6), "facilities": (0, 3, 4, 6), "compounds": (3, 6), "roads": (1, 5)}


@dataclass
class ValidationResult:
    """Findings of a submission, and where each feature found wanting is (for the findings layer)."""

    findings: list[Finding]
    features: dict[str, int] = field(default_factory=dict)
    locations: dict[tuple[str, int], Any] = field(default_factory=dict)   # (layer, fid) -> shapely point
    crs: str = ""

    @property
    def blocking(self) -> list[Finding]:
        """Errors: a review cannot be trusted (or run) until they are fixed."""
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def counts(self) -> dict[str, int]:
        """Findings per severity."""
        return {s.value: sum(f.severity is s for f in self.findings) for s in Severity}

    def summary(self) -> str:
        """A few plain lines: counts, then the findings per layer."""
        c = self.counts()
        head = (f"{c['error']} blocking, {c['warning']} warnings, {c['info']} notes on "
                + ", ".join(f"{k} ({v})" for k, v in self.features.items()) + ".")
        lines = [head]
        for f in self.findings:
            where = f.layer + (f" #{f.feature_id}" if f.feature_id is not None else "") + (f" [{f.field}]" if f.field else "")
            lines.append(f"{f.severity.value:7s} {where}: {f.message}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"schema": "smart-community-validation/1", "blocking": len(self.blocking), "counts": self.counts(),
                "features": self.features, "crs": self.crs, "findings": [f.to_dict() for f in self.findings]}


def _role_fields(role: str, fields: InputFields) -> dict[str, str]:
    """Schema field name -> the submission's field name, for the fields the checks read."""
    names = {s.name: s.name for s in layer_spec(role).fields}
    if role == "buildings":
        names.update(floors=fields.building_floors, height_m=fields.building_height,
                     households=fields.building_households, population=fields.building_population, use=fields.building_use)
    elif role == "facilities":
        names.update(facility_type=fields.facility_type, status=fields.facility_status, name=fields.facility_name)
        names.update({k: v for k, v in fields.facility_numbers.items() if v})
    elif role == "community":
        names.update(name=fields.community_name, kind=fields.community_kind, population=fields.community_population)
    return {k: v for k, v in names.items() if v}


def _read(layer: QgsVectorLayer, crs: Any, names: list[str]) -> tuple[np.ndarray, np.ndarray, dict[str, list]]:
    request = QgsFeatureRequest().setSubsetOfAttributes(names, layer.fields())
    request.setDestinationCrs(crs, QgsCoordinateTransformContext())
    # Features whose geometry cannot be transformed are still read (and reported), not dropped.
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    idx = {n: layer.fields().lookupField(n) for n in names}
    fids, blobs, attrs = [], [], {n: [] for n in names}
    for feat in layer.getFeatures(request):
        fids.append(feat.id())
        g = feat.geometry()
        blobs.append(None if g.isNull() else bytes(g.asWkb()))
        values = feat.attributes()
        for n, i in idx.items():
            attrs[n].append(values[i])
    geoms = np.empty(len(blobs), dtype=object)
    for k, b in enumerate(blobs):
        if b is not None:
            try:
                geoms[k] = shapely.from_wkb(b)
            except shapely.errors.GEOSException:
                geoms[k] = None
    return np.array(fids, dtype=np.int64), geoms, attrs


def validate_layers(layers: dict[str, Optional[QgsVectorLayer]], standard: Standard,
                    fields: InputFields = DEFAULT_FIELDS) -> ValidationResult:
    """Every check of the submission; the layers are only read."""
    out: list[Finding] = []
    result = ValidationResult(out)
    present = {r: l for r, l in layers.items() if l is not None}
    for role in REQUIRED:
        if role not in present:
            out.append(Finding(Severity.ERROR, role, "Layer missing."))
    for role, layer in list(present.items()):
        if not layer.isValid():
            out.append(Finding(Severity.ERROR, role, f"Layer '{layer.name()}' cannot be opened."))
            del present[role]
        elif layer.geometryType() not in GEOMETRY[role]:
            out.append(Finding(Severity.ERROR, role, f"Geometry type {QgsWkbTypes.geometryDisplayString(layer.geometryType())} "
                               f"where {'/'.join(QgsWkbTypes.geometryDisplayString(g) for g in GEOMETRY[role])} is expected."))
            del present[role]
    for role, layer in present.items():
        crs = layer.crs()
        if not crs.isValid() or not crs.authid() and not crs.toProj():
            out.append(Finding(Severity.ERROR, role, "Unknown coordinate reference system: set the layer's CRS."))
        elif crs.isGeographic():
            out.append(Finding(Severity.WARNING, role, f"Coordinates in degrees ({crs.authid() or crs.description()}): "
                               "distances are measured after reprojection to the site's CGCS2000 zone. Positions "
                               "from Amap or Baidu are GCJ-02/BD-09 and must be converted first."))
    usable = {r: l for r, l in present.items() if l.crs().isValid()}
    if not usable:
        return result
    anchor = usable.get("community") or next(iter(usable.values()))
    work = working_crs(anchor.crs(), anchor.extent())
    if not work.isValid():
        out.append(Finding(Severity.ERROR, "community" if "community" in usable else next(iter(usable)),
                           "The extent is empty or not at a real place: no metric CRS can be chosen. Check the "
                           "coordinates and the layer's CRS."))
        return result
    result.crs = work.authid()
    matcher = FacilityMatcher(facility_type_lookup(standard))
    community_geom = None
    drawable: dict[str, tuple[np.ndarray, np.ndarray]] = {}   # role -> (fids, geometries fit to measure)
    for role, layer in usable.items():
        wanted = _role_fields(role, fields)
        names = layer.fields().names()
        have = {k: v for k, v in wanted.items() if v in names}
        strings = [f.name() for f in layer.fields() if f.type() in (10,) or f.typeName().lower() in ("string", "text")]
        read_names = sorted(set(have.values()) | set(strings))
        fids, geoms, attrs = _read(layer, work, read_names)
        result.features[role] = len(fids)
        if len(fids) == 0 and role in REQUIRED:
            out.append(Finding(Severity.ERROR, role, "The layer has no features."))
            continue
        out += geometry_findings(role, fids, geoms, SHAPES[role])
        # Beyond this point only drawable geometries: empty and non-finite ones were reported above.
        geoms = np.array([g if g is not None and not shapely.is_empty(g)
                          and np.isfinite(shapely.get_coordinates(g)).all() else None for g in geoms], dtype=object)
        ok = np.array([g is not None for g in geoms], dtype=bool)
        drawable[role] = (fids, geoms)
        if ok.any():
            points = shapely.point_on_surface(shapely.make_valid(geoms[ok]))
            for fid, p in zip(fids[ok], points):
                result.locations[(role, int(fid))] = p
        if role == "community" and ok.any():
            community_geom = shapely.union_all(shapely.make_valid(geoms[ok]))
        if role == "buildings":
            out += overlap_findings(role, fids, geoms)
            if not ({"floors", "households", "population", "height_m"} & set(have)):
                out.append(Finding(Severity.WARNING, role, "None of floors, households, population or height: the "
                                   "population of the buildings cannot be estimated. Map your fields."))
        if role == "facilities":
            if "facility_type" not in have:
                out.append(Finding(Severity.ERROR, role, f"No facility type field ('{wanted.get('facility_type')}'). "
                                   "Map your field to facility_type.", field=wanted.get("facility_type")))
            else:
                out += domain_findings(role, have["facility_type"], fids, attrs[have["facility_type"]],
                                       matcher.match, "facility type")
            if "status" in have:
                out += domain_findings(role, have["status"], fids,
                                       [v if v not in (None, "") and str(v) != "NULL" else "existing" for v in attrs[have["status"]]],
                                       lambda t: _STATUS.get(t.lower()), "status (existing/planned)")
        for spec in layer_spec(role).fields:
            if spec.name in have and (spec.minimum is not None or spec.type in ("integer", "double")):
                low = spec.minimum if spec.minimum is not None else None
                out += range_findings(role, have[spec.name], fids, attrs[have[spec.name]],
                                      low if low is not None else -np.inf, spec.maximum if spec.maximum is not None else np.inf)
        out += personal_findings(role, {n: attrs[n] for n in strings})
        out += provenance_findings(role, names, attrs.get("data_source", []), attrs.get("entry_time", []))
    if community_geom is not None and "facilities" in drawable:
        fids, geoms = drawable["facilities"]
        out += outside_findings("facilities", fids, geoms, community_geom,
                                max(standard.walk_distance_m.values()))  # the largest life circle
    if all(r in usable for r in REQUIRED) and not result.blocking:
        try:
            read_inputs(usable["community"], usable["buildings"], usable["facilities"], standard,
                        usable.get("compounds"), fields, roads=usable.get("roads"))
        except InputError as exc:
            out.append(Finding(Severity.ERROR, "review", str(exc)))
    return result
