"""Read QGIS vector layers into ReviewInputs in the metric working CRS, with findings for bad data."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import numpy as np
import shapely
from qgis.core import (
    Qgis, QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProject, QgsProviderRegistry,
    QgsVectorLayer, QgsWkbTypes,
)

from ..core.inputs import FACILITY_NUMBERS, Buildings, Community, Compounds, Facilities, ReviewInputs, Roads
from ..core.results import Finding, Severity
from ..core.field_mapping import FacilityMatcher
from ..standard.model import Standard
from .crs import working_crs


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

_STATUS = {"existing": "existing", "现状": "existing", "已建": "existing", "现有": "existing",
           "planned": "planned", "规划": "planned", "新建": "planned", "拟建": "planned"}
_TRUE = {"1", "true", "yes", "y", "t", "是", "有"}
# OSM highway classes people may not walk on (others, and any class not listed, are walkable).
NOT_WALKABLE_HIGHWAYS = frozenset({"motorway", "motorway_link", "trunk", "trunk_link", "construction",
                                   "proposed", "raceway", "bus_guideway", "abandoned", "platform"})
# Shapely type ids a layer may hold: 0 point, 1 line, 3 polygon, 4 multipoint, 5 multiline, 6 multipolygon.
SHAPES_BY_LAYER = {"community": (3, 6, 7), "buildings": (3, 6), "compounds": (3, 6), "play_areas": (3, 6),
                   "facilities": (0, 3, 4, 6), "roads": (1, 5), "gates": (0, 4), "entrances": (0, 4),
                   "windows": (0, 4), "candidates": (0, 3, 4, 6)}
_OTHER_TAG = re.compile(r'"([^"]+)"=>"((?:[^"\\]|\\.)*)"')
_FALSE = {"0", "false", "no", "n", "f", "否", "无"}
_SPLIT = re.compile(r"[,;，；、|\s]+")


class InputError(ValueError):
    """An input layer cannot be used at all; the message names the layer and the fix."""


def _is_null(v: Any) -> bool:
    if v is None:
        return True
    is_null = getattr(v, "isNull", None)  # QVariant NULL
    return bool(is_null()) if callable(is_null) else False


def _number(v: Any) -> float:
    if _is_null(v):
        return math.nan
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, str):
        s = v.strip().lower()
        if s in _TRUE:
            return 1.0
        if s in _FALSE:
            return 0.0
        try:
            return float(s)
        except ValueError:
            return math.nan
    try:
        x = float(v)
    except (TypeError, ValueError):
        return math.nan
    return x if math.isfinite(x) else math.nan


def _text(v: Any) -> str:
    return "" if _is_null(v) else str(v).strip()


def _provenance(layer: QgsVectorLayer) -> dict[str, Any]:
    """6.4.2: the data sources and entry times the layer records, when it was read, when its file changed."""
    import datetime as dt
    import os

    out: dict[str, Any] = {"read_at": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    path = layer.source().split("|")[0]
    if os.path.isfile(path):
        out["file_modified"] = dt.datetime.fromtimestamp(os.path.getmtime(path)).astimezone().isoformat(
            timespec="seconds")
    fields = layer.fields()
    src = fields.lookupField("data_source")
    if src >= 0:
        out["data_source"] = sorted(str(v) for v in layer.uniqueValues(src, 6) if not _is_null(v))[:5]
    when = fields.lookupField("entry_time")
    if when >= 0:
        low, high = layer.minimumValue(when), layer.maximumValue(when)
        if not _is_null(low):
            out["entry_time"] = [_iso(low), _iso(high)]
    return out


def _iso(v: Any) -> str:
    return v.toString("yyyy-MM-ddTHH:mm:ss") if hasattr(v, "toString") else str(v)


def parse_smart_features(v: Any) -> frozenset[str]:
    """Smart feature codes from a JSON list or a separated string."""
    if _is_null(v):
        return frozenset()
    if isinstance(v, (list, tuple)):
        return frozenset(str(x).strip() for x in v if str(x).strip())
    s = str(v).strip()
    if s.startswith("{") and s.endswith("}"):
        # QGIS's multi-select value relation stores {"a","b"} in text fields.
        return frozenset(x.strip('"') for x in _SPLIT.split(s[1:-1]) if x.strip('"'))
    if s.startswith("["):
        try:
            return frozenset(str(x).strip() for x in json.loads(s) if str(x).strip())
        except (ValueError, TypeError):
            pass
    return frozenset(x for x in _SPLIT.split(s) if x)


def format_smart_features(codes: Iterable[str]) -> str:
    """Codes as QGIS's multi-select value relation writes them to a text field: {"a","b"}."""
    return "{" + ",".join(f'"{c}"' for c in codes) + "}"


