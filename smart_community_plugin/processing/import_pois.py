"""smart_community:import_pois — Amap/Baidu POI exports (CSV, JSON, XLSX) into a facilities layer."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..core.chinese_coords import SYSTEMS
from ..core.errors import InputError
from ..core.pois import read_pois, rows_from_json
from ..i18n import tr, tr_noop
from ..layers.schema import layer_spec
from ..layers.vector_write import LayerData
from ..standard import load_standard
from .base import SmartAlgorithm
from .destinations import write_sink

MAX_FIELD = 1 << 20   # characters in one CSV field: more is no POI export


def _xlsx_rows(path: str) -> list[dict[str, Any]]:
    from ..deps import require

    require("xlsx", tr("Reading XLSX needs openpyxl (or save the sheet as CSV)"))
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(tr("{} is not an Excel workbook (XLSX): {}").format(path, exc)) from exc
    except Exception as exc:  # noqa: BLE001 — openpyxl raises its own kinds for broken workbooks
        raise InputError(tr("{} is not an Excel workbook (XLSX): {}").format(path, exc)) from exc
    sheet = book.active
    if sheet is None:
        return []
    values = list(sheet.iter_rows(values_only=True))
    if not values:
        return []
    header = [str(h or "").strip() for h in values[0]]
    return [dict(zip(header, row)) for row in values[1:]]


def read_rows(path: str) -> list[dict[str, Any]]:
    """Rows of a CSV (UTF-8 or GBK), JSON or XLSX file; a file that is none of them is an InputError."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(tr("{} cannot be read: {}").format(path, exc.strerror)) from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError(tr("{} is neither UTF-8 nor GBK text.").format(path))
    if suffix == ".json" or text.lstrip().startswith(("{", "[")):
        try:
            return rows_from_json(json.loads(text))
        except RecursionError as exc:
            raise InputError(tr("{} is nested too deeply to be a POI export.").format(path)) from exc
        except ValueError as exc:
            raise InputError(tr("{} is not valid JSON: {}").format(path, exc)) from exc
    old = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD)
    try:
        return list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InputError(tr("{} is not a readable CSV file: {}").format(path, exc)) from exc
    finally:
        csv.field_size_limit(old)


class ImportPoisAlgorithm(SmartAlgorithm):
    """INPUT (CSV/JSON/XLSX), COORDINATES (gcj02, bd09, wgs84), OUTPUT facilities in WGS84."""

    NAME, GROUP, TITLE = "import_pois", "data", tr_noop("Import POIs from Amap or Baidu")
    HELP = tr_noop("Reads a POI export (CSV in UTF-8 or GBK, JSON as Amap's pois or Baidu's results, or XLSX) with "
                   "name, type and longitude/latitude columns (名称, 类型, 经度, 纬度 … or Amap's location "
                   "\"lng,lat\"), converts GCJ-02 or BD-09 to WGS84 and maps names and categories to Table A.0.1 "
                   "types (卫生站 → health_station). POIs of no known type keep their category for the "
                   "validation to flag. CGCS2000 is treated as WGS84.")

    def define(self) -> None:
        """The export, its coordinate system, the facilities."""
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("POI export"),
                                                     fileFilter="POI (*.csv *.json *.xlsx *.txt)"))
        self.addParameter(QgsProcessingParameterEnum("COORDINATES", tr("Coordinates of the export"), list(SYSTEMS),
                                                     defaultValue="gcj02", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Facilities")))
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("POIs imported")))
        self.addOutput(QgsProcessingOutputNumber("TYPED", tr("POIs of a known type")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Read the rows, convert, write the facilities."""
        path = self.parameterAsFile(parameters, "INPUT", context)
        with self.outputs(parameters, context) as outputs:
            pois, skipped = read_pois(read_rows(path), self.parameterAsString(parameters, "COORDINATES", context),
                                      load_standard().matcher)
            for line in skipped[:20]:
                feedback.pushWarning(line)
            spec = [(f.name, f.type) for f in layer_spec("facilities").fields]
            names = [n for n, _ in spec]
            source = f"POI export {Path(path).name}"
            rows_out = []
            for p in pois:
                values = dict.fromkeys(names)
                values.update(facility_type=p.facility_type or p.category, name=p.name, status="existing",
                              data_source=source)
                rows_out.append((shapely.Point(p.lon, p.lat), [values[n] for n in names]))
            dest = write_sink(self, parameters, "OUTPUT", context, outputs,
                              LayerData("facilities", QgsWkbTypes.Type.Point,
                                        QgsCoordinateReferenceSystem("EPSG:4326"), spec, rows_out))
        typed = sum(p.facility_type is not None for p in pois)
        feedback.pushInfo(tr("{} POIs imported, {} of a known type, {} rows skipped.").format(
            len(pois), typed, len(skipped)))
        return {"OUTPUT": dest, "IMPORTED": len(pois), "TYPED": typed}
