"""What a review writes: its result layers as data (buildings, facilities, community, checks, sunlight), and
the review's JSON and GeoPackage committed as one pair."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any, Optional

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

from ..core.inputs import ReviewInputs
from ..core.results import ReviewResult
from ..layers.vector_write import LayerData
from .outputs import Outputs
from .read import Reviewed

RUN_LAYER = "review_run"   # one row: the run id the review's JSON carries too, so a pair is always one review


def _multi(geom: Any) -> Any:
    return shapely.multipolygons(shapely.get_parts(geom)) if shapely.get_type_id(geom) == 3 else geom


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
        for c in circles.values():
            values += [",".join(code for code, ok in c["reach"].items() if ok[row]), int(c["complete"][row])]
        rows.append((shapely.multipolygons(shapely.get_parts(b.geometries[k])), values))
    return spec, rows


def buildings_layer(result: ReviewResult, inputs: ReviewInputs, crs: QgsCoordinateReferenceSystem,
                    name: str = "buildings") -> LayerData:
    """The reviewed buildings with their distance, coverage and life-circle fields."""
    spec, rows = building_rows(result, inputs)
    return LayerData(name, QgsWkbTypes.Type.MultiPolygon, crs, spec, rows)


def sunlight_layers(res: Any, required_hours: float, crs: QgsCoordinateReferenceSystem,
                    prefix: str = "") -> dict[str, LayerData]:
    """The sunlight analysis as layers by part (windows, ground_hours, ground_contour, shadows)."""
    out: dict[str, LayerData] = {}
    spec = [("window_id", "integer"), ("building_id", "integer"), ("facing_deg", "double"), ("sill_m", "double"),
            ("lit_minutes", "double"), ("effective_minutes", "double"), ("longest_run_minutes", "double"),
            ("verdict", "string")]
    out["windows"] = LayerData(f"{prefix}windows", QgsWkbTypes.Type.Point, crs, spec, [
        (shapely.Point(xy), [w["id"], w["building_id"], w["facing_deg"], w["sill_m"], w["lit_minutes"],
                             w["effective_minutes"], w["longest_run_minutes"], w["verdict"]])
        for xy, w in zip(res.window_points, res.windows)])
    out["ground_hours"] = LayerData(f"{prefix}ground_hours", QgsWkbTypes.Type.MultiPolygon, crs, [("hours", "string")],
                                    [(shapely.multipolygons(shapely.get_parts(g)), [label])
                                     for label, g in res.hour_classes])
    if res.contour is not None:
        out["ground_contour"] = LayerData(
            f"{prefix}ground_contour", QgsWkbTypes.Type.MultiLineString, crs, [("hours", "double")],
            [(shapely.multilinestrings(shapely.get_parts(shapely.line_merge(res.contour))), [required_hours])])
    out["shadows"] = LayerData(f"{prefix}shadows", QgsWkbTypes.Type.MultiPolygon, crs,
                               [("beijing_hour", "double"), ("sun_altitude", "double")],
                               [(shapely.multipolygons(shapely.get_parts(g)), [hour, alt])
                                for hour, alt, g in res.shadows if not shapely.is_empty(g)])
    return out


def review_layers(reviewed: Reviewed, run_id: str = "") -> list[LayerData]:
    """Layers: buildings (distance and covered per type), facilities (verdicts), community, checks, the sunlight
    layers (sunlight_windows, sunlight_ground_hours, sunlight_ground_contour, sunlight_shadows) when the review
    analysed sunlight, and review_run (the run id)."""
    result, inputs = reviewed.result, reviewed.inputs
    crs = QgsCoordinateReferenceSystem(inputs.crs["working"])
    layers = [buildings_layer(result, inputs, crs), _facilities(result, inputs, crs),
              LayerData("community", QgsWkbTypes.Type.MultiPolygon, crs,
                        [("name", "string"), ("kind", "string"), ("population", "double"), ("overall", "string")],
                        [(_multi(inputs.community.geometry),
                          [str(result.community["name"]), result.community["kind"], result.community["population"],
                           result.overall()])]),
              _checks(result, crs)]
    if result.sunlight_result is not None:
        hours = float(result.sunlight.get("parameters", {}).get("required_hours", 3.0))
        layers += [d for d in sunlight_layers(result.sunlight_result, hours, crs, "sunlight_").values()
                   if (d.rows if isinstance(d.rows, list) else True)]
    layers.append(_provisions(result, crs))
    if result.shelter_routes is not None:
        layers.append(_shelter_routes(result.shelter_routes, crs))
    if run_id:
        layers.append(LayerData(RUN_LAYER, QgsWkbTypes.Type.NoGeometry, crs,
                                [("run_id", "string"), ("written_at", "string")],
                                [(None, [run_id, dt.datetime.now().astimezone().isoformat(timespec="seconds")])]))
    return layers


def _facilities(result: ReviewResult, inputs: ReviewInputs, crs: QgsCoordinateReferenceSystem) -> LayerData:
    f = inputs.facilities
    worst = result.facility_results.get("worst", {})
    failed = result.facility_results.get("failed", {})
    spec = [("source_fid", "integer"), ("facility_type", "string"), ("name", "string"),
            ("status", "string"), ("verdict", "string"), ("open_checks", "string")]
    rows = []
    for k in range(len(f)):
        fid = int(f.fids[k])
        verdict = worst.get(fid)
        values = [fid, str(f.types[k]), str(f.names[k]), str(f.status[k]),
                  verdict.value if verdict is not None else "not_checked", ";".join(failed.get(fid, []))]
        geom = f.geometries[k]
        # One point layer for all: area facilities are placed at a point on their surface.
        rows.append((geom if shapely.get_type_id(geom) == 0 else shapely.point_on_surface(geom), values))
    return LayerData("facilities", QgsWkbTypes.Type.Point, crs, spec, rows)


def _provisions(result: ReviewResult, crs: QgsCoordinateReferenceSystem) -> LayerData:
    """The clause register's items with their outcome in this review (one row each)."""
    spec = [("provision_id", "string"), ("clause", "string"), ("strength", "string"), ("assessment", "string"),
            ("outcome", "string"), ("text_zh", "string"), ("text_en", "string"), ("check_ids", "string"),
            ("needs_zh", "string"), ("needs_en", "string")]
    rows = [(None, [e["id"], e["clause"], e["strength_zh"], e["assessment"], e["outcome"], e["text_zh"],
                    e["text_en"], ",".join(e["check_ids"]), (e.get("needs") or {}).get("zh", ""),
                    (e.get("needs") or {}).get("en", "")]) for e in result.provisions]
    return LayerData("provisions", QgsWkbTypes.Type.NoGeometry, crs, spec, rows)


