"""Assessment stage: validate the picked layers in the dock, each finding one click from its feature."""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr, tr_noop
from .guard import guarded_slot
from .state import WorkbenchState
from .tables import fill, result_table

COLUMNS = (tr_noop("Severity"), tr_noop("Layer"), tr_noop("Feature"), tr_noop("Field"), tr_noop("Finding"))
SEVERITY_VERDICT = {"error": "fail", "warning": "warning", "info": "info"}   # for the colour of the icon
SEVERITY_LABELS = {"error": tr_noop("blocking"), "warning": tr_noop("warning"), "info": tr_noop("note")}


class ValidationTools(QWidget):
    """Runs the submission checks on the layers picked in the planning stage and lists the findings."""

    def __init__(self, state: WorkbenchState, iface: Any = None) -> None:
        super().__init__()
        self.state, self.iface = state, iface
        layout = QVBoxLayout(self)
        self.button = QPushButton(tr("Validate the picked layers"))
        self.button.clicked.connect(guarded_slot(tr("Validate the picked layers"), self.validate, self._say))
        self.text = QLabel(tr("Checks the layers picked in the planning stage against the planning schema."))
        self.text.setWordWrap(True)
        self.table = result_table([tr(c) for c in COLUMNS], stretch=4)
        self.table.cellClicked.connect(guarded_slot(tr("Validation"), self._clicked, self._say, with_args=True))
        layout.addWidget(self.button)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        self.result: Optional[Any] = None

    def _say(self, message: str) -> None:
        self.text.setText(message)
        self.state.say(message)

    def validate(self) -> Any:
        """Validate the picked layers (on the main thread: reading QGIS layers is not thread-safe)."""
        from ..pipeline.validation import validate_layers

        self.result = validate_layers(self.state.scheme(), self.state.standard)
        c = self.result.counts()
        self.text.setText(tr("{} blocking, {} warnings, {} notes.").format(c["error"], c["warning"], c["info"]))
        words = {v: tr(SEVERITY_LABELS[s]) for s, v in SEVERITY_VERDICT.items()}
        fill(self.table, [(SEVERITY_VERDICT.get(f.severity.value, "info"), f.layer,
                           "" if f.feature_id is None else f.feature_id, f.field or "", f.message)
                          for f in self.result.findings], verdict_column=0, verdict_text=lambda v: words.get(v, v))
        return self.result

    def _clicked(self, row: int, _column: int) -> None:
        """Select the finding's feature in its layer and zoom to it."""
        layer_item, fid_item = self.table.item(row, 1), self.table.item(row, 2)
        fid = fid_item.data(Qt.ItemDataRole.DisplayRole) if fid_item is not None else None
        layer = self.state.layer(layer_item.text()) if layer_item else None
        if layer is None or not isinstance(fid, int):
            return
        layer.selectByIds([fid])
        if self.iface is not None:
            self.iface.mapCanvas().zoomToSelected(layer)
