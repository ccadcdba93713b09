"""Live checks: while buildings or facilities are edited, the review re-runs in the background."""

from __future__ import annotations

import time
from typing import Any, Callable, Optional

from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer

from ..core.errors import PlanningError
from .review_task import review_task
from .state import WorkbenchState

# Edits closer together than this are one change (a paste into several cells, a multi-feature move). QGIS
# emits one signal per committed cell or finished vertex drag, so a short quiet time is enough.
DEBOUNCE_MS = 100
EDIT_SIGNALS = ("featureAdded", "featuresDeleted", "geometryChanged", "attributeValueChanged",
                "afterCommitChanges", "afterRollBack")


class LiveChecker(QObject):
    """Watches the scheme's editable layers; after a quiet moment re-reads them and reviews in a QgsTask.

    Layers are read on the main thread (QGIS layers are not thread-safe), edit buffers included; a
    change during a running review queues one more run. `done(result, seconds_since_edit, inputs)` is
    called on the main thread.
    """

    def __init__(self, state: WorkbenchState, done: Callable[[Any, float, Any], None]) -> None:
        super().__init__()
        self.state, self.done = state, done
        layers = state.layers()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run)
        self.task: Optional[Any] = None
        self.pending = False
        self.first_edit: Optional[float] = None
        self._connections: list[tuple[QgsVectorLayer, str]] = []
        for role in ("buildings", "facilities"):
            layer = layers.get(role)
            if layer is None:
                continue
            for name in EDIT_SIGNALS:
                getattr(layer, name).connect(self._schedule)
                self._connections.append((layer, name))

    def stop(self) -> None:
        """Disconnect from the layers and cancel a running review."""
        for layer, name in self._connections:
            try:
                getattr(layer, name).disconnect(self._schedule)
            except (TypeError, RuntimeError):  # the layer is gone already
                pass
        self._connections.clear()
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()

    def _schedule(self, *_: Any) -> None:
        if self.first_edit is None:
            self.first_edit = time.perf_counter()
        self.timer.start()

    def _run(self) -> None:
        if self.task is not None:
            self.pending = True
            return
        try:
            inputs = self.state.read()
        except PlanningError:
            # Half-drawn data (a polygon being digitised ...) is normal while editing: wait for the next edit.
            self.first_edit = None
            return
        self.task = review_task(inputs, self.state.standard, (self.state.params(),),
                                lambda r, e: self._finished(r, e, inputs), owner=self)
        QgsApplication.taskManager().addTask(self.task)

    def _finished(self, results: Any, _error: Optional[str], inputs: Any) -> None:
        self.task = None
        started, self.first_edit = self.first_edit, None
        if results is not None:
            self.done(results[0], time.perf_counter() - started if started else 0.0, inputs)
        if self.pending:
            self.pending = False
            self._schedule()
