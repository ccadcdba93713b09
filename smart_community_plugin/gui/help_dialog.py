"""Help: the plugin's README rendered in a dialog, with its screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import tr

README = Path(__file__).resolve().parents[2] / "README.md"
HOMEPAGE = "https://github.com/smart-community-planner/smart_community"


def show_help(parent: Optional[QWidget] = None) -> Optional[QDialog]:
    """Open the README in a dialog; without one (a trimmed install), the project's home page."""
    if not README.exists():
        QDesktopServices.openUrl(QUrl(HOMEPAGE))
        return None
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Smart Community help"))
    dialog.resize(900, 700)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setSearchPaths([str(README.parent)])   # the README's images are relative to it
    browser.setMarkdown(README.read_text(encoding="utf-8"))
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.show()
    return dialog
