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


class _ReviewsTask(QgsTask):
    """Reviews of the same inputs, one per parameter set, sharing the progress bar; run off the main thread.

    QGIS layers are not read here (they are not thread-safe): the caller reads them first.
    """

    def __init__(self, title: str, inputs: ReviewInputs, standard: Standard,
                 params: tuple[ReviewParameters, ...]) -> None:
        super().__init__(title, QgsTask.Flag.CanCancel)
        self.inputs, self.standard, self.params = inputs, standard, params
        self.results: list[ReviewResult] = []
        self.error: Optional[str] = None

    def run(self) -> bool:
        """The background part: the reviews, with progress and cancel."""
        share = 100.0 / len(self.params)
        try:
            for n, params in enumerate(self.params):
                def progress(fraction: float, _step: str, n: int = n) -> bool:
                    self.setProgress(share * (n + fraction))
                    return not self.isCanceled()

                self.results.append(run_review(self.inputs, self.standard, params, progress))
        except Exception as exc:  # noqa: BLE001 — reported in finished(), on the main thread
            self.error = str(exc)
            return False
        return True

    def _failure(self, ok: bool) -> Optional[str]:
        """Main thread: None when all went well, else the message (also written to the log)."""
        if ok:
            return None
        message = self.error or tr("Review cancelled.")
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
        return message


class ReviewTask(_ReviewsTask):
    """One review; `done(result, error)` is called back on the main thread."""

    def __init__(self, inputs: ReviewInputs, standard: Standard, params: ReviewParameters,
                 done: Callable[[Optional[ReviewResult], Optional[str]], None]) -> None:
        super().__init__(tr("Smart Community review"), inputs, standard, (params,))
        self.done = done

    @property
    def result(self) -> Optional[ReviewResult]:
        """The review, once run."""
        return self.results[0] if self.results else None

    def finished(self, ok: bool) -> None:  # noqa: D401 (QGIS API name)
        """Main thread: hand the outcome over."""
        error = self._failure(ok)
        self.done(None if error else self.result, error)


class ComparisonTask(_ReviewsTask):
    """Two reviews of the same inputs (e.g. existing only, then with planned); `done((a, b), error)`."""

    def __init__(self, inputs: ReviewInputs, standard: Standard, first: ReviewParameters,
                 second: ReviewParameters,
                 done: Callable[[Optional[tuple[ReviewResult, ReviewResult]], Optional[str]], None]) -> None:
        super().__init__(tr("Smart Community: existing against planned"), inputs, standard, (first, second))
        self.done = done

    def finished(self, ok: bool) -> None:  # noqa: D401 (QGIS API name)
        """Main thread: hand both results over."""
        error = self._failure(ok)
        self.done(None if error else (self.results[0], self.results[1]), error)
