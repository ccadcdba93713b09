"""The scheme's Processing parameters, shared by every algorithm that reviews: layers, population,
distances and field names; and reading them back as a Scheme and ReviewParameters."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import ReviewError
from ..core.inputs import FACILITY_NUMBERS
from ..core.messages import catalogue, current_language
from ..core.parameters import ReviewParameters
from ..core.results import Finding
from ..i18n import tr, tr_noop
from ..layers.roles import DEFAULT_FIELDS, REVIEW_ROLES, ROLES, InputFields
from ..pipeline.read import Reviewed, review
from ..pipeline.scheme import Scheme
from ..standard import load_standard

KINDS = ("from_layer", "new", "existing")
LANGUAGES = ("", "zh", "en")   # the LANGUAGE choices of the algorithms that write messages; "" = the interface's
SHARING = ("from_kind", "yes", "no")
DISTANCES = ("euclidean", "network", "both")
_SOURCE_TYPES = {"community": [QgsProcessing.SourceType.TypeVectorPolygon],
                 "buildings": [QgsProcessing.SourceType.TypeVectorPolygon],
                 "facilities": [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                 "compounds": [QgsProcessing.SourceType.TypeVectorPolygon],
                 "roads": [QgsProcessing.SourceType.TypeVectorLine],
                 "gates": [QgsProcessing.SourceType.TypeVectorPoint],
                 "entrances": [QgsProcessing.SourceType.TypeVectorPoint],
                 "play_areas": [QgsProcessing.SourceType.TypeVectorPolygon],
                 "green_spaces": [QgsProcessing.SourceType.TypeVectorPolygon],
                 "windows": [QgsProcessing.SourceType.TypeVectorPoint],
                 "candidates": [QgsProcessing.SourceType.TypeVectorPoint,
                                QgsProcessing.SourceType.TypeVectorPolygon]}

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
def facility_field_parameter(key: str) -> str:
    """The parameter naming a facility's numeric field; FACILITY_ in front, so the facilities' floors do not
    collide with the buildings' FLOORS_FIELD."""
    return f"FACILITY_{key.upper()}_FIELD"


def _advanced(p: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return p


def add_layer_parameter(alg: QgsProcessingAlgorithm, role: str, optional: Optional[bool] = None) -> None:
    """The layer parameter of a role, labelled as the role (optional unless the review requires it)."""
    r = ROLES[role]
    alg.addParameter(QgsProcessingParameterVectorLayer(
        r.parameter, tr(r.label), _SOURCE_TYPES[role], optional=(not r.required) if optional is None else optional))


def add_scheme_parameters(alg: QgsProcessingAlgorithm, roads_required: bool = False,
                          scheme_optional: bool = False) -> None:
    """Layers, population, distance and field parameters of a scheme review; `scheme_optional` for
    algorithms that can also start from a finished review."""
    defaults = load_standard().population_defaults
    for role in REVIEW_ROLES:
        required = ROLES[role].required or (role == "roads" and roads_required)
        add_layer_parameter(alg, role, optional=not required or (scheme_optional and ROLES[role].required))
    alg.addParameter(QgsProcessingParameterEnum(
        "DISTANCE", tr("Distances (euclidean: straight line; network: walking on the roads; both)"),
        list(DISTANCES), defaultValue="both", usesStaticStrings=True))
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
        "COMMUNITY_KIND", tr("Community kind (from_layer: as the community layer says; new; existing)"), list(KINDS),
        defaultValue="from_layer", usesStaticStrings=True))
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
        QgsProcessingParameterEnum("SHARING", tr("Facilities outside the boundary count as shared (from_kind: in "
                                                 "existing communities only, 4.5.5-2; yes; no)"), list(SHARING),
                                   defaultValue="from_kind", usesStaticStrings=True),
        QgsProcessingParameterNumber("PROPERTY_SHARE", tr("Property-management rooms per total floor area (empty: "
                                                          "the draft's 2 %; 0.002 for the national 2‰)"),
                                     QgsProcessingParameterNumber.Type.Double, None, optional=True, minValue=0.0001,
                                     maxValue=1),
    ]
    for param_name, attr, parent, label in FIELD_PARAMETERS:
        advanced.append(QgsProcessingParameterField(param_name, tr(label), getattr(DEFAULT_FIELDS, attr),
                                                    parent, optional=True))
    for key in FACILITY_NUMBERS:
        advanced.append(QgsProcessingParameterField(facility_field_parameter(key),
                                                    tr("Facility field: {}").format(key), key, "FACILITIES",
                                                    optional=True))
    for p in advanced:
        alg.addParameter(_advanced(p))


def add_language_parameter(alg: QgsProcessingAlgorithm, label: str) -> None:
    """LANGUAGE: the interface's (default), 中文 or English."""
    alg.addParameter(QgsProcessingParameterEnum("LANGUAGE", label, [tr("The interface's"), "中文", "English"],
                                                defaultValue=0))


def language_parameter(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext) -> str:
    """The language LANGUAGE asks for ('zh' or 'en')."""
    return LANGUAGES[alg.parameterAsEnum(parameters, "LANGUAGE", context)] or current_language()


