"""What a review writes: its result layers as data (buildings, facilities, community, checks, sunlight), and
the review's JSON and GeoPackage committed as one pair."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Optional

import numpy as np
import shapely

from ..core.check_patterns import LABEL
from ..core.inputs import ReviewInputs
from ..core.messages import current_language, normalise_language
from ..core.results import ReviewResult
from .layer_data import WKB_MULTILINESTRING, WKB_MULTIPOLYGON, WKB_NO_GEOMETRY, WKB_POINT, FilledTexts, LayerData
from .outputs import Outputs
from .read import Reviewed

RUN_LAYER = "review_run"   # one row: the run id the review's JSON carries too, so a pair is always one review


def _multi(geom: Any) -> Any:
    return shapely.multipolygons(shapely.get_parts(geom)) if shapely.get_type_id(geom) == 3 else geom


def _rounded(values: np.ndarray, digits: int) -> np.ndarray:
    """Rounded floats; NaN and infinity stay (the writers make them NULL)."""
    v = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.where(np.isfinite(v), np.round(v, digits), np.nan)


def _joined(codes: list[str], flags: list[np.ndarray], n: int) -> np.ndarray:
    """Per row, the comma-joined codes whose flag is set (grouped by distinct flag pattern, not per row)."""
    if not codes or n == 0:
        return np.full(n, "", dtype=object)
    # Each row's flags as the bits of one integer (a 1e6 x 20 boolean matrix sorts slowly row by row).
    keys = np.zeros(n, dtype=object if len(codes) > 62 else np.int64)
    for k, f in enumerate(flags):
        keys = keys + np.asarray(f, dtype=bool).astype(keys.dtype) * (1 << k)
    patterns, inverse = np.unique(keys, return_inverse=True)
    words = np.array([",".join(c for k, c in enumerate(codes) if int(p) >> k & 1) for p in patterns], dtype=object)
    return words[np.asarray(inverse).ravel()]


def building_columns(result: ReviewResult, inputs: ReviewInputs) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """Field spec and columns of the resident buildings with their review results."""
    br = result.building_results
    codes = list(br["distance"])
    euclid, detour = br.get("euclidean", {}), br.get("detour", {})
    index = np.asarray(br["index"], dtype=np.int64)
    spec = [("source_fid", "integer"), ("population", "double")]
    cols: dict[str, Any] = {"source_fid": inputs.buildings.fids[index], "population": np.asarray(br["population"])}
    for code in codes:
        spec += [(f"dist_{code}", "double"), (f"covered_{code}", "integer")]
        cols[f"dist_{code}"] = _rounded(br["distance"][code], 2)
        cols[f"covered_{code}"] = np.asarray(br["covered"][code], dtype=np.int64)
        if code in euclid:
            spec += [(f"straight_{code}", "double"), (f"detour_{code}", "double")]
            cols[f"straight_{code}"] = _rounded(euclid[code], 2)
            cols[f"detour_{code}"] = _rounded(detour[code], 3)
    spec.append(("uncovered_types", "string"))
    cols["uncovered_types"] = _joined(codes, [~np.asarray(br["covered"][c], dtype=bool) for c in codes], len(index))
    for minutes, c in br.get("circles", {}).items():
        spec += [(f"reach_{minutes}min", "string"), (f"complete_{minutes}min", "integer")]
        kinds = list(c["reach"])
        cols[f"reach_{minutes}min"] = _joined(kinds, [c["reach"][k] for k in kinds], len(index))
        cols[f"complete_{minutes}min"] = np.asarray(c["complete"], dtype=np.int64)
    return spec, cols


def buildings_layer(result: ReviewResult, inputs: ReviewInputs, crs: Any,
                    name: str = "buildings") -> LayerData:
    """The reviewed buildings with their distance, coverage and life-circle fields."""
    spec, cols = building_columns(result, inputs)
    geoms = inputs.buildings.geometries[np.asarray(result.building_results["index"], dtype=np.int64)]
    return LayerData(name, WKB_MULTIPOLYGON, crs, spec, columns=cols, geometry=multipolygons_of(geoms))


def multipolygons_of(geoms: np.ndarray) -> np.ndarray:
    """Polygons as one-part multipolygons (one layer type for all), multipolygons as they are."""
    geoms = np.asarray(geoms, dtype=object)
    single = shapely.get_type_id(geoms) == 3
    if single.any():
        geoms = geoms.copy()
        geoms[single] = shapely.multipolygons(geoms[single], indices=np.arange(int(single.sum())))
    return geoms


def sunlight_layers(res: Any, required_hours: float, crs: Any,
                    prefix: str = "") -> dict[str, LayerData]:
    """The sunlight analysis as layers by part (windows, ground_hours, ground_contour, shadows)."""
    out: dict[str, LayerData] = {}
    spec = [("window_id", "integer"), ("building_id", "integer"), ("facing_deg", "double"), ("sill_m", "double"),
            ("lit_minutes", "double"), ("effective_minutes", "double"), ("longest_run_minutes", "double"),
            ("verdict", "string")]
    t = res.window_table
    n = len(res.window_points)
    cols = {"window_id": t.get("id", np.empty(0, np.int64)),
            "building_id": np.where(t["building_id"] >= 0, t["building_id"], np.nan) if t else np.empty(0),
            **{k: t.get(k, np.empty(0)) for k in ("facing_deg", "sill_m", "lit_minutes", "effective_minutes",
                                                   "longest_run_minutes")},
            "verdict": t.get("verdict", np.empty(0, dtype=object))}
    out["windows"] = LayerData(f"{prefix}windows", WKB_POINT, crs, spec, columns=cols,
                               geometry=shapely.points(np.asarray(res.window_points).reshape(n, 2)))
    out["ground_hours"] = LayerData(f"{prefix}ground_hours", WKB_MULTIPOLYGON, crs, [("hours", "string")],
                                    [(shapely.multipolygons(shapely.get_parts(g)), [label])
                                     for label, g in res.hour_classes])
    if res.contour is not None:
        out["ground_contour"] = LayerData(
            f"{prefix}ground_contour", WKB_MULTILINESTRING, crs, [("hours", "double")],
            [(shapely.multilinestrings(shapely.get_parts(shapely.line_merge(res.contour))), [required_hours])])
    hours = [(h, a, ids, g) for h, a, ids, g in res.shadows]
    pieces = np.concatenate([g for *_, g in hours]) if hours else np.empty(0, dtype=object)
    out["shadows"] = LayerData(
        f"{prefix}shadows", WKB_MULTIPOLYGON, crs,
        [("beijing_hour", "double"), ("sun_altitude", "double"), ("building_id", "integer")],
        columns={"beijing_hour": np.concatenate([np.full(len(g), h, dtype=float) for h, _a, _i, g in hours])
                 if hours else np.empty(0),
                 "sun_altitude": np.concatenate([np.full(len(g), a, dtype=float) for _h, a, _i, g in hours])
                 if hours else np.empty(0),
                 "building_id": np.concatenate([i for _h, _a, i, _g in hours]) if hours else np.empty(0, np.int64)},
        geometry=multipolygons_of(pieces) if len(pieces) else pieces)
    return out


def review_layers(reviewed: Reviewed, run_id: str = "") -> list[LayerData]:
    """Layers: buildings (distance and covered per type), facilities (verdicts), community, checks, the sunlight
    layers (sunlight_windows, sunlight_ground_hours, sunlight_ground_contour, sunlight_shadows) when the review
    analysed sunlight, provisions, shelter_routes, and review_run (the run id)."""
    return list(iter_review_layers(reviewed, run_id))


def iter_review_layers(reviewed: Reviewed, run_id: str = "") -> Iterator[LayerData]:
    """review_layers one at a time: a writer process writes the buildings while the checks are built."""
    result, inputs = reviewed.result, reviewed.inputs
    crs = inputs.crs["working"]   # an id: the writers make it a QGIS CRS when they write through QGIS
    yield buildings_layer(result, inputs, crs)
    yield _facilities(result, inputs, crs)
    yield LayerData("community", WKB_MULTIPOLYGON, crs,
                    [("name", "string"), ("kind", "string"), ("population", "double"), ("overall", "string")],
                    [(_multi(inputs.community.geometry),
                      [str(result.community["name"]), result.community["kind"], result.community["population"],
                       result.overall()])])
    yield _checks(result, crs)
    if result.sunlight_result is not None:
        hours = float(result.sunlight.get("parameters", {}).get("required_hours", 3.0))
        yield from (d for d in sunlight_layers(result.sunlight_result, hours, crs, "sunlight_").values()
                    if len(d) != 0)
    yield _provisions(result, crs)
    if result.shelter_routes is not None:
        yield _shelter_routes(result.shelter_routes, crs)
    if run_id:
        yield LayerData(RUN_LAYER, WKB_NO_GEOMETRY, crs, [("run_id", "string"), ("written_at", "string")],
                        [(None, [run_id, dt.datetime.now().astimezone().isoformat(timespec="seconds")])])


def _facilities(result: ReviewResult, inputs: ReviewInputs, crs: Any) -> LayerData:
    f = inputs.facilities
    worst = result.facility_results.get("worst", {})
    failed = result.facility_results.get("failed", {})
    spec = [("source_fid", "integer"), ("facility_type", "string"), ("name", "string"),
            ("status", "string"), ("verdict", "string"), ("open_checks", "string")]
    fids = np.asarray(f.fids, dtype=np.int64)
    verdict = np.full(len(f), "not_checked", dtype=object)
    open_checks = np.full(len(f), "", dtype=object)
    if len(f) and (worst or failed):
        pos = {int(v): k for k, v in enumerate(fids.tolist())}
        for fid, v in worst.items():
            if fid in pos:
                verdict[pos[fid]] = v.value
        for fid, ids in failed.items():
            if fid in pos:
                open_checks[pos[fid]] = ";".join(ids)
    geoms = np.asarray(f.geometries, dtype=object)
    # One point layer for all: area facilities are placed at a point on their surface.
    if len(geoms):
        area = shapely.get_type_id(geoms) != 0
        if area.any():
            geoms = geoms.copy()
            geoms[area] = shapely.point_on_surface(geoms[area])
    cols = {"source_fid": fids, "facility_type": np.asarray(f.types, dtype=object).astype(str).astype(object),
            "name": np.asarray(f.names, dtype=object).astype(str).astype(object),
            "status": np.asarray(f.status, dtype=object).astype(str).astype(object),
            "verdict": verdict, "open_checks": open_checks}
    return LayerData("facilities", WKB_POINT, crs, spec, columns=cols, geometry=geoms)


def _provisions(result: ReviewResult, crs: Any) -> LayerData:
    """The clause register's items with their outcome in this review (one row each)."""
    spec = [("provision_id", "string"), ("clause", "string"), ("strength", "string"), ("assessment", "string"),
            ("outcome", "string"), ("text_zh", "string"), ("text_en", "string"), ("check_ids", "string"),
            ("needs_zh", "string"), ("needs_en", "string")]
    rows = [(None, [e["id"], e["clause"], e["strength_zh"], e["assessment"], e["outcome"], e["text_zh"],
                    e["text_en"], ",".join(e["check_ids"]), (e.get("needs") or {}).get("zh", ""),
                    (e.get("needs") or {}).get("en", "")]) for e in result.provisions]
    return LayerData("provisions", WKB_NO_GEOMETRY, crs, spec, rows)


