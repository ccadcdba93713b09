"""The review on screen published for residents in one click: the same page as smart_community:publish_web,
written beside the project (or in the home folder) and opened in the browser."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.errors import InputError
from ..i18n import tr
from .guard import guarded_slot
from .state import WorkbenchState
from .words import ui_language


def default_page_folder(state: WorkbenchState) -> Path:
    """Beside the project (or in the home folder), named after the community: 社区_公示网页."""
    name = str((state.review or {}).get("community", {}).get("name") or "")
    stem = "".join(ch for ch in (name or state.project.baseName() or "community") if ch not in '\\/:*?"<>|')
    return Path(state.project.homePath() or os.path.expanduser("~")) / f"{stem}_{tr('public display page')}"


class PublishTools(QWidget):
    """One button: the review on screen as the residents' web page (公示), then a link that opens it."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(tr("Publish the review on screen for residents (web page)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl.fromLocalFile(link)))
        self.button.clicked.connect(guarded_slot(tr("Publish web page"), self.publish, self._say))
        layout.addWidget(self.button)
        layout.addWidget(self.status)
        self.last_page: Optional[Path] = None
        self.open_in_browser = True          # the tests read the page themselves
        state.reviewChanged.connect(self._review_changed)
        self._review_changed()

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.state.say(message)

    def _review_changed(self) -> None:
        self.button.setEnabled(self.state.review is not None)
        self.status.setText(tr("Ready: the page goes to {}.").format(default_page_folder(self.state))
                            if self.state.review is not None else "")

    def publish(self) -> Path:
        """Write the page of the review on screen and open it."""
        from ..pipeline.outputs import json_safe
        from ..pipeline.privacy import user_privacy
        from ..web.frames import frames_from_layers
        from ..web.page_data import page_data
        from ..web.publish import write_page

        layers = self.state.result_layers()
        if self.state.review is None or not layers:
            raise InputError(tr("Run a review here first: a review opened from a file is published with the "
                                "Processing algorithm Publish for residents (its JSON and result GeoPackage)."))
        target = default_page_folder(self.state)
        privacy = user_privacy()
        data = page_data(json_safe(self.state.review), frames_from_layers(layers), self.state.standard,
                         privacy=privacy)
        sources = [Path(lyr.source().split("|")[0]) for lyr in self.state.layers().values() if lyr is not None]
        self.last_page = write_page(data, target, ui_language(), privacy, inputs=sources)
        index = self.last_page / "index.html"
        self.status.setText(tr("Wrote the page for residents: <a href=\"{0}\">{0}</a>").format(index))
        if self.open_in_browser:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(index)))
        return self.last_page
