"""Assessment stage: validate the picked layers in the dock, each finding one click from its feature."""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr
from .findings_table import FindingsTable
from .guard import guarded_slot
from .state import WorkbenchState


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
        self.findings = FindingsTable(state.layers, iface, self._say)
        self.table = self.findings.table
        layout.addWidget(self.button)
        layout.addWidget(self.text)
        layout.addWidget(self.findings, 1)
        self.result: Optional[Any] = None
        state.projectChanged.connect(self.clear)

    def _say(self, message: str) -> None:
        self.text.setText(message)
        self.state.say(message)

    def clear(self) -> None:
        """Nothing validated yet (a new project)."""
        self.result = None
        self.findings.show_findings([])
        self.text.setText(tr("Checks the layers picked in the planning stage against the planning schema."))

    def validate(self) -> Any:
        """Validate the picked layers (on the main thread: reading QGIS layers is not thread-safe)."""
        from ..pipeline.validation import validate_layers

        self.result = validate_layers(self.state.scheme(), self.state.standard)
        c = self.result.counts()
        self.text.setText(tr("{} blocking, {} warnings, {} notes.").format(c["error"], c["warning"], c["info"]))
        self.findings.show_findings(self.result.findings)
        return self.result
