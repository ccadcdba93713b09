"""smart_community:service_areas — walking service areas per facility and merged per type."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.errors import ReviewError
from ..core.service_areas import compute_service_areas
from ..i18n import tr, tr_noop
from ..layers.vector_write import LayerData
from ..pipeline.outputs import Outputs
from ..pipeline.read import reader_for
from ..standard import load_standard
from .base import SmartAlgorithm
from .destinations import sink_wanted, write_sink
from .parameters import add_layer_parameter, report_findings, scheme_from_parameters

ROLES_READ = ("facilities", "roads", "compounds", "gates")


def _numbers(text: str, what: str) -> list[float]:
    try:
        values = sorted({float(x) for x in text.replace("，", ",").split(",") if x.strip()})
    except (ValueError, OverflowError) as exc:
        raise ReviewError(tr("{} must be numbers separated by commas").format(what)) from exc
    if any(not (0 < v <= 100_000) for v in values):
        raise ReviewError(tr("{} must be greater than 0 (and at most 100 km)").format(what))
    return values


class ServiceAreasAlgorithm(SmartAlgorithm):
    """Polygons of what is reachable on foot, from the reachable parts of the paths."""

    NAME, GROUP, TITLE = "service_areas", "walking", tr_noop("Walking service areas")
    HELP = tr_noop("Walking service areas of facilities along the roads layer: the reachable parts of the "
                   "paths (edges cut at the exact remaining distance), buffered into polygons, per facility "
                   "and merged per type. Distances default to each type's own service radius or walking "
                   "time in Table A.0.1; give DISTANCES in metres, or MINUTES with a walking speed. "
                   "Facilities inside gated compounds leave through the paths in their walls' gates.")

    def define(self) -> None:
        """Facilities, roads, compounds, gates; types, distances; the three outputs."""
        add_layer_parameter(self, "facilities")
        add_layer_parameter(self, "roads", optional=False)
        add_layer_parameter(self, "compounds")
        add_layer_parameter(self, "gates")
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

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Read, compute the areas, write the asked outputs together."""
        with self.outputs(parameters, context) as outputs:
            return self._areas(parameters, context, feedback, outputs)

    def _areas(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
               outputs: Outputs) -> dict:
        std = load_standard()
        scheme = scheme_from_parameters(self, parameters, context, ROLES_READ)
        reader = reader_for(scheme, anchor="facilities")
        facilities = reader.facilities(scheme["facilities"], std)
        roads = reader.roads(scheme["roads"])
        compounds = reader.compounds(scheme.get("compounds"))
        gates = reader.points(scheme.get("gates"), "gates")
        codes_text = self.parameterAsString(parameters, "FACILITY_TYPE", context).strip()
        codes = [c.strip() for c in codes_text.split(",") if c.strip()] if codes_text else list(std.codes)
        unknown = [c for c in codes if c not in std.codes]
        if unknown:
            raise ReviewError(tr("Unknown facility type codes: {}").format(", ".join(unknown)))
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
        want_lines = sink_wanted(parameters, "OUTPUT_LINES")
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
        out = {"OUTPUT": write_sink(self, parameters, "OUTPUT", context, outputs,
                                    LayerData("service_areas", poly, crs, spec, rows))}
        spec = [("facility_type", "string"), ("distance_m", "double"), ("minutes", "double"),
                ("facilities", "integer"), ("area_m2", "double")]
        rows = [(multi(g), [code, d, minute_of.get(d), n, float(shapely.area(g))]) for code, d, n, g in result.merged]
        out["OUTPUT_MERGED"] = write_sink(self, parameters, "OUTPUT_MERGED", context, outputs,
                                          LayerData("service_areas_by_type", poly, crs, spec, rows))
        if want_lines:
            spec = [("facility_type", "string"), ("distance_m", "double"), ("cost_from", "double"),
                    ("cost_to", "double")]
            rows = [(line, [code, d, float(a), float(b)]) for code, d, parts in result.lines
                    for line, a, b in zip(parts.lines, parts.cost_from, parts.cost_to)]
            out["OUTPUT_LINES"] = write_sink(self, parameters, "OUTPUT_LINES", context, outputs,
                                             LayerData("reachable_paths", QgsWkbTypes.Type.LineString, crs, spec, rows))
        return out
