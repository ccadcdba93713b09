"""The review as a background task: inputs read on the main thread, the pure core in the task."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis, QgsMessageLog, QgsTask

from ..core.inputs import ReviewInputs
from ..core.parameters import ReviewParameters
from ..core.results import ReviewResult
from ..core.review import run_review
from ..i18n import tr
from ..standard.model import Standard

LOG_TAG = "Smart Community"


class ReviewTask(QgsTask):
    """Runs run_review off the main thread; `done(result, error)` is called back on the main thread.

    QGIS layers are not read here (they are not thread-safe): the caller reads them first.
    """

    def __init__(self, inputs: ReviewInputs, standard: Standard, params: ReviewParameters,
                 done: Callable[[Optional[ReviewResult], Optional[str]], None]) -> None:
        super().__init__(tr("Smart Community review"), QgsTask.Flag.CanCancel)
        self.inputs, self.standard, self.params, self.done = inputs, standard, params, done
        self.result: Optional[ReviewResult] = None
        self.error: Optional[str] = None

    def run(self) -> bool:
        """The background part: the review itself, with progress and cancel."""
        def progress(fraction: float, _step: str) -> bool:
            self.setProgress(100 * fraction)
            return not self.isCanceled()

        try:
            self.result = run_review(self.inputs, self.standard, self.params, progress)
        except Exception as exc:  # noqa: BLE001 — reported in finished(), on the main thread
            self.error = str(exc)
            return False
        return True

    def finished(self, ok: bool) -> None:  # noqa: D401 (QGIS API name)
        """Main thread: log a failure and hand the outcome over."""
        if not ok:
            message = self.error or tr("Review cancelled.")
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
        self.done(self.result if ok else None, None if ok else (self.error or tr("Review cancelled.")))


class ComparisonTask(QgsTask):
    """Two reviews of the same inputs (e.g. existing only, then with planned); `done((a, b), error)`."""

    def __init__(self, inputs: ReviewInputs, standard: Standard, first: ReviewParameters,
                 second: ReviewParameters,
                 done: Callable[[Optional[tuple[ReviewResult, ReviewResult]], Optional[str]], None]) -> None:
        super().__init__(tr("Smart Community: existing against planned"), QgsTask.Flag.CanCancel)
        self.inputs, self.standard, self.params, self.done = inputs, standard, (first, second), done
        self.results: list[ReviewResult] = []
        self.error: Optional[str] = None

    def run(self) -> bool:
        """Both reviews, each half of the progress bar."""
        try:
            for n, params in enumerate(self.params):
                def progress(fraction: float, _step: str, n: int = n) -> bool:
                    self.setProgress(50 * (n + fraction))
                    return not self.isCanceled()

                self.results.append(run_review(self.inputs, self.standard, params, progress))
        except Exception as exc:  # noqa: BLE001 — reported in finished(), on the main thread
            self.error = str(exc)
            return False
        return True

    def finished(self, ok: bool) -> None:  # noqa: D401 (QGIS API name)
        """Main thread: log a failure and hand both results over."""
        if not ok:
            QgsMessageLog.logMessage(self.error or tr("Review cancelled."), LOG_TAG, Qgis.MessageLevel.Warning)
        self.done((self.results[0], self.results[1]) if ok else None,
                  None if ok else (self.error or tr("Review cancelled.")))
