"""The approval report in one click: the review on screen, the workbench's settings (project, reviewer,
language, where to save, all kept in the project), written in the background under the output contract."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .. import settings
from ..i18n import tr
from .guard import guarded_slot
from .publish_tools import PublishTools
from .state import WorkbenchState
from .tasks import BackgroundTask
from .words import ui_language

LANGUAGES = (("zh", "中文"), ("en", "English"))


def default_report_path(state: WorkbenchState) -> str:
    """Beside the project (or in the home folder), named after the community: 社区_审查报告.pdf."""
    name = ""
    if state.review:
        name = str(state.review.get("community", {}).get("name") or "")
    stem = "".join(ch for ch in (name or state.project.baseName() or "community") if ch not in '\\/:*?"<>|')
    folder = state.project.homePath() or os.path.expanduser("~")
    return str(Path(folder) / f"{stem}_{tr('review report')}.pdf")


class ReportTools(QWidget):
    """Project name, reviewer, language and file of the report, and the button that writes it."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.project_name = QLineEdit()
        self.reviewer = QLineEdit()
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.path = QgsFileWidget()
        self.path.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.path.setFilter(tr("PDF (*.pdf)"))
        self.path.setDialogTitle(tr("Save the review report"))
        form.addRow(tr("Project name"), self.project_name)
        form.addRow(tr("Reviewing body"), self.reviewer)
        form.addRow(tr("Report language"), self.language)
        form.addRow(tr("Save as"), self.path)
        layout.addLayout(form)
        self.button = QPushButton(tr("Export the report (PDF) of the review on screen"))
        self.button.clicked.connect(guarded_slot(tr("Export report"), self.export, self._say))
        self.status = QLabel(tr("Run a review first; the report shows the review on screen."))
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl.fromLocalFile(link)))
        layout.addWidget(self.button)
        layout.addWidget(self.status)
        # The same review for residents (公示): a web page beside the report.
        self.publish = PublishTools(state)
        layout.addWidget(self.publish)
        layout.addStretch(1)
        self.task: Optional[BackgroundTask] = None
        self.last_pdf: Optional[str] = None
        self.task_finished: Optional[Callable[[str], Any]] = None   # the plugin says it on the message bar too
        for widget in (self.project_name, self.reviewer):
            widget.editingFinished.connect(self._store)
        self.language.currentIndexChanged.connect(self._store)
        self.path.fileChanged.connect(self._store)
        self.path.fileChanged.connect(lambda *_: self.task is None and self._review_changed())
        state.projectChanged.connect(self.load)
        # Saving the project moves the default file beside it: say the new place at once.
        # (write() itself sets the file quietly: projectSaved is the signal that always comes.) A bound slot, not
        # a lambda: Qt drops it with this widget, and a project emits homePathChanged even as it is destroyed.
        for signal in (state.project.homePathChanged, state.project.fileNameChanged, state.project.projectSaved):
            signal.connect(self._project_moved)
        state.reviewChanged.connect(self._review_changed)
        self._loading = False
        self.load()

    def _project_moved(self, *_: Any) -> None:
        if self.task is None:
            self._review_changed()

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.state.say(message)

    def load(self) -> None:
        """The report settings kept in the project."""
        self._loading = True
        r = self.state.records.report
        self.project_name.setText(r.get("project", "") or self.state.project.title())
        self.reviewer.setText(r.get("reviewer", ""))
        self.language.setCurrentIndex(max(0, self.language.findData(r.get("language") or ui_language())))
        self.path.setFilePath(r.get("path", ""))
        self.last_pdf = None
        self._loading = False
        self._review_changed()

    def _store(self, *_: Any) -> None:
        if self._loading:
            return
        wanted = {"project": self.project_name.text().strip(), "reviewer": self.reviewer.text().strip(),
                  "language": self.language.currentData(), "path": self.path.filePath().strip()}
        if wanted != self.state.records.report:
            self.state.records.report = wanted
            self.state.save()

    def _review_changed(self) -> None:
        self.button.setEnabled(self.state.review is not None and self.task is None)
        # Where an empty "Save as" writes, in the field itself and said below it: never a silent folder.
        default = default_report_path(self.state)
        self.path.lineEdit().setPlaceholderText(default)
        if self.state.review is None:
            self.status.setText(tr("Run a review first; the report shows the review on screen."))
        elif self.task is None:
            self.status.setText(tr("Ready: the report of the review on screen goes to {}.").format(
                self.path.filePath().strip() or default))

    def export(self) -> Optional[BackgroundTask]:
        """Write the report of the review on screen in a background task."""
        review = self.state.review
        if review is None:
            self._say(tr("Run a review first; the report shows the review on screen."))
            return None
        path = self.path.filePath().strip() or default_report_path(self.state)
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from ..deps import require

        require("report", tr("The approval report needs reportlab"))
        from ..report.story import ReportRequest  # reportlab: only when a report is written
        self.path.setFilePath(path)
        self._store()
        req = ReportRequest(review=review, project=self.project_name.text().strip(),
                            reviewer=self.reviewer.text().strip(), language=self.language.currentData(),
                            planning_state=_records_dict(self.state), font_path=settings.get("report_font_path"),
                            drop_personal_data=bool(settings.get("drop_personal_data")),
                            context_layers={r: lyr.source() for r, lyr in self.state.layers().items()
                                            if lyr is not None and r in ("roads", "compounds", "buildings", "green_spaces")})
        layers = self.state.result_layers()
        protect = tuple(lyr.source() for lyr in self.state.layers().values() if lyr is not None)
        standard = self.state.standard

        def work(progress: Any) -> str:
            from ..layers.vector_write import write_file
            from ..pipeline.privacy import user_privacy
            from ..report.builder import write_report

            with tempfile.TemporaryDirectory(prefix="smart_community_report_") as tmp:
                if layers:
                    gpkg = Path(tmp) / "review.gpkg"
                    write_file(gpkg, layers, "GPKG", user_privacy())
                    req.result_gpkg = str(gpkg)
                write_report(req, standard, path, overwrite=True, protect=protect,
                             progress=lambda f, _s: progress(f))
            return path

        self.button.setEnabled(False)
        self.status.setText(tr("Writing the report…"))
        self.task = BackgroundTask(tr("Smart Community: review report"), work, self._done, owner=self)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _done(self, path: Optional[str], error: Optional[str]) -> None:
        self.task = None
        self._review_changed()
        if path is None:
            self._say(error or "")
            return
        self.last_pdf = path
        self.status.setText(tr("Report written: <a href=\"{0}\">{0}</a>").format(path))
        if self.task_finished is not None:
            self.task_finished(path)


def _records_dict(state: WorkbenchState) -> dict[str, Any]:
    import json

    return json.loads(state.records.to_json())
