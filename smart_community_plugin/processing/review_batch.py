"""smart_community:review_batch — every community of a city on Dask (the same code as scripts/review-city)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..i18n import tr, tr_noop
from ..pipeline.privacy import user_privacy
from .base import SmartAlgorithm
from .parameters import (
    add_language_parameter,
    add_scheme_parameters,
    language_parameter,
    review_parameters,
    scheme_from_parameters,
)
from .store_submission import add_store_parameter, store_service


class ReviewBatchAlgorithm(SmartAlgorithm):
    """Reviews each community of a communities layer with the city's features within its halo, on Dask."""

    NAME, GROUP, TITLE = "review_batch", "review", tr_noop("Review every community of a city (Dask batch)")
    HELP = tr_noop(
        "For the city health examination (城市体检) and district reviews: the COMMUNITY layer holds one boundary per "
        "community (name, kind, optional population) and the other layers are city-wide. Each community is "
        "reviewed as smart_community:review would review it alone, on the city's features within a halo of its "
        "boundary (the largest service radius, life-circle walk, register distance or longest sunlight shadow; "
        "docs/city-batch.md). The work runs on Dask: an embedded cluster on this machine (WORKERS, default one "
        "per core) or an existing one (SCHEDULER, tcp://host:8786); workers need no QGIS. OUTPUT receives "
        "city.gpkg (layer communities: verdict, counts, coverage per type by walking and straight line, life "
        "circles, population), city_summary.pdf, and communities/<fid>.json and .gpkg, each the single review's. "
        "A community that fails is recorded with its reason; a rerun skips communities whose inputs and settings "
        "have not changed (RESUME). Needs dask[distributed].")

    def define(self) -> None:
        """The scheme's parameters (COMMUNITY: the communities layer), the folder and the cluster."""
        add_scheme_parameters(self)
        self.removeParameter("POPULATION_OVERRIDE")   # each community's own population counts
        self.parameterDefinition("COMMUNITY").setDescription(
            tr("Communities (one boundary per community: name, kind, optional population)"))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))
        self.addParameter(QgsProcessingParameterNumber(
            "WORKERS", tr("Worker processes on this machine (0: one per core)"),
            QgsProcessingParameterNumber.Type.Integer, 0, minValue=0, maxValue=256))
        self.addParameter(QgsProcessingParameterString(
            "SCHEDULER", tr("Existing Dask scheduler (tcp://host:8786; empty: run on this machine)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "RESUME", tr("Keep communities whose inputs and settings have not changed since the last run"), True))
        add_language_parameter(self, tr("Language of the reviews and the summary"))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title of the city summary"), "", optional=True))
        add_store_parameter(self, optional=True)
        self.addOutput(QgsProcessingOutputFile("CITY_GPKG", tr("City table (GeoPackage)")))
        self.addOutput(QgsProcessingOutputFile("SUMMARY_PDF", tr("City summary (PDF)")))
        self.addOutput(QgsProcessingOutputNumber("COMMUNITIES", tr("Communities")))
        self.addOutput(QgsProcessingOutputNumber("FAILED", tr("Communities whose review failed")))
        self.addOutput(QgsProcessingOutputNumber("STORE_RUN", tr("City run in the store")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Read the city, run the batch with progress and cancel, report the counts."""
        from ..batch.city import batch_params, cluster_lines, progress_line, review_city, summary_line
        from ..batch.run import BatchSettings
        from ..standard import load_standard

        out_dir = Path(self.parameterAsString(parameters, "OUTPUT", context))
        language = language_parameter(self, parameters, context)
        scheme = scheme_from_parameters(self, parameters, context)
        workers = self.parameterAsInt(parameters, "WORKERS", context)
        settings = BatchSettings(params=batch_params(review_parameters(self, parameters, context)),
                                 language=language, drop_personal=user_privacy().drop,
                                 scheduler=self.parameterAsString(parameters, "SCHEDULER", context).strip() or None,
                                 workers=workers or None, resume=self.parameterAsBoolean(parameters, "RESUME", context))

        started = time.perf_counter()

        def progress(done: int, total: int, eta: Optional[float], what: str) -> bool:
            feedback.setProgress(100.0 * done / max(total, 1))
            feedback.setProgressText(progress_line(done, total, eta, time.perf_counter() - started, language))
            return not feedback.isCanceled()

        def announce(cluster) -> None:
            for line in cluster_lines(cluster, settings.scheduler, language):
                feedback.pushInfo(line)

        store = store_service(self, parameters, context)
        result, paths = review_city(scheme, load_standard(), out_dir, settings, progress,
                                    self.parameterAsString(parameters, "TITLE", context), announce, store or None)
        fig = result.figures
        feedback.pushInfo(summary_line(result, out_dir, language))
        for row in result.rows:
            if row.get("status") == "failed":
                feedback.reportError(f"{row.get('name')} (#{row['fid']}): "
                                     f"{row.get('error_zh' if language == 'zh' else 'error', '')}")
        return {"OUTPUT": str(out_dir), "CITY_GPKG": str(paths["gpkg"]), "SUMMARY_PDF": str(paths["pdf"]),
                "COMMUNITIES": len(result.rows), "FAILED": fig["failed"], "STORE_RUN": fig.get("store_run")}
