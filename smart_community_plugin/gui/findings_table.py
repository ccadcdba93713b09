"""The input findings as a table (validation tab, results dock): most severe first, layer names, the whole
message as a tooltip, a click selects the feature, export to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Callable, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from ..core.results import SEVERITY_RANK, Finding
from ..i18n import tr, tr_noop
from ..palette import VERDICT_COLOURS
from .guard import guarded_slot
from .icons import verdict_icon
from .tables import result_table
from .words import item_says, role_name, term

COLUMNS = (tr_noop("Severity"), tr_noop("Layer"), tr_noop("Feature"), tr_noop("Field"), tr_noop("Finding"))
SEVERITY_COLOUR = {"error": "fail", "warning": "warning", "info": "info"}   # the icon's colour, as a verdict's
ROW_FINDING = Qt.ItemDataRole.UserRole


def finding_rows(findings: Iterable[Finding | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Findings as JSON-form dicts, most severe first (the order found within a severity)."""
    rows = [f.to_dict() if isinstance(f, Finding) else dict(f) for f in findings]
    return sorted(rows, key=lambda f: SEVERITY_RANK.get(f.get("severity", "info"), len(SEVERITY_RANK)))


class FindingsTable(QWidget):
    """A table of findings; `layers()` gives the layer of each role, to name it and to select in it."""

    def __init__(self, layers: Callable[[], Mapping[str, Optional[QgsVectorLayer]]], iface: Any = None,
                 say: Callable[[str], Any] = lambda _m: None) -> None:
        super().__init__()
        self.layers, self.iface, self.say = layers, iface, say
        self.rows: list[dict[str, Any]] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.table = result_table([tr(c) for c in COLUMNS], stretch=4)
        self.table.setWordWrap(True)
        self.table.cellClicked.connect(guarded_slot(tr("Findings"), self._clicked, say, with_args=True))
        box.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.export_button = QPushButton(tr("Export findings…"))
        self.export_button.setToolTip(tr("Save the findings as CSV or Excel (XLSX); personal data is masked."))
        self.export_button.clicked.connect(guarded_slot(tr("Export findings…"), self.export, say))
        bar.addWidget(self.count, 1)
        bar.addWidget(self.export_button)
        box.addLayout(bar)

    def show_findings(self, findings: Iterable[Finding | Mapping[str, Any]]) -> None:
        """Replace the rows: blocking first, then warnings, then notes."""
        self.rows = finding_rows(findings)
        layers = self.layers()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, f in enumerate(self.rows):
            severity = f.get("severity", "info")
            text = item_says(f)
            layer = layers.get(f.get("layer") or "")
            where = role_name(f.get("layer")) + (f" ({layer.name()})" if layer is not None else "")
            cells = [term("severity", severity), where, f.get("feature_id"), f.get("field") or "", text]
            for c, value in enumerate(cells):
                item = QTableWidgetItem()
                if isinstance(value, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                else:
                    item.setText("" if value is None else str(value))
                item.setToolTip(text if c == 4 else str(value if value is not None else ""))
                item.setData(ROW_FINDING, r)
                self.table.setItem(r, c, item)
            self.table.item(r, 0).setIcon(verdict_icon(SEVERITY_COLOUR.get(severity, "info")))
        self.table.resizeRowsToContents()
        counts = {s: sum(f.get("severity") == s for f in self.rows) for s in SEVERITY_RANK}
        self.count.setText(tr("{} blocking, {} warnings, {} notes.").format(counts["error"], counts["warning"],
                                                                             counts["info"]))
        self.count.setStyleSheet(f"color: {VERDICT_COLOURS['fail']}" if counts["error"] else "")

    def texts(self) -> list[list[str]]:
        """The table as it reads (for tests and copying)."""
        t = self.table
        return [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
                for r in range(t.rowCount())]

    def _clicked(self, row: int, _column: int) -> None:
        """Select the finding's feature in its layer and zoom to it."""
        item = self.table.item(row, 0)
        f = self.rows[item.data(ROW_FINDING)] if item is not None else None
        if not f or f.get("feature_id") is None:
            return
        layer = self.layers().get(f.get("layer") or "")
        if layer is None:
            return
        layer.selectByIds([int(f["feature_id"])])
        if self.iface is not None:
            self.iface.mapCanvas().zoomToSelected(layer)

    def export(self, path: Optional[str] = None) -> Optional[str]:
        """Write the findings as shown to a CSV or XLSX file the user picks (or `path`)."""
        from ..pipeline.outputs import Outputs
        from ..pipeline.tables import write_table

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export findings"), "findings.xlsx",
                                                  tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
        sources = [lyr.source() for lyr in self.layers().values() if lyr is not None]
        with Outputs(sources) as outputs:
            write_table(outputs, path, [tr(c) for c in COLUMNS], self.texts())
        self.say(tr("Saved {} findings to {}.").format(len(self.rows), path))
        return path
