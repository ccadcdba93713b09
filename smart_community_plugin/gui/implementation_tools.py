"""Implementation stage (建设实施, 7.0.4): planned facilities per construction phase and their progress."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.phasing import PhaseRow, phase_table
from ..i18n import tr, tr_noop
from .guard import guarded_slot
from .state import WorkbenchState
from .tables import fill, result_table

COLUMNS = (tr_noop("Phase"), tr_noop("Facilities"), tr_noop("Built"), tr_noop("Progress"), tr_noop("Due"))
EXISTING_WORDS = ("existing", "现状", "已建", "built")


def phase_records(layer: QgsVectorLayer) -> list[tuple[str, Optional[int], str]]:
    """(phase, year, existing|planned) per facility; a facility without status counts as existing."""
    names = layer.fields().names()
    out = []
    for f in layer.getFeatures():
        phase = f["phase"] if "phase" in names else None
        year = f["year"] if "year" in names else None
        status = str(f["status"]).strip().lower() if "status" in names and f["status"] else "existing"
        out.append(("" if phase in (None, "") or str(phase) == "NULL" else str(phase),
                    int(year) if isinstance(year, (int, float)) else None,
                    "existing" if status in EXISTING_WORDS else "planned"))
    return out


class ImplementationTools(QWidget):
    """A phasing table read from the facilities layer picked in the planning stage."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(tr("Refresh the phasing table from the facilities layer"))
        button.clicked.connect(guarded_slot(tr("Phasing table"), self.refresh, self._say))
        self.text = QLabel(tr("Facilities need phase and year fields (the planning template has them)."))
        self.text.setWordWrap(True)
        self.table = result_table([tr(c) for c in COLUMNS])
        self.rows: list[PhaseRow] = []
        layout.addWidget(button)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)

    def _say(self, message: str) -> None:
        self.text.setText(message)
        self.state.say(message)

    def refresh(self) -> None:
        """Read phase, year and status and fill the table."""
        layer = self.state.layer("facilities")
        if layer is None:
            self.text.setText(tr("Pick the facilities layer in the planning stage first."))
            return
        self.rows = phase_table(phase_records(layer))
        fill(self.table, [(r.phase if r.phase != "unphased" else tr("no phase"), r.facilities, r.built,
                           f"{r.progress:.0%}", f"{r.first_year}-{r.last_year}" if r.first_year else "—")
                          for r in self.rows])
        built = sum(r.built for r in self.rows)
        total = sum(r.facilities for r in self.rows)
        self.text.setText(tr("{} of {} facilities built ({} phases).").format(built, total, len(self.rows))
                          if total else tr("No facilities."))
