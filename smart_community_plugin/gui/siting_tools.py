"""Planning stage: suggest sites for a facility type, show them, accept them as planned facilities."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.siting import MODES
from ..i18n import tr, tr_noop
from ..pipeline.guard import explain
from .guard import guarded_slot
from .state import WorkbenchState
from .tables import fill, result_table
from .tasks import BackgroundTask, Progress

MODE_LABELS = {"cover_all": tr_noop("fewest sites reaching everybody"), "best_k": tr_noop("best k sites")}
COLUMNS = (tr_noop("Rank"), tr_noop("Candidate"), tr_noop("Newly covered residents"))


class SitingTools(QWidget):
    """Type, mode, k, exact; the sites found; one click to add them as planned facilities (undoable)."""

    def __init__(self, state: WorkbenchState, rerun: Callable[[], None]) -> None:
        super().__init__()
        self.state, self.rerun = state, rerun
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.type = QComboBox()
        for f in state.standard.facilities:
            self.type.addItem(f"{f.name_zh} {f.name_en}", f.code)
        self.mode = QComboBox()
        for m in MODES:
            self.mode.addItem(tr(MODE_LABELS[m]), m)
        self.k = QSpinBox()
        self.k.setRange(1, 50)
        self.exact = QCheckBox(tr("Also solve exactly (PuLP/CBC)"))
        row = QHBoxLayout()
        row.addWidget(self.mode, 1)
        row.addWidget(QLabel("k"))
        row.addWidget(self.k)
        form.addRow(tr("Facility type"), self.type)
        form.addRow(tr("Mode"), row)
        form.addRow("", self.exact)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Suggest sites"))
        self.run_button.clicked.connect(guarded_slot(tr("Suggest sites"), self.suggest, self._say))
        self.accept_button = QPushButton(tr("Add them as planned facilities"))
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(guarded_slot(tr("Add them as planned facilities"), self.accept, self._say))
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.accept_button)
        layout.addLayout(buttons)
        self.text = QLabel(tr("Candidates: a 25 m grid over the community, minus buildings and roads."))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.table = result_table([tr(c) for c in COLUMNS])
        layout.addWidget(self.table, 1)
        self.suggestion: Any = None
        self.crs: Optional[QgsCoordinateReferenceSystem] = None
        self.task: Optional[BackgroundTask] = None
        self.live: Callable[[], bool] = lambda: False   # the planning tab says whether live checks re-run

    def _say(self, message: str) -> None:
        self.text.setText(message)
        self.state.say(message)

    def suggest(self) -> None:
        """Read the scheme here, solve in a QgsTask."""
        from ..core.site_suggestions import grid_candidates, suggest_sites

        if self.exact.isChecked():
            from ..deps import MissingDependency, require

            try:
                require("exact", tr("The exact solution needs PuLP (the greedy one does not)"))
            except MissingDependency as exc:
                self.text.setText(str(exc))
                return
        try:
            inputs = self.state.read()
        except Exception as exc:  # noqa: BLE001 — the boundary of a button
            self.text.setText(explain(exc, tr("Suggest sites")))
            return
        code, mode, k, use_exact = self.type.currentData(), self.mode.currentData(), self.k.value(), self.exact.isChecked()
        standard, params = self.state.standard, self.state.params()
        self.crs = QgsCoordinateReferenceSystem(inputs.crs["working"])

        def run(_progress: Progress) -> Any:
            return suggest_sites(inputs, standard, [code], grid_candidates(inputs, 25.0), mode, k, use_exact,
                                 params=params)[0]

        self.run_button.setEnabled(False)
        self.text.setText(tr("Suggesting sites…"))
        self.task = BackgroundTask(tr("Smart Community: suggesting sites"), run, self._done)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, suggestion: Any, error: Optional[str]) -> None:
        self.run_button.setEnabled(True)
        self.task = None
        if suggestion is None:
            self.text.setText(error or "")
            return
        self.show_suggestion(suggestion)

    def show_suggestion(self, s: Any) -> None:
        """The figures and one row per site."""
        self.suggestion = s
        sol = s.solution
        line = tr("{} sites: residents within {:.0f} m ({}) {} → {} of {}; {} in {} s.").format(
            len(sol.sites), s.limit_m, s.distance, f"{sol.population_covered_before:,.0f}",
            f"{sol.population_covered_after:,.0f}", f"{sol.population_total:,.0f}", sol.method, f"{sol.seconds:.3f}")
        if sol.greedy_shortfall is not None:
            line += " " + tr("The greedy answer falls {:.1%} short of the optimum.").format(sol.greedy_shortfall)
        if sol.uncoverable_population:
            line += " " + tr("{} residents are out of reach of every candidate.").format(
                f"{sol.uncoverable_population:,.0f}")
        self.text.setText(line)
        fill(self.table, [(n, site.candidate_id, round(site.newly_covered_population)) for n, site in
                          enumerate(sol.sites, start=1)])
        self.accept_button.setEnabled(bool(sol.sites))

    def accept(self) -> int:
        """The sites into the facilities layer's edit buffer as planned facilities (one undo step); the review
        runs again. Returns how many were added."""
        layer: Optional[QgsVectorLayer] = self.state.layer("facilities")
        s = self.suggestion
        if layer is None or s is None or not s.solution.sites:
            return 0
        if not layer.isEditable() and not layer.startEditing():
            self.text.setText(tr("The facilities layer cannot be edited."))
            return 0
        ct = QgsCoordinateTransform(self.crs, layer.crs(), QgsProject.instance().transformContext())
        fields = layer.fields()
        layer.beginEditCommand(tr("Suggested sites"))
        added = 0
        for rank, site in enumerate(s.solution.sites, start=1):
            x, y = s.site_xy[site.candidate_id]
            feat = QgsFeature(fields)
            feat.setGeometry(QgsGeometry.fromPointXY(ct.transform(QgsPointXY(x, y))))
            for name, value in (("facility_type", s.types[0]), ("status", "planned"),
                                ("name", tr("suggested #{}").format(rank))):
                if fields.lookupField(name) >= 0:
                    feat[name] = value
            added += bool(layer.addFeature(feat))
        layer.endEditCommand()
        self.accept_button.setEnabled(False)
        if not self.live():
            self.rerun()
        return added
