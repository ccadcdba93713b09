"""smart_community:sunlight — winter-solstice sunlight of kindergartens and nurseries (A.0.1)."""

from __future__ import annotations

import re

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.errors import ReviewError
from ..core.sun import beijing_to_true_solar, day_of
from ..core.sunlight import SunlightInputs, SunlightParameters, analyse, find_targets
from ..i18n import tr, tr_noop
from ..layers.roles import InputFields
from ..pipeline.read import reader_for
from ..pipeline.result_layers import sunlight_layers
from ..standard import load_standard
from .base import SmartAlgorithm
from .destinations import sink_wanted, write_sink
from .parameters import add_layer_parameter, report_findings, scheme_from_parameters

DAYS = ("winter_solstice", "great_cold")
BASES = ("true_solar", "beijing")


def _clock(text: str) -> float:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text or "")
    if not m or int(m.group(1)) > 24 or int(m.group(2)) > 59:
        raise ReviewError(tr("Times are HH:MM, e.g. 09:00"))
    return int(m.group(1)) * 60 + int(m.group(2))


class SunlightAlgorithm(SmartAlgorithm):
    """Windows and activity grounds of kindergartens and nurseries against 冬至日底层满窗日照不少于 3h."""

    NAME, GROUP, TITLE = "sunlight", "sunlight", tr_noop("Kindergarten sunlight (winter solstice)")
    HELP = tr_noop("Winter-solstice sunlight of kindergarten and nursery living rooms (at least 3 h of full-window "
                  "sun at the ground floor) and activity grounds (at least half outside the standard shadow "
                  "line), Table A.0.1. Exact shading by every building as a prism (height_m, else floors x storey "
                  "height), concave footprints and holes included. Windows come from WINDOWS (facing_deg, sill_m) "
                  "or are generated on the ground-floor walls facing south of the buildings that hold a "
                  "kindergarten or nursery; a window is lit when both sill corners are lit. Times are true solar "
                  "time (真太阳时) by default, 09:00-15:00 on 冬至; runs shorter than MIN_RUN_MIN do not count.")

    def define(self) -> None:
        """Layers, day and window of time, thresholds; the JSON and the layers."""
        std = load_standard()
        for role in ("buildings", "facilities", "windows", "play_areas"):
            add_layer_parameter(self, role)
        self.addParameter(QgsProcessingParameterEnum("DAY", tr("Day"), list(DAYS), defaultValue="winter_solstice",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("DATE", tr("Or a date (YYYY-MM-DD)"), "", optional=True))
        self.addParameter(QgsProcessingParameterNumber("YEAR", tr("Year"), QgsProcessingParameterNumber.Type.Integer,
                                                       2026, minValue=1950, maxValue=2050))
        self.addParameter(QgsProcessingParameterString("START", tr("Start (HH:MM)"), "09:00"))
        self.addParameter(QgsProcessingParameterString("END", tr("End (HH:MM)"), "15:00"))
        self.addParameter(QgsProcessingParameterEnum("TIME_BASIS", tr("Times are"), list(BASES),
                                                     defaultValue="true_solar", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber("STEP_MIN", tr("Step (minutes)"),
                                                       QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber("MIN_RUN_MIN", tr("Shortest run that counts (minutes)"),
                                                       QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "REQUIRED_HOURS", tr("Required hours"), QgsProcessingParameterNumber.Type.Double,
            std.facility("kindergarten").sunlight.min_hours, minValue=0))
        self.addParameter(QgsProcessingParameterNumber("STOREY_HEIGHT", tr("Storey height when only floors are given (m)"),
                                                       QgsProcessingParameterNumber.Type.Double,
                                                       std.population_defaults["storey_height_m"], minValue=0.5))
        self.addParameter(QgsProcessingParameterField("GROUND_FIELD", tr("Ground elevation field (m; optional)"),
                                                      None, "BUILDINGS", optional=True))
        self.addParameter(QgsProcessingParameterNumber("GRID", tr("Activity-ground grid (m)"),
                                                       QgsProcessingParameterNumber.Type.Double, 1.0,
                                                       minValue=0.1, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_JSON", tr("Sunlight (JSON)"), "JSON (*.json)"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_WINDOWS", tr("Windows with sunlit minutes"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_GROUND", tr("Activity ground by sunlit hours"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_CONTOUR", tr("Required-hours contour of the activity ground"),
            QgsProcessing.SourceType.TypeVectorLine, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SHADOWS", tr("Shadows at each hour (Beijing time)"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=False))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Check the outputs, analyse, write them together."""
        out_json = self.file_output(parameters, "OUTPUT_JSON", context)
        sinks = [n for n in ("OUTPUT_WINDOWS", "OUTPUT_GROUND", "OUTPUT_CONTOUR", "OUTPUT_SHADOWS")
                 if n == "OUTPUT_WINDOWS" or sink_wanted(parameters, n)]
        with self.outputs(parameters, context) as outputs:
            res, params, crs = self._analyse(parameters, context, feedback)
            layers = sunlight_layers(res, params.required_hours, crs)
            out = {}
            for output, part in (("OUTPUT_WINDOWS", "windows"), ("OUTPUT_GROUND", "ground_hours"),
                                 ("OUTPUT_CONTOUR", "ground_contour"), ("OUTPUT_SHADOWS", "shadows")):
                if output in sinks and part in layers:
                    out[output] = write_sink(self, parameters, output, context, outputs, layers[part])
            if out_json:
                outputs.json(out_json, res.to_dict())
                out["OUTPUT_JSON"] = out_json
        return out

    def _analyse(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> tuple:
        std = load_standard()
        scheme = scheme_from_parameters(self, parameters, context, ("buildings", "facilities", "windows", "play_areas"))
        scheme.fields = InputFields(building_ground=self.parameterAsString(parameters, "GROUND_FIELD", context) or "")
        reader = reader_for(scheme, anchor="buildings")
        b = reader.buildings(scheme["buildings"])
        fac = reader.facilities(scheme["facilities"], std)
        play = reader.polygons(scheme.get("play_areas"), "play_areas")
        windows = reader.windows(scheme.get("windows")) or {}
        # Without buildings there is nothing to shade or light; the zone's origin stands in for the place.
        lon, lat = reader.lonlat(shapely.centroid(shapely.union_all(b.geometries)) if len(b) else shapely.Point(0, 0))
        day = self.parameterAsString(parameters, "DATE", context).strip() or \
            self.parameterAsString(parameters, "DAY", context)
        year = self.parameterAsInt(parameters, "YEAR", context)
        try:
            date = day_of(day, year)
        except ValueError as exc:
            raise ReviewError(tr("Not a day or date: {}").format(day)) from exc
        start = _clock(self.parameterAsString(parameters, "START", context))
        end = _clock(self.parameterAsString(parameters, "END", context))
        if self.parameterAsString(parameters, "TIME_BASIS", context) == "beijing":
            start, end = (float(x) for x in beijing_to_true_solar(np.array([start, end], dtype=float), lon, date))
        if end <= start:
            raise ReviewError(tr("The end must come after the start."))
        active = np.isin(fac.status, ["existing", "planned"])
        targets, kinds = find_targets(b.geometries, fac.geometries[active], fac.types[active])
        inp = SunlightInputs(building_fids=b.fids, footprints=b.geometries, height_m=b.height_m, floors=b.floors,
                             ground_m=b.ground_m if b.ground_m is not None else np.full(len(b), np.nan),
                             targets=targets, target_kind=kinds, play_areas=play,
                             latitude=lat, longitude=lon, **windows)
        rule = std.facility("kindergarten").sunlight
        params = SunlightParameters(day=day, year=year, start_min=start, end_min=end,
                                    step_min=self.parameterAsDouble(parameters, "STEP_MIN", context),
                                    min_run_min=self.parameterAsDouble(parameters, "MIN_RUN_MIN", context),
                                    required_hours=self.parameterAsDouble(parameters, "REQUIRED_HOURS", context),
                                    ground_share=rule.activity_ground_min_share,
                                    storey_height_m=self.parameterAsDouble(parameters, "STOREY_HEIGHT", context),
                                    grid_m=self.parameterAsDouble(parameters, "GRID", context))
        for name in ("step_min", "min_run_min", "required_hours", "storey_height_m", "grid_m"):
            if not np.isfinite(getattr(params, name)):
                raise ReviewError(tr("{} must be a number").format(name.upper()))
        res = analyse(inp, params)
        report_findings(reader.findings + res.findings, feedback)
        for bld in res.buildings:
            feedback.pushInfo(tr("Building #{}: worst window {} min of full-window sun ({})").format(
                bld["building_id"], f"{bld['worst_effective_minutes']:.0f}", bld["verdict"]))
        return res, params, reader.crs

