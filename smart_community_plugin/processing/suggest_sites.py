"""smart_community:suggest_sites — the fewest (or best k) new sites that close a type's coverage gaps."""

from __future__ import annotations

from typing import Any

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext,
    QgsProcessingException, QgsProcessingFeedback, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
    QgsProcessingParameterString, QgsProcessingParameterVectorLayer, QgsWkbTypes,
)

from ..core.siting import MODES
from ..core.site_suggestions import Candidates, grid_candidates, suggest_sites
from ..i18n import tr
from ..layers.atomic import OutputExistsError, write_json
from ..layers.reader import InputError, LayerReader, read_inputs
from ..standard import load_standard
from .scheme import add_scheme_parameters, read_scheme
from .sinks import write_sink


class SuggestSitesAlgorithm(QgsProcessingAlgorithm):
    """Greedy always, exact (PuLP/CBC) on request; existing facilities locked in."""

    def name(self) -> str:
        return "suggest_sites"

    def displayName(self) -> str:
        return tr("Suggest sites for new facilities")

    def group(self) -> str:
        return tr("Review")

    def groupId(self) -> str:
        return "review"

    def shortHelpString(self) -> str:
        return tr("For a facility type (or several, comma separated), picks sites among CANDIDATES (parcels, vacant "
                  "land, ground floors; or a grid over the community minus buildings and roads) so that residents "
                  "are within the type's service radius or walking distance (Table A.0.1), by the same distances "
                  "as the review. MODE cover_all: the fewest sites that reach everybody who can be reached; "
                  "best_k: the K sites that reach the most residents. Existing facilities stay where they are. "
                  "EXACT adds the optimum by integer programming (PuLP/CBC) and reports the greedy answer's "
                  "shortfall. CAPACITY lets one facility serve at most the upper number of its population band. "
                  "COLOCATE places the types of the integrated service centre (4.5.5-1) together. Candidates "
                  "with less land than the type needs are excluded, with the reason.")

    def createInstance(self) -> "SuggestSitesAlgorithm":
        return SuggestSitesAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        add_scheme_parameters(self)
        self.addParameter(QgsProcessingParameterVectorLayer(
            "CANDIDATES", tr("Candidate sites (points or parcels; empty: a grid)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString("FACILITY_TYPE", tr("Facility type code(s)"), "kindergarten"))
        self.addParameter(QgsProcessingParameterEnum("MODE", tr("Mode"), list(MODES), defaultValue="cover_all",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber("K", tr("Number of sites (best_k)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 1, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean("EXACT", tr("Also solve exactly (PuLP/CBC)"), False))
        self.addParameter(QgsProcessingParameterBoolean("CAPACITY", tr("Capacity from the population band"), False))
        self.addParameter(QgsProcessingParameterBoolean("COLOCATE", tr("Co-locate the service-centre types (4.5.5-1)"),
                                                        False))
        self.addParameter(QgsProcessingParameterNumber("GRID_SPACING", tr("Grid spacing without candidates (m)"),
                                                       QgsProcessingParameterNumber.Type.Double, 25.0, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Suggested sites")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_JSON", tr("Suggestions (JSON)"),
                                                                "JSON (*.json)", optional=True, createByDefault=False))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        standard = load_standard()
        scheme = read_scheme(self, parameters, context)
        layers = scheme.layers
        codes = [c.strip() for c in self.parameterAsString(parameters, "FACILITY_TYPE", context).split(",") if c.strip()]
        unknown = [c for c in codes if c not in standard.codes]
        if not codes or unknown:
            raise QgsProcessingException(tr("Unknown facility type code(s): {}. Codes: {}").format(
                ", ".join(unknown) or "—", ", ".join(standard.codes)))
        if self.parameterAsBoolean(parameters, "EXACT", context):
            from ..deps import MissingDependency, require

            try:
                require("exact", "The exact solution needs PuLP (the greedy one does not)")
            except MissingDependency as exc:
                raise QgsProcessingException(str(exc)) from exc
        try:
            inputs = read_inputs(layers["COMMUNITY"], layers["BUILDINGS"], layers["FACILITIES"], standard,
                                 layers["COMPOUNDS"], scheme.fields, layers["ROADS"], layers["GATES"],
                                 layers["ENTRANCES"])
            crs = QgsCoordinateReferenceSystem(inputs.crs["working"])
            cand_layer = self.parameterAsVectorLayer(parameters, "CANDIDATES", context)
            if cand_layer is not None:
                xy, ids, land = LayerReader(layers["COMMUNITY"], target_crs=crs).candidates(cand_layer)
                candidates = Candidates(xy, ids, land)
            else:
                candidates = grid_candidates(inputs, self.parameterAsDouble(parameters, "GRID_SPACING", context))
            if len(candidates.ids) == 0:
                raise QgsProcessingException(tr("No candidate sites."))
            feedback.pushInfo(tr("{} candidates ({})").format(len(candidates.ids),
                                                               tr("grid") if candidates.generated else cand_layer.name()))
            suggestions = suggest_sites(inputs, standard, codes, candidates,
                                        self.parameterAsString(parameters, "MODE", context),
                                        self.parameterAsInt(parameters, "K", context),
                                        self.parameterAsBoolean(parameters, "EXACT", context),
                                        self.parameterAsBoolean(parameters, "CAPACITY", context),
                                        self.parameterAsBoolean(parameters, "COLOCATE", context), scheme.params)
        except (InputError, ValueError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        rows = []
        for s in suggestions:
            sol = s.solution
            feedback.pushInfo(tr("{}: {} sites; covered {} → {} of {} residents ({}, {} s){}").format(
                ",".join(s.types), len(sol.sites), f"{sol.population_covered_before:,.0f}",
                f"{sol.population_covered_after:,.0f}", f"{sol.population_total:,.0f}", sol.method,
                f"{sol.seconds:.3f}", "" if sol.greedy_shortfall is None else
                tr("; greedy shortfall {:.1%}").format(sol.greedy_shortfall)))
            for e in s.excluded:
                feedback.pushInfo(tr("Candidate #{} excluded: {}").format(e["candidate_id"], e["reason"]))
            for rank, site in enumerate(sol.sites, start=1):
                x, y = s.site_xy[site.candidate_id]
                rows.append((shapely.Point(x, y), [site.candidate_id, ",".join(s.types), rank,
                                                   round(site.newly_covered_population, 1), sol.method, s.distance]))
        spec = [("candidate_id", "integer"), ("facility_type", "string"), ("rank", "integer"),
                ("newly_covered_population", "double"), ("method", "string"), ("distance", "string")]
        out = {"OUTPUT": write_sink(self, parameters, "OUTPUT", context, spec, QgsWkbTypes.Type.Point, crs, rows)}
        json_path = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
        if json_path:
            doc = dict(suggestions[0].to_dict())
            doc["suggestions"] = [s.to_dict() for s in suggestions]
            doc["crs"] = crs.authid()
            try:
                write_json(json_path, doc)
            except (OutputExistsError, OSError) as exc:
                raise QgsProcessingException(str(exc)) from exc
            out["OUTPUT_JSON"] = json_path
        return out
