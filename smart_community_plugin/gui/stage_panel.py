"""A stage's checklist (chapter 7): status, owner, date and notes per task, written back on every edit."""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.stages import STATUSES, PlanningState, Stage
from ..i18n import tr, tr_noop
from .guard import guarded_slot
from .state import WorkbenchState
from .words import ui_language

STATUS_LABELS = {"todo": tr_noop("to do"), "in_progress": tr_noop("in progress"), "done": tr_noop("done"),
                 "not_applicable": tr_noop("not applicable")}
# The clause of each task is in its tooltip and in the stage heading (the 6.x tasks name theirs).
COLUMNS = (tr_noop("Task"), tr_noop("Status"), tr_noop("Owner"), tr_noop("Date"), tr_noop("Notes"))


class StagePanel(QWidget):
    """A stage's checklist: status, owner, date and notes per task, written back on every edit."""

    def __init__(self, stage: Stage, state: WorkbenchState) -> None:
        super().__init__()
        self.stage = stage
        self.state = state
        layout = QVBoxLayout(self)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        layout.addWidget(self.progress)
        # Shown while the project follows a review store: colleagues' edits come in by this button.
        self.reload_button = QPushButton(tr("Reload from the review store"))
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(guarded_slot(tr("Stage records"), self._reload, self.progress.setText,
                                                        lambda message: state.say(message)))
        layout.addWidget(self.reload_button)
        self.table = QTableWidget(len(stage.tasks), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 96), (2, 72), (3, 104), (4, 150)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # Every task has two lines (Chinese, English): never less than that, whatever the widths.
        self.table.verticalHeader().setMinimumSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.status: list[QComboBox] = []
        self.owner: list[QLineEdit] = []
        self.date: list[QDateEdit] = []
        self.notes: list[QLineEdit] = []
        for row, task in enumerate(stage.tasks):
            zh = ui_language() == "zh"
            item = QTableWidgetItem(task.text_zh if zh else task.text_en)
            item.setToolTip(task.text_en if zh else task.text_zh)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(f"{task.clause} ({task.strength.zh})")
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            for code in STATUSES:
                combo.addItem(tr(STATUS_LABELS[code]), code)
            owner, notes = QLineEdit(), QLineEdit()
            date = QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.setSpecialValueText(" ")
            date.setMinimumDate(QDate(2000, 1, 1))
            for w, col in ((combo, 1), (owner, 2), (date, 3), (notes, 4)):
                self.table.setCellWidget(row, col, w)
            changed = guarded_slot(tr("Stage records"), self._changed, self.progress.setText,
                                   lambda message: state.say(message))
            combo.currentIndexChanged.connect(changed)
            owner.editingFinished.connect(changed)
            notes.editingFinished.connect(changed)
            date.dateChanged.connect(changed)
            self.status.append(combo)
            self.owner.append(owner)
            self.date.append(date)
            self.notes.append(notes)
        self.table.resizeRowsToContents()
        # Checklist above, the stage's tools below; the planner moves the divider.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        tools = QWidget()
        self.extra = QVBoxLayout(tools)
        self.extra.setContentsMargins(0, 0, 0, 0)
        splitter.addWidget(tools)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API name)
        """Row heights follow the wrapped task text once the column widths are real."""
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def load(self, state: PlanningState) -> None:
        """Show the records of this stage (without writing them back)."""
        self._loading = True
        try:
            for row, task in enumerate(self.stage.tasks):
                rec = state.tasks.get(f"{self.stage.code}/{task.code}")
                self.status[row].setCurrentIndex(STATUSES.index(rec.status) if rec else 0)
                self.owner[row].setText(rec.owner if rec else "")
                self.notes[row].setText(rec.notes if rec else "")
                date = QDate.fromString(rec.date, "yyyy-MM-dd") if rec and rec.date else QDate(2000, 1, 1)
                self.date[row].setDate(date)
        finally:
            self._loading = False
        self._show_progress(state)
        self.reload_button.setVisible(self.state.link is not None)

    def store(self, state: PlanningState) -> None:
        """Copy the widgets into the state."""
        for row, task in enumerate(self.stage.tasks):
            rec = state.record(self.stage.code, task.code)
            rec.status = self.status[row].currentData()
            rec.owner = self.owner[row].text().strip()
            rec.notes = self.notes[row].text().strip()
            d = self.date[row].date()
            rec.date = "" if d == QDate(2000, 1, 1) else d.toString("yyyy-MM-dd")

    def _changed(self, *_: Any) -> None:
        if getattr(self, "_loading", False):
            return
        self.store(self.state.records)
        self.state.save_stage(self.stage)
        self._show_progress(self.state.records)

    def _reload(self) -> None:
        """The store's record of this stage replaces what is on screen (and in the project)."""
        self.state.pull_store([self.stage])
        self.load(self.state.records)

    def _show_progress(self, state: PlanningState) -> None:
        done, total = state.progress(self.stage)
        text = tr("{} ({}): {} of {} tasks done").format(
            self.stage.name_zh if ui_language() == "zh" else self.stage.name_en, self.stage.clause, done, total)
        link = self.state.link
        if link is not None:
            version = link.versions.get(self.stage.code)
            text += " · " + (tr("review store '{}', {}: version {}").format(link.service, link.community, version)
                             if version else tr("review store '{}', {}: not saved there yet")
                             .format(link.service, link.community))
        self.progress.setText(text)
