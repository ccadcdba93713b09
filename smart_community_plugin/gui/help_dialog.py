"""Help: the bilingual guide in the interface language (docs/guide.zh.md or docs/guide.en.md), with links to
the other language and the README."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import tr
from .words import ui_language

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
HOMEPAGE = "https://github.com/smart-community-planner/smart_community"


def guide_path(language: Optional[str] = None) -> Path:
    """The guide in a language ('zh' or 'en'), else the README (a trimmed install)."""
    guide = ROOT / "docs" / f"guide.{language or ui_language()}.md"
    return guide if guide.exists() else README


# Screenshots are 1,600 px wide: shown at this width the guide reads without scrolling sideways.
IMAGE_WIDTH = 820


def fit_images(browser: QTextBrowser, width: int) -> None:
    """Every image of the document no wider than `width` pixels (height in proportion)."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                data = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                natural = QImage(data) if isinstance(data, QImage) else QImage.fromData(data) if data else QImage()
                if not natural.isNull() and natural.width() > width:
                    image.setWidth(width)
                    image.setHeight(natural.height() * width / natural.width())
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
            it += 1
        block = block.next()


def show_help(parent: Optional[QWidget] = None, language: Optional[str] = None) -> Optional[QDialog]:
    """Open the guide in the interface language in a dialog; without one, the project's home page."""
    path = guide_path(language)
    if not path.exists():
        QDesktopServices.openUrl(QUrl(HOMEPAGE))
        return None
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Smart Community help"))
    dialog.resize(900, 700)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setObjectName("SmartCommunityHelpBrowser")
    browser.setOpenExternalLinks(True)
    browser.setSearchPaths([str(path.parent), str(ROOT)])   # the guide's images are relative to it
    browser.setMarkdown(path.read_text(encoding="utf-8"))
    fit_images(browser, IMAGE_WIDTH)
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.show()
    return dialog
