"""The plugin's settings dialog: interface language and the report's CJK font."""

from __future__ import annotations

from typing import Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .. import settings
from ..i18n import tr, tr_noop

LANGUAGES = (("", tr_noop("Follow QGIS")), ("zh_CN", "简体中文"), ("en", "English"))


class SettingsDialog(QDialog):
    """Edits the smart_community/ settings; save() writes them."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Smart Community settings"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(tr(label) if code == "" else label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("locale"))))
        form.addRow(tr("Interface language"), self.language)
        self.font = QgsFileWidget()
        self.font.setFilter("TrueType (*.ttf *.ttc *.otf)")
        self.font.setFilePath(settings.get("report_font_path"))
        form.addRow(tr("Report font (CJK TrueType; empty: found on the system)"), self.font)
        self.drop = QCheckBox(tr("Remove ID card and mobile numbers from outputs entirely (instead of masking)"))
        self.drop.setChecked(bool(settings.get("drop_personal_data")))
        form.addRow(tr("Personal data (6.4.3)"), self.drop)
        note = QLabel(tr("A new language takes effect when the plugin is reloaded or QGIS restarts."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> bool:
        """Write the settings; True when the language changed."""
        changed = self.language.currentData() != settings.get("locale")
        settings.set_value("locale", self.language.currentData())
        settings.set_value("report_font_path", self.font.filePath().strip())
        settings.set_value("drop_personal_data", self.drop.isChecked())
        return changed
