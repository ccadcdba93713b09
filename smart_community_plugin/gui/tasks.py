"""One QgsTask for the workbench's background work: progress, cancel, and any failure as a message."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject

from ..i18n import tr
from ..pipeline.guard import explain, guarded
from ..pipeline.log import log

Progress = Callable[[float], bool]


class BackgroundTask(QgsTask):
    """work(progress) runs off the main thread (QGIS layers are read before, on it); done(result, error) is
    called back on the main thread. progress(fraction) returns False once the user cancels."""

    def __init__(self, title: str, work: Callable[[Progress], Any],
                 done: Callable[[Optional[Any], Optional[str]], None], owner: Optional[QObject] = None) -> None:
        super().__init__(title, QgsTask.Flag.CanCancel)
        self.work, self.done, self.owner = work, done, owner
        self.result: Any = None
        self.error: Optional[str] = None
        if owner is not None:
            # The widget waiting for the result is gone (its dock closed, the plugin unloaded): stop working.
            owner.destroyed.connect(lambda *_: None if sip.isdeleted(self) else self.cancel())

    def _progress(self, fraction: float) -> bool:
        self.setProgress(100.0 * fraction)
        return not self.isCanceled()

    def run(self) -> bool:
        """The background part."""
        try:
            self.result = self.work(self._progress)
        except Exception as exc:  # noqa: BLE001 — reported in finished(), on the main thread
            self.error = explain(exc, self.description())
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:  # noqa: D401 (QGIS API name)
        """Main thread: hand the outcome over (not to a widget that is gone)."""
        if self.owner is not None and sip.isdeleted(self.owner):
            return
        if ok:
            # Showing the result is the caller's code on the main thread: a failure there is a message-bar
            # entry and a log line too, never QGIS's Python error dialog.
            guarded(self.description(), lambda: self.done(self.result, None), _say_on_bar)
            return
        message = self.error or tr("Cancelled.")
        log(message, Qgis.MessageLevel.Warning)
        guarded(self.description(), lambda: self.done(None, message), _say_on_bar)


def _say_on_bar(message: str) -> None:
    log(message, Qgis.MessageLevel.Critical)
    try:
        from qgis.utils import iface
    except ImportError:       # outside the desktop (qgis_process, tests): the log line is all
        return
    if iface is not None and iface.messageBar() is not None:
        iface.messageBar().pushMessage(tr("Smart Community"), message, Qgis.MessageLevel.Critical, 10)
