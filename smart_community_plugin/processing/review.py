"""smart_community:review — check a community scheme against Table A.0.1 and the related clauses."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingOutputNumber, QgsProcessingOutputString,
    QgsProcessingParameterBoolean, QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
    QgsProcessingParameterField, QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
    QgsProcessingParameterString, QgsProcessingParameterVectorLayer,
)

from ..core.inputs import FACILITY_NUMBERS
from ..core.parameters import ReviewParameters
from ..core.review import ReviewError
from ..i18n import tr, tr_noop
from ..layers.atomic import OutputExistsError
from ..layers.pipeline import review_layers
from ..layers.reader import DEFAULT_FIELDS, InputError, InputFields
from ..standard import load_standard

KINDS = ("from_layer", "new", "existing")
DISTANCES = ("euclidean", "network", "both")

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
)


class ReviewAlgorithm(QgsProcessingAlgorithm):
    """Runs the review and writes OUTPUT_JSON and OUTPUT_GPKG."""

    def name(self) -> str:
        return "review"

    def displayName(self) -> str:
        return tr("Review community scheme")

    def group(self) -> str:
        return tr("Review")

    def groupId(self) -> str:
        return "review"

    def shortHelpString(self) -> str:
        return tr(
            "Checks a community scheme against T/CECS 智慧社区规划标准: facility counts per population "
            "(4.5.3, Table A.0.1), service radius coverage, sizes, the integrated service centre "
            "(4.5.5-1), property management rooms and smart requirements (智慧要求, 4.5.10). "
            "With a roads layer, distances are walked along the network (DISTANCE: euclidean, network "
            "or both; verdicts use walking distances when they are computed), with buildings and "
            "facilities inside gated compounds reaching out only through the paths in their walls' "
            "gates. Distances are in metres in a CGCS2000 Gauss-Kruger or UTM CRS chosen from the data. Population per building: its population field, else households x persons per "
            "household, else floor area / floor area per person. Writes a JSON review "
            "(docs/review-schema.md) and a GeoPackage of result layers; inputs are never modified.")

    def createInstance(self) -> "ReviewAlgorithm":
        return ReviewAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        std = load_standard()
        defaults = std.population_defaults
        self.addParameter(QgsProcessingParameterVectorLayer(
            "COMMUNITY", tr("Community boundary"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "BUILDINGS", tr("Buildings"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "FACILITIES", tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint,
                                             QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "COMPOUNDS", tr("Gated compounds"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "ROADS", tr("Roads and paths (for walking distances)"),
            [QgsProcessing.SourceType.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "DISTANCE", tr("Distances"), list(DISTANCES), defaultValue="both", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            "PERSONS_PER_HOUSEHOLD", tr("Persons per household"),
            QgsProcessingParameterNumber.Type.Double, defaults["persons_per_household"], minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            "FLOOR_AREA_PER_PERSON", tr("Floor area per person (m²)"),
            QgsProcessingParameterNumber.Type.Double, defaults["floor_area_per_person_m2"], minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            "POPULATION_OVERRIDE", tr("Community population (overrides the buildings)"),
            QgsProcessingParameterNumber.Type.Double, None, optional=True, minValue=0))
        kind = QgsProcessingParameterEnum("COMMUNITY_KIND", tr("Community kind"), list(KINDS),
                                          defaultValue="from_layer", usesStaticStrings=True)
        self.addParameter(kind)
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_PLANNED", tr("Count planned facilities"), True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", tr("Review (JSON)"), "JSON (*.json)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_GPKG", tr("Result layers (GeoPackage)"), "GeoPackage (*.gpkg)", optional=True))

        advanced = [
            QgsProcessingParameterString("RESIDENTIAL_VALUES", tr("Residential use values (comma separated)"),
                                         ",".join(DEFAULT_FIELDS.residential_values)),
            QgsProcessingParameterNumber("STOREY_HEIGHT", tr("Storey height when only height is given (m)"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         defaults["storey_height_m"], minValue=0.5),
            QgsProcessingParameterNumber("DISTANCE_CUTOFF", tr("Distances reported up to (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 2000.0, minValue=1),
            QgsProcessingParameterNumber("SNAP_TOLERANCE", tr("Join road ends closer than (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0),
            QgsProcessingParameterNumber("GROUPING_DISTANCE",
                                         tr("Facilities closer than this form one centre (m, 4.5.5-1)"),
                                         QgsProcessingParameterNumber.Type.Double, 50.0, minValue=0),
        ]
        for param_name, attr, parent, label in FIELD_PARAMETERS:
            advanced.append(QgsProcessingParameterField(
                param_name, tr(label), getattr(DEFAULT_FIELDS, attr), parent, optional=True))
        for key in FACILITY_NUMBERS:
            advanced.append(QgsProcessingParameterField(
                f"{key.upper()}_FIELD", tr("Facility field: {}").format(key), key, "FACILITIES",
                optional=True))
        for p in advanced:
            p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(p)

        self.addOutput(QgsProcessingOutputString("OVERALL", tr("Overall verdict")))
        self.addOutput(QgsProcessingOutputNumber("FAIL_COUNT", tr("Failed checks")))
        self.addOutput(QgsProcessingOutputNumber("WARNING_COUNT", tr("Warnings")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        std = load_standard()
        layers = {name: self.parameterAsVectorLayer(parameters, name, context)
                  for name in ("COMMUNITY", "BUILDINGS", "FACILITIES", "COMPOUNDS", "ROADS")}
        fields = self._fields(parameters, context)
        kind = self.parameterAsString(parameters, "COMMUNITY_KIND", context) or "from_layer"
        override = parameters.get("POPULATION_OVERRIDE")
        params = ReviewParameters(
            persons_per_household=self.parameterAsDouble(parameters, "PERSONS_PER_HOUSEHOLD", context),
            floor_area_per_person_m2=self.parameterAsDouble(parameters, "FLOOR_AREA_PER_PERSON", context),
            storey_height_m=self.parameterAsDouble(parameters, "STOREY_HEIGHT", context),
            population_override=(None if override in (None, "") else
                                 self.parameterAsDouble(parameters, "POPULATION_OVERRIDE", context)),
            community_kind=None if kind == "from_layer" else kind,
            include_planned=self.parameterAsBoolean(parameters, "INCLUDE_PLANNED", context),
            distance_cutoff_m=self.parameterAsDouble(parameters, "DISTANCE_CUTOFF", context),
            grouping_distance_m=self.parameterAsDouble(parameters, "GROUPING_DISTANCE", context),
            distance_method=self.parameterAsString(parameters, "DISTANCE", context) or "both",
            snap_tolerance_m=self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context),
        )
        out_json = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
        out_gpkg = self.parameterAsFileOutput(parameters, "OUTPUT_GPKG", context) or None

        def progress(fraction: float, step: str) -> bool:
            feedback.setProgress(100 * fraction)
            if step != "done":
                feedback.setProgressText(tr("Checking: {}").format(step))
            return not feedback.isCanceled()

        try:
            result = review_layers(layers["COMMUNITY"], layers["BUILDINGS"], layers["FACILITIES"], std,
                                   params, layers["COMPOUNDS"], fields, out_json, out_gpkg,
                                   progress=progress, roads=layers["ROADS"])
        except (InputError, ReviewError, OutputExistsError, OSError) as exc:
            raise QgsProcessingException(str(exc)) from exc

        for f in result.findings:
            line = f"[{f.severity.value}] {f.layer}" + (f" #{f.feature_id}" if f.feature_id is not None else "") + f": {f.message}"
            if f.severity.value == "info":
                feedback.pushInfo(line)
            else:
                feedback.pushWarning(line)
        counts = result.counts()
        feedback.pushInfo(tr("Overall: {} — {} fail, {} warning, {} pass").format(
            result.overall(), counts["fail"], counts["warning"], counts["pass"]))
        return {"OUTPUT_JSON": out_json, "OUTPUT_GPKG": out_gpkg, "OVERALL": result.overall(),
                "FAIL_COUNT": counts["fail"], "WARNING_COUNT": counts["warning"]}

    def _fields(self, parameters: dict, context: QgsProcessingContext) -> InputFields:
        # An empty field name means "no such field"; an absent parameter takes the template name.
        values = {attr: self.parameterAsString(parameters, param_name, context)
                  for param_name, attr, _parent, _label in FIELD_PARAMETERS}
        numbers = {key: self.parameterAsString(parameters, f"{key.upper()}_FIELD", context)
                   for key in FACILITY_NUMBERS}
        residential = self.parameterAsString(parameters, "RESIDENTIAL_VALUES", context)
        return InputFields(**values, facility_numbers=numbers,
                           residential_values=tuple(v.strip() for v in residential.split(",") if v.strip()))