def _shelter_routes(routes: dict, crs: Any) -> LayerData:
    """Each home's walking route to its nearest emergency shelter (4.4.3), with its length and verdict."""
    spec = [("building_id", "integer"), ("shelter_id", "integer"), ("distance_m", "double"), ("within", "integer")]
    rows = []
    for fid, sid, d, line in zip(routes["building_id"], routes["shelter_id"], routes["distance"], routes["lines"]):
        if line is None:
            continue
        rows.append((shapely.multilinestrings([line]), [int(fid), int(sid), float(round(d, 1)),
                                                       int(d <= routes["limit"])]))
    return LayerData("shelter_routes", WKB_MULTILINESTRING, crs, spec, rows)


def _checks(result: ReviewResult, crs: Any) -> LayerData:
    # The message in the process's language, and in both (a Chinese office and an English reader share one file).
    spec = [("check_id", "string"), ("rule", "string"), ("clause", "string"), ("facility_type", "string"),
            ("strength", "string"), ("verdict", "string"), ("message", "string"), ("message_zh", "string"),
            ("message_en", "string"), ("message_id", "string"), ("feature_ids", "string")]
    checks = result.checks
    here = normalise_language(current_language())
    cols = {"check_id": [c.id for c in checks], "rule": [c.rule for c in checks],
            "clause": [c.clause for c in checks], "facility_type": [c.facility_type or "" for c in checks],
            "strength": [c.strength.zh for c in checks], "verdict": [c.verdict.value for c in checks],
            "message_id": [getattr(c.message, "id", "") for c in checks],
            "feature_ids": [",".join(map(str, c.feature_ids)) for c in checks]}
    arrays: dict[str, Any] = {k: np.array(v, dtype=object) for k, v in cols.items()}
    arrays["message_zh"], arrays["message_en"] = _messages(checks)
    # One column for message and its language's column: the writer filters it once.
    arrays["message"] = arrays["message_zh" if here == "zh" else "message_en"]
    return LayerData("checks", WKB_NO_GEOMETRY, crs, spec, columns=arrays)


