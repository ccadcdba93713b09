"""The message bar's offer to install missing packages into the plugin's own folder, and the QgsTask doing it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton

from .. import deps
from ..dependency_install import InstallResult, install, parse_requirement, version_tuple
from ..i18n import tr

LOG_TAG = "Smart Community"
PLUGIN = __name__.split(".")[0]  # the plugin's package as QGIS knows it: "smart_community" once installed


def _log(text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(text, LOG_TAG, level)  # thread-safe: pip's lines arrive from the task's thread


def _modules() -> dict[str, str]:
    """pip name -> import name of every package the plugin knows."""
    return {pip: module for module, pip, _ in (*deps.REQUIRED, *deps.OPTIONAL.values())}


class InstallTask(QgsTask):
    """pip in a worker thread, with progress and cancel in QGIS's task manager; done(result) on the main thread."""

    def __init__(self, folder: Path, requirements: list[str], done: Callable[[InstallResult], None]) -> None:
        super().__init__(tr("Smart Community: installing {}").format(", ".join(requirements)), QgsTask.Flag.CanCancel)
        self.folder, self.requirements, self.done = folder, requirements, done
        self.result = InstallResult(False, "error")

    def run(self) -> bool:
        """The background part: the whole install, pip's lines to the log."""
        try:
            self.result = install(self.folder, self.requirements, _modules(), deps.qgis_python(), on_line=_log,
                                  on_progress=self.setProgress, cancelled=self.isCanceled)
        except Exception as exc:  # noqa: BLE001 — reported in finished(), on the main thread
            self.result = InstallResult(False, "error", f"{type(exc).__name__}: {exc}")
        return self.result.ok

    def finished(self, ok: bool) -> None:  # noqa: D401 (QGIS API name)
        """Main thread: hand the result over."""
        self.done(self.result)


class DependencyBar(QObject):
    """One message-bar offer with an Install button at a time; the install, then a reload of the plugin."""

    wanted = pyqtSignal(list, str)  # deps.require() may run in a task's thread: queued to the main thread

    def __init__(self, iface: Any) -> None:
        super().__init__()
        self.iface = iface
        self.item: Optional[Any] = None
        self.button: Optional[QPushButton] = None
        self.task: Optional[InstallTask] = None
        self.offered: list[str] = []
        self.wanted.connect(self.offer)
        self._listener = self.wanted.emit
        deps.listeners.append(self._listener)

    def offer(self, requirements: list[str], purpose: str = "") -> None:
        """A message-bar entry saying what is missing (for a feature: its purpose), with an Install button."""
        if self.task is not None or (self._shown() and list(requirements) == self.offered):
            return
        self._drop_item()
        names = ", ".join(requirements)
        if purpose:
            text = tr("{}. Install {} into the plugin's own folder? QGIS's own Python stays unchanged.").format(
                purpose.rstrip("."), names)
        else:
            text = tr("Smart Community Planner needs {} (missing or too old). Install them into the plugin's own "
                      "folder? QGIS's own Python stays unchanged.").format(names)
        bar = self.iface.messageBar()
        item = bar.createMessage(tr("Smart Community"), text)
        self.button = QPushButton(tr("Install"), item)
        self.button.setObjectName("SmartCommunityInstall")
        self.button.clicked.connect(lambda _checked=False: self.install(list(requirements)))
        item.layout().addWidget(self.button)
        self.item = bar.pushWidget(item, Qgis.MessageLevel.Warning, 0)
        self.offered = list(requirements)

    def install(self, requirements: list[str]) -> None:
        """Start the install task (the message stays, saying it is under way)."""
        folder = deps.dependency_folder()
        if self.task is not None or folder is None:
            return
        self.task = InstallTask(folder, requirements, self._done)
        _log(tr("Installing {} into {}").format(", ".join(requirements), folder))
        if self._shown():
            self.item.setText(tr("Installing {} into the plugin's own folder… Progress and Cancel: QGIS's task "
                                 "manager (status bar).").format(", ".join(requirements)))
            self.button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, result: InstallResult) -> None:
        """The outcome as a message-bar entry and a log line; after a success the plugin reloads itself."""
        requirements, self.task = (self.task.requirements if self.task else self.offered), None
        self._drop_item()
        bar, names = self.iface.messageBar(), ", ".join(result.installed or requirements)
        if not result.ok:
            text = tr("Installing {} failed: {}. By hand: {}").format(", ".join(requirements), self._why(result),
                                                                     result.manual or "—")
            _log(text + "\n" + "\n".join(result.last_lines), Qgis.MessageLevel.Critical)
            bar.pushMessage(tr("Smart Community"), text, "\n".join(result.last_lines), Qgis.MessageLevel.Critical, 0)
            return
        import qgis.utils

        # A module already imported at an old version stays in sys.modules: only a restart drops it.
        reload = PLUGIN in qgis.utils.active_plugins and not _stale(requirements)
        text = (tr("{} is already installed.") if result.reason == "nothing" else
                tr("Installed {} into the plugin's own folder.")).format(names)
        text += " " + (tr("Reloading the plugin…") if reload else tr("Restart QGIS to use them."))
        if reload:
            QTimer.singleShot(0, lambda: qgis.utils.reloadPlugin(PLUGIN))  # after this slot has returned
        _log(text, Qgis.MessageLevel.Success)
        bar.pushMessage(tr("Smart Community"), text, Qgis.MessageLevel.Success, 15)

    @staticmethod
    def _why(result: InstallResult) -> str:
        texts = {
            "no_python": tr("the Python interpreter QGIS runs on was not found ({})"),
            "no_pip": tr("pip is not installed for {} (Debian, Ubuntu: sudo apt install python3-pip; Windows: "
                         "python3-pip in the OSGeo4W installer)"),
            "old_pip": tr("pip {} is too old; 22.2 or newer is needed"),
            "qgis_package": tr("{} belongs to QGIS's own Python and is not installed by the plugin"),
            "resolve": tr("pip found no versions that fit QGIS's packages, or could not reach the package index "
                          "(pip's messages are in the log, tab Smart Community)"),
            "install": tr("pip could not install them (pip's messages are in the log, tab Smart Community)"),
            "verify": tr("installed, but they do not import as required: {}"),
            "cancelled": tr("cancelled"),
        }
        return texts.get(result.reason, tr("unexpected error: {}")).format(result.detail)

    def _shown(self) -> bool:
        return self.item is not None and not sip.isdeleted(self.item)  # the user may have closed it

    def _drop_item(self) -> None:
        if self._shown():
            self.iface.messageBar().popWidget(self.item)
        self.item = self.button = None

    def close(self) -> None:
        """On unload: no more offers, the entry gone, a running install cancelled."""
        if self._listener in deps.listeners:
            deps.listeners.remove(self._listener)
        if self.task is not None:
            self.task.done = lambda _result: None
            self.task.cancel()
            # pip stops within a second; the task's Python object must outlive its run() (QGIS would crash).
            self.task.waitForFinished(15000)
            self.task = None
        self._drop_item()


def _stale(requirements: list[str]) -> list[str]:
    """Requirements whose module is already imported at a version below the minimum."""
    out = []
    for requirement in requirements:
        name, minimum = parse_requirement(requirement)
        module = sys.modules.get(_modules().get(name, name))
        if module is not None and version_tuple(str(getattr(module, "__version__", "0"))) < version_tuple(minimum):
            out.append(requirement)
    return out
