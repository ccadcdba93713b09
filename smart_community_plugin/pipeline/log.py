"""Every line the plugin logs or prints to a Processing log goes through the privacy filter first."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis, QgsMessageLog, QgsProcessingFeedback

from .privacy import Privacy, user_privacy

LOG_TAG = "Smart Community"


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    """A line in QGIS's log panel (tab Smart Community), masked."""
    QgsMessageLog.logMessage(user_privacy().text(str(message)), LOG_TAG, level)


class MaskedFeedback(QgsProcessingFeedback):
    """A Processing feedback that masks every text before it reaches the user's feedback (and the log)."""

    def __init__(self, inner: Optional[QgsProcessingFeedback], privacy: Privacy) -> None:
        super().__init__()
        self.inner = inner if inner is not None else QgsProcessingFeedback()
        self.privacy = privacy

    def _m(self, text: Any) -> str:
        return self.privacy.text(str(text))

    def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS API names)
        """Masked, then passed on."""
        self.inner.pushInfo(self._m(info))

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        """Masked, then passed on."""
        self.inner.pushWarning(self._m(warning))

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803
        """Masked, then passed on."""
        self.inner.reportError(self._m(error), fatalError)

    def pushCommandInfo(self, info: str) -> None:  # noqa: N802
        """Masked, then passed on."""
        self.inner.pushCommandInfo(self._m(info))

    def pushDebugInfo(self, info: str) -> None:  # noqa: N802
        """Masked, then passed on."""
        self.inner.pushDebugInfo(self._m(info))

    def pushConsoleInfo(self, info: str) -> None:  # noqa: N802
        """Masked, then passed on."""
        self.inner.pushConsoleInfo(self._m(info))

    def pushFormattedMessage(self, html: str, text: str) -> None:  # noqa: N802
        """Masked, then passed on."""
        self.inner.pushFormattedMessage(self.privacy.text(html), self._m(text))

    def setProgressText(self, text: str) -> None:  # noqa: N802
        """Masked, then passed on."""
        self.inner.setProgressText(self.privacy.text(str(text)))

    def setProgress(self, progress: float) -> None:  # noqa: N802
        """Passed on."""
        self.inner.setProgress(progress)

    def isCanceled(self) -> bool:  # noqa: N802
        """The user's feedback decides."""
        return self.inner.isCanceled()
