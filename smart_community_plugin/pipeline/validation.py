"""Validate a submission (its QGIS layers) against the planning schema before any verdict is trusted: every
role the review reads, so what validation passes the review can run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import shapely
from qgis.core import QgsCoordinateTransformContext, QgsVectorLayer, QgsWkbTypes

from ..core.errors import InputError
from ..core.inputs import MAX_COORDINATE
from ..core.messages import message
from ..core.results import SEVERITY_RANK, Finding, Severity
from ..core.validation import (
    domain_findings,
    geometry_findings,
    outside_findings,
    overlap_findings,
    personal_findings,
    provenance_findings,
    range_findings,
)
from ..core.values import STATUS_WORDS, suggest_status
from ..layers.crs import working_crs
from ..layers.raw_read import read_raw
from ..layers.roles import DEFAULT_FIELDS, REVIEW_ROLES, InputFields
from ..layers.roles import ROLES as ROLE_INFO
from ..layers.schema import layer_spec
from ..standard.model import Standard
from .read import read_inputs
from .scheme import Scheme

ROLES = REVIEW_ROLES
REQUIRED = tuple(r for r in ROLES if ROLE_INFO[r].required)


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

    def ordered(self) -> list[Finding]:
        """Findings most severe first (blocking, warnings, notes), each severity in the order found."""
        return sorted(self.findings, key=lambda f: SEVERITY_RANK[f.severity.value])

    def summary(self, language: Optional[str] = None) -> str:
        """A few plain lines in a language: counts, then the findings, most severe first."""
        c = self.counts()
        lines = [message("validation.summary", blocking=c["error"], warnings=c["warning"], notes=c["info"],
                         layers=", ".join(f"{k} ({v})" for k, v in self.features.items())).text(language)]
        for f in self.ordered():
            where = (f.layer + (f" #{f.feature_id}" if f.feature_id is not None else "")
                     + (f" [{f.field}]" if f.field else ""))
            lines.append(f"{f.severity.value:7s} {where}: {f.text(language)}")
        return "\n".join(lines)

    def to_dict(self, language: Optional[str] = None) -> dict[str, Any]:
        """JSON form, findings most severe first."""
        return {"schema": "smart-community-validation/1", "blocking": len(self.blocking), "counts": self.counts(),
                "features": self.features, "crs": self.crs,
                "findings": [f.to_dict(language) for f in self.ordered()]}


_GEOMETRY_WORDS = {QgsWkbTypes.GeometryType.PointGeometry: "point", QgsWkbTypes.GeometryType.LineGeometry: "line",
                   QgsWkbTypes.GeometryType.PolygonGeometry: "polygon",
                   QgsWkbTypes.GeometryType.NullGeometry: "none"}


def _suggest_type(standard: Standard, text: str) -> Optional[tuple[str, dict[str, str]]]:
    """The facility type a misspelt one most likely means, with its names."""
    code = standard.matcher.suggest(text)
    if code is None:
        return None
    return code, standard.type_names_of(code)


def _spec_fields(role: str) -> tuple:
    """The planning schema's fields of a role; none for roles the template does not hold (gates ...)."""
    try:
        return layer_spec(role).fields
    except KeyError:
        return ()


def _role_fields(role: str, fields: InputFields) -> dict[str, str]:
    """Schema field name -> the submission's field name, for the fields the checks read."""
    names = {s.name: s.name for s in _spec_fields(role)}
    if role == "buildings":
        names.update(floors=fields.building_floors, height_m=fields.building_height,
                     households=fields.building_households, population=fields.building_population, use=fields.building_use)
    elif role == "facilities":
        names.update(facility_type=fields.facility_type, status=fields.facility_status, name=fields.facility_name)
        names.update({k: v for k, v in fields.facility_numbers.items() if v})
    elif role == "community":
        names.update(name=fields.community_name, kind=fields.community_kind, population=fields.community_population)
    return {k: v for k, v in names.items() if v}


def _layer_findings(present: dict[str, QgsVectorLayer]) -> list[Finding]:
    """Layers that cannot be used at all: not open, wrong geometry type; unknown or degree-based CRS."""
    out: list[Finding] = []
    for role, layer in list(present.items()):
        allowed = ROLE_INFO[role].geometry
        if not layer.isValid():
            out.append(Finding(Severity.ERROR, role, message("finding.layer.cannot_open", layer_name=layer.name())))
            del present[role]
        elif layer.geometryType() not in allowed:
            out.append(Finding(Severity.ERROR, role, message(
                "finding.layer.wrong_geometry", found=_GEOMETRY_WORDS.get(layer.geometryType(), "unknown"),
                expected=[_GEOMETRY_WORDS.get(g, "unknown") for g in allowed])))
            del present[role]
    degrees: dict[str, list[str]] = {}    # one finding per geographic CRS, naming its layers
    for role, layer in present.items():
        crs = layer.crs()
        if not crs.isValid() or not crs.authid() and not crs.toProj():
            out.append(Finding(Severity.ERROR, role, message("finding.layer.unknown_crs")))
        elif crs.isGeographic():
            degrees.setdefault(crs.authid() or crs.description(), []).append(role)
    for crs_name, roles in degrees.items():
        out.append(Finding(Severity.WARNING, roles[0], message("finding.layer.degrees", crs=crs_name, roles=roles)))
    return out


