"""smart_community:service_areas — walking service areas per facility and merged per type."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
    QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
    QgsProcessingParameterString, QgsProcessingParameterVectorLayer, QgsWkbTypes,
)

from ..core.service_areas import compute_service_areas
from ..i18n import tr
from ..layers.reader import InputError, LayerReader
from ..standard import load_standard
from .scheme import report_findings
from .sinks import write_sink


def _numbers(text: str, what: str) -> list[float]:
    try:
        values = sorted({float(x) for x in text.replace("，", ",").split(",") if x.strip()})
    except ValueError as exc:
        raise QgsProcessingException(tr("{} must be numbers separated by commas").format(what)) from exc
    if any(v <= 0 for v in values):
        raise QgsProcessingException(tr("{} must be greater than 0").format(what))
    return values


class ServiceAreasAlgorithm(QgsProcessingAlgorithm):
    """Polygons of what is reachable on foot, from the reachable parts of the paths."""

    def name(self) -> str:
        return "service_areas"

    def displayName(self) -> str:
        return tr("Walking service areas")

    def group(self) -> str:
        return tr("Walking")

    def groupId(self) -> str:
        return "walking"

    def shortHelpString(self) -> str:
        return tr("Walking service areas of facilities along the roads layer: the reachable parts of the "
                  "paths (edges cut at the exact remaining distance), buffered into polygons, per facility "
                  "and merged per type. Distances default to each type's own service radius or walking "
                  "time in Table A.0.1; give DISTANCES in metres, or MINUTES with a walking speed. "
                  "Facilities inside gated compounds leave through the paths in their walls' gates.")

    def createInstance(self) -> "ServiceAreasAlgorithm":
        return ServiceAreasAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterVectorLayer(
            "FACILITIES", tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint,
                                             QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "ROADS", tr("Roads and paths (for walking distances)"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "COMPOUNDS", tr("Gated compounds"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "GATES", tr("Compound gates (points in the walls; optional)"), [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "FACILITY_TYPE", tr("Facility types (codes, comma separated; empty: all)"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DISTANCES", tr("Distances (m, comma separated; empty: each type's own)"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "MINUTES", tr("Or minutes (comma separated)"), "", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "WALK_SPEED", tr("Walking speed (m/min)"), QgsProcessingParameterNumber.Type.Double, 60.0, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "BUFFER", tr("Polygon width either side of the paths (m)"), QgsProcessingParameterNumber.Type.Double,
            25.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber(
            "SNAP_TOLERANCE", tr("Join road ends closer than (m)"), QgsProcessingParameterNumber.Type.Double,
            1.0, minValue=0))
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_PLANNED", tr("Count planned facilities"), True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Service areas per facility"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_MERGED", tr("Service areas per type"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_LINES", tr("Reachable paths with their cost"), QgsProcessing.SourceType.TypeVectorLine,
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        std = load_standard()
        fac_layer = self.parameterAsVectorLayer(parameters, "FACILITIES", context)
        try:
            reader = LayerReader(fac_layer, crs_layer_name="facilities",
                                 crs_layer_types=(QgsWkbTypes.GeometryType.PointGeometry,
                                                  QgsWkbTypes.GeometryType.PolygonGeometry))
            facilities = reader.facilities(fac_layer, std)
            roads = reader.roads(self.parameterAsVectorLayer(parameters, "ROADS", context))
            compounds = reader.compounds(self.parameterAsVectorLayer(parameters, "COMPOUNDS", context))
            gates = reader.points(self.parameterAsVectorLayer(parameters, "GATES", context), "gates")
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        codes_text = self.parameterAsString(parameters, "FACILITY_TYPE", context).strip()
        codes = [c.strip() for c in codes_text.split(",") if c.strip()] if codes_text else list(std.codes)
        unknown = [c for c in codes if c not in std.codes]
        if unknown:
            raise QgsProcessingException(tr("Unknown facility type codes: {}").format(", ".join(unknown)))
        minutes_text = self.parameterAsString(parameters, "MINUTES", context).strip()
        dist_text = self.parameterAsString(parameters, "DISTANCES", context).strip()
        minutes = _numbers(minutes_text, tr("Minutes")) if minutes_text else []
        speed = self.parameterAsDouble(parameters, "WALK_SPEED", context)
        if minutes:
            fixed = [m * speed for m in minutes]
        elif dist_text:
            fixed = _numbers(dist_text, tr("Distances"))
        else:
            fixed = []
        distances = {}
        for code in codes:
            ftype = std.facility(code)
            own = std.sharing_distance(code) if (ftype.service_radius or ftype.quantity.walk_minutes) else None
            limits = fixed or ([own] if own else [])
            if not limits:
                feedback.pushInfo(tr("{}: no service radius in Table A.0.1; give DISTANCES or MINUTES").format(code))
                continue
            distances[code] = limits
        include_planned = self.parameterAsBoolean(parameters, "INCLUDE_PLANNED", context)
        statuses = ["existing", "planned"] if include_planned else ["existing"]
        active = np.isin(facilities.status, statuses)
        walls = None if compounds is None else compounds.geometries[compounds.gated]
        want_lines = parameters.get("OUTPUT_LINES") not in (None, "")
        result = compute_service_areas(facilities, roads, walls, distances, gates,
                                       self.parameterAsDouble(parameters, "BUFFER", context),
                                       self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context), active,
                                       with_lines=want_lines)
        report_findings(reader.findings + result.findings, feedback)
        minute_of = {d: m for m, d in zip(minutes, fixed)} if minutes else {}
        crs = reader.crs
        poly = QgsWkbTypes.Type.MultiPolygon

        def multi(g):
            return shapely.multipolygons(shapely.get_parts(g)) if not shapely.is_empty(g) else None

        spec = [("source_fid", "integer"), ("facility_type", "string"), ("name", "string"),
                ("distance_m", "double"), ("minutes", "double"), ("area_m2", "double")]
        rows = [(multi(g), [int(facilities.fids[k]), code, str(facilities.names[k]), d, minute_of.get(d),
                            float(shapely.area(g))]) for k, code, d, g in result.per_facility]
        out = {"OUTPUT": write_sink(self, parameters, "OUTPUT", context, spec, poly, crs, rows)}
        spec = [("facility_type", "string"), ("distance_m", "double"), ("minutes", "double"),
                ("facilities", "integer"), ("area_m2", "double")]
        rows = [(multi(g), [code, d, minute_of.get(d), n, float(shapely.area(g))]) for code, d, n, g in result.merged]
        out["OUTPUT_MERGED"] = write_sink(self, parameters, "OUTPUT_MERGED", context, spec, poly, crs, rows)
        if want_lines:
            spec = [("facility_type", "string"), ("distance_m", "double"), ("cost_from", "double"),
                    ("cost_to", "double")]
            rows = [(line, [code, d, float(a), float(b)]) for code, d, parts in result.lines
                    for line, a, b in zip(parts.lines, parts.cost_from, parts.cost_to)]
            out["OUTPUT_LINES"] = write_sink(self, parameters, "OUTPUT_LINES", context, spec,
                                             QgsWkbTypes.Type.LineString, crs, rows)
        return out
