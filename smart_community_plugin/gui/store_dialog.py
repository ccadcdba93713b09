"""The review store in QGIS: the submissions a reviewer may see, the chosen one's reviews, what changed between its
last two reviews (in the interface language), and the submission opened from the store into the project and the
workbench (its layers in the roles, its community's stage records followed in the store)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..pipeline.log import LOG_TAG
from .tables import fill, result_table
from .words import approval_label, role_name, term, ui_language


class StoreDialog(QDialog):
    """Submissions, reviews and review history from the store named by a libpq service."""

    def __init__(self, parent: Optional[QWidget] = None, service: str = "smart_community",
                 workbench: Optional[Callable[[], Any]] = None) -> None:
        super().__init__(parent)
        self.workbench = workbench      # gives the workbench dock the submission opens in (None: layers only)
        self.setWindowTitle(tr("Review store"))
        self.service = QLineEdit(service)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.open_button = QPushButton(tr("Open the submission in the workbench") if workbench is not None
                                       else tr("Add the submission's layers to the project"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.submissions = result_table([tr("Submission"), tr("Community"), tr("Version"), tr("Submitter"),
                                         tr("Received at"), tr("Status")], stretch=1)
        self.reviews = result_table([tr("Review"), tr("Reviewer"), tr("Finished"), tr("Distances"), tr("Verdict"),
                                     tr("Fails"), tr("Warnings"), tr("Not assessed")], stretch=4)
        self.changes = QListWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Store (PostgreSQL service)")))
        top.addWidget(self.service, 1)
        top.addWidget(self.refresh_button)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, widget in ((tr("Submissions"), self.submissions), (tr("Reviews of the chosen submission"),
                                                                       self.reviews),
                              (tr("What changed since the review before"), self.changes)):
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(title))
            lay.addWidget(widget)
            split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.open_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_layers)
        self.submissions.itemSelectionChanged.connect(self.show_reviews)
        self.resize(820, 640)

    # --- reading the store ---------------------------------------------------------------------
    def _session(self) -> Any:
        from ..store.connection import session

        return session(self.service.text().strip())

    def _failed(self, exc: Exception) -> None:
        """A store that cannot be read is a line in the dialog and in the log, never a crash."""
        self.status.setText(str(exc))
        QgsMessageLog.logMessage(str(exc), LOG_TAG)

    def refresh(self) -> None:
        """Read the submissions this login may see."""
        try:
            with self._session() as conn, conn.cursor() as cur:
                cur.execute("SELECT id, community, version, submitter, to_char(received_at, 'YYYY-MM-DD HH24:MI'), "
                            "status FROM sc.submissions ORDER BY community, version")
                rows = cur.fetchall()
        except Exception as exc:  # noqa: BLE001 — the store's errors (no server, no rights) are said, not raised
            self._failed(exc)
            return
        fill(self.submissions, [(i, c, v, s, t, _status(st)) for i, c, v, s, t, st in rows])
        self.submissions.sortItems(0, Qt.SortOrder.AscendingOrder)      # in the order they were received
        self.status.setText(tr("{} submissions in the store '{}'.").format(len(rows), self.service.text().strip()))
        self.reviews.setRowCount(0)
        self.changes.clear()

    def chosen(self) -> Optional[int]:
        """The submission chosen in the table."""
        rows = self.submissions.selectionModel().selectedRows() if self.submissions.selectionModel() else []
        if not rows:
            return None
        return int(self.submissions.item(rows[0].row(), 0).text())

    def chosen_community(self) -> str:
        """The community of the submission chosen in the table."""
        rows = self.submissions.selectionModel().selectedRows()
        return self.submissions.item(rows[0].row(), 1).text() if rows else ""

    def show_reviews(self) -> None:
        """The chosen submission's reviews, and what its last review changed against the one before."""
        sid = self.chosen()
        self.changes.clear()
        if sid is None:
            return
        from ..store.reviews import history

        try:
            with self._session() as conn:
                past = history(conn, sid)
                lines = self._changes(conn, past)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        fill(self.reviews, [(h["number"], h["reviewer"], h["finished_at"].strftime("%Y-%m-%d %H:%M"),
                             term("distance", h["distance"]) if h["distance"] else "—",
                             approval_label(h["overall"]), h["fail"], h["warning"], h["not_assessed"]) for h in past])
        self.reviews.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.changes.addItems(lines)

    @staticmethod
    def _changes(conn: Any, past: list[dict]) -> list[str]:
        """What the last review changed against the one before, each check in the interface's language."""
        from ..store.reviews import changes

        if len(past) < 2:
            return [tr("Only one review so far: nothing to compare.") if past else tr("Not reviewed yet.")]
        older, newer = past[-2], past[-1]
        diff = changes(conn, older["id"], newer["id"])
        with conn.cursor() as cur:
            cur.execute("SELECT check_id, message_zh, message_en FROM sc.review_checks WHERE review_id IN (%s, %s)",
                        (older["id"], newer["id"]))
            texts = {i: (zh if ui_language() == "zh" else en) for i, zh, en in cur.fetchall()}
        heads = {"fixed": tr("Fixed"), "broken": tr("Newly failing"), "unassessed": tr("No longer assessable"),
                 "new": tr("Check added"), "gone": tr("Check dropped")}
        lines = [tr("Review {} against review {}: {} fixed, {} broken, {} no longer assessable, {} new, {} gone.")
                 .format(newer["number"], older["number"], *(len(diff[k]) for k in heads))]
        if older["distance"] != newer["distance"]:
            lines.append(tr("The two reviews measured distances differently ({} and {}): some changes come from "
                            "that, not from the scheme.").format(term("distance", older["distance"] or "—"),
                                                                  term("distance", newer["distance"] or "—")))
        for key, head in heads.items():
            lines += [tr("{}: {}").format(head, texts.get(c, c)) for c in diff[key]]
        return lines

    def open_layers(self) -> None:
        """Add the chosen submission's layers, read from the store, to the project in a group of their own; with a
        workbench, they fill its roles and its stage records follow the submission's community in the store."""
        sid = self.chosen()
        if sid is None:
            self.status.setText(tr("Choose a submission first."))
            return
        from ..pipeline.store_io import submission_layers

        service = self.service.text().strip()
        try:
            layers = submission_layers(service, sid)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, tr("Submission {}").format(sid))
        for role, layer in layers.items():
            layer.setName(role_name(role))
            project.addMapLayer(layer, False)
            group.addLayer(layer)
        said = tr("{} layers of submission {} added.").format(len(layers), sid)
        dock = self.workbench() if self.workbench is not None else None
        if dock is not None:
            community = self.chosen_community()
            try:
                read = dock.open_submission(service, sid, community, layers)
            except Exception as exc:  # noqa: BLE001
                self._failed(exc)
                return
            dock.show()
            said += " " + tr("The workbench follows {} in the store: {} of its {} stage records read from there.") \
                .format(community, len(read), len(dock.stages))
        self.status.setText(said)


def _status(code: str) -> str:
    return {"received": tr("Received"), "reviewed": tr("Reviewed"), "withdrawn": tr("Withdrawn")}.get(code, code)
