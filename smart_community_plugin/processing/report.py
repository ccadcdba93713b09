"""smart_community:report — the clause-by-clause approval report (PDF) from a review, or after one."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .. import settings
from ..core.errors import InputError
from ..i18n import tr, tr_noop
from ..layers.vector_write import write_file
from ..pipeline.result_layers import review_layers, run_id_of
from ..standard import load_standard
from .base import SmartAlgorithm
from .parameters import add_scheme_parameters, review_from_parameters
from .store_submission import store_service

LANGUAGES = ("zh", "en")


def _layer_uri(alg: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext) -> str:
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    return layer.source() if layer is not None else ""


def read_review(path: str, gpkg: Optional[str]) -> dict[str, Any]:
    """A review JSON, checked: readable, a review, and the same run as its result layers when both say."""
    try:
        with open(path, encoding="utf-8") as fh:
            review = json.load(fh)
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(tr("Cannot read the review {}: {}").format(path, exc)) from exc
    if not isinstance(review, dict) or not isinstance(review.get("checks"), list):
        raise InputError(tr("{} is not a review result (no checks).").format(path))
    if gpkg:
        theirs = run_id_of(gpkg)
        if theirs and review.get("run_id") and theirs != review["run_id"]:
            raise InputError(tr("{} and {} come from two different reviews; give the result layers written "
                                "with that review.").format(os.path.basename(path), os.path.basename(gpkg)))
    return review


class ReportAlgorithm(SmartAlgorithm):
    """REVIEW_JSON (+ RESULT_GPKG for maps), or the scheme's layers to review first; writes OUTPUT (PDF)."""

    NAME, GROUP, TITLE = "report", "review", tr_noop("Approval report (PDF)")
    HELP = tr_noop("Writes the clause-by-clause approval report as a PDF: cover with the overall verdict "
                   "(通过 / 有条件通过 / 资料不全 / 不通过), summary by chapter and facility type, community profile, "
                   "parameters and data sources (6.4.2), every check with its clause, requirement, wording, "
                   "required and measured values, maps per facility type, life circles, sunlight, the "
                   "deficiency list with a locator map, the five-stage records of the project and a sign-off "
                   "block. Give a review JSON (and its result GeoPackage for the maps), or the scheme's layers "
                   "to review first. ID card and mobile numbers are masked (6.4.3), in the PDF's properties too. "
                   "The Chinese text uses an embedded TrueType font (settings: report font).")

    def define(self) -> None:
        """A review or the scheme; project, reviewer, date, language, maps; the PDF."""
        self.addParameter(QgsProcessingParameterFile("REVIEW_JSON", tr("Review (JSON; empty: review the layers below)"),
                                                     extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "RESULT_GPKG", tr("Result layers of that review (GeoPackage, for maps)"), extension="gpkg", optional=True))
        add_scheme_parameters(self, scheme_optional=True)
        self.addParameter(QgsProcessingParameterString("PROJECT_NAME", tr("Project"), "", optional=True))
        self.addParameter(QgsProcessingParameterString("REVIEWER", tr("Reviewing body"), "", optional=True))
        self.addParameter(QgsProcessingParameterString("DATE", tr("Date of review (empty: today)"), "", optional=True))
        self.addParameter(QgsProcessingParameterEnum("LANGUAGE", tr("Language"), list(LANGUAGES), defaultValue="zh",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean("MAPS", tr("Include maps"), True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Report (PDF)"), "PDF (*.pdf)"))
        self.addParameter(QgsProcessingParameterString(
            "STORE", tr("Also keep the report with its review in this review store (PostgreSQL service)"),
            optional=True))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Check the output, get the review (read or run), write the PDF."""
        from ..deps import require

        require("report", tr("The approval report needs reportlab"))
        out = self.file_output(parameters, "OUTPUT", context)
        review_json = self.parameterAsFile(parameters, "REVIEW_JSON", context)
        gpkg = self.parameterAsFile(parameters, "RESULT_GPKG", context) or None
        with self.outputs(parameters, context) as outputs, tempfile.TemporaryDirectory(prefix="smart_community_") as tmp:
            if review_json:
                review = read_review(review_json, gpkg)
            elif self.parameterAsVectorLayer(parameters, "COMMUNITY", context) is not None:
                reviewed = review_from_parameters(self, parameters, context, feedback)
                review = reviewed.result.to_dict()
                gpkg = os.path.join(tmp, "review.gpkg")     # for the maps only; gone with the folder
                write_file(gpkg, review_layers(reviewed), privacy=outputs.privacy)
            else:
                raise InputError(tr("Give a review JSON, or the community, buildings and facilities to review."))
            made: dict[str, Any] = {}
            outputs.file(out, lambda path: (self._build(parameters, context, feedback, review, gpkg, path),
                                            made.update(path=path)))
            store = store_service(self, parameters, context)
            if store:
                # Before the file is committed: a report the store refuses is not left half-kept.
                from ..pipeline.store_io import report_into_store

                if not review.get("run_id"):
                    raise InputError(tr("Only a review written by this plugin (its JSON carries a run id) can keep "
                                        "its report in the store."))
                kept = report_into_store(store, review["run_id"], Path(made["path"]).read_bytes())
                feedback.pushInfo(tr("The report is kept with review {} in the store '{}'.").format(kept.number,
                                                                                                    store))
        return {"OUTPUT": out, "PAGES": self.pages}

    def _build(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
               review: dict, gpkg: Optional[str], path: Any) -> None:
        from ..layers.project_state import read_state
        from ..report.builder import ReportRequest, build_report

        project = context.project()
        state = read_state(project) if project is not None else None
        req = ReportRequest(
            review, gpkg if gpkg and os.path.exists(gpkg) else None,
            {k.lower(): _layer_uri(self, parameters, k, context) for k in ("ROADS", "COMPOUNDS", "BUILDINGS",
                                                                                 "GREEN_SPACES")},
            json.loads(state.to_json()) if state is not None and state.tasks else None,
            self.parameterAsString(parameters, "PROJECT_NAME", context),
            self.parameterAsString(parameters, "REVIEWER", context),
            self.parameterAsString(parameters, "DATE", context) or dt.date.today().isoformat(),
            self.parameterAsString(parameters, "LANGUAGE", context) or "zh",
            settings.get("report_font_path"),
            self.parameterAsBoolean(parameters, "MAPS", context), bool(settings.get("drop_personal_data")))

        def progress(fraction: float, step: str) -> None:
            feedback.setProgress(100 * fraction)
            feedback.setProgressText(tr("Report: {}").format(step))

        stats = build_report(req, load_standard(), path, progress)
        self.pages = stats.pages
        feedback.pushInfo(tr("{} pages, {} maps in {} s ({} s a page).").format(
            stats.pages, stats.maps, f"{stats.seconds:.1f}", f"{stats.seconds / max(stats.pages, 1):.2f}"))
