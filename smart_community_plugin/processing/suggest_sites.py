"""smart_community:suggest_sites — the fewest (or best k) new sites that close a type's coverage gaps."""

from __future__ import annotations

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.errors import ReviewError
from ..core.site_suggestions import Candidates, grid_candidates, suggest_sites
from ..core.siting import MODES
from ..i18n import tr, tr_noop
from ..layers.vector_write import LayerData
from ..pipeline.read import read_inputs, reader_for
from ..standard import load_standard
from .base import SmartAlgorithm
from .destinations import write_sink
from .parameters import add_layer_parameter, add_scheme_parameters, review_parameters, scheme_from_parameters


class SuggestSitesAlgorithm(SmartAlgorithm):
    """Greedy always, exact (PuLP/CBC) on request; existing facilities locked in."""

    NAME, GROUP, TITLE = "suggest_sites", "review", tr_noop("Suggest sites for new facilities")
    HELP = tr_noop("For a facility type (or several, comma separated), picks sites among CANDIDATES (parcels, vacant "
                  "land, ground floors; or a grid over the community minus buildings and roads) so that residents "
                  "are within the type's service radius or walking distance (Table A.0.1), by the same distances "
                  "as the review. MODE cover_all: the fewest sites that reach everybody who can be reached; "
                  "best_k: the K sites that reach the most residents. Existing facilities stay where they are. "
                  "EXACT adds the optimum by integer programming (PuLP/CBC) and reports the greedy answer's "
                  "shortfall. CAPACITY lets one facility serve at most the upper number of its population band. "
                  "COLOCATE places the types of the integrated service centre (4.5.5-1) together. Candidates "
                  "with less land than the type needs are excluded, with the reason.")

    def define(self) -> None:
        """The scheme, candidates, type, mode and options; the sites and the JSON."""
        add_scheme_parameters(self)
        add_layer_parameter(self, "candidates")
        self.addParameter(QgsProcessingParameterString("FACILITY_TYPE", tr("Facility type code(s)"), "kindergarten"))
        self.addParameter(QgsProcessingParameterEnum("MODE", tr("Mode (cover_all: fewest sites reaching everybody; "
                                                                "best_k: the best k sites)"), list(MODES),
                                                     defaultValue="cover_all",
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

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Check the outputs, read, solve, write them together."""
        json_path = self.file_output(parameters, "OUTPUT_JSON", context)
        with self.outputs(parameters, context) as outputs:
            suggestions, crs = self._suggest(parameters, context, feedback)
            rows = []
            for s in suggestions:
                for rank, site in enumerate(s.solution.sites, start=1):
                    x, y = s.site_xy[site.candidate_id]
                    rows.append((shapely.Point(x, y), [site.candidate_id, ",".join(s.types), rank,
                                                       round(site.newly_covered_population, 1), s.solution.method,
                                                       s.distance]))
            spec = [("candidate_id", "integer"), ("facility_type", "string"), ("rank", "integer"),
                    ("newly_covered_population", "double"), ("method", "string"), ("distance", "string")]
            out = {"OUTPUT": write_sink(self, parameters, "OUTPUT", context, outputs,
                                        LayerData("sites", QgsWkbTypes.Type.Point, crs, spec, rows))}
            if json_path:
                doc = dict(suggestions[0].to_dict())
                doc["suggestions"] = [s.to_dict() for s in suggestions]
                doc["crs"] = crs.authid()
                outputs.json(json_path, doc)
                out["OUTPUT_JSON"] = json_path
        return out

    def _suggest(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> tuple:
        standard = load_standard()
        codes = [c.strip() for c in self.parameterAsString(parameters, "FACILITY_TYPE", context).split(",") if c.strip()]
        unknown = [c for c in codes if c not in standard.codes]
        if not codes or unknown:
            raise ReviewError(tr("Unknown facility type code(s): {}. Codes: {}").format(
                ", ".join(unknown) or "—", ", ".join(standard.codes)))
        if self.parameterAsBoolean(parameters, "EXACT", context):
            from ..deps import require

            require("exact", tr("The exact solution needs PuLP (the greedy one does not)"))
        scheme = scheme_from_parameters(self, parameters, context)
        params = review_parameters(self, parameters, context)
        inputs = read_inputs(scheme, standard)
        crs = QgsCoordinateReferenceSystem(inputs.crs["working"])
        cand_layer = self.parameterAsVectorLayer(parameters, "CANDIDATES", context)
        if cand_layer is not None:
            xy, ids, land = reader_for(scheme, target_crs=crs).candidates(cand_layer)
            candidates = Candidates(xy, ids, land)
        else:
            spacing = self.parameterAsDouble(parameters, "GRID_SPACING", context)
            if not 1 <= spacing <= 10_000:      # NaN fails too
                raise ReviewError(tr("GRID_SPACING must be between 1 and 10,000 m"))
            candidates = grid_candidates(inputs, spacing)
        if len(candidates.ids) == 0:
            raise ReviewError(tr("No candidate sites."))
        feedback.pushInfo(tr("{} candidates ({})").format(len(candidates.ids),
                                                           tr("grid") if candidates.generated else cand_layer.name()))
        suggestions = suggest_sites(inputs, standard, codes, candidates,
                                    self.parameterAsString(parameters, "MODE", context),
                                    self.parameterAsInt(parameters, "K", context),
                                    self.parameterAsBoolean(parameters, "EXACT", context),
                                    self.parameterAsBoolean(parameters, "CAPACITY", context),
                                    self.parameterAsBoolean(parameters, "COLOCATE", context), params)
        for s in suggestions:
            sol = s.solution
            feedback.pushInfo(tr("{}: {} sites; covered {} → {} of {} residents ({}, {} s){}").format(
                ",".join(s.types), len(sol.sites), f"{sol.population_covered_before:,.0f}",
                f"{sol.population_covered_after:,.0f}", f"{sol.population_total:,.0f}", sol.method,
                f"{sol.seconds:.3f}", "" if sol.greedy_shortfall is None else
                tr("; greedy shortfall {:.1%}").format(sol.greedy_shortfall)))
            for e in s.excluded:
                feedback.pushInfo(tr("Candidate #{} excluded: {}").format(e["candidate_id"], e["reason"]))
        return suggestions, crs