def _messages(checks: list) -> tuple[FilledTexts, FilledTexts]:
    """The checks' messages in Chinese and English: a pattern's rows as its sentence and their labels (filled in
    by the writer), every other check as its own text."""
    n = len(checks)
    which = np.full(n, -1, dtype=np.int32)
    labels = np.full(n, "", dtype=object)
    zh, en = np.full(n, None, dtype=object), np.full(n, None, dtype=object)
    slots: dict[int, int] = {}
    templates: tuple[list[str], list[str]] = ([], [])
    for i, c in enumerate(checks):
        if c.pattern is None:
            zh[i], en[i] = c.text("zh"), c.text("en")
            continue
        shared = c.message.pattern
        k = slots.get(id(shared))
        if k is None:
            k = slots[id(shared)] = len(templates[0])
            templates[0].append(shared.text("zh"))
            templates[1].append(shared.text("en"))
        which[i], labels[i] = k, c.message.label
    return (FilledTexts(templates[0], which, labels, zh, LABEL), FilledTexts(templates[1], which, labels, en, LABEL))


def write_review(outputs: Outputs, reviewed: Reviewed, json_path: Optional[Any],
                 gpkg_path: Optional[Any], language: Optional[str] = None, detail: bool = False,
                 extra: Optional[dict[str, Any]] = None, run_id: Optional[str] = None) -> dict[str, Path]:
    """The review's JSON and result GeoPackage, staged in `outputs` (committed together with its other files).
    Both carry one run id, so the report can refuse a JSON paired with another review's layers. `message`
    texts are in `language` (default: the process's); both languages are always kept beside them. The rows per
    building and per window go to the GeoPackage; `detail` (or no GeoPackage) puts them in the JSON too."""
    run_id = run_id or new_run_id()
    written: dict[str, Path] = {}
    gpkg_done = None
    if gpkg_path:
        # A large GeoPackage is written by a second process while this one writes the JSON.
        rows = len(reviewed.result.building_results.get("index", ())) + len(reviewed.result.checks)
        gpkg_done = outputs.vector_begin(gpkg_path, iter_review_layers(reviewed, run_id), rows)
    if json_path:
        doc = reviewed.result.to_dict(language, detail=detail or not gpkg_path, lazy=True)
        doc["run_id"] = run_id
        doc.update(extra or {})
        written["json"] = outputs.json(json_path, doc)
    if gpkg_done is not None:
        written = {"gpkg": gpkg_done(), **written}
    return written


def new_run_id() -> str:
    """A fresh run id of letters only: a hex id may hold a run of 11 or 15 digits, which the privacy filter
    masks as a mobile or ID-card number (seen: 'f174****2195...')."""
    return uuid.uuid4().hex.translate(_LETTERS)


_LETTERS = str.maketrans("0123456789", "ghijklmnop")


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
    from ..core.gc_pause import paused_gc
    from ..core.parameters import ReviewParameters
    from .read import review

    with paused_gc(), Outputs(scheme.input_files(), overwrite) as outputs:
        for path in (output_gpkg, output_json):
            if path:
                outputs.claim(path)
        reviewed = review(scheme, standard, params or ReviewParameters(), progress)
        write_review(outputs, reviewed, output_json, output_gpkg)
    return reviewed
