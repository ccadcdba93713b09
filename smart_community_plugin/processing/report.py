"""smart_community:report — the clause-by-clause approval report (PDF) from a review, or after one."""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
    QgsProcessingParameterFile, QgsProcessingParameterFileDestination, QgsProcessingParameterString,
    QgsProcessingUtils,
)

from .. import settings
from ..i18n import tr
from ..layers.atomic import OutputExistsError
from ..layers.writer import write_result_gpkg
from ..report.fonts import FontError
from ..standard import load_standard
from .scheme import add_scheme_parameters, run_scheme

LANGUAGES = ("zh", "en")


def _layer_uri(alg: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext) -> str:
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    return layer.source() if layer is not None else ""


class ReportAlgorithm(QgsProcessingAlgorithm):
    """REVIEW_JSON (+ RESULT_GPKG for maps), or the scheme's layers to review first; writes OUTPUT (PDF)."""

    def name(self) -> str:
        return "report"

    def displayName(self) -> str:
        return tr("Approval report (PDF)")

    def group(self) -> str:
        return tr("Review")

    def groupId(self) -> str:
        return "review"

    def shortHelpString(self) -> str:
        return tr("Writes the clause-by-clause approval report as a PDF: cover with the overall verdict "
                  "(通过 / 有条件通过 / 不通过), summary by chapter and facility type, community profile, "
                  "parameters and data sources (6.4.2), every check with its clause, requirement, wording, "
                  "required and measured values, maps per facility type, life circles, sunlight, the "
                  "deficiency list with a locator map, the five-stage records of the project and a sign-off "
                  "block. Give a review JSON (and its result GeoPackage for the maps), or the scheme's layers "
                  "to review first. ID card and mobile numbers are masked (6.4.3). The Chinese text uses an "
                  "embedded TrueType font (settings: report font).")

    def createInstance(self) -> "ReportAlgorithm":
        return ReportAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterFile("REVIEW_JSON", tr("Review (JSON; empty: review the layers below)"),
                                                     extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFile("RESULT_GPKG", tr("Result layers of that review (GeoPackage, for maps)"),
                                                     extension="gpkg", optional=True))
        add_scheme_parameters(self, scheme_optional=True)
        self.addParameter(QgsProcessingParameterString("PROJECT_NAME", tr("Project"), "", optional=True))
        self.addParameter(QgsProcessingParameterString("REVIEWER", tr("Reviewing body"), "", optional=True))
        self.addParameter(QgsProcessingParameterString("DATE", tr("Date of review (empty: today)"), "", optional=True))
        self.addParameter(QgsProcessingParameterEnum("LANGUAGE", tr("Language"), list(LANGUAGES), defaultValue="zh",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean("MAPS", tr("Include maps"), True))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing file"), False))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Report (PDF)"), "PDF (*.pdf)"))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        from ..deps import MissingDependency, require
        from ..layers.project_state import read_state

        try:
            require("report", "The approval report needs reportlab")
        except MissingDependency as exc:
            raise QgsProcessingException(str(exc)) from exc
        from ..report.builder import ReportRequest, write_report

        out = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        review_json = self.parameterAsFile(parameters, "REVIEW_JSON", context)
        gpkg = self.parameterAsFile(parameters, "RESULT_GPKG", context) or None
        if review_json:
            try:
                with open(review_json, encoding="utf-8") as fh:
                    review = json.load(fh)
            except (OSError, ValueError) as exc:
                raise QgsProcessingException(tr("Cannot read the review {}: {}").format(review_json, exc)) from exc
            if "checks" not in review:
                raise QgsProcessingException(tr("{} is not a review result (no checks).").format(review_json))
        elif self.parameterAsVectorLayer(parameters, "COMMUNITY", context) is not None:
            inputs, result = run_scheme(self, parameters, context, feedback)
            review = result.to_dict()
            review["sources"] = inputs.sources
            gpkg = os.path.join(QgsProcessingUtils.tempFolder(), f"review_{id(result)}.gpkg")
            write_result_gpkg(gpkg, result, inputs, QgsCoordinateReferenceSystem(inputs.crs["working"]))
        else:
            raise QgsProcessingException(tr("Give a review JSON, or the community, buildings and facilities to review."))
        project = context.project()
        state = read_state(project) if project is not None else None
        req = ReportRequest(
            review, gpkg if gpkg and os.path.exists(gpkg) else None,
            {k.lower(): _layer_uri(self, parameters, k, context) for k in ("ROADS", "COMPOUNDS", "BUILDINGS")},
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

        try:
            stats = write_report(req, load_standard(), out, self.parameterAsBoolean(parameters, "OVERWRITE", context),
                                 progress)
        except (FontError, OutputExistsError, OSError, ValueError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("{} pages, {} maps in {} s ({} s a page).").format(
            stats.pages, stats.maps, f"{stats.seconds:.1f}", f"{stats.seconds / max(stats.pages, 1):.2f}"))
        return {"OUTPUT": out, "PAGES": stats.pages}
