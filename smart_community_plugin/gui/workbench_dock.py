"""The five-stage workbench (chapter 7): one tab per stage, its tasks as a checklist kept in the project."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QLineEdit, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from ..core.parameters import ReviewParameters
from ..core.stages import STATUSES, PlanningState, Stage, load_stages
from ..i18n import tr, tr_noop
from ..layers.project_state import read_state, write_state
from .review_task import ReviewTask

STATUS_LABELS = {"todo": tr_noop("to do"), "in_progress": tr_noop("in progress"), "done": tr_noop("done"),
                 "not_applicable": tr_noop("not applicable")}
BAND_LABELS = {"low_rise_1_3": "低层 1-3", "multi_storey_4_6": "多层 4-6", "mid_high_7_9": "中高层 7-9",
               "high_rise_10_18": "高层 10-18", "high_rise_19_plus": "高层 19+", "unknown": "?"}
# The clause of each task is in its tooltip and in the stage heading (the 6.x tasks name theirs).
COLUMNS = (tr_noop("Task"), tr_noop("Status"), tr_noop("Owner"), tr_noop("Date"), tr_noop("Notes"))


class StagePanel(QWidget):
    """A stage's checklist: status, owner, date and notes per task, written back on every edit."""

    def __init__(self, stage: Stage, workbench: "WorkbenchDock") -> None:
        super().__init__()
        self.stage = stage
        self.workbench = workbench
        layout = QVBoxLayout(self)
        self.progress = QLabel()
        layout.addWidget(self.progress)
        self.table = QTableWidget(len(stage.tasks), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 220), (1, 100), (2, 70), (3, 105)):
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
            item = QTableWidgetItem(f"{task.text_zh}\n{task.text_en}")
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
            combo.currentIndexChanged.connect(self._changed)
            owner.editingFinished.connect(self._changed)
            notes.editingFinished.connect(self._changed)
            date.dateChanged.connect(self._changed)
            self.status.append(combo)
            self.owner.append(owner)
            self.date.append(date)
            self.notes.append(notes)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)

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
        self.workbench.save()

    def _show_progress(self, state: PlanningState) -> None:
        done, total = state.progress(self.stage)
        self.progress.setText(tr("{} ({}): {} of {} tasks done").format(
            f"{self.stage.name_zh} {self.stage.name_en}", self.stage.clause, done, total))


