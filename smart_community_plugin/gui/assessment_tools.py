"""Assessment stage (前期评估, 7.0.2): community kind, profile and the inventory against Table A.0.1."""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ..core.stages import PlanningState
from ..i18n import tr, tr_noop
from .guard import guarded_slot
from .state import WorkbenchState
from .tables import fill, result_table
from .words import term

KINDS = (("", tr_noop("as the community layer says")), ("new", tr_noop("new community")),
         ("existing", tr_noop("existing community")))
INVENTORY_COLUMNS = (tr_noop("Facility type"), tr_noop("Required"), tr_noop("Existing"), tr_noop("Planned"),
                     tr_noop("Verdict"))


class AssessmentTools(QWidget):
    """Community kind (kept in the project), profile and inventory from the last review."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        state.reviewChanged.connect(lambda: self.show_review(state.review or {}, state.names()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.kind = QComboBox()
        for code, label in KINDS:
            self.kind.addItem(tr(label), code)
        self.kind.setToolTip(tr("New communities must provide property-management rooms (Table A.0.1); "
                                "the review uses this choice."))
        self.kind.currentIndexChanged.connect(guarded_slot(tr("Community kind"), self._kind_changed,
                                                           lambda message: state.say(message)))
        form.addRow(tr("Community kind"), self.kind)
        layout.addLayout(form)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        page = QWidget()
        box = QVBoxLayout(page)
        self.profile = QLabel(tr("Run a review to see the community profile and the facility inventory."))
        self.profile.setWordWrap(True)
        box.addWidget(self.profile)
        self.inventory = result_table([tr(c) for c in INVENTORY_COLUMNS])
        box.addWidget(self.inventory, 1)
        self.tabs.addTab(page, tr("Profile and inventory"))
        self._loading = False

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Another assessment tool beside the profile (the submitted-data mapping)."""
        self.tabs.addTab(widget, title)

    def load(self, state: PlanningState) -> None:
        """Show the stored community kind."""
        self._loading = True
        self.kind.setCurrentIndex(max(0, self.kind.findData(state.community_kind)))
        self._loading = False

    def _kind_changed(self, *_: Any) -> None:
        if not self._loading:
            self.state.records.community_kind = self.kind.currentData()
            self.state.save()

    def show_review(self, review: dict[str, Any], names: dict[str, str]) -> None:
        """Profile lines and one inventory row per type with a required count."""
        if not review:
            self.profile.setText(tr("Run a review to see the community profile and the facility inventory."))
            self.inventory.setRowCount(0)
            return
        c = review.get("community", {})
        bands = c.get("buildings_by_height_band", {})
        population = (f"{c.get('population', 0):,.0f}" if c.get("population_known", True)
                      else tr("unknown (no floors, households, population or height)"))
        lines = [tr("Population {}, area {} ha, {} households, {} residential buildings").format(
            population, f"{c.get('area_m2', 0) / 1e4:.1f}",
            f"{c.get('households', 0):,.0f}", c.get("residential_buildings", 0))]
        if bands:
            lines.append(tr("Buildings by floors: {}").format(
                ", ".join(f"{term('height_band', k)}: {v}" for k, v in bands.items() if v)))
        self.profile.setText("\n".join(lines))
        rows = []
        for chk in review.get("checks", []):
            count = chk.get("required", {}).get("count")
            if chk["rule"] != "quantity" or not (count or chk["verdict"] == "not_assessable"):
                continue
            m = chk.get("measured", {})
            planned = int(m.get("planned", 0))
            rows.append((names.get(chk["facility_type"], chk["facility_type"]), "—" if count is None else int(count),
                         int(m.get("total", 0)) - planned, planned, chk["verdict"]))
        fill(self.inventory, rows, verdict_column=4)
