"""smart_community:review — check a community scheme against Table A.0.1 and the related clauses."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.messages import catalogue, message
from ..core.provisions import blocking
from ..i18n import tr, tr_noop
from ..pipeline.result_layers import new_run_id, write_review
from ..pipeline.store_io import review_into_store, submission_layers
from .base import SmartAlgorithm
from .parameters import add_language_parameter, add_scheme_parameters, language_parameter, review_from_parameters
from .store_submission import DEFAULT_SERVICE, add_store_parameter, store_service

STORE_HELP = tr_noop(
    "Review store: with SUBMISSION the layers of that stored submission are reviewed (layers given here take "
    "their role's place), read from the store named by STORE (a PostgreSQL service, default smart_community); "
    "with OUTPUT_STORE the review, its checks and its buildings are written into the store as the submission's "
    "next review, in one transaction. OUTPUT_JSON and OUTPUT_GPKG are then optional.")


class ReviewAlgorithm(SmartAlgorithm):
    """Runs the review and writes OUTPUT_JSON and OUTPUT_GPKG (as one pair)."""

    NAME, GROUP, TITLE = "review", "review", tr_noop("Review community scheme")
    HELP = tr_noop(
        "Checks a community scheme against T/CECS 智慧社区规划标准: facility counts per population "
        "(4.5.3, Table A.0.1), service radius coverage, sizes, the integrated service centre "
        "(4.5.5-1), property management rooms and smart requirements (智慧要求, 4.5.10). "
        "With a roads layer, distances are walked along the network (DISTANCE: euclidean, network "
        "or both; verdicts use walking distances when they are computed), with buildings and "
        "facilities inside gated compounds reaching out only through the paths in their walls' "
        "gates. Distances are in metres in a CGCS2000 Gauss-Kruger or UTM CRS chosen from the data. "
        "Population per building: its population field, else households x persons per "
        "household, else floor area / floor area per person. Writes a JSON review "
        "(docs/review-schema.md) and a GeoPackage of result layers; inputs are never modified.")

    def shortHelpString(self) -> str:  # noqa: N802
        """The review's help, with how it reads from and writes into the review store."""
        return super().shortHelpString() + "\n\n" + tr(STORE_HELP)

    def define(self) -> None:
        """The scheme's parameters and the two outputs."""
        add_scheme_parameters(self, scheme_optional=True)   # the layers may come from a stored submission
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", tr("Review (JSON)"), "JSON (*.json)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_GPKG", tr("Result layers (GeoPackage)"), "GeoPackage (*.gpkg)", optional=True))
        add_language_parameter(self, tr("Language of the messages in the review (both are always kept)"))
        self.addParameter(QgsProcessingParameterBoolean(
            "JSON_DETAIL", tr("Rows per building and per window in the JSON too (they are always in the GeoPackage)"),
            defaultValue=False))
        add_store_parameter(self, optional=True)
        self.addParameter(QgsProcessingParameterNumber(
            "SUBMISSION", tr("Stored submission to review (its layers come from the store)"),
            QgsProcessingParameterNumber.Type.Integer, None, optional=True, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            "OUTPUT_STORE", tr("Write the review into the store, as the submission's next review"), False))
        self.addOutput(QgsProcessingOutputNumber("REVIEW_NUMBER", tr("Review number in the store")))
        self.addOutput(QgsProcessingOutputString("OVERALL", tr("Overall verdict")))
        self.addOutput(QgsProcessingOutputNumber("FAIL_COUNT", tr("Failed checks")))
        self.addOutput(QgsProcessingOutputNumber("WARNING_COUNT", tr("Warnings")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Check the outputs, review, write the pair, load the styled results."""
        out_json = self.file_output(parameters, "OUTPUT_JSON", context)
        out_gpkg = self.file_output(parameters, "OUTPUT_GPKG", context)
        store, submission, into_store = self._store(parameters, context)
        if not (out_json or out_gpkg or into_store):
            raise QgsProcessingException(tr("Give OUTPUT_JSON, OUTPUT_GPKG or OUTPUT_STORE: the review must be "
                                            "written somewhere."))
        number = None
        with self.outputs(parameters, context) as outputs:
            started = dt.datetime.now(dt.timezone.utc)
            stored = submission_layers(store, submission) if submission else None
            reviewed = review_from_parameters(self, parameters, context, feedback, stored)
            language = language_parameter(self, parameters, context)
            run_id = new_run_id()
            write_review(outputs, reviewed, out_json, out_gpkg, language,
                         detail=self.parameterAsBoolean(parameters, "JSON_DETAIL", context), run_id=run_id)
            if into_store:
                # Inside the outputs' block: a review the store refuses leaves no files either.
                number = review_into_store(store, submission, reviewed, started, run_id).number
                feedback.pushInfo(tr("Stored as review {} of submission {}.").format(number, submission))
        if out_gpkg and out_json and context.project() is not None:
            from .result_loading import load_results_on_completion

            load_results_on_completion(out_gpkg, out_json, context)
        result = reviewed.result
        counts = result.counts()
        # One language on the line: the review's (the approval word and the counts alike).
        feedback.pushInfo(message("ui.review.summary", overall=catalogue().term("approval", result.overall(), language),
                                  fail=counts["fail"], warning=counts["warning"], passed=counts["pass"],
                                  unassessed=len(blocking(result.provisions))).text(language))
        return {"OUTPUT_JSON": out_json, "OUTPUT_GPKG": out_gpkg, "OVERALL": result.overall(), "REVIEW_NUMBER": number,
                "FAIL_COUNT": counts["fail"], "WARNING_COUNT": counts["warning"]}

    def _store(self, parameters: dict, context: QgsProcessingContext) -> tuple[str, Optional[int], bool]:
        """(service, submission, write into the store) from STORE, SUBMISSION and OUTPUT_STORE."""
        raw = parameters.get("SUBMISSION")
        submission = None
        if raw not in (None, ""):
            # QGIS rounds 1.5 to 2 and reads 'abc' as empty: a wrong number would review another submission.
            try:
                number = float(str(raw).strip())
            except ValueError:
                number = float("nan")
            if not (number >= 1 and number.is_integer()):
                raise QgsProcessingException(tr("SUBMISSION must be a submission's number (1, 2, ...), not '{}'.")
                                             .format(raw))
            submission = int(number)
        into = self.parameterAsBoolean(parameters, "OUTPUT_STORE", context)
        if into and submission is None:
            raise QgsProcessingException(tr("OUTPUT_STORE needs SUBMISSION: a review is stored with the submission "
                                            "it reviews (store it first with Store submission)."))
        return store_service(self, parameters, context) or DEFAULT_SERVICE, submission, into
