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
from qgis.PyQt.QtCore import Qt
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
from .words import facility_name, term

MODE_LABELS = {"cover_all": tr_noop("fewest sites reaching everybody"), "best_k": tr_noop("best k sites")}
# The site's place in the map's CRS (metres): a candidate's number alone says nothing to a planner.
COLUMNS = (tr_noop("Rank"), tr_noop("Location (x, y)"), tr_noop("Newly covered residents"))


def site_attributes(standard: Any, code: str, rank: int) -> dict[str, Any]:
    """What an accepted site starts with: its type, planned, a name, where it came from (6.4.2), the type's
    minimum sizes from Table A.0.1 (the planner adjusts them), and its smart items marked as to be declared."""
    import datetime as dt

    from ..core.values import TO_BE_DECLARED

    out: dict[str, Any] = {"facility_type": code, "status": "planned",
                           "name": tr("{} (suggested site {})").format(facility_name(code), rank),
                           "smart_features": TO_BE_DECLARED,
                           "data_source": tr("Siting suggestion of the Smart Community Planner"),
                           "entry_time": dt.datetime.now().replace(microsecond=0).isoformat()}
    for limit in standard.facility(code).limits:
        if limit.minimum is not None and limit.field != "places_per_class":
            out[limit.field] = limit.minimum
    return out


class SitingTools(QWidget):
    """Type, mode, k, exact; the sites found; one click to add them as planned facilities (undoable)."""

    def __init__(self, state: WorkbenchState, rerun: Callable[[], None]) -> None:
        super().__init__()
        self.state, self.rerun = state, rerun
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.type = QComboBox()
        for f in state.standard.facilities:
            if state.standard.facility(f.code).service_radius is not None or f.quantity.walk_minutes:
                self.type.addItem(facility_name(f.code), f.code)
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
        self.keep_button = QPushButton(tr("Keep the candidates as a layer"))
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(guarded_slot(tr("Keep the candidates as a layer"), self.keep, self._say))
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.keep_button)
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
        self.preview: Optional[QgsVectorLayer] = None
        state.projectChanged.connect(self.clear)

    def clear(self) -> None:
        """Another project: no suggestion, no preview on the map."""
        self._drop_preview()
        self.suggestion = None
        self.table.setRowCount(0)
        self.accept_button.setEnabled(False)
        self.keep_button.setEnabled(False)

    def _drop_preview(self) -> None:
        from qgis.PyQt import sip

        if self.preview is not None and not sip.isdeleted(self.preview) and \
                self.state.project.mapLayer(self.preview.id()) is not None:
            self.state.project.removeMapLayer(self.preview.id())
        self.preview = None

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
        self.task = BackgroundTask(tr("Smart Community: suggesting sites"), run, self._done, owner=self)
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
            len(sol.sites), s.limit_m, term("distance", s.distance), f"{sol.population_covered_before:,.0f}",
            f"{sol.population_covered_after:,.0f}", f"{sol.population_total:,.0f}", term("siting_method", sol.method),
            f"{sol.seconds:.3f}")
        if self.mode.currentData() == "cover_all" and len(sol.sites) > 1:
            # Set cover ranks by homes reached, so a later site may add more residents than an earlier one.
            line += " " + tr("Ranked by the homes each site newly reaches (the fewest sites that reach them all), "
                             "not by residents.")
        if sol.greedy_shortfall is not None:
            line += " " + tr("The greedy answer falls {:.1%} short of the optimum.").format(sol.greedy_shortfall)
        if sol.uncoverable_population:
            line += " " + tr("{} residents are out of reach of every candidate.").format(
                f"{sol.uncoverable_population:,.0f}")
        self.text.setText(line)
        fill(self.table, [(n, "{:.0f}, {:.0f}".format(*s.site_xy[site.candidate_id]),
                           round(site.newly_covered_population)) for n, site in enumerate(sol.sites, start=1)])
        self.table.sortItems(0, Qt.SortOrder.AscendingOrder)   # by rank, whatever the last sort was
        self.accept_button.setEnabled(bool(sol.sites))
        self.keep_button.setEnabled(bool(sol.sites))
        self._show_preview(s)

    def _sites_data(self, s: Any) -> Any:
        """The suggested sites as a point layer: rank, type, newly covered residents."""
        import shapely
        from qgis.core import QgsWkbTypes

        from ..layers.vector_write import LayerData

        rows = [(shapely.Point(*s.site_xy[site.candidate_id]),
                 [rank, s.types[0], site.candidate_id, round(site.newly_covered_population)])
                for rank, site in enumerate(s.solution.sites, start=1)]
        spec = [("rank", "integer"), ("facility_type", "string"), ("candidate", "integer"),
                ("newly_covered", "double")]
        return LayerData("suggested_sites", QgsWkbTypes.Type.Point, self.crs, spec, rows)

    def _show_preview(self, s: Any) -> None:
        """The candidates on the map before they are accepted, numbered by rank (replaced by the next run)."""
        from .result_map import GROUP_KEY, keep_layer, style_sites

        self._drop_preview()
        if not s.solution.sites:
            return
        self.preview = keep_layer(self.state.project, self._sites_data(s),
                                  tr("Suggested sites: {} (preview)").format(facility_name(s.types[0])), style_sites)
        self.preview.setCustomProperty(GROUP_KEY, "preview")

    def keep(self) -> Optional[QgsVectorLayer]:
        """Keep the suggested sites as a layer of their own (the preview stays, renamed)."""
        from .result_map import GROUP_KEY

        if self.preview is None:
            return None
        kept, self.preview = self.preview, None
        kept.setCustomProperty(GROUP_KEY, None)
        kept.setName(tr("Suggested sites: {}").format(facility_name(self.suggestion.types[0])))
        self.keep_button.setEnabled(False)
        return kept

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
            for name, value in site_attributes(self.state.standard, s.types[0], rank).items():
                if fields.lookupField(name) >= 0:
                    feat[name] = value
            added += bool(layer.addFeature(feat))
        layer.endEditCommand()
        self.accept_button.setEnabled(False)
        self._drop_preview()
        if not self.live():
            self.rerun()
        return added
