"""Planning stage (规划策划, 7.0.3): run the review, live checks, existing against planned, smart items."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis, QgsApplication, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.comparison import Comparison, compare_reviews
from ..i18n import tr, tr_noop
from ..layers.roles import ROLES
from ..pipeline.guard import explain
from .guard import guarded_slot
from .report_tools import ReportTools
from .review_task import review_task
from .siting_tools import SitingTools
from .smart_editor import SmartRequirementsEditor
from .state import PICKED_ROLES, WorkbenchState, hide_plugin_layers
from .tables import fill, result_table
from .words import approval_label, review_summary, ui_language

_FILTERS = {"community": Qgis.LayerFilter.PolygonLayer, "buildings": Qgis.LayerFilter.PolygonLayer,
            "facilities": Qgis.LayerFilter.PointLayer | Qgis.LayerFilter.PolygonLayer,
            "compounds": Qgis.LayerFilter.PolygonLayer, "roads": Qgis.LayerFilter.LineLayer,
            "gates": Qgis.LayerFilter.PointLayer, "play_areas": Qgis.LayerFilter.PolygonLayer,
            "green_spaces": Qgis.LayerFilter.PolygonLayer}
DISTANCE_CHOICES = (("both", tr_noop("Walking and straight-line distances")),
                    ("euclidean", tr_noop("Straight-line distances only")), ("network", tr_noop("Walking distances only")))
COMPARISON_COLUMNS = (tr_noop("Facility type"), tr_noop("Required"), tr_noop("Existing"),
                      tr_noop("With planned"), tr_noop("Covered now"), tr_noop("Covered with planned"),
                      tr_noop("Verdict now"), tr_noop("Verdict with planned"))


def _share(x: Optional[float]) -> str:
    return "—" if x is None else f"{x:.0%}"


class PlanningTools(QWidget):
    """Layer pickers (they set the workbench state's layers), the review, live checks and the comparison."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        self.standard = state.standard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.pickers: dict[str, QgsMapLayerComboBox] = {}
        for role in PICKED_ROLES:
            combo = QgsMapLayerComboBox()
            combo.setProject(state.project)
            combo.setFilters(Qgis.LayerFilters(_FILTERS[role]))
            # Empty until a layer fits or the planner picks one: a guessed layer would be reviewed silently.
            combo.setAllowEmptyLayer(True, tr("— pick a layer —") if ROLES[role].required else tr("— none —"))
            combo.setLayer(None)
            form.addRow(tr(ROLES[role].label), combo)
            self.pickers[role] = combo
            combo.layerChanged.connect(lambda layer, r=role: self._picked(r, layer))
            # Only a choice by hand says "none on purpose"; a picker emptied by a removed layer does not.
            combo.activated.connect(lambda _i, r=role, c=combo: self._chosen(r, c.currentLayer()))
        layout.addLayout(form)
        state.layersChanged.connect(self.show_layers)
        state.projectChanged.connect(self.clear)
        hide_plugin_layers(list(self.pickers.values()), state.project)
        # The tools under the shared layer pickers, one tab each, so each has room for its table.
        self.tools = QTabWidget()
        layout.addWidget(self.tools, 1)

        review = QWidget()
        box = QVBoxLayout(review)
        self.run_button = QPushButton(tr("Run review"))
        self.run_button.clicked.connect(guarded_slot(tr("Run review"), self.run_review, self._say))
        self.distance = QComboBox()
        for code, label in DISTANCE_CHOICES:
            self.distance.addItem(tr(label), code)
        self.distance.setToolTip(tr("Verdicts use walking distances whenever they are computed (a roads layer "
                                    "is needed); straight lines are quicker and ignore walls."))
        self.distance.currentIndexChanged.connect(lambda _i: self.state.set_distance_method(self.distance.currentData()))
        self.live = QCheckBox(tr("Live checks while editing buildings and facilities"))
        self.live.toggled.connect(guarded_slot(tr("Live checks"), self._toggle_live, self._say, with_args=True))
        self.checker: Optional[Any] = None
        self.on_map = QCheckBox(tr("Show the results on the map (a group of styled result layers)"))
        self.on_map.setChecked(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        for w in (self.distance, self.run_button, self.on_map, self.live, self.status):
            box.addWidget(w)
        box.addStretch(1)
        self.tools.addTab(review, tr("Review"))

        compare = QWidget()
        box = QVBoxLayout(compare)
        self.compare_button = QPushButton(tr("Compare existing with planned"))
        self.compare_button.setToolTip(tr("Reviews the scheme twice: existing facilities only, then with the "
                                          "planned ones (the facilities' status field)."))
        self.compare_button.clicked.connect(guarded_slot(tr("Compare existing with planned"), self.compare,
                                                         self._say))
        self.comparison_text = QLabel()
        self.comparison_text.setWordWrap(True)
        self.comparison = result_table([tr(c) for c in COMPARISON_COLUMNS])
        for w in (self.compare_button, self.comparison_text):
            box.addWidget(w)
        box.addWidget(self.comparison, 1)
        self.tools.addTab(compare, tr("Existing vs planned"))

        self.smart_editor = SmartRequirementsEditor(self.standard)
        self.tools.addTab(self.smart_editor, tr("Smart requirements"))
        self.siting = SitingTools(state, self.run_review)
        self.tools.addTab(self.siting, tr("Where to add"))
        self.report = ReportTools(state)
        self.tools.addTab(self.report, tr("Report"))
        self.siting.live = self.live.isChecked
        self.tools.setTabToolTip(2, tr("Smart requirements of the selected facilities (Table A.0.1, 4.5.10)"))
        self.task: Optional[Any] = None
        self.last_comparison: Optional[Comparison] = None
        self._showing = False
        self.show_layers()

    def _picked(self, role: str, layer: Optional[QgsVectorLayer]) -> None:
        if not self._showing:
            self.state.set_layer(role, layer)

    def _chosen(self, role: str, layer: Optional[QgsVectorLayer]) -> None:
        if layer is None:
            self.state.set_layer(role, None, chosen=True)

    def show_layers(self) -> None:
        """The pickers show the state's layers (restored from the project or chosen by role)."""
        self._showing = True
        try:
            for role, combo in self.pickers.items():
                layer = self.state.layer(role)
                if combo.currentLayer() is not layer or combo.currentIndex() < 0:
                    combo.setLayer(layer)
                    if layer is None and combo.allowEmptyLayer():
                        combo.setCurrentIndex(0)     # "— none —" shown, not a blank box
        finally:
            self._showing = False
        self.smart_editor.set_layer(self.state.layer("facilities"))

    def clear(self) -> None:
        """Another project: no live checks, no comparison, no status of the previous one."""
        self.stop_live()
        self.live.setChecked(False)
        self.status.setText("")
        self.comparison_text.setText("")
        self.comparison.setRowCount(0)
        self.last_comparison = None
        idx = self.distance.findData(self.state.distance_method)
        self.distance.setCurrentIndex(max(0, idx))

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.state.say(message)

    def layers(self) -> dict[str, Optional[QgsVectorLayer]]:
        """The picked layers by role."""
        return self.state.layers()

    def _read(self, label: Optional[QLabel] = None) -> Optional[Any]:
        """The picked layers as review inputs, read here on the main thread; None after saying why."""
        try:
            return self.state.read()
        except Exception as exc:  # noqa: BLE001 — the boundary of a button: a message, never a traceback
            (label or self.status).setText(explain(exc, tr("Run review")))
            return None

    def run_review(self) -> None:
        """Review the picked layers in a QgsTask."""
        inputs = self._read()
        if inputs is None:
            return
        self._busy(tr("Reviewing…"))
        self.task = review_task(inputs, self.standard, (self.state.params(),),
                                lambda r, e: self._reviewed(r, e, inputs), owner=self)
        QgsApplication.taskManager().addTask(self.task)

    def _busy(self, text: str, label: Optional[QLabel] = None) -> None:
        self.run_button.setEnabled(False)
        self.compare_button.setEnabled(False)
        (label or self.status).setText(text)

    def _idle(self) -> None:
        self.run_button.setEnabled(True)
        self.compare_button.setEnabled(True)
        self.task = None

    def _reviewed(self, results: Any, error: Optional[str], inputs: Any) -> None:
        self._idle()
        if results is None:
            self.status.setText(error or "")
            return
        review = results[0].to_dict(ui_language())
        self.status.setText(review_summary(review))
        self.state.publish(review, inputs, results[0])
        if self.on_map.isChecked():
            from .result_map import show_review_layers

            show_review_layers(self.state.project, self.state.result_layers(), review, self.standard)

    def compare(self) -> None:
        """Existing facilities only against existing plus planned, in one QgsTask."""
        inputs = self._read(self.comparison_text)
        if inputs is None:
            return
        self._busy(tr("Comparing existing with planned…"), self.comparison_text)
        self.task = review_task(inputs, self.standard, (self.state.params(False), self.state.params(True)),
                                self._compared, tr("Smart Community: existing against planned"), owner=self)
        QgsApplication.taskManager().addTask(self.task)

    def _compared(self, results: Any, error: Optional[str]) -> None:
        self._idle()
        if results is None:
            self.comparison_text.setText(error or "")
            return
        self.show_comparison(compare_reviews(results[0].to_dict(), results[1].to_dict()))

    def show_comparison(self, cmp: Comparison) -> None:
        """The summary line and one row per facility type."""
        self.last_comparison = cmp
        names = self.state.names()
        self.comparison_text.setText(tr(
            "Existing only: {}; with the planned facilities: {}. The plan fixes {} checks and worsens {}.").format(
            approval_label(cmp.overall_before), approval_label(cmp.overall_after), cmp.count("improved"),
            cmp.count("worse")))
        fill(self.comparison, [(names.get(t.facility_type, t.facility_type),
                                "—" if t.required is None else t.required, t.count_before,
                                t.count_after, _share(t.covered_before), _share(t.covered_after),
                                t.verdict_before or "", t.verdict_after or "") for t in cmp.types],
             verdict_column=(6, 7))

    def _toggle_live(self, on: bool) -> None:
        """Start or stop watching the picked layers."""
        from .live_checks import LiveChecker

        self.stop_live()
        if not on:
            return
        missing = self.state.missing()
        if missing:
            self.status.setText(tr("Pick the layers first: {}").format(", ".join(missing)))
            self.live.setChecked(False)
            return
        self.checker = LiveChecker(self.state, self._live_result)
        self.status.setText(tr("Live checks on: edits re-run the review."))

    def stop_live(self) -> None:
        """Stop watching (also on unload)."""
        if self.checker is not None:
            self.checker.stop()
            self.checker = None

    def _live_result(self, result: Any, seconds: float, inputs: Any) -> None:
        review = result.to_dict(ui_language())
        self.status.setText(tr("Live, {} s after the edit. {}").format(f"{seconds:.2f}", review_summary(review)))
        self.state.publish(review, inputs, result)