def _shelter_routes(routes: dict, crs: QgsCoordinateReferenceSystem) -> LayerData:
    """Each home's walking route to its nearest emergency shelter (4.4.3), with its length and verdict."""
    spec = [("building_id", "integer"), ("shelter_id", "integer"), ("distance_m", "double"), ("within", "integer")]
    rows = []
    for fid, sid, d, line in zip(routes["building_id"], routes["shelter_id"], routes["distance"], routes["lines"]):
        if line is None:
            continue
        rows.append((shapely.multilinestrings([line]), [int(fid), int(sid), float(round(d, 1)),
                                                       int(d <= routes["limit"])]))
    return LayerData("shelter_routes", QgsWkbTypes.Type.MultiLineString, crs, spec, rows)


def _checks(result: ReviewResult, crs: QgsCoordinateReferenceSystem) -> LayerData:
    # The message in the process's language, and in both (a Chinese office and an English reader share one file).
    spec = [("check_id", "string"), ("rule", "string"), ("clause", "string"), ("facility_type", "string"),
            ("strength", "string"), ("verdict", "string"), ("message", "string"), ("message_zh", "string"),
            ("message_en", "string"), ("message_id", "string"), ("feature_ids", "string")]
    rows = [(None, [c.id, c.rule, c.clause, c.facility_type or "", c.strength.zh, c.verdict.value,
                    c.text(), c.text("zh"), c.text("en"), getattr(c.message, "id", ""),
                    ",".join(str(i) for i in c.feature_ids)]) for c in result.checks]
    return LayerData("checks", QgsWkbTypes.Type.NoGeometry, crs, spec, rows)


def write_review(outputs: Outputs, reviewed: Reviewed, json_path: Optional[Any],
                 gpkg_path: Optional[Any], language: Optional[str] = None) -> dict[str, Path]:
    """The review's JSON and result GeoPackage, staged in `outputs` (committed together with its other files).
    Both carry one run id, so the report can refuse a JSON paired with another review's layers. `message`
    texts are in `language` (default: the process's); both languages are always kept beside them."""
    run_id = uuid.uuid4().hex
    written: dict[str, Path] = {}
    if gpkg_path:
        written["gpkg"] = outputs.vector(gpkg_path, review_layers(reviewed, run_id))
    if json_path:
        doc = reviewed.result.to_dict(language)
        doc["run_id"] = run_id
        written["json"] = outputs.json(json_path, doc)
    return written


def run_id_of(gpkg: str) -> Optional[str]:
    """The run id stored in a result GeoPackage (None for one written before run ids, or not a result)."""
    from osgeo import gdal

    try:
        ds = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None
    lyr = ds.GetLayerByName(RUN_LAYER) if ds is not None else None
    feat = lyr.GetNextFeature() if lyr is not None else None
    return feat.GetField("run_id") if feat is not None else None


def review_to_files(scheme: Any, standard: Any, params: Any = None, output_json: Optional[Any] = None,
                    output_gpkg: Optional[Any] = None, overwrite: bool = True,
                    progress: Optional[Any] = None) -> Reviewed:
    """Review a scheme and write its pair of files under the output contract (scripts, tests, the batch)."""
    from ..core.parameters import ReviewParameters
    from .read import review

    with Outputs(scheme.input_files(), overwrite) as outputs:
        for path in (output_gpkg, output_json):
            if path:
                outputs.claim(path)
        reviewed = review(scheme, standard, params or ReviewParameters(), progress)
        write_review(outputs, reviewed, output_json, output_gpkg)
    return reviewed
