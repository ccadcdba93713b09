"""The one base of the plugin's Processing algorithms: names and help, the OVERWRITE switch, clear errors
for unreadable inputs, a masked log, and the guard that turns any exception into one message."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import Cancelled
from ..core.gc_pause import paused_gc
from ..i18n import tr, tr_noop
from ..pipeline.guard import explain, release
from ..pipeline.log import MaskedFeedback
from ..pipeline.outputs import Outputs, file_of
from ..pipeline.privacy import user_privacy
from ..pipeline.scheme import diagnose_file
from .destinations import claim_sink, sink_wanted

GROUPS = {"review": tr_noop("Review"), "walking": tr_noop("Walking"), "sunlight": tr_noop("Sunlight"),
          "data": tr_noop("Data")}
OVERWRITE_HELP = tr_noop("Outputs are never written over an input, are written whole or not at all, and mask ID card "
                         "and mobile numbers (6.4.3). OVERWRITE (default yes) allows replacing an existing file.")
_INPUT_TYPES = (QgsProcessingParameterVectorLayer, QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                QgsProcessingParameterMultipleLayers)


class SmartAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, GROUP, TITLE and HELP (English, translated when shown), define() and execute()."""

    NAME = ""
    GROUP = "review"
    TITLE = ""
    HELP = ""

    def name(self) -> str:
        """The id after smart_community:."""
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 (QGIS API names)
        """The title in the user's language."""
        return tr(self.TITLE)

    def group(self) -> str:
        """The toolbox group in the user's language."""
        return tr(GROUPS[self.GROUP])

    def groupId(self) -> str:  # noqa: N802
        """The toolbox group's id."""
        return self.GROUP

    def shortHelpString(self) -> str:  # noqa: N802
        """What the algorithm does, and the output contract."""
        return tr(self.HELP) + "\n\n" + tr(OVERWRITE_HELP)

    def createInstance(self) -> SmartAlgorithm:  # noqa: N802
        """A fresh instance of the same algorithm."""
        return type(self)()

    def initAlgorithm(self, config: Any = None) -> None:  # noqa: N802
        """The algorithm's parameters, then OVERWRITE."""
        self.define()
        p = QgsProcessingParameterBoolean("OVERWRITE", tr("Replace existing output files"), True)
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)

    def define(self) -> None:
        """Add the algorithm's own parameters."""
        raise NotImplementedError

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """The algorithm's work; raise PlanningError subclasses for what the user can fix."""
        raise NotImplementedError

    # --- the boundary ------------------------------------------------------------------------
    def checkParameterValues(self, parameters: dict, context: QgsProcessingContext) -> tuple[bool, str]:  # noqa: N802
        """QGIS's checks, with the reason a file does not open instead of 'Incorrect parameter value'."""
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            return ok, message
        for p in self.parameterDefinitions():
            if not isinstance(p, _INPUT_TYPES):
                continue
            value = parameters.get(p.name())
            if isinstance(p, QgsProcessingParameterFile) and p.extension().lower() in ("json", "csv", "txt"):
                continue   # a review JSON or a table is no vector file: GDAL's verdict on it would mislead
            path = file_of(value) if isinstance(value, str) else None
            if path is not None and ("/" in str(path) or path.suffix):
                reason = diagnose_file(path, p.description())
                if reason:
                    return False, reason
        return ok, message

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict:
        """execute() behind a masked feedback; every exception leaves as one QgsProcessingException message."""
        privacy = user_privacy()
        masked = MaskedFeedback(feedback, privacy)
        try:
            with paused_gc():
                return self.execute(parameters, context, masked)
        except Exception as exc:  # noqa: BLE001 — the boundary: everything becomes one message
            if isinstance(exc, QgsProcessingException):
                message = str(exc)
            elif isinstance(exc, Cancelled):
                message = str(exc) or tr("Cancelled.")
            else:
                message = explain(exc, self.displayName())
            # Nothing the run made may outlive the run's layers (see guard.release).
            release(exc)
        raise QgsProcessingException(privacy.text(message))

    # --- helpers for execute() -------------------------------------------------------------------------
    def input_sources(self, parameters: dict, context: QgsProcessingContext) -> list[str]:
        """The source of every input parameter (layers and files), for the output contract."""
        out: list[str] = []
        for p in self.parameterDefinitions():
            name = p.name()
            if parameters.get(name) in (None, ""):
                continue
            if isinstance(p, (QgsProcessingParameterVectorLayer, QgsProcessingParameterFeatureSource)):
                layer = self.parameterAsVectorLayer(parameters, name, context)
                if layer is not None:
                    out.append(layer.source())
            elif isinstance(p, QgsProcessingParameterFile):
                out.append(self.parameterAsFile(parameters, name, context))
            elif isinstance(p, QgsProcessingParameterMultipleLayers):
                out += [lyr.source() for lyr in self.parameterAsLayerList(parameters, name, context)]
        return out

    def outputs(self, parameters: dict, context: QgsProcessingContext,
                extra_inputs: Optional[list[str]] = None) -> Outputs:
        """The run's outputs under the contract: its inputs protected, OVERWRITE applied, and every output
        it was given checked now, before any work (a file destination, or a feature sink that was asked for)."""
        overwrite = self.parameterAsBoolean(parameters, "OVERWRITE", context) \
            if parameters.get("OVERWRITE") not in (None, "") else True
        outputs = Outputs(self.input_sources(parameters, context) + list(extra_inputs or []), overwrite)
        for p in self.destinationParameterDefinitions():
            name = p.name()
            if isinstance(p, QgsProcessingParameterFileDestination):
                path = self.file_output(parameters, name, context)
                if path:
                    outputs.claim(path)
            elif isinstance(p, QgsProcessingParameterFeatureSink) and (
                    sink_wanted(parameters, name) or not (p.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)):
                claim_sink(self, parameters, name, context, outputs)
        return outputs

    def file_output(self, parameters: dict, name: str, context: QgsProcessingContext) -> Optional[str]:
        """A file destination's path (a temporary file for TEMPORARY_OUTPUT), or None when left empty."""
        return self.parameterAsFileOutput(parameters, name, context) or None
