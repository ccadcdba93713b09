"""smart_community:store_submission — validate a submitted planning GeoPackage and store it as a new version."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..i18n import tr, tr_noop
from ..standard import load_standard
from .base import SmartAlgorithm

DEFAULT_SERVICE = "smart_community"


def add_store_parameter(alg: SmartAlgorithm, optional: bool) -> None:
    """STORE: the libpq service (pg_service.conf) naming the office's store."""
    alg.addParameter(QgsProcessingParameterString(
        "STORE", tr("Review store (a PostgreSQL service in pg_service.conf)"),
        defaultValue=None if optional else DEFAULT_SERVICE, optional=optional))


def store_service(alg: SmartAlgorithm, parameters: dict, context: QgsProcessingContext) -> str:
    """The service STORE names ('' when left empty)."""
    if parameters.get("STORE") in (None, ""):
        return ""
    return (alg.parameterAsString(parameters, "STORE", context) or "").strip()


class StoreSubmissionAlgorithm(SmartAlgorithm):
    """Validates INPUT, then stores its layers in the store as the community's next version."""

    NAME, GROUP, TITLE = "store_submission", "data", tr_noop("Store submission")
    HELP = tr_noop(
        "Validates a submitted planning GeoPackage (layers named as in the template) and, when nothing blocks, "
        "stores its layers in the office's review store (PostgreSQL/PostGIS) as a new version of the "
        "community's scheme: one table per layer, in the scheme's metric CRS, original attributes kept, "
        "personal data masked. The stored tables can never be changed; the file is never modified. "
        "SUBMITTER is the planner's database role: that planner may read this submission and its reviews.")

    def define(self) -> None:
        """The file, the community's name, the submitter and the store."""
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Planning GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString("COMMUNITY_NAME", tr("Community")))
        self.addParameter(QgsProcessingParameterString(
            "SUBMITTER", tr("Submitting planner (database role; empty: yourself)"), optional=True))
        add_store_parameter(self, optional=False)
        self.addOutput(QgsProcessingOutputNumber("SUBMISSION", tr("Submission id")))
        self.addOutput(QgsProcessingOutputNumber("VERSION", tr("Version")))
        self.addOutput(QgsProcessingOutputString("TABLES", tr("Stored tables")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Validate and store."""
        from ..pipeline.store_io import store_gpkg

        stored = store_gpkg(store_service(self, parameters, context) or DEFAULT_SERVICE,
                            self.parameterAsFile(parameters, "INPUT", context),
                            self.parameterAsString(parameters, "COMMUNITY_NAME", context),
                            self.parameterAsString(parameters, "SUBMITTER", context), load_standard())
        for line in stored.warnings:
            feedback.pushWarning(line)
        if stored.same_as is not None:
            feedback.pushWarning(tr("This file is byte for byte version {} of the same community, stored again.")
                                 .format(stored.same_as))
        if stored.skipped:
            feedback.pushInfo(tr("Layers no role takes, not stored: {}").format(", ".join(stored.skipped)))
        feedback.pushInfo(tr("Stored as submission {} (version {}) with {} warnings.").format(
            stored.id, stored.version, len(stored.warnings)))
        return {"SUBMISSION": stored.id, "VERSION": stored.version,
                "TABLES": ",".join(f"{role}={table}" for role, table in stored.tables.items())}