class WorkbenchDock(QgsDockWidget):
    """The five stages of chapter 7 as tabs; the state lives in the current QGIS project."""

    def __init__(self, project: Optional[QgsProject] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Planning workbench"), parent)
        self.setObjectName("SmartCommunityWorkbenchDock")
        self.project = project or QgsProject.instance()
        self.stages = load_stages()
        self.tabs = QTabWidget()
        self.panels = [StagePanel(stage, self) for stage in self.stages]
        for panel, stage in zip(self.panels, self.stages):
            self.tabs.addTab(panel, stage.name_zh)
            self.tabs.setTabToolTip(self.tabs.count() - 1, f"{stage.clause} {stage.name_en}")
        self.profile = QLabel(tr("Run a review to see the community profile and the facility inventory."))
        self.profile.setWordWrap(True)
        self.panels[0].extra.addWidget(self.profile)
        self.on_review: Optional[Callable[[dict, dict], None]] = None
        self.task: Optional[ReviewTask] = None
        self.last_inputs: Optional[Any] = None
        self._review_form(self.panels[1].extra)
        self._phasing_form(self.panels[2].extra)
        self._survey_form(self.panels[4].extra)
        self.setWidget(self.tabs)
        self.setMinimumWidth(560)
        self.reload()
        self.project.readProject.connect(self.reload)
        self.project.cleared.connect(self.reload)

    def _review_form(self, layout: QVBoxLayout) -> None:
        """Planning stage: pick the scheme's layers and run the review in the background."""
        form = QFormLayout()
        self.pickers: dict[str, QgsMapLayerComboBox] = {}
        for role, label, kind, optional in (
                ("community", tr("Community boundary"), Qgis.LayerFilter.PolygonLayer, False),
                ("buildings", tr("Buildings"), Qgis.LayerFilter.PolygonLayer, False),
                ("facilities", tr("Facilities"), Qgis.LayerFilter.PointLayer | Qgis.LayerFilter.PolygonLayer, False),
                ("compounds", tr("Gated compounds"), Qgis.LayerFilter.PolygonLayer, True),
                ("roads", tr("Roads and paths (for walking distances)"), Qgis.LayerFilter.LineLayer, True)):
            combo = QgsMapLayerComboBox()
            combo.setFilters(Qgis.LayerFilters(kind))
            combo.setAllowEmptyLayer(optional)
            if optional:
                combo.setLayer(None)
            form.addRow(label, combo)
            self.pickers[role] = combo
        layout.addLayout(form)
        self.run_button = QPushButton(tr("Run review"))
        self.run_button.clicked.connect(self.run_review)
        self.live = QCheckBox(tr("Live checks while editing buildings and facilities"))
        self.live.toggled.connect(self._toggle_live)
        self.checker: Optional[Any] = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.run_button)
        layout.addWidget(self.live)
        layout.addWidget(self.status)

    def run_review(self) -> None:
        """Read the picked layers here (main thread), review them in a QgsTask."""
        from ..layers.reader import InputError, read_inputs
        from ..standard import load_standard

        layers = {role: combo.currentLayer() for role, combo in self.pickers.items()}
        missing = [role for role in ("community", "buildings", "facilities") if layers[role] is None]
        if missing:
            self.status.setText(tr("Pick the layers first: {}").format(", ".join(missing)))
            return
        standard = load_standard()
        try:
            inputs = read_inputs(layers["community"], layers["buildings"], layers["facilities"], standard,
                                 layers["compounds"], roads=layers["roads"])
        except InputError as exc:
            self.status.setText(str(exc))
            return
        inputs.crs["sources"] = inputs.sources
        self.run_button.setEnabled(False)
        self.status.setText(tr("Reviewing…"))
        self.task = ReviewTask(inputs, standard, ReviewParameters(), lambda r, e: self._reviewed(r, e, layers, inputs))
        QgsApplication.taskManager().addTask(self.task)

    def _reviewed(self, result: Any, error: Optional[str], layers: dict, inputs: Any) -> None:
        self.run_button.setEnabled(True)
        self.task = None
        if result is None:
            self.status.setText(error or "")
            return
        review = result.to_dict()
        review["sources"] = inputs.sources
        counts = review["summary"]["counts"]
        self.status.setText(tr("Overall: {} — {} fail, {} warning, {} pass").format(
            review["summary"]["overall"], counts["fail"], counts["warning"], counts["pass"]))
        self.last_review = review
        self.last_inputs = inputs
        self.show_review(review)
        if self.on_review is not None:
            self.on_review(review, {k: v for k, v in layers.items() if v is not None})

    def _phasing_form(self, layout: QVBoxLayout) -> None:
        """Implementation stage: facilities per construction phase, built against planned (7.0.4)."""
        button = QPushButton(tr("Refresh the phasing table from the facilities layer"))
        button.clicked.connect(self.refresh_phasing)
        self.phasing_text = QLabel(tr("Facilities need phase and year fields (the planning template has them)."))
        self.phasing_text.setWordWrap(True)
        layout.addWidget(button)
        layout.addWidget(self.phasing_text)

    def refresh_phasing(self) -> None:
        """Read phase, year and status from the facilities layer picked in the planning stage."""
        from ..core.phasing import phase_table

        layer = self.pickers["facilities"].currentLayer()
        if layer is None:
            self.phasing_text.setText(tr("Pick the facilities layer in the planning stage first."))
            return
        names = layer.fields().names()
        records = []
        for f in layer.getFeatures():
            phase = str(f["phase"]) if "phase" in names and f["phase"] not in (None, "") else ""
            year = f["year"] if "year" in names else None
            status = str(f["status"]).strip().lower() if "status" in names and f["status"] else "existing"
            records.append((phase if phase != "NULL" else "", int(year) if isinstance(year, (int, float)) else None,
                            "existing" if status in ("existing", "现状", "已建") else "planned"))
        lines = []
        for r in phase_table(records):
            years = f"{r.first_year}-{r.last_year}" if r.first_year else "—"
            lines.append(tr("{}: {} of {} built ({:.0%}), due {}").format(r.phase, r.built, r.facilities,
                                                                          r.progress, years))
        self.phasing_text.setText("\n".join(lines) or tr("No facilities."))

    def _survey_form(self, layout: QVBoxLayout) -> None:
        """Revisit stage: import a satisfaction survey, summarise it, turn low scores into actions."""
        row = QHBoxLayout()
        self.survey_button = QPushButton(tr("Import satisfaction survey (CSV)…"))
        self.survey_button.clicked.connect(self._pick_survey)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(1.0, 5.0)
        self.threshold.setSingleStep(0.1)
        self.threshold.setValue(3.0)
        self.threshold.setPrefix(tr("actions below "))
        row.addWidget(self.survey_button)
        row.addWidget(self.threshold)
        layout.addLayout(row)
        self.survey_text = QLabel(tr("CSV columns: facility id or type, score 1-5, comment."))
        self.survey_text.setWordWrap(True)
        layout.addWidget(self.survey_text)

    def _pick_survey(self) -> None:
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, tr("Satisfaction survey"), "", "CSV (*.csv *.txt)")
        if path:
            self.import_survey(path)

    def import_survey(self, path: str) -> None:
        """Summarise a survey file and keep the result in the project."""
        from ..core.survey import summarise
        from ..layers.reader import facility_type_lookup
        from ..standard import load_standard

        standard = load_standard()
        lookup = facility_type_lookup(standard)
        by_id: dict[int, str] = {}
        layer = self.pickers["facilities"].currentLayer() if hasattr(self, "pickers") else None
        if layer is not None and layer.fields().lookupField("facility_type") >= 0:
            for f in layer.getFeatures():
                code = lookup.get(str(f["facility_type"] or "").strip().lower())
                if code:
                    by_id[f.id()] = code
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            result = summarise(fh.read(), by_id, lookup, self.threshold.value())
        names = {f.code: f.name_zh for f in standard.facilities}
        self.state.survey = {
            "file": path, "threshold": self.threshold.value(), "answers": result.answers,
            "types": [{"facility_type": t.facility_type, "answers": t.answers, "mean": round(t.mean_score, 3),
                       "share_low": round(t.share_low, 3)} for t in result.types],
            "actions": result.actions, "skipped": result.skipped}
        write_state(self.project, self.state)
        lines = [tr("{} answers").format(result.answers)]
        lines += [f"  {names.get(t.facility_type, t.facility_type)}: {t.mean_score:.2f} ({t.answers})"
                  for t in result.types]
        if result.actions:
            lines.append(tr("Improvement actions:"))
            lines += [f"  • {a}" for a in result.actions]
        if result.skipped:
            lines.append(tr("{} rows skipped: {}").format(len(result.skipped), "; ".join(result.skipped[:3])))
        self.survey_text.setText("\n".join(lines))

    def _toggle_live(self, on: bool) -> None:
        """Start or stop watching the picked layers."""
        from ..standard import load_standard
        from .live_checks import LiveChecker

        if self.checker is not None:
            self.checker.stop()
            self.checker = None
        if not on:
            return
        layers = {role: combo.currentLayer() for role, combo in self.pickers.items()}
        if any(layers[r] is None for r in ("community", "buildings", "facilities")):
            self.status.setText(tr("Pick the layers first: {}").format(
                ", ".join(r for r in ("community", "buildings", "facilities") if layers[r] is None)))
            self.live.setChecked(False)
            return
        self.checker = LiveChecker(layers, load_standard(), lambda review, seconds: self._live_result(review, seconds, layers))
        self.status.setText(tr("Live checks on: edits re-run the review."))

    def _live_result(self, review: dict, seconds: float, layers: dict) -> None:
        counts = review["summary"]["counts"]
        self.status.setText(tr("Live: {} — {} fail, {} warning ({} s after the edit)").format(
            review["summary"]["overall"], counts["fail"], counts["warning"], f"{seconds:.2f}"))
        self.last_review = review
        self.show_review(review)
        if self.on_review is not None:
            self.on_review(review, {k: v for k, v in layers.items() if v is not None})

    def disconnect_project(self) -> None:
        """Undo the project signal connections and stop live checks (called by the plugin's unload)."""
        if self.checker is not None:
            self.checker.stop()
            self.checker = None
        self.project.readProject.disconnect(self.reload)
        self.project.cleared.disconnect(self.reload)

    def reload(self, *_: Any) -> None:
        """Show the project's stored state."""
        self.state = read_state(self.project)
        for panel in self.panels:
            panel.load(self.state)

    def save(self) -> None:
        """Write every panel into the project (QGIS then asks to save the project)."""
        for panel in self.panels:
            panel.store(self.state)
            panel._show_progress(self.state)
        write_state(self.project, self.state)

    def show_review(self, review: dict[str, Any]) -> None:
        """The assessment stage's profile and inventory (required against present, per type)."""
        c = review.get("community", {})
        bands = c.get("buildings_by_height_band", {})
        lines = [tr("Population {}, area {} ha, {} households, {} residential buildings").format(
            f"{c.get('population', 0):,.0f}", f"{c.get('area_m2', 0) / 1e4:.1f}",
            f"{c.get('households', 0):,.0f}", c.get("residential_buildings", 0))]
        if bands:
            lines.append(tr("Buildings by floors: {}").format(
                ", ".join(f"{BAND_LABELS.get(k, k)}: {v}" for k, v in bands.items() if v)))
        from ..standard import load_standard

        names = {f.code: f.name_zh for f in load_standard().facilities}
        rows = [chk for chk in review.get("checks", []) if chk["rule"] == "quantity" and chk["required"].get("count")]
        if rows:
            lines.append(tr("Facilities required / present:"))
            for chk in rows:
                mark = "✔" if chk["verdict"] == "pass" else "✘"
                lines.append(f"  {mark} {names.get(chk['facility_type'], chk['facility_type'])}: {chk['required']['count']} / "
                             f"{chk['measured'].get('total', 0)}")
        self.profile.setText("\n".join(lines))
