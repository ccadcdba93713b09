"""smart_community:import_pois — Amap/Baidu POI exports (CSV, JSON, XLSX) into a facilities layer."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingOutputNumber, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile, QgsWkbTypes,
)

from ..core.chinese_coords import SYSTEMS
from ..core.field_mapping import FacilityMatcher
from ..core.pois import read_pois, rows_from_json
from ..i18n import tr
from ..layers.privacy import masker
from ..layers.reader import facility_type_lookup
from ..layers.schema import layer_spec
from ..standard import load_standard
from .sinks import write_sink


def read_rows(path: str) -> list[dict[str, Any]]:
    """Rows of a CSV (UTF-8 or GBK), JSON or XLSX file."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from ..deps import MissingDependency, require

        try:
            require("xlsx", "Reading XLSX needs openpyxl (or save the sheet as CSV)")
        except MissingDependency as exc:
            raise QgsProcessingException(str(exc)) from exc
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        values = list(sheet.iter_rows(values_only=True))
        if not values:
            return []
        header = [str(h or "").strip() for h in values[0]]
        return [dict(zip(header, row)) for row in values[1:]]
    raw = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise QgsProcessingException(tr("{} is neither UTF-8 nor GBK text.").format(path))
    if suffix == ".json" or text.lstrip().startswith(("{", "[")):
        try:
            return rows_from_json(json.loads(text))
        except ValueError as exc:
            raise QgsProcessingException(tr("{} is not valid JSON: {}").format(path, exc)) from exc
    return list(csv.DictReader(io.StringIO(text)))


class ImportPoisAlgorithm(QgsProcessingAlgorithm):
    """INPUT (CSV/JSON/XLSX), COORDINATES (gcj02, bd09, wgs84), OUTPUT facilities in WGS84."""

    def name(self) -> str:
        return "import_pois"

    def displayName(self) -> str:
        return tr("Import POIs from Amap or Baidu")

    def group(self) -> str:
        return tr("Data")

    def groupId(self) -> str:
        return "data"

    def shortHelpString(self) -> str:
        return tr("Reads a POI export (CSV in UTF-8 or GBK, JSON as Amap's pois or Baidu's results, or XLSX) with "
                  "name, type and longitude/latitude columns (名称, 类型, 经度, 纬度 … or Amap's location "
                  "\"lng,lat\"), converts GCJ-02 or BD-09 to WGS84 and maps names and categories to Table A.0.1 "
                  "types (卫生站 → health_station). POIs of no known type keep their category for the "
                  "validation to flag. CGCS2000 is treated as WGS84.")

    def createInstance(self) -> "ImportPoisAlgorithm":
        return ImportPoisAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("POI export"),
                                                     fileFilter="POI (*.csv *.json *.xlsx *.txt)"))
        self.addParameter(QgsProcessingParameterEnum("COORDINATES", tr("Coordinates of the export"), list(SYSTEMS),
                                                     defaultValue="gcj02", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Facilities")))
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("POIs imported")))
        self.addOutput(QgsProcessingOutputNumber("TYPED", tr("POIs of a known type")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        path = self.parameterAsFile(parameters, "INPUT", context)
        try:
            rows = read_rows(path)
        except OSError as exc:
            raise QgsProcessingException(str(exc)) from exc
        matcher = FacilityMatcher(facility_type_lookup(load_standard()))
        pois, skipped = read_pois(rows, self.parameterAsString(parameters, "COORDINATES", context), matcher, masker())
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
        dest = write_sink(self, parameters, "OUTPUT", context, spec, QgsWkbTypes.Type.Point,
                          QgsCoordinateReferenceSystem("EPSG:4326"), rows_out)
        typed = sum(p.facility_type is not None for p in pois)
        feedback.pushInfo(tr("{} POIs imported, {} of a known type, {} rows skipped.").format(
            len(pois), typed, len(skipped)))
        return {"OUTPUT": dest, "IMPORTED": len(pois), "TYPED": typed}
