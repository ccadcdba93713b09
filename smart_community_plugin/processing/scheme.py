"""Parameters shared by the algorithms that review a scheme, and running them with feedback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingParameterBoolean, QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum, QgsProcessingParameterField, QgsProcessingParameterNumber,
    QgsProcessingParameterString, QgsProcessingParameterVectorLayer, QgsVectorLayer,
)

from ..core.inputs import FACILITY_NUMBERS, ReviewInputs
from ..core.parameters import ReviewParameters
from ..core.results import Finding, ReviewResult
from ..core.review import ReviewError
from ..i18n import tr, tr_noop
from ..layers.atomic import OutputExistsError
from ..layers.pipeline import run_layers
from ..layers.reader import DEFAULT_FIELDS, InputError, InputFields
from ..standard import load_standard

KINDS = ("from_layer", "new", "existing")
DISTANCES = ("euclidean", "network", "both")
LAYERS = ("COMMUNITY", "BUILDINGS", "FACILITIES", "COMPOUNDS", "ROADS", "GATES", "ENTRANCES", "PLAY_AREAS")

# (parameter, InputFields attribute, parent layer, label)
FIELD_PARAMETERS = (
    ("COMMUNITY_NAME_FIELD", "community_name", "COMMUNITY", tr_noop("Community name field")),
    ("COMMUNITY_KIND_FIELD", "community_kind", "COMMUNITY", tr_noop("Community kind field (new/existing)")),
    ("COMMUNITY_POPULATION_FIELD", "community_population", "COMMUNITY", tr_noop("Community population field")),
    ("USE_FIELD", "building_use", "BUILDINGS", tr_noop("Building use field")),
    ("FLOORS_FIELD", "building_floors", "BUILDINGS", tr_noop("Building floors field")),
    ("HEIGHT_FIELD", "building_height", "BUILDINGS", tr_noop("Building height field (m)")),
    ("HOUSEHOLDS_FIELD", "building_households", "BUILDINGS", tr_noop("Households field")),
    ("POPULATION_FIELD", "building_population", "BUILDINGS", tr_noop("Building population field")),
    ("TYPE_FIELD", "facility_type", "FACILITIES", tr_noop("Facility type field")),
    ("STATUS_FIELD", "facility_status", "FACILITIES", tr_noop("Facility status field (existing/planned)")),
    ("NAME_FIELD", "facility_name", "FACILITIES", tr_noop("Facility name field")),
    ("SMART_FIELD", "facility_smart", "FACILITIES", tr_noop("Smart features field")),
    ("CENTRE_FIELD", "facility_centre", "FACILITIES", tr_noop("Integrated centre field (4.5.5-1)")),
    ("GATED_FIELD", "compound_gated", "COMPOUNDS", tr_noop("Gated field of compounds")),
    ("WALKABLE_FIELD", "road_walkable", "ROADS", tr_noop("Walkable field of roads (1/0)")),
    ("HIGHWAY_FIELD", "road_highway", "ROADS", tr_noop("Road class field (OSM highway)")),
)


@dataclass
class Scheme:
    """The layers, parameters and field names an algorithm was given."""

    layers: dict[str, Optional[QgsVectorLayer]]
    params: ReviewParameters
    fields: InputFields


def _advanced(p: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return p


def add_scheme_parameters(alg: QgsProcessingAlgorithm, roads_required: bool = False,
                          scheme_optional: bool = False) -> None:
    """Layers, population, distance and field parameters of a scheme review; `scheme_optional` for
    algorithms that can also start from a finished review."""
    defaults = load_standard().population_defaults
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "COMMUNITY", tr("Community boundary"), [QgsProcessing.SourceType.TypeVectorPolygon],
        optional=scheme_optional))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "BUILDINGS", tr("Buildings"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=scheme_optional))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "FACILITIES", tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint,
                                         QgsProcessing.SourceType.TypeVectorPolygon], optional=scheme_optional))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "COMPOUNDS", tr("Gated compounds"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "ROADS", tr("Roads and paths (for walking distances)"), [QgsProcessing.SourceType.TypeVectorLine],
        optional=not roads_required))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "GATES", tr("Compound gates (points in the walls; optional)"), [QgsProcessing.SourceType.TypeVectorPoint],
        optional=True))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "ENTRANCES", tr("Building entrances (points; optional)"), [QgsProcessing.SourceType.TypeVectorPoint],
        optional=True))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "PLAY_AREAS", tr("Kindergarten and nursery activity grounds (polygons; optional)"),
        [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterEnum(
        "DISTANCE", tr("Distances"), list(DISTANCES), defaultValue="both", usesStaticStrings=True))
    alg.addParameter(QgsProcessingParameterNumber(
        "PERSONS_PER_HOUSEHOLD", tr("Persons per household"),
        QgsProcessingParameterNumber.Type.Double, defaults["persons_per_household"], minValue=0.01))
    alg.addParameter(QgsProcessingParameterNumber(
        "FLOOR_AREA_PER_PERSON", tr("Floor area per person (m²)"),
        QgsProcessingParameterNumber.Type.Double, defaults["floor_area_per_person_m2"], minValue=0.01))
    alg.addParameter(QgsProcessingParameterNumber(
        "POPULATION_OVERRIDE", tr("Community population (overrides the buildings)"),
        QgsProcessingParameterNumber.Type.Double, None, optional=True, minValue=0))
    alg.addParameter(QgsProcessingParameterEnum(
        "COMMUNITY_KIND", tr("Community kind"), list(KINDS), defaultValue="from_layer", usesStaticStrings=True))
    alg.addParameter(QgsProcessingParameterBoolean("INCLUDE_PLANNED", tr("Count planned facilities"), True))
    advanced = [
        QgsProcessingParameterString("RESIDENTIAL_VALUES", tr("Residential use values (comma separated)"),
                                     ",".join(DEFAULT_FIELDS.residential_values)),
        QgsProcessingParameterNumber("STOREY_HEIGHT", tr("Storey height when only height is given (m)"),
                                     QgsProcessingParameterNumber.Type.Double, defaults["storey_height_m"],
                                     minValue=0.5),
        QgsProcessingParameterNumber("DISTANCE_CUTOFF", tr("Distances reported up to (m)"),
                                     QgsProcessingParameterNumber.Type.Double, 2000.0, minValue=1),
        QgsProcessingParameterNumber("SNAP_TOLERANCE", tr("Join road ends closer than (m)"),
                                     QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0),
        QgsProcessingParameterNumber("GROUPING_DISTANCE",
                                     tr("Facilities closer than this form one centre (m, 4.5.5-1)"),
                                     QgsProcessingParameterNumber.Type.Double, 50.0, minValue=0),
        QgsProcessingParameterString("LIFE_CIRCLE_MINUTES", tr("Life circles (minutes, comma separated)"),
                                     "5,10,15"),
        QgsProcessingParameterNumber("WALK_SPEED", tr("Walking speed (m/min; empty: GB 50180 distances)"),
                                     QgsProcessingParameterNumber.Type.Double, None, optional=True, minValue=1),
    ]
    for param_name, attr, parent, label in FIELD_PARAMETERS:
        advanced.append(QgsProcessingParameterField(param_name, tr(label), getattr(DEFAULT_FIELDS, attr),
                                                    parent, optional=True))
    for key in FACILITY_NUMBERS:
        advanced.append(QgsProcessingParameterField(f"{key.upper()}_FIELD", tr("Facility field: {}").format(key),
                                                    key, "FACILITIES", optional=True))
    for p in advanced:
        alg.addParameter(_advanced(p))


def _minutes(text: str) -> tuple[int, ...]:
    try:
        values = tuple(sorted({int(x) for x in text.replace("，", ",").split(",") if x.strip()}))
    except ValueError as exc:
        raise QgsProcessingException(tr("Life circles must be whole minutes, e.g. 5,10,15")) from exc
    if not values or min(values) <= 0:
        raise QgsProcessingException(tr("Life circles must be whole minutes, e.g. 5,10,15"))
    return values


def read_scheme(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext) -> Scheme:
    """The scheme's layers, review parameters and field names from the algorithm's parameters."""
    layers = {name: alg.parameterAsVectorLayer(parameters, name, context) for name in LAYERS}
    kind = alg.parameterAsString(parameters, "COMMUNITY_KIND", context) or "from_layer"
    override = parameters.get("POPULATION_OVERRIDE")
    speed = parameters.get("WALK_SPEED")
    params = ReviewParameters(
        persons_per_household=alg.parameterAsDouble(parameters, "PERSONS_PER_HOUSEHOLD", context),
        floor_area_per_person_m2=alg.parameterAsDouble(parameters, "FLOOR_AREA_PER_PERSON", context),
        storey_height_m=alg.parameterAsDouble(parameters, "STOREY_HEIGHT", context),
        population_override=(None if override in (None, "") else
                             alg.parameterAsDouble(parameters, "POPULATION_OVERRIDE", context)),
        community_kind=None if kind == "from_layer" else kind,
        include_planned=alg.parameterAsBoolean(parameters, "INCLUDE_PLANNED", context),
        distance_cutoff_m=alg.parameterAsDouble(parameters, "DISTANCE_CUTOFF", context),
        grouping_distance_m=alg.parameterAsDouble(parameters, "GROUPING_DISTANCE", context),
        distance_method=alg.parameterAsString(parameters, "DISTANCE", context) or "both",
        snap_tolerance_m=alg.parameterAsDouble(parameters, "SNAP_TOLERANCE", context),
        walking_speed_m_per_min=(None if speed in (None, "") else
                                 alg.parameterAsDouble(parameters, "WALK_SPEED", context)),
        life_circle_minutes=_minutes(alg.parameterAsString(parameters, "LIFE_CIRCLE_MINUTES", context) or "5,10,15"),
    )
    # An empty field name means "no such field"; an absent parameter takes the template name.
    values = {attr: alg.parameterAsString(parameters, param_name, context)
              for param_name, attr, _parent, _label in FIELD_PARAMETERS}
    numbers = {key: alg.parameterAsString(parameters, f"{key.upper()}_FIELD", context) for key in FACILITY_NUMBERS}
    residential = alg.parameterAsString(parameters, "RESIDENTIAL_VALUES", context)
    fields = InputFields(**values, facility_numbers=numbers,
                         residential_values=tuple(v.strip() for v in residential.split(",") if v.strip()))
    return Scheme(layers, params, fields)


def report_findings(findings: list[Finding], feedback: QgsProcessingFeedback) -> None:
    """Input findings into the algorithm's log: warnings as warnings, the rest as information."""
    for f in findings:
        line = f"[{f.severity.value}] {f.layer}" + (f" #{f.feature_id}" if f.feature_id is not None else "") \
            + f": {f.message}"
        if f.severity.value == "info":
            feedback.pushInfo(line)
        else:
            feedback.pushWarning(line)