def _minutes(text: str) -> tuple[int, ...]:
    try:
        values = tuple(sorted({int(x) for x in text.replace("，", ",").split(",") if x.strip()}))
    except (ValueError, OverflowError) as exc:
        raise ReviewError(tr("Life circles must be whole minutes, e.g. 5,10,15")) from exc
    if not values or min(values) <= 0 or max(values) > 240:
        raise ReviewError(tr("Life circles must be whole minutes, e.g. 5,10,15"))
    return values


def scheme_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext,
                           roles: tuple[str, ...] = REVIEW_ROLES) -> Scheme:
    """The layers given for each role and the field names to read."""
    layers = {role: alg.parameterAsVectorLayer(parameters, ROLES[role].parameter, context) for role in roles
              if alg.parameterDefinition(ROLES[role].parameter) is not None}
    fields = {attr: alg.parameterAsString(parameters, param_name, context)
              for param_name, attr, _parent, _label in FIELD_PARAMETERS if alg.parameterDefinition(param_name)}
    if not fields:
        return Scheme(layers)
    numbers = {key: alg.parameterAsString(parameters, facility_field_parameter(key), context)
               for key in FACILITY_NUMBERS}
    residential = alg.parameterAsString(parameters, "RESIDENTIAL_VALUES", context)
    # An empty field name means "no such field"; an absent parameter takes the template name.
    return Scheme(layers, InputFields(**fields, facility_numbers=numbers,
                                      residential_values=tuple(v.strip() for v in residential.split(",")
                                                               if v.strip())))


def review_parameters(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext) -> ReviewParameters:
    """The review's parameters (the review refuses NaN, infinite or absurd numbers, naming them)."""
    kind = alg.parameterAsString(parameters, "COMMUNITY_KIND", context) or "from_layer"
    override = parameters.get("POPULATION_OVERRIDE")
    speed = parameters.get("WALK_SPEED")
    share = parameters.get("PROPERTY_SHARE")
    sharing = alg.parameterAsString(parameters, "SHARING", context) if alg.parameterDefinition("SHARING") else ""
    population = None if override in (None, "") else alg.parameterAsDouble(parameters, "POPULATION_OVERRIDE", context)
    return ReviewParameters(
        persons_per_household=alg.parameterAsDouble(parameters, "PERSONS_PER_HOUSEHOLD", context),
        floor_area_per_person_m2=alg.parameterAsDouble(parameters, "FLOOR_AREA_PER_PERSON", context),
        storey_height_m=alg.parameterAsDouble(parameters, "STOREY_HEIGHT", context),
        population_override=population,
        community_kind=None if kind == "from_layer" else kind,
        include_planned=alg.parameterAsBoolean(parameters, "INCLUDE_PLANNED", context),
        distance_cutoff_m=alg.parameterAsDouble(parameters, "DISTANCE_CUTOFF", context),
        grouping_distance_m=alg.parameterAsDouble(parameters, "GROUPING_DISTANCE", context),
        distance_method=alg.parameterAsString(parameters, "DISTANCE", context) or "both",
        snap_tolerance_m=alg.parameterAsDouble(parameters, "SNAP_TOLERANCE", context),
        walking_speed_m_per_min=None if speed in (None, "") else alg.parameterAsDouble(parameters, "WALK_SPEED", context),
        life_circle_minutes=_minutes(alg.parameterAsString(parameters, "LIFE_CIRCLE_MINUTES", context) or "5,10,15"),
        allow_sharing={"yes": True, "no": False}.get(sharing),
        property_share=None if share in (None, "") else alg.parameterAsDouble(parameters, "PROPERTY_SHARE", context),
    )


def report_findings(findings: list[Finding], feedback: QgsProcessingFeedback) -> None:
    """Input findings into the algorithm's log: warnings as warnings, the rest as information."""
    lang, words = current_language(), catalogue()
    colon = "：" if lang == "zh" else ": "
    for f in findings:
        line = (f"[{words.term('severity', f.severity.value, lang)}] {words.term('role', f.layer, lang)}"
                + (f" #{f.feature_id}" if f.feature_id is not None else "")
                + (f" [{words.term('field', f.field, lang)}]" if f.field else "") + colon + f.text())
        if f.severity.value == "info":
            feedback.pushInfo(line)
        elif f.severity.value == "error":
            feedback.reportError(line)
        else:
            feedback.pushWarning(line)


def review_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext,
                           feedback: QgsProcessingFeedback, stored: Optional[dict[str, Any]] = None) -> Reviewed:
    """Read and review the scheme with progress and cancel; its findings go to the log. `stored`: layers by
    role from the review store, in place of the roles the parameters leave empty."""
    scheme = scheme_from_parameters(alg, parameters, context)
    if stored:
        scheme.layers = {**stored, **{role: layer for role, layer in scheme.layers.items() if layer is not None}}
    params = review_parameters(alg, parameters, context)

    def progress(fraction: float, step: str) -> bool:
        feedback.setProgress(100 * fraction)
        if step != "done":
            feedback.setProgressText(tr("Checking: {}").format(catalogue().term("check_step", step,
                                                                                  current_language())))
        return not feedback.isCanceled()

    reviewed = review(scheme, load_standard(), params, progress)
    report_findings(reviewed.result.findings, feedback)
    return reviewed
