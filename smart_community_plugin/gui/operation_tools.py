"""Operation stage (运营管理, 7.0.5): the register of smart devices per facility, online or offline."""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.devices import STATES, Device, facilities_without_devices, read_devices_csv, summarise_devices
from ..core.stages import PlanningState
from ..i18n import tr, tr_noop
from .guard import guarded_slot
from .state import WorkbenchState
from .tables import fill, result_table

STATE_LABELS = {"online": tr_noop("online"), "offline": tr_noop("offline"), "fault": tr_noop("fault")}
REGISTER_COLUMNS = (tr_noop("Device"), tr_noop("Facility type"), tr_noop("Facility id"), tr_noop("Kind"),
                    tr_noop("State"), tr_noop("Checked"))
SUMMARY_COLUMNS = (tr_noop("Facility type"), tr_noop("Devices"), tr_noop("Online"), tr_noop("Offline"),
                   tr_noop("Fault"), tr_noop("Availability"))
EDITABLE = {0: "name", 3: "kind", 5: "checked"}


class OperationTools(QWidget):
    """Device register kept in the project, with a per-type availability summary."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        self.devices: list[Device] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add device at the selected facility"))
        self.add_button.clicked.connect(guarded_slot(tr("Add device"), self.add_for_selection, self._say))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(guarded_slot(tr("Remove"), self.remove_selected, self._say))
        self.import_button = QPushButton(tr("Import devices (CSV)…"))
        self.import_button.clicked.connect(guarded_slot(tr("Import devices (CSV)…"), self._pick_csv, self._say))
        for b in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.register = QTableWidget(0, len(REGISTER_COLUMNS))
        self.register.setHorizontalHeaderLabels([tr(c) for c in REGISTER_COLUMNS])
        self.register.verticalHeader().setVisible(False)
        self.register.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((120, 120, 56, 90, 84)):
            self.register.setColumnWidth(col, width)
        self.register.setMinimumHeight(110)
        self.register.itemChanged.connect(guarded_slot(tr("Device register"), self._cell_edited, self._say,
                                                       with_args=True))
        layout.addWidget(self.register, 2)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.summary = result_table([tr(c) for c in SUMMARY_COLUMNS])
        layout.addWidget(self.summary, 1)
        self._loading = False

    def _say(self, message: str) -> None:
        self.text.setText(message)
        self.state.say(message)

    def load(self, state: PlanningState) -> None:
        """Show the project's register."""
        self.devices = [Device.from_dict(d) for d in state.devices]
        self._show()

    def _show(self) -> None:
        self._loading = True
        try:
            names = self.state.names()
            self.register.setRowCount(len(self.devices))
            for row, d in enumerate(self.devices):
                cells = (d.name, names.get(d.facility_type, d.facility_type),
                         "" if d.facility_id is None else str(d.facility_id), d.kind, None, d.checked)
                for col, text in enumerate(cells):
                    if text is None:
                        continue
                    item = QTableWidgetItem(text)
                    if col not in EDITABLE:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.register.setItem(row, col, item)
                combo = QComboBox()
                for s in STATES:
                    combo.addItem(tr(STATE_LABELS[s]), s)
                combo.setCurrentIndex(STATES.index(d.state))
                combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._state_changed(r, c))
                self.register.setCellWidget(row, 4, combo)
        finally:
            self._loading = False
        self._summarise()

    def _summarise(self) -> None:
        names = self.state.names()
        fill(self.summary, [(names.get(s.facility_type, s.facility_type), s.devices, s.online, s.offline, s.fault,
                             f"{s.availability:.0%}") for s in summarise_devices(self.devices)])
        lines = [tr("{} devices, {} online.").format(len(self.devices),
                                                     sum(d.state == "online" for d in self.devices))]
        # Only types with smart requirements (Table A.0.1, 4.5.10) need something installed.
        standard = self.state.standard
        facilities = {fid: code for fid, code in self._facility_types().items()
                      if standard.smart_requirements_for(code)}
        if facilities:
            lacking = facilities_without_devices(facilities, self.devices)
            if lacking:
                lines.append(tr("{} facilities with smart requirements have no registered device: {}").format(
                    len(lacking), ", ".join(f"#{fid}" for fid in lacking[:12]) + (" …" if len(lacking) > 12 else "")))
        self.text.setText(" ".join(lines))

    def _facility_types(self) -> dict[int, str]:
        """Feature id -> type code of the picked facilities layer."""
        layer = self.state.layer("facilities")
        if layer is None or layer.fields().lookupField("facility_type") < 0:
            return {}
        lookup = self.state.standard.type_names
        out = {}
        for f in layer.getFeatures():
            code = lookup.get(str(f["facility_type"] or "").strip().lower())
            if code:
                out[f.id()] = code
        return out

    def _store(self) -> None:
        self.state.records.devices = [d.to_dict() for d in self.devices]
        self.state.save()
        self._summarise()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in EDITABLE:
            return
        setattr(self.devices[item.row()], EDITABLE[item.column()], item.text().strip())
        self._store()

    def _state_changed(self, row: int, combo: QComboBox) -> None:
        if not self._loading:
            self.devices[row].state = combo.currentData()
            self._store()

    def add_for_selection(self) -> int:
        """One new device row per selected facility; how many were added."""
        layer = self.state.layer("facilities")
        if layer is None:
            self.text.setText(tr("Pick the facilities layer in the planning stage first."))
            return 0
        lookup = self.state.standard.type_names
        added = 0
        for f in layer.getSelectedFeatures():
            code = lookup.get(str(f["facility_type"] or "").strip().lower())
            if code:
                self.devices.append(Device(tr("new device"), code, f.id(), "", "online", ""))
                added += 1
        if not added:
            self.text.setText(tr("Select one or more facilities on the map first."))
            return 0
        self._show()
        self._store()
        return added

    def remove_selected(self) -> None:
        """Remove the devices of the selected register rows."""
        rows = sorted({i.row() for i in self.register.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.devices[row]
        if rows:
            self._show()
            self._store()

    def _pick_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Device list"), "", "CSV (*.csv *.txt)")
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> tuple[int, list[str]]:
        """Append the devices of a CSV file (device, facility id or type, kind, state, checked)."""
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            devices, skipped = read_devices_csv(fh.read(), self._facility_types(), self.state.standard.type_names)
        self.devices += devices
        self._show()
        self._store()
        if skipped:
            self.text.setText(self.text.text() + " " + tr("{} rows skipped: {}").format(
                len(skipped), "; ".join(skipped[:3])))
        return len(devices), skipped

    def state_of(self, row: int) -> Any:
        """The state shown in a register row (for tests)."""
        return self.register.cellWidget(row, 4).currentData()
