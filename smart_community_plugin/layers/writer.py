"""Write the review's result layers to a new GeoPackage, atomically."""

from __future__ import annotations

import os
from typing import Any, Callable, Iterable

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeature, QgsField, QgsFields,
    QgsGeometry, QgsVectorFileWriter, QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ..core.inputs import ReviewInputs
from .privacy import masker
from ..core.results import ReviewResult
from .atomic import atomic_path

_TYPES = {"string": QMetaType.Type.QString, "integer": QMetaType.Type.LongLong,
          "double": QMetaType.Type.Double, "datetime": QMetaType.Type.QDateTime}


def fields_from_spec(spec: Iterable[tuple[str, str]]) -> QgsFields:
    """QgsFields from (name, type) pairs; types: string, integer, double, datetime."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, _TYPES[kind]))
    return fields


def to_qgs_geometry(geom: Any) -> QgsGeometry:
    """A QgsGeometry from a shapely geometry (or the QgsGeometry itself)."""
    if isinstance(geom, QgsGeometry):
        return geom
    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(geom))
    return out


def write_layer(path: str, name: str, wkb_type: int, crs: QgsCoordinateReferenceSystem,
                spec: list[tuple[str, str]], rows: Iterable[tuple[Any, list]], first: bool) -> None:
    """Create (or replace) one layer of a GeoPackage and write rows of (geometry, values)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if first
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    writer = QgsVectorFileWriter.create(path, fields_from_spec(spec), wkb_type, crs,
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise OSError(f"Cannot write layer {name} to {path}: {writer.errorMessage()}")
    feats = []
    for geom, values in rows:
        feat = QgsFeature()
        if geom is not None:
            feat.setGeometry(to_qgs_geometry(geom))
        feat.setAttributes([None if (isinstance(v, float) and not np.isfinite(v)) else v for v in values])
        feats.append(feat)
    if not writer.addFeatures(feats):
        raise OSError(f"Cannot write features of {name}: {writer.errorMessage()}")
    del writer  # flushes and closes the layer


def sunlight_layers(res: Any, required_hours: float) -> dict[str, tuple[list, int, list]]:
    """The sunlight analysis as layers: name -> (field spec, WKB type, rows); empty parts left out."""
    out: dict[str, tuple[list, int, list]] = {}
    spec = [("window_id", "integer"), ("building_id", "integer"), ("facing_deg", "double"), ("sill_m", "double"),
            ("lit_minutes", "double"), ("effective_minutes", "double"), ("longest_run_minutes", "double"),
            ("verdict", "string")]
    out["windows"] = (spec, QgsWkbTypes.Type.Point, [
        (shapely.Point(xy), [w["id"], w["building_id"], w["facing_deg"], w["sill_m"], w["lit_minutes"],
                             w["effective_minutes"], w["longest_run_minutes"], w["verdict"]])
        for xy, w in zip(res.window_points, res.windows)])
    out["ground_hours"] = ([("hours", "string")], QgsWkbTypes.Type.MultiPolygon, [
        (shapely.multipolygons(shapely.get_parts(g)), [label]) for label, g in res.hour_classes])
    if res.contour is not None:
        out["ground_contour"] = ([("hours", "double")], QgsWkbTypes.Type.MultiLineString, [
            (shapely.multilinestrings(shapely.get_parts(shapely.line_merge(res.contour))), [required_hours])])
    out["shadows"] = ([("beijing_hour", "double"), ("sun_altitude", "double")], QgsWkbTypes.Type.MultiPolygon, [
        (shapely.multipolygons(shapely.get_parts(g)), [hour, alt]) for hour, alt, g in res.shadows
        if not shapely.is_empty(g)])
    return out


def write_result_gpkg(path: str | os.PathLike, result: ReviewResult, inputs: ReviewInputs,
                      crs: QgsCoordinateReferenceSystem, overwrite: bool = True) -> None:
    """Layers: buildings (distance and covered per type), facilities (verdicts), community, checks, and
    the sunlight layers (sunlight_windows, sunlight_ground_hours, sunlight_ground_contour, sunlight_shadows)
    when the review analysed sunlight."""
    with atomic_path(path, overwrite) as tmp:
        tmp_s = str(tmp)
        tmp.unlink()  # the GPKG driver wants to create the file itself
        mask = masker()
        _write_buildings(tmp_s, result, inputs, crs)
        _write_facilities(tmp_s, result, inputs, crs, mask)
        write_layer(tmp_s, "community", QgsWkbTypes.Type.MultiPolygon, crs,
                     [("name", "string"), ("kind", "string"), ("population", "double"),
                      ("overall", "string")],
                     [(shapely.multipolygons(shapely.get_parts(inputs.community.geometry))
                       if shapely.get_type_id(inputs.community.geometry) == 3 else inputs.community.geometry,
                       [mask(str(result.community["name"])), result.community["kind"],
                        result.community["population"], result.overall()])], first=False)
        _write_checks(tmp_s, result, crs, mask)
        if result.sunlight_result is not None:
            hours = float(result.sunlight.get("parameters", {}).get("required_hours", 3.0))
            for name, (spec, wkb, rows) in sunlight_layers(result.sunlight_result, hours).items():
                if rows:
                    write_layer(tmp_s, f"sunlight_{name}", wkb, crs, spec, rows, first=False)


def _write_buildings(path: str, result: ReviewResult, inputs: ReviewInputs,
                     crs: QgsCoordinateReferenceSystem) -> None:
    spec, rows = building_rows(result, inputs)
    write_layer(path, "buildings", QgsWkbTypes.Type.MultiPolygon, crs, spec, rows, first=True)


def building_rows(result: ReviewResult, inputs: ReviewInputs) -> tuple[list[tuple[str, str]], list[tuple]]:
    """Field spec and (geometry, values) rows of the resident buildings with their review results."""
    br = result.building_results
    codes = list(br["distance"])
    euclid, detour = br.get("euclidean", {}), br.get("detour", {})
    spec = [("source_fid", "integer"), ("population", "double")]
    for code in codes:
        spec += [(f"dist_{code}", "double"), (f"covered_{code}", "integer")]
        if code in euclid:
            spec += [(f"straight_{code}", "double"), (f"detour_{code}", "double")]
    spec.append(("uncovered_types", "string"))
    circles = br.get("circles", {})
    for minutes in circles:
        spec += [(f"reach_{minutes}min", "string"), (f"complete_{minutes}min", "integer")]
    b = inputs.buildings
    rows = []
    for row, k in enumerate(br["index"]):
        values: list = [int(b.fids[k]), float(br["population"][row])]
        missing = []
        for code in codes:
            d = float(br["distance"][code][row])
            covered = bool(br["covered"][code][row])
            values += [round(d, 2) if np.isfinite(d) else None, int(covered)]
            if code in euclid:
                e, r = float(euclid[code][row]), float(detour[code][row])
                values += [round(e, 2) if np.isfinite(e) else None, round(r, 3) if np.isfinite(r) else None]
            if not covered:
                missing.append(code)
        values.append(",".join(missing))
        for minutes, c in circles.items():
            values += [",".join(code for code, ok in c["reach"].items() if ok[row]), int(c["complete"][row])]
        rows.append((shapely.multipolygons(shapely.get_parts(b.geometries[k])), values))
    return spec, rows


def _write_facilities(path: str, result: ReviewResult, inputs: ReviewInputs,
                      crs: QgsCoordinateReferenceSystem, mask: Callable[[str], str]) -> None:
    f = inputs.facilities
    worst = result.facility_results.get("worst", {})
    failed = result.facility_results.get("failed", {})
    spec = [("source_fid", "integer"), ("facility_type", "string"), ("name", "string"),
            ("status", "string"), ("verdict", "string"), ("open_checks", "string")]
    rows = []
    for k in range(len(f)):
        fid = int(f.fids[k])
        verdict = worst.get(fid)
        values = [fid, str(f.types[k]), mask(str(f.names[k])), str(f.status[k]),
                  verdict.value if verdict is not None else "not_checked", ";".join(failed.get(fid, []))]
        geom = f.geometries[k]
        # One point layer for all: area facilities are placed at a point on their surface.
        rows.append((geom if shapely.get_type_id(geom) == 0 else shapely.point_on_surface(geom), values))
    write_layer(path, "facilities", QgsWkbTypes.Type.Point, crs, spec, rows, first=False)


def _write_checks(path: str, result: ReviewResult, crs: QgsCoordinateReferenceSystem,
                  mask: Callable[[str], str]) -> None:
    spec = [("check_id", "string"), ("rule", "string"), ("clause", "string"), ("facility_type", "string"),
            ("strength", "string"), ("verdict", "string"), ("message", "string"),
            ("feature_ids", "string")]
    rows = [(None, [c.id, c.rule, c.clause, c.facility_type or "", c.strength.zh, c.verdict.value,
                    mask(c.message), ",".join(str(i) for i in c.feature_ids)]) for c in result.checks]
    write_layer(path, "checks", QgsWkbTypes.Type.NoGeometry, crs, spec, rows, first=False)
