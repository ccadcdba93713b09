"""Planning stage: tick the smart requirements (智慧要求) a selected facility provides."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..core.values import format_smart_features, parse_smart_features
from ..i18n import tr
from ..standard.model import SmartRequirement, Standard
from .guard import guarded_slot
from .words import facility_name, ui_language

FIELD = "smart_features"


class SmartRequirementsEditor(QWidget):
    """Follows the selection of a facilities layer; writes ticked items into its edit buffer."""

    def __init__(self, standard: Standard) -> None:
        super().__init__()
        self.standard = standard
        self.lookup = standard.type_names
        self.layer: Optional[QgsVectorLayer] = None
        self.code: Optional[str] = None
        self.fids: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(tr("Select facilities of one type on the map to edit their smart requirements."))
        self.heading.setWordWrap(True)
        self.items = QListWidget()
        self.items.setMinimumHeight(90)
        self.apply_button = QPushButton(tr("Apply to the selected facilities"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(guarded_slot(tr("Apply to the selected facilities"), self.apply,
                                                       self.heading.setText))
        for w in (self.heading, self.items, self.apply_button):
            layout.addWidget(w)

    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """Follow another layer's selection (None: none)."""
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self.refresh)
            except (TypeError, RuntimeError):  # the layer was deleted meanwhile
                pass
        self.layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self.refresh)
        self.refresh()

    def requirements(self) -> tuple[SmartRequirement, ...]:
        """The items of the facility type being edited."""
        return self.standard.smart_requirements_for(self.code) if self.code else ()

    def refresh(self, *_: Any) -> None:
        """Show the items of the selected facilities' type, ticked where all of them declare it."""
        self.items.clear()
        self.code, self.fids = None, []
        layer = self.layer
        if layer is None or layer.fields().lookupField(FIELD) < 0 or layer.fields().lookupField("facility_type") < 0:
            self.heading.setText(tr("The facilities layer needs the fields facility_type and smart_features."))
            self.apply_button.setEnabled(False)
            return
        feats = list(layer.getSelectedFeatures())
        codes = {self.lookup.get(str(f["facility_type"] or "").strip().lower()) for f in feats}
        if not feats or len(codes) != 1 or None in codes:
            self.heading.setText(tr("Select facilities of one type on the map to edit their smart requirements."))
            self.apply_button.setEnabled(False)
            return
        self.code = codes.pop()
        self.fids = [f.id() for f in feats]
        declared = [parse_smart_features(f[FIELD]) for f in feats]
        ftype = self.standard.facility(self.code)
        self.heading.setText(tr("{} selected: {}").format(len(feats), facility_name(ftype.code)))
        for item in self.requirements():
            # One language: the item in the interface's, its strength as the standard words it (应/宜/可).
            text = item.text_zh if ui_language() == "zh" else item.text_en
            row = QListWidgetItem(f"{text} — {item.strength.zh} ({item.clause})")
            row.setData(Qt.ItemDataRole.UserRole, item.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            held = all(item.code in d or item.text_zh in d for d in declared)
            row.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
            self.items.addItem(row)
        self.apply_button.setEnabled(True)

    def ticked(self) -> list[str]:
        """Codes of the ticked items, in the standard's order."""
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def apply(self) -> int:
        """Write the ticked items to the selected facilities (in the edit buffer); how many changed."""
        layer = self.layer
        if layer is None or not self.fids:
            return 0
        if not layer.isEditable() and not layer.startEditing():
            self.heading.setText(tr("The facilities layer cannot be edited."))
            return 0
        idx = layer.fields().lookupField(FIELD)
        ticked = self.ticked()
        known = {r.code for r in self.requirements()} | {r.text_zh for r in self.requirements()}
        layer.beginEditCommand(tr("Smart requirements"))
        changed = 0
        for fid in self.fids:
            # Items the standard does not list for the type (a planner's own notes) are kept.
            own = sorted(parse_smart_features(layer.getFeature(fid)[FIELD]) - known)
            changed += bool(layer.changeAttributeValue(fid, idx, format_smart_features(ticked + own)))
        layer.endEditCommand()
        return changed

    def detach(self) -> None:
        """Stop following the layer (the workbench's unload)."""
        self.set_layer(None)