def validate_layers(layers: Scheme | dict[str, Optional[QgsVectorLayer]], standard: Standard,
                    fields: Optional[InputFields] = None) -> ValidationResult:
    """Every check of the submission, on every role the review reads; the layers are only read."""
    scheme = layers if isinstance(layers, Scheme) else Scheme(dict(layers), fields or DEFAULT_FIELDS)
    fields = fields or scheme.fields
    out: list[Finding] = []
    result = ValidationResult(out)
    present = {r: lyr for r, lyr in scheme.present().items() if r in ROLES}
    out += [Finding(Severity.ERROR, role, message("finding.layer.missing")) for role in REQUIRED if role not in present]
    out += _layer_findings(present)
    usable = {r: lyr for r, lyr in present.items() if lyr.crs().isValid()}
    if not usable:
        return result
    anchor = usable.get("community") or next(iter(usable.values()))
    work = working_crs(anchor.crs(), anchor.extent())
    if not work.isValid():
        out.append(Finding(Severity.ERROR, "community" if "community" in usable else next(iter(usable)),
                           message("finding.layer.no_crs_extent")))
        return result
    result.crs = work.authid()
    community_geom = None
    drawable: dict[str, tuple[np.ndarray, np.ndarray]] = {}   # role -> (fids, geometries fit to measure)
    for role, layer in usable.items():
        try:
            with np.errstate(invalid="ignore", over="ignore"):   # NaN vertices are findings, not warnings
                geoms_of = _validate_layer(role, layer, work, fields, standard, result)
        except InputError as exc:       # a damaged file: said once, the other layers are still checked
            out.append(Finding(Severity.ERROR, role, exc.message))
            continue
        if geoms_of is None:
            continue
        drawable[role] = geoms_of
        ok = np.array([g is not None for g in geoms_of[1]], dtype=bool)
        if role == "community" and ok.any():
            with np.errstate(invalid="ignore", over="ignore"):
                community_geom = shapely.union_all(shapely.make_valid(geoms_of[1][ok]))
    if community_geom is not None and "facilities" in drawable:
        fids, geoms = drawable["facilities"]
        with np.errstate(invalid="ignore", over="ignore"):
            out += outside_findings("facilities", fids, geoms, community_geom,
                                    max(standard.walk_distance_m.values()))  # the largest life circle
    if all(r in usable for r in REQUIRED) and not result.blocking:
        try:
            # The review's own read: what passes here, the review can run.
            read_inputs(Scheme(usable, fields), standard)
        except InputError as exc:
            out.append(Finding(Severity.ERROR, "review", exc.message))
    return result


def _validate_layer(role: str, layer: QgsVectorLayer, work: object, fields: InputFields, standard: Standard,
                    result: ValidationResult) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """One layer's findings into result; its (fids, measurable geometries), or None when it has no features."""
    out = result.findings
    wanted = _role_fields(role, fields)
    names = layer.fields().names()
    have = {k: v for k, v in wanted.items() if v in names}
    strings = [f.name() for f in layer.fields() if f.type() in (10,) or f.typeName().lower() in ("string", "text")]
    read_names = sorted(set(have.values()) | set(strings))
    raw = read_raw(layer, role, {n: n for n in read_names}, work, QgsCoordinateTransformContext())
    fids, geoms, attrs = raw.fids, raw.geoms, raw.attrs
    result.features[role] = len(fids)
    if len(fids) == 0 and role in REQUIRED:
        out.append(Finding(Severity.ERROR, role, message("finding.layer.empty")))
        return None
    out += geometry_findings(role, fids, geoms, ROLE_INFO[role].shapes, raw.unreadable, ROLE_INFO[role].required)
    # Beyond this point only drawable geometries: empty, unreadable and non-finite ones were reported above.
    keep = np.array([g is not None and not shapely.is_empty(g) for g in geoms], dtype=bool)
    if keep.any():
        keep[keep] = (np.abs(shapely.bounds(geoms[keep])) <= MAX_COORDINATE).all(axis=1)
    geoms = np.where(keep, geoms, None)
    if keep.any():
        points = shapely.point_on_surface(shapely.make_valid(geoms[keep]))
        for fid, p in zip(fids[keep], points):
            result.locations[(role, int(fid))] = p
    if role == "buildings":
        out += overlap_findings(role, fids, geoms)
        if not ({"floors", "households", "population", "height_m"} & set(have)):
            out.append(Finding(Severity.WARNING, role, message("finding.buildings.no_population_fields")))
    if role == "facilities":
        if "facility_type" not in have:
            out.append(Finding(Severity.ERROR, role, message("finding.facilities.no_type_field",
                                                             wanted=wanted.get("facility_type")),
                               field=wanted.get("facility_type")))
        else:
            out += domain_findings(role, have["facility_type"], fids, attrs[have["facility_type"]],
                                   standard.matcher.match, "facility_type", lambda t: _suggest_type(standard, t))
        if "status" in have:
            out += domain_findings(role, have["status"], fids,
                                   [v if v not in (None, "") and str(v) != "NULL" else "existing"
                                    for v in attrs[have["status"]]],
                                   lambda t: STATUS_WORDS.get(t.lower()), "status", suggest_status)
    for spec in _spec_fields(role):
        if spec.name in have and (spec.minimum is not None or spec.type in ("integer", "double")):
            out += range_findings(role, have[spec.name], fids, attrs[have[spec.name]],
                                  spec.minimum if spec.minimum is not None else -np.inf,
                                  spec.maximum if spec.maximum is not None else np.inf)
    out += personal_findings(role, {n: attrs[n] for n in strings})
    out += provenance_findings(role, names, attrs.get("data_source", []), attrs.get("entry_time", []))
    return fids, geoms