def facility_type_lookup(standard: Standard) -> dict[str, str]:
    """Accepted spellings of each facility type (code, Chinese and English names) to its code."""
    out = {}
    for f in standard.facilities:
        for key in (f.code, f.name_zh, f.name_en):
            out[key.strip().lower()] = f.code
        # The Chinese name without its parenthesised part: 老年人日间照料中心（托老所） -> both names.
        for part in re.split(r"[（）()]", f.name_zh):
            if len(part.strip()) >= 2:
                out.setdefault(part.strip().lower(), f.code)
    return out


@dataclass
class _Read:
    fids: np.ndarray
    geoms: np.ndarray
    attrs: dict[str, Any]  # per key: a float array (numeric columns read by GDAL) or a list of values


def map_distinct(values: Any, fn: Any) -> np.ndarray:
    """fn applied once per distinct text value (None and NULL as ""), spread back over the column.

    Columns such as use, type and status hold a few distinct values in 1e5-1e6 rows.
    """
    keys = np.array([v if type(v) is str else _text(v) for v in values], dtype=object)
    out = np.empty(len(keys), dtype=object)
    if len(keys) == 0:
        return out
    uniq, inverse = np.unique(keys.astype(str), return_inverse=True)
    mapped = np.empty(len(uniq), dtype=object)
    for k, u in enumerate(uniq):
        mapped[k] = fn(u)
    out[:] = mapped[inverse]
    return out