def write_buildings_sink(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext,
                         inputs: ReviewInputs, result: ReviewResult) -> str:
    """The reviewed buildings with their distance, coverage and life-circle fields, as the OUTPUT sink."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

    from ..layers.writer import building_rows
    from .sinks import write_sink

    spec, rows = building_rows(result, inputs)
    return write_sink(alg, parameters, "OUTPUT", context, spec, QgsWkbTypes.Type.MultiPolygon,
                      QgsCoordinateReferenceSystem(inputs.crs["working"]), rows)


def write_optional_json(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext,
                        data: dict) -> Optional[str]:
    """Write OUTPUT_JSON when one was asked for; its path or None."""
    from ..layers.atomic import write_json

    out_json = alg.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
    if not out_json:
        return None
    try:
        write_json(out_json, data)
    except (OutputExistsError, OSError) as exc:
        raise QgsProcessingException(str(exc)) from exc
    return out_json


def run_scheme(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext,
               feedback: QgsProcessingFeedback) -> tuple[ReviewInputs, ReviewResult]:
    """Read and review the scheme with progress and cancel; plain errors become QgsProcessingException."""
    scheme = read_scheme(alg, parameters, context)

    def progress(fraction: float, step: str) -> bool:
        feedback.setProgress(100 * fraction)
        if step != "done":
            feedback.setProgressText(tr("Checking: {}").format(step))
        return not feedback.isCanceled()

    layers = scheme.layers
    try:
        inputs, result = run_layers(layers["COMMUNITY"], layers["BUILDINGS"], layers["FACILITIES"],
                                    load_standard(), scheme.params, layers["COMPOUNDS"], scheme.fields,
                                    progress, layers["ROADS"], layers["GATES"], layers["ENTRANCES"],
                                    layers["PLAY_AREAS"])
    except (InputError, ReviewError, OutputExistsError, OSError, ValueError) as exc:
        raise QgsProcessingException(str(exc)) from exc
    report_findings(result.findings, feedback)
    return inputs, result
