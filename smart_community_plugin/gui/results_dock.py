"""The results dock: checks grouped by chapter and facility type, filter, select and zoom on click."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Optional

from qgis.core import Qgis, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..standard import load_standard
from .guard import guarded_slot
from .icons import verdict_icon, verdict_label

VERDICTS = ("fail", "warning", "info", "pass", "not_applicable")
ROLE_CHECK = Qt.ItemDataRole.UserRole
CHAPTER_NAMES = {"4.5": "4.5 配套设施 Facilities", "A": "附表 A.0.1 Table A.0.1"}


def chapter_of(clause: str) -> str:
    """The chapter a check belongs to: 4.5.5-1 -> 4.5, A.0.1 -> A, '4.5.3, A.0.1' -> 4.5."""
    first = clause.split(",")[0].strip()
    parts = first.split(".")
    return first if len(parts) < 2 else (parts[0] if parts[0] == "A" else ".".join(parts[:2]))


class ResultsDock(QgsDockWidget):
    """Shows a review's checks; `layers` maps a check's layer role to the layer to select in."""

    def __init__(self, iface: Any = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Review results"), parent)
        self.setObjectName("SmartCommunityResultsDock")
        self.iface = iface
        self.layers: dict[str, QgsVectorLayer] = {}
        self.review: dict[str, Any] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.summary = QLabel(tr("No review yet."))
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.addItem(tr("All verdicts"), "")
        for v in VERDICTS:
            self.filter.addItem(verdict_icon(v), verdict_label(v), v)
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Check"), tr("Clause")])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(460)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.tree.itemClicked.connect(guarded_slot(tr("Review results"), self._on_click, self._said, with_args=True))

    def set_review(self, review: dict[str, Any], layers: Optional[dict[str, QgsVectorLayer]] = None) -> None:
        """Show a review (its JSON form) and remember the layers its feature ids refer to."""
        self.review = review
        self.layers = dict(layers or {})
        self.tree.clear()
        standard = load_standard()
        counts = Counter(c["verdict"] for c in review.get("checks", []))
        overall = review.get("summary", {}).get("overall", "")
        self.summary.setText(tr("Overall: {} — {} fail, {} warning, {} pass").format(
            verdict_label(overall) if overall else "", counts.get("fail", 0), counts.get("warning", 0),
            counts.get("pass", 0)))
        groups: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for c in review.get("checks", []):
            groups[chapter_of(c["clause"])][c.get("facility_type") or "—"].append(c)
        names = {f.code: f"{f.name_zh} {f.name_en}" for f in standard.facilities}
        for chapter in sorted(groups, key=lambda k: (k == "A", k)):
            chapter_checks = [c for cs in groups[chapter].values() for c in cs]
            top = QTreeWidgetItem([self._label(CHAPTER_NAMES.get(chapter, chapter), chapter_checks), ""])
            top.setIcon(0, verdict_icon(self._worst(chapter_checks)))
            self.tree.addTopLevelItem(top)
            for ftype in sorted(groups[chapter]):
                checks = groups[chapter][ftype]
                mid = QTreeWidgetItem([self._label(names.get(ftype, ftype), checks), ""])
                mid.setIcon(0, verdict_icon(self._worst(checks)))
                top.addChild(mid)
                for c in sorted(checks, key=lambda c: VERDICTS.index(c["verdict"])):
                    item = QTreeWidgetItem([c["message"], c["clause"]])
                    item.setIcon(0, verdict_icon(c["verdict"]))
                    item.setData(0, ROLE_CHECK, c)
                    clause = standard.clauses.get(c["clause"].split(",")[0].strip())
                    tip = (f"{verdict_label(c['verdict'])}: {c['message']}\n\n"
                           f"{c['clause']} ({c['strength_zh']}): {c.get('requirement_zh', '')}")
                    if clause is not None:
                        tip += f"\n\n{clause.number} {clause.text_zh}"
                    item.setToolTip(0, tip)
                    mid.addChild(item)
        self.tree.expandToDepth(0)
        self._apply_filter()

    @staticmethod
    def _worst(checks: list[dict]) -> str:
        return min((c["verdict"] for c in checks), key=VERDICTS.index, default="not_applicable")

    @staticmethod
    def _label(name: str, checks: list[dict]) -> str:
        counts = Counter(c["verdict"] for c in checks)
        parts = [f"{counts[v]} {verdict_label(v)}" for v in ("fail", "warning") if counts[v]]
        return f"{name} ({len(checks)}{': ' + ', '.join(parts) if parts else ''})"

    def _leaves(self) -> Any:
        """Every check item in the tree."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                mid = top.child(j)
                for k in range(mid.childCount()):
                    yield mid.child(k)

    def visible_checks(self) -> list[dict]:
        """The checks shown under the current filter."""
        return [item.data(0, ROLE_CHECK) for item in self._leaves() if not item.isHidden()]

    def _apply_filter(self) -> None:
        wanted = self.filter.currentData()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            top_visible = False
            for j in range(top.childCount()):
                mid = top.child(j)
                mid_visible = False
                for k in range(mid.childCount()):
                    item = mid.child(k)
                    show = not wanted or item.data(0, ROLE_CHECK)["verdict"] == wanted
                    item.setHidden(not show)
                    mid_visible |= show
                mid.setHidden(not mid_visible)
                top_visible |= mid_visible
            top.setHidden(not top_visible)

    def _said(self, message: str) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage("Smart Community", message, Qgis.MessageLevel.Warning, 10)

    def _on_click(self, item: QTreeWidgetItem, _column: int) -> None:
        check = item.data(0, ROLE_CHECK)
        if not check or not check.get("feature_ids"):
            return
        layer = self.layers.get(check.get("layer") or "")
        if layer is None:
            return
        layer.selectByIds([int(i) for i in check["feature_ids"]])
        if self.iface is not None:
            self.iface.mapCanvas().zoomToSelected(layer)