def _floats(values: Any) -> np.ndarray:
    """A column as floats, NaN where missing or not a number."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return values.astype(float, copy=True)
    return np.array([_number(v) for v in values], dtype=float)


def _ogr_source(layer: QgsVectorLayer) -> Optional[tuple[str, Optional[str], Optional[int]]]:
    """(path, layer name, layer id) of an OGR-backed layer, or None."""
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    layer_id = parts.get("layerId")
    return path, parts.get("layerName") or None, int(layer_id) if layer_id not in (None, "") else None


def _read_arrow(layer: QgsVectorLayer, columns: dict[str, str]) -> Optional[tuple]:
    """Read fids, WKB and columns through GDAL's Arrow stream (GDAL >= 3.6), or None when not possible.

    QGIS's feature iterator costs ~5 µs a feature from Python; the Arrow stream hands over whole
    columns. Only for layers QGIS would read unchanged: OGR provider, no subset string, no unsaved edits.
    """
    source = _ogr_source(layer)
    if source is None or layer.subsetString() or layer.isEditable() or layer.isModified():
        return None
    try:
        from osgeo import gdal
    except ImportError:
        return None
    path, name, layer_id = source
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if ds is None:
        return None
    lyr = ds.GetLayerByName(name) if name else ds.GetLayer(layer_id or 0)
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lyr.SetIgnoredFields([n for n in names if n not in columns.values()])
    fid_col = lyr.GetFIDColumn() or "OGC_FID"
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    fids, geoms, cols = [], [], {key: [] for key in columns}
    for batch in lyr.GetArrowStreamAsNumPy():
        fids.append(np.asarray(batch[fid_col], dtype=np.int64))
        geoms.append(batch[geom_col])
        for key, field_name in columns.items():
            cols[key].append(batch[field_name])
    del lyr, ds
    if not fids:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=object), {k: [] for k in columns}
    fid = np.concatenate(fids)
    wkb = np.ma.concatenate(geoms) if any(np.ma.isMaskedArray(g) for g in geoms) else np.concatenate(geoms)
    out = {}
    for key, chunks in cols.items():
        col = np.ma.concatenate(chunks)
        mask = np.ma.getmaskarray(col)
        data = np.ma.getdata(col)
        if data.dtype.kind in "iuf":
            values = data.astype(float)
            values[mask] = np.nan
            out[key] = values
        else:
            uniq, inverse = np.unique(data, return_inverse=True)
            decoded = np.array([u.decode("utf-8", "replace") if isinstance(u, bytes) else u for u in uniq.tolist()]
                               + [None], dtype=object)
            inverse = np.where(mask, len(uniq), inverse)
            out[key] = decoded[inverse]
    geom_mask = np.ma.getmaskarray(wkb)
    raw = np.ma.getdata(wkb)
    if raw.dtype == object:  # variable-size WKB arrives as bytes objects already
        blobs = raw.copy()
    else:  # fixed-size WKB arrives as a void array
        blobs = np.array([bytes(v) for v in raw], dtype=object)
    blobs[geom_mask] = None
    return fid, blobs, out


class LayerReader:
    """Reads layers for one review, all into one working CRS, collecting findings."""

    def __init__(self, crs_layer: QgsVectorLayer, fields: InputFields = DEFAULT_FIELDS,
                 target_crs: Optional[QgsCoordinateReferenceSystem] = None, crs_layer_name: str = "community",
                 crs_layer_types: tuple = (QgsWkbTypes.GeometryType.PolygonGeometry,)):
        """The working CRS comes from crs_layer (the community boundary for a review)."""
        self.fields = fields
        self.findings: list[Finding] = []
        self.sources: dict[str, Any] = {}
        self._check_layer(crs_layer, crs_layer_name, crs_layer_types)
        self.crs = target_crs or working_crs(crs_layer.crs(), crs_layer.extent())
        if not self.crs.isValid():
            raise InputError("Could not choose a metric working CRS: the community layer's extent is empty or "
                             "not at a real place (check its coordinates and CRS).")
        self.context = QgsProject.instance().transformContext()

    # --- generic -------------------------------------------------------------------------
    def _check_layer(self, layer: Optional[QgsVectorLayer], name: str, allowed: tuple) -> None:
        if layer is None or not layer.isValid():
            raise InputError(f"The {name} layer is missing or cannot be opened.")
        if not has_known_crs(layer.crs()):
            raise InputError(
                f"The {name} layer '{layer.name()}' has no coordinate reference system (or an undefined "
                "local one). Set it in QGIS (Layer Properties > Source) so distances can be measured in metres.")
        gtype = QgsWkbTypes.geometryType(layer.wkbType())
        if gtype not in allowed:
            wanted = " or ".join(QgsWkbTypes.geometryDisplayString(a) for a in allowed)
            raise InputError(f"The {name} layer '{layer.name()}' has {QgsWkbTypes.geometryDisplayString(gtype)} "
                             f"geometries; {wanted} expected.")

    def _field(self, layer: QgsVectorLayer, name: str, wanted: str, default: str,
               required: bool = False) -> Optional[str]:
        """The field to read, or None. A non-default name that is absent is an error."""
        if not wanted:
            return None
        if layer.fields().lookupField(wanted) >= 0:
            return wanted
        if required or wanted != default:
            raise InputError(f"The {name} layer '{layer.name()}' has no field '{wanted}'. "
                             f"Fields: {', '.join(layer.fields().names())}.")
        return None

    def _read(self, layer: QgsVectorLayer, name: str, wanted: dict[str, Optional[str]]) -> _Read:
        columns = {key: n for key, n in wanted.items() if n}
        fast = _read_arrow(layer, columns) if layer.crs() == self.crs else None
        if fast is not None:
            fids, blobs, attrs = fast
        else:
            fids, blobs, attrs = self._iterate(layer, columns)
        present = np.array([b is not None for b in blobs], dtype=bool)
        geoms = np.empty(len(blobs), dtype=object)
        if present.any():
            geoms[present] = shapely.from_wkb(blobs[present])
        present &= ~shapely.is_empty(geoms) & ~shapely.is_missing(geoms)
        for k in np.flatnonzero(~present):
            self.findings.append(Finding(Severity.WARNING, name, "Feature has no geometry; skipped.",
                                         feature_id=int(fids[k])))
        # Only shapes the layer can hold, with finite coordinates (a point among buildings, or a vertex at
        # infinity after reprojection, is reported and left out rather than breaking the geometry code).
        allowed = SHAPES_BY_LAYER.get(name)
        idx = np.flatnonzero(present)
        if allowed is not None and len(idx):
            wrong = idx[~np.isin(shapely.get_type_id(geoms[idx]), allowed)]
            for k in wrong:
                self.findings.append(Finding(Severity.WARNING, name, f"A {geoms[k].geom_type} in this layer; "
                                             "skipped.", feature_id=int(fids[k])))
            present[wrong] = False
        idx = np.flatnonzero(present)
        valid = np.ones(len(geoms), dtype=bool)
        if len(idx):
            # GEOS calls NaN and infinite coordinates invalid: only invalid shapes need their vertices looked at.
            valid[idx] = shapely.is_valid(geoms[idx])
            suspect = idx[~valid[idx]]
            coords, owner = shapely.get_coordinates(geoms[suspect], return_index=True)
            broken = suspect[np.unique(owner[~np.isfinite(coords).all(axis=1)])]
            for k in broken:
                self.findings.append(Finding(Severity.WARNING, name, "Coordinates are not finite (NaN or out of "
                                             "the CRS's range); skipped.", feature_id=int(fids[k])))
            present[broken] = False
        if not present.all():
            fids, geoms, valid = fids[present], geoms[present], valid[present]
            attrs = {key: (v[present] if isinstance(v, np.ndarray) else [x for x, p in zip(v, present) if p])
                     for key, v in attrs.items()}
        geoms = self._repair(geoms, fids, name, valid)
        if 3 in SHAPES_BY_LAYER.get(name, ()) and len(geoms):
            # A repair can turn a sliver into lines or points: a polygon left without area is not a footprint
            # (points stay where points are allowed, as facilities).
            polygonal = np.isin(shapely.get_type_id(geoms), (3, 6, 7))
            flat = ~polygonal | ((shapely.area(geoms) > 0) & ~shapely.is_empty(geoms))
            for k in np.flatnonzero(~flat):
                self.findings.append(Finding(Severity.WARNING, name, "No area left after repair; skipped.",
                                             feature_id=int(fids[k])))
            if not flat.all():
                fids, geoms = fids[flat], geoms[flat]
                attrs = {key: (v[flat] if isinstance(v, np.ndarray) else [x for x, p in zip(v, flat) if p])
                         for key, v in attrs.items()}
        self._record_source(layer, name, len(fids))
        return _Read(fids, geoms, attrs)

    def _iterate(self, layer: QgsVectorLayer, columns: dict[str, str]) -> tuple:
        """Read through QGIS's feature iterator, transforming to the working CRS on the way."""
        request = QgsFeatureRequest().setSubsetOfAttributes(list(columns.values()), layer.fields())
        request.setDestinationCrs(self.crs, self.context)
        idx = {key: layer.fields().lookupField(n) for key, n in columns.items()}
        fids, blobs = [], []
        attrs: dict[str, list] = {key: [] for key in idx}
        for feat in layer.getFeatures(request):
            g = feat.geometry()
            fids.append(feat.id())
            blobs.append(None if g.isNull() else bytes(g.asWkb()))
            values = feat.attributes()
            for key, i in idx.items():
                attrs[key].append(values[i])
        return np.array(fids, dtype=np.int64), np.array(blobs, dtype=object), attrs

    def _record_source(self, layer: QgsVectorLayer, name: str, features: int) -> None:
        """Where a layer came from, for the report's data sources (6.4.2)."""
        self.sources[name] = {"layer": layer.name(), "source": _safe_source(layer),
                              "provider": layer.providerType(), "crs": layer.crs().authid(),
                              "features": features, **_provenance(layer)}

    def _repair(self, geoms: np.ndarray, fids: np.ndarray, name: str, valid: np.ndarray) -> np.ndarray:
        if len(geoms) == 0:
            return geoms
        bad = ~valid
        for k in np.flatnonzero(bad):
            reason = shapely.is_valid_reason(geoms[k])
            self.findings.append(Finding(Severity.WARNING, name,
                                         f"Invalid geometry ({reason}); repaired for the review only.",
                                         feature_id=int(fids[k])))
        if bad.any():
            geoms = geoms.copy()
            geoms[bad] = shapely.make_valid(geoms[bad])
            if 3 in SHAPES_BY_LAYER.get(name, ()):
                geoms[bad] = [_polygonal(g) for g in geoms[bad]]
        return geoms

    # --- layers --------------------------------------------------------------------------
    def community(self, layer: QgsVectorLayer) -> Community:
        """The boundary as one (multi)polygon and its first name, kind and population."""
        f = self.fields
        wanted = {"name": self._field(layer, "community", f.community_name, DEFAULT_FIELDS.community_name),
                  "kind": self._field(layer, "community", f.community_kind, DEFAULT_FIELDS.community_kind),
                  "population": self._field(layer, "community", f.community_population,
                                            DEFAULT_FIELDS.community_population)}
        r = self._read(layer, "community", wanted)
        polys = [g for g in r.geoms if shapely.get_type_id(g) in (3, 6, 7)]
        if not polys:
            raise InputError(f"The community layer '{layer.name()}' has no polygon with a geometry.")
        if len(polys) > 1:
            self.findings.append(Finding(Severity.INFO, "community",
                                         f"{len(polys)} boundary polygons merged into one community."))
        geom = shapely.union_all(polys)
        kinds = [_text(v).lower() for v in r.attrs.get("kind", [])]
        kind = next((k for k in kinds if k), "")
        kind = {"新建": "new", "既有": "existing", "existing": "existing", "new": "new"}.get(kind, "")
        if not kind:
            self.findings.append(Finding(Severity.INFO, "community",
                                         "Community kind (new/existing) not given; treated as new.",
                                         field=wanted["kind"]))
        pops = [_number(v) for v in r.attrs.get("population", [])]
        pops = [p for p in pops if math.isfinite(p)]
        if any(p < 0 for p in pops):
            raise InputError("The community population is negative.")
        name = next((_text(v) for v in r.attrs.get("name", []) if _text(v)), layer.name())
        return Community(geom, name, kind or "new", float(sum(pops)) if pops else None)

    def buildings(self, layer: QgsVectorLayer) -> Buildings:
        """Buildings with use, floors, height, households and population (NaN where missing)."""
        self._check_layer(layer, "buildings", (QgsWkbTypes.GeometryType.PolygonGeometry,))
        f, d = self.fields, DEFAULT_FIELDS
        wanted = {"use": self._field(layer, "buildings", f.building_use, d.building_use),
                  "floors": self._field(layer, "buildings", f.building_floors, d.building_floors),
                  "height": self._field(layer, "buildings", f.building_height, d.building_height),
                  "households": self._field(layer, "buildings", f.building_households, d.building_households),
                  "population": self._field(layer, "buildings", f.building_population, d.building_population),
                  "ground": self._field(layer, "buildings", f.building_ground, d.building_ground)}
        r = self._read(layer, "buildings", wanted)
        n = len(r.fids)

        def numbers(key: str, label: str, low: float = 0.0) -> np.ndarray:
            if key not in r.attrs:
                return np.full(n, np.nan)
            out = _floats(r.attrs[key])
            for k in np.flatnonzero(out < low):
                self.findings.append(Finding(Severity.WARNING, "buildings",
                                             f"{label} {out[k]:g} is out of range; ignored.",
                                             feature_id=int(r.fids[k]), field=wanted[key]))
            out[out < low] = np.nan
            return out

        if "use" in r.attrs:
            values = {v.lower() for v in f.residential_values}
            residential = map_distinct(r.attrs["use"], lambda u: u.strip().lower() in values).astype(bool)
        else:
            residential = np.ones(n, dtype=bool)
            self.findings.append(Finding(Severity.INFO, "buildings",
                                         "No building use field: every building counts as residential."))
        return Buildings(r.fids, r.geoms, residential, numbers("floors", "Floors", 1.0),
                         numbers("height", "Height"), numbers("households", "Households"),
                         numbers("population", "Population"),
                         numbers("ground", "Ground elevation", -1000.0) if "ground" in r.attrs else None)

    def facilities(self, layer: QgsVectorLayer, standard: Standard) -> Facilities:
        """Facilities with their type codes; unknown types are reported and left out."""
        self._check_layer(layer, "facilities", (QgsWkbTypes.GeometryType.PointGeometry,
                                                QgsWkbTypes.GeometryType.PolygonGeometry))
        if layer.featureCount() == 0:
            # Reviewed as a scheme with no facilities; the fields of an empty layer do not matter.
            self._record_source(layer, "facilities", 0)
            return Facilities.empty()
        f, d = self.fields, DEFAULT_FIELDS
        wanted = {"type": self._field(layer, "facilities", f.facility_type, d.facility_type, required=True),
                  "status": self._field(layer, "facilities", f.facility_status, d.facility_status),
                  "name": self._field(layer, "facilities", f.facility_name, d.facility_name),
                  "smart": self._field(layer, "facilities", f.facility_smart, d.facility_smart),
                  "centre": self._field(layer, "facilities", f.facility_centre, d.facility_centre)}
        for key in FACILITY_NUMBERS:
            wanted[key] = self._field(layer, "facilities", f.facility_numbers.get(key, key), key)
        r = self._read(layer, "facilities", wanted)
        n = len(r.fids)
        lookup = facility_type_lookup(standard)
        matcher = FacilityMatcher(lookup)
        raw_types = map_distinct(r.attrs["type"], str.strip)
        codes = map_distinct(r.attrs["type"], matcher.match)
        # Names read through the intake vocabulary (卫生站 -> health_station) are said once per spelling.
        aliased = Counter(t for t, c in zip(raw_types, codes) if c and t.lower() not in lookup)
        for raw in sorted(aliased):
            self.findings.append(Finding(Severity.INFO, "facilities", f"'{raw}' read as {matcher.match(raw)} "
                                         f"({aliased[raw]} features).", field=wanted["type"]))
        for k in np.flatnonzero(codes == None):  # noqa: E711 (element-wise comparison)
            self.findings.append(Finding(Severity.WARNING, "facilities",
                                         f"Unknown facility type '{raw_types[k]}'; left out of the review.",
                                         feature_id=int(r.fids[k]), field=wanted["type"]))
        if "status" in r.attrs:
            raw_status = map_distinct(r.attrs["status"], lambda u: u.strip().lower())
            status = map_distinct(raw_status, lambda u: _STATUS.get(u, "unknown" if u else "existing"))
        else:
            raw_status = status = np.full(n, "existing", dtype=object)
        keep = np.flatnonzero(codes != None)  # noqa: E711
        for k in keep[status[keep] == "unknown"]:
            self.findings.append(Finding(Severity.WARNING, "facilities",
                                         f"Unknown status '{raw_status[k]}' (existing or planned); not counted.",
                                         feature_id=int(r.fids[k]), field=wanted["status"]))

        def column(key: str, convert: Any, default: Any) -> np.ndarray:
            if key not in r.attrs:
                return np.full(len(keep), default, dtype=object)
            return map_distinct(r.attrs[key], convert)[keep]

        numbers = {key: (_floats(r.attrs[key])[keep] if key in r.attrs else np.full(len(keep), np.nan))
                   for key in FACILITY_NUMBERS}
        for key, values in numbers.items():
            for k in np.flatnonzero(values < 0):
                self.findings.append(Finding(Severity.WARNING, "facilities", f"{key} is negative; ignored.",
                                             feature_id=int(r.fids[keep[k]]), field=wanted[key]))
            values[values < 0] = np.nan
        smart = column("smart", parse_smart_features, frozenset())
        return Facilities(
            fids=r.fids[keep], geometries=r.geoms[keep],
            types=codes[keep], status=status[keep],
            names=column("name", str.strip, ""), numbers=numbers, smart_features=list(smart),
            centre=column("centre", str.strip, ""))

    def compounds(self, layer: Optional[QgsVectorLayer]) -> Optional[Compounds]:
        """Gated compounds; without a gated field every compound counts as gated."""
        if layer is None:
            return None
        self._check_layer(layer, "compounds", (QgsWkbTypes.GeometryType.PolygonGeometry,))
        f = self.fields
        wanted = {"gated": self._field(layer, "compounds", f.compound_gated, DEFAULT_FIELDS.compound_gated),
                  "name": self._field(layer, "compounds", f.compound_name, DEFAULT_FIELDS.compound_name)}
        r = self._read(layer, "compounds", wanted)
        gated = (_floats(r.attrs["gated"]) != 0
                 if "gated" in r.attrs else np.ones(len(r.fids), dtype=bool))
        names = np.array([_text(v) for v in r.attrs.get("name", [""] * len(r.fids))], dtype=object)
        return Compounds(r.fids, r.geoms, gated, names)

    def lonlat(self, point: Any) -> tuple[float, float]:
        """Longitude and latitude (WGS 84) of a point in the working CRS."""
        from qgis.core import QgsCoordinateTransform, QgsPointXY

        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        p = QgsCoordinateTransform(self.crs, wgs84, self.context).transform(QgsPointXY(point.x, point.y))
        return p.x(), p.y()

    def polygons(self, layer: Optional[QgsVectorLayer], name: str) -> Optional[np.ndarray]:
        """The polygons of a layer such as the activity grounds, in the working CRS."""
        if layer is None:
            return None
        self._check_layer(layer, name, (QgsWkbTypes.GeometryType.PolygonGeometry,))
        return self._read(layer, name, {}).geoms

    def candidates(self, layer: QgsVectorLayer) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate sites (points or parcels): (xy, feature ids, land area m²: the land_area_m2 field, else
        the parcel's area, else NaN)."""
        self._check_layer(layer, "candidates", (QgsWkbTypes.GeometryType.PointGeometry,
                                                QgsWkbTypes.GeometryType.PolygonGeometry))
        field = "land_area_m2" if layer.fields().lookupField("land_area_m2") >= 0 else None
        r = self._read(layer, "candidates", {"land": field} if field else {})
        geoms = r.geoms
        xy = shapely.get_coordinates(shapely.point_on_surface(geoms)) if len(geoms) else np.empty((0, 2))
        area = shapely.area(geoms) if len(geoms) else np.empty(0)
        land = np.where(area > 0, area, np.nan)
        if field:
            given = np.array([_number(v) for v in r.attrs["land"]], dtype=float)
            land = np.where(np.isfinite(given), given, land)
        return xy, r.fids, land

    def points(self, layer: Optional[QgsVectorLayer], name: str) -> Optional[np.ndarray]:
        """Coordinates (n x 2, working CRS) of a point layer such as gates or entrances."""
        if layer is None:
            return None
        self._check_layer(layer, name, (QgsWkbTypes.GeometryType.PointGeometry,))
        r = self._read(layer, name, {})
        return shapely.get_coordinates(r.geoms) if len(r.geoms) else np.empty((0, 2))

    def windows(self, layer: Optional[QgsVectorLayer]) -> Optional[dict[str, np.ndarray]]:
        """Window points with facing_deg (required) and sill_m, for the sunlight analysis."""
        if layer is None:
            return None
        self._check_layer(layer, "windows", (QgsWkbTypes.GeometryType.PointGeometry,))
        names = {key: key if layer.fields().lookupField(key) >= 0 else None for key in ("facing_deg", "sill_m")}
        if names["facing_deg"] is None:
            raise InputError(f"The windows layer '{layer.name()}' needs a facing_deg field "
                             "(outward normal, degrees clockwise from north).")
        r = self._read(layer, "windows", names)
        n = len(r.fids)
        return {"windows": shapely.get_coordinates(r.geoms) if n else np.empty((0, 2)),
                "window_facing": _floats(r.attrs["facing_deg"]),
                "window_sill": _floats(r.attrs["sill_m"]) if "sill_m" in r.attrs else np.full(n, np.nan),
                "window_fids": r.fids}

    def roads(self, layer: Optional[QgsVectorLayer]) -> Optional[Roads]:
        """Walkable lines with levels; fields walkable/highway/layer/bridge/tunnel/foot/access or OSM other_tags."""
        if layer is None:
            return None
        self._check_layer(layer, "roads", (QgsWkbTypes.GeometryType.LineGeometry,))
        f = self.fields
        names = {"walkable": f.road_walkable, "highway": f.road_highway, "layer": "layer", "bridge": "bridge",
                 "tunnel": "tunnel", "foot": "foot", "access": "access", "other_tags": "other_tags"}
        wanted = {key: (n if layer.fields().lookupField(n) >= 0 else None) for key, n in names.items()}
        r = self._read(layer, "roads", wanted)
        keys = [k for k in wanted if k in r.attrs and k != "other_tags"]
        classified = "highway" in r.attrs or "other_tags" in r.attrs
        walk = np.zeros(len(r.fids), dtype=bool)
        level = np.zeros(len(r.fids), dtype=np.int64)
        for k in range(len(r.fids)):
            tags = osm_other_tags(r.attrs["other_tags"][k]) if "other_tags" in r.attrs else {}
            for key in keys:
                value = r.attrs[key][k]
                text = _text(value) if not isinstance(value, float) else ("" if np.isnan(value) else f"{value:g}")
                if text:
                    tags[key] = text
            walk[k] = is_walkable(tags, classified)
            level[k] = road_level(tags)
        dropped = int((~walk).sum())
        if dropped:
            self.findings.append(Finding(Severity.INFO, "roads",
                                         f"{dropped} ways are not walkable (walkable=0, no or a motorway class, "
                                         "foot=no ...) "
                                         "and are left out of the walking network."))
        return Roads(r.fids[walk], r.geoms[walk], level[walk])


def _polygonal(g: Any) -> Any:
    """The polygon parts of a repaired geometry (a collection may also hold lines and points)."""
    if shapely.get_type_id(g) in (3, 6):
        return g
    polys = [p for p in shapely.get_parts(shapely.get_parts(g)) if shapely.get_type_id(p) == 3]
    return shapely.multipolygons(polys) if polys else shapely.Polygon()


def osm_other_tags(value: Any) -> dict[str, str]:
    """Tags from the OSM driver's other_tags column ("key"=>"value",...)."""
    return dict(_OTHER_TAG.findall(_text(value)))


def road_level(tags: dict[str, str]) -> int:
    """Vertical level from OSM tags: layer when given, else +1 for bridges, -1 for tunnels, else 0."""
    layer = tags.get("layer", "").strip()
    try:
        return int(float(layer))
    except ValueError:
        pass
    if tags.get("bridge", "no").lower() not in ("no", ""):
        return 1
    if tags.get("tunnel", "no").lower() not in ("no", ""):
        return -1
    return 0


def is_walkable(tags: dict[str, str], classified: bool = False) -> bool:
    """A way people may walk on: the walkable flag when given, else OSM highway, foot and access tags.

    `classified` says the layer has road classes (a highway field or OSM tags): then a line without
    a highway class (a railway, river, wall ...) is not a path. A plain paths layer walks everywhere.
    """
    flag = tags.get("walkable", "").strip().lower()
    if flag:
        return flag not in _FALSE
    if tags.get("foot", "").lower() in ("no", "private"):
        return False
    if tags.get("access", "").lower() in ("no", "private") and tags.get("foot", "") not in ("yes", "designated"):
        return False
    highway = tags.get("highway", "").strip().lower()
    if not highway:
        return not classified
    return highway not in NOT_WALKABLE_HIGHWAYS


def has_known_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """A CRS that places data on the earth: valid, with known units and a PROJ definition."""
    return (crs.isValid() and crs.mapUnits() != Qgis.DistanceUnit.Unknown and bool(crs.toProj())
            and not crs.description().startswith("Undefined"))


def _safe_source(layer: QgsVectorLayer) -> str:
    """The layer's source without passwords."""
    return re.sub(r"(password|pwd)=\S+", r"\1=***", layer.source(), flags=re.IGNORECASE)


def read_inputs(community: QgsVectorLayer, buildings: QgsVectorLayer, facilities: QgsVectorLayer,
                standard: Standard, compounds: Optional[QgsVectorLayer] = None,
                fields: InputFields = DEFAULT_FIELDS, roads: Optional[QgsVectorLayer] = None,
                gates: Optional[QgsVectorLayer] = None, entrances: Optional[QgsVectorLayer] = None,
                play_areas: Optional[QgsVectorLayer] = None) -> ReviewInputs:
    """Read all review layers into one metric working CRS."""
    reader = LayerReader(community, fields)
    comm = reader.community(community)
    b = reader.buildings(buildings)
    fac = reader.facilities(facilities, standard)
    comp = reader.compounds(compounds)
    if len(b) == 0:
        reader.findings.append(Finding(Severity.WARNING, "buildings", "The buildings layer has no features."))
    if len(fac) == 0:
        reader.findings.append(Finding(Severity.WARNING, "facilities", "No facility of a known type."))
    crs = {"working": reader.crs.authid(), "working_name": reader.crs.description(),
           "inputs": {k: v["crs"] for k, v in reader.sources.items()}}
    road_data = reader.roads(roads)
    return ReviewInputs(community=comm, buildings=b, facilities=fac, compounds=comp, roads=road_data,
                        gates=reader.points(gates, "gates"), entrances=reader.points(entrances, "entrances"),
                        play_areas=reader.polygons(play_areas, "play_areas"),
                        findings=reader.findings, crs=crs, sources=reader.sources,
                        lonlat=reader.lonlat(shapely.centroid(comm.geometry)))
