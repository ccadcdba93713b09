"""Assessment stage: map a submitted layer's fields to the planning schema, keep the mapping, make a copy."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr, tr_noop
from ..layers.schema import layer_spec
from ..standard.vocabulary import propose_fields
from .guard import guarded_slot
from .state import WorkbenchState, hide_plugin_layers
from .words import term

ROLES = (("buildings", tr_noop("Buildings")), ("facilities", tr_noop("Facilities")),
         ("community", tr_noop("Community boundary")), ("compounds", tr_noop("Gated compounds")),
         ("roads", tr_noop("Roads and paths")))
NONE = "—"


def mapping_key(layer: QgsVectorLayer, role: str) -> str:
    """Where a layer's mapping is kept in the project: its source and the role it plays."""
    return f"{layer.source()}::{role}"


class MappingTools(QWidget):
    """A table of schema fields with the submission's field chosen for each (proposed, editable)."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.layer = QgsMapLayerComboBox()
        self.layer.setProject(state.project)
        self.layer.setFilters(Qgis.LayerFilters(Qgis.LayerFilter.VectorLayer))
        hide_plugin_layers([self.layer], state.project)
        self.role = QComboBox()
        for code, label in ROLES:
            self.role.addItem(tr(label), code)
        form.addRow(tr("Submitted layer"), self.layer)
        form.addRow(tr("Planning layer it holds"), self.role)
        layout.addLayout(form)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Planning field"), tr("Field in the submission")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Keep this mapping in the project"))
        self.save_button.clicked.connect(guarded_slot(tr("Keep this mapping in the project"), self.save, self._say))
        self.copy_button = QPushButton(tr("Create the mapped copy"))
        self.copy_button.clicked.connect(guarded_slot(tr("Create the mapped copy"), self.create_copy, self._say))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        layout.addLayout(buttons)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.layer.layerChanged.connect(self.refresh)
        self.role.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _say(self, message: str) -> None:
        self.text.setText(message)
        self.state.say(message)

    def refresh(self, *_: Any) -> None:
        """The kept mapping for this layer and role, else the proposal from the vocabulary."""
        layer = self.layer.currentLayer()
        role = self.role.currentData()
        self.table.setRowCount(0)
        if not isinstance(layer, QgsVectorLayer):
            return
        names = layer.fields().names()
        kept = self.state.records.mappings.get(mapping_key(layer, role))
        mapping = kept if kept is not None else propose_fields(role, names)
        specs = [f for f in layer_spec(role).fields if f.name not in ("data_source", "entry_time")] + \
            [f for f in layer_spec(role).fields if f.name in ("data_source", "entry_time")]
        self.table.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            item = QTableWidgetItem(f"{spec.name} — {term('field', spec.name)}")
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(NONE, "")
            for n in names:
                combo.addItem(n, n)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(spec.name, ""))))
            combo.setProperty("target", spec.name)
            self.table.setCellWidget(row, 1, combo)
        self.text.setText(tr("Kept in the project.") if kept is not None else
                          tr("Proposed from the field names; check it, then keep it."))

    def mapping(self) -> dict[str, str]:
        """The mapping as shown: planning field -> the submission's field."""
        out = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            if combo.currentData():
                out[combo.property("target")] = combo.currentData()
        return out

    def save(self) -> None:
        """Keep the mapping in the project (saved with it)."""
        layer = self.layer.currentLayer()
        if layer is None:
            return
        self.state.records.mappings[mapping_key(layer, self.role.currentData())] = self.mapping()
        self.state.save()
        self.text.setText(tr("Kept in the project."))

    def create_copy(self) -> Optional[QgsVectorLayer]:
        """Run smart_community:map_fields with this mapping and add the copy to the project."""
        import json

        import processing

        layer = self.layer.currentLayer()
        if layer is None:
            return None
        role = self.role.currentData()
        result = processing.run("smart_community:map_fields", {
            "INPUT": layer, "ROLE": role, "MAPPING": json.dumps(self.mapping(), ensure_ascii=False),
            "OUTPUT": "memory:"})
        copy = result["OUTPUT"]
        copy.setName(f"{role} ({layer.name()})")
        self.state.project.addMapLayer(copy)
        self.text.setText(tr("Added the layer '{}' ({} features): pick it in the planning stage.").format(
            copy.name(), copy.featureCount()))
        return copy
