"""The review in the background: the inputs were read on the main thread, the pure core runs in the task."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.PyQt.QtCore import QObject

from ..core.inputs import ReviewInputs
from ..core.parameters import ReviewParameters
from ..core.results import ReviewResult
from ..i18n import tr
from ..pipeline.read import review_inputs
from ..standard.model import Standard
from .tasks import BackgroundTask, Progress


def review_task(inputs: ReviewInputs, standard: Standard, params: tuple[ReviewParameters, ...],
                done: Callable[[Optional[list[ReviewResult]], Optional[str]], None],
                title: Optional[str] = None, owner: Optional[QObject] = None) -> BackgroundTask:
    """Reviews of the same inputs, one per parameter set, sharing the progress bar."""
    def work(progress: Progress) -> list[ReviewResult]:
        results = []
        for n, p in enumerate(params):
            def step(fraction: float, _step: str, n: int = n) -> bool:
                return progress((n + fraction) / len(params))

            results.append(review_inputs(inputs, standard, p, step).result)
        return results

    return BackgroundTask(title or tr("Smart Community review"), work, done, owner)
