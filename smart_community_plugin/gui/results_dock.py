"""The results dock: checks grouped by chapter and facility type in the interface language, the input findings
beside them, what changed since the last run (in the dock and on the map), filter, select and zoom on click."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Optional

from qgis.core import Qgis, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsHighlight
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.comparison import RANK, compare_reviews
from ..i18n import tr
from ..palette import VERDICT_COLOURS
from ..standard import load_standard
from .findings_table import FindingsTable
from .guard import guarded_slot
from .icons import verdict_icon
from .provisions_view import ProvisionsView
from .words import facility_name, item_says, review_summary, term, ui_language, verdict_label, words
from .wrap_delegate import WrappingDelegate

VERDICTS = ("fail", "not_assessable", "warning", "info", "pass", "not_applicable")
ROLE_CHECK = Qt.ItemDataRole.UserRole
ROLE_KEY = Qt.ItemDataRole.UserRole + 1
CHANGE_COLOURS = {"fixed": VERDICT_COLOURS["pass"], "worse": VERDICT_COLOURS["fail"]}


def chapter_of(clause: str) -> str:
    """The chapter a check belongs to: 4.5.5-1 -> 4.5, A.0.1 -> A, '4.5.3, A.0.1' -> 4.5."""
    first = clause.split(",")[0].strip()
    parts = first.split(".")
    return first if len(parts) < 2 else (parts[0] if parts[0] == "A" else ".".join(parts[:2]))


def verdict_changes(before: Optional[dict[str, Any]], after: dict[str, Any]) -> dict[str, str]:
    """Check id -> 'fixed' or 'worse' between two reviews of one scheme; a new check that does not pass is
    'worse'. Empty without a previous review."""
    if not before:
        return {}
    out = {}
    for c in compare_reviews(before, after).checks:
        if c.change == "improved":
            out[c.check_id] = "fixed"
        elif c.change == "worse" or (c.change == "new" and RANK.get(c.after or "", 4) >= RANK["warning"]):
            out[c.check_id] = "worse"
    return out


class ResultsDock(QgsDockWidget):
    """Shows a review's checks and findings; `layers` maps a check's layer role to the layer to select in."""

    def __init__(self, iface: Any = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Review results"), parent)
        self.setObjectName("SmartCommunityResultsDock")
        self.iface = iface
        self.layers: dict[str, QgsVectorLayer] = {}
        self.review: dict[str, Any] = {}
        self.changes: dict[str, str] = {}
        self.highlights: list[QgsHighlight] = []
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
        self.change_text = QLabel()
        self.change_text.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Check"), tr("Clause"), tr("Since the last run")])
        self.tree.setItemDelegateForColumn(0, WrappingDelegate(self.tree))   # whole messages, never cut with "…"
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(260)   # room for a dozen rows when the dock first opens
        self.findings = FindingsTable(lambda: self.layers, iface, self._said)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, tr("Checks"))
        self.tabs.addTab(self.findings, tr("Input findings"))
        self.provisions = ProvisionsView()
        self.tabs.addTab(self.provisions, words("ui.provisions.tab", missing=0, declared=0))
        self.setMinimumWidth(460)
        layout.addLayout(top)
        layout.addWidget(self.change_text)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.tree.itemClicked.connect(guarded_slot(tr("Review results"), self._on_click, self._said, with_args=True))

    # --- showing a review ----------------------------------------------------------------------
    def set_review(self, review: dict[str, Any], layers: Optional[dict[str, QgsVectorLayer]] = None,
                   compare: bool = True) -> None:
        """Show a review (its JSON form) and remember the layers its feature ids refer to. A new run of the
        same scheme keeps the tree's expansion and scroll and marks what changed (compare=False: a review
        opened from a file, nothing to compare with)."""
        expanded = self._expanded_keys()
        scroll = self.tree.verticalScrollBar().value()
        first = not self.review
        self.changes = verdict_changes(self.review, review) if compare else {}
        self.review = review
        self.layers = dict(layers or {})
        self.tree.clear()
        self.summary.setText(review_summary(review))
        self._fill(review)
        if first or not expanded:
            self.tree.expandToDepth(0)
        else:
            self._expand(expanded)
        self._apply_filter()
        self.tree.verticalScrollBar().setValue(scroll)
        findings = review.get("findings", [])
        self.findings.show_findings(findings)
        self.tabs.setTabText(1, tr("Input findings ({})").format(len(findings)))
        missing, declared = self.provisions.show_provisions(review.get("provisions", []))
        self.tabs.setTabText(2, words("ui.provisions.tab", missing=missing, declared=declared))
        self._show_changes()

    def _fill(self, review: dict[str, Any]) -> None:
        standard = load_standard()
        groups: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for c in review.get("checks", []):
            groups[chapter_of(c["clause"])][c.get("facility_type") or ""].append(c)
        for chapter in sorted(groups, key=lambda k: (k == "A", k)):
            chapter_checks = [c for cs in groups[chapter].values() for c in cs]
            name = term("chapter", chapter)
            top = QTreeWidgetItem([self._label(name, chapter_checks), "", self._change_count(chapter_checks)])
            top.setIcon(0, verdict_icon(self._worst(chapter_checks)))
            top.setData(0, ROLE_KEY, chapter)
            self.tree.addTopLevelItem(top)
            # Types in the order of Table A.0.1 (as the standard and the report list them), the whole community last.
            table_order = {f.code: i for i, f in enumerate(standard.facilities)}
            for ftype in sorted(groups[chapter], key=lambda t: (not t, table_order.get(t, len(table_order)), t)):
                checks = groups[chapter][ftype]
                label = facility_name(ftype) if ftype else tr("Whole community")
                mid = QTreeWidgetItem([self._label(label, checks), "", self._change_count(checks)])
                mid.setIcon(0, verdict_icon(self._worst(checks)))
                mid.setData(0, ROLE_KEY, f"{chapter}/{ftype}")
                top.addChild(mid)
                for c in sorted(checks, key=lambda c: VERDICTS.index(c["verdict"]) if c["verdict"] in VERDICTS
                                else len(VERDICTS)):
                    mid.addChild(self._check_item(c, standard))

    def _check_item(self, c: dict[str, Any], standard: Any) -> QTreeWidgetItem:
        text = item_says(c)
        change = self.changes.get(c["id"], "")
        item = QTreeWidgetItem([text, c["clause"], {"fixed": tr("fixed"), "worse": tr("new problem")}.get(change, "")])
        item.setIcon(0, verdict_icon(c["verdict"]))
        item.setData(0, ROLE_CHECK, c)
        if change:
            item.setForeground(2, QBrush(QColor(CHANGE_COLOURS[change])))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        clause = standard.clauses.get(c["clause"].split(",")[0].strip())
        tip = f"{verdict_label(c['verdict'])}: {text}\n\n{c['clause']} ({c['strength_zh']}): {c.get('requirement_zh', '')}"
        if clause is not None:
            tip += f"\n\n{clause.number} {clause.text_zh}"
        item.setToolTip(0, tip)
        return item

    def _change_count(self, checks: list[dict]) -> str:
        fixed = sum(self.changes.get(c["id"]) == "fixed" for c in checks)
        worse = sum(self.changes.get(c["id"]) == "worse" for c in checks)
        parts = ([tr("{} fixed").format(fixed)] if fixed else []) + ([tr("{} new").format(worse)] if worse else [])
        return ", ".join(parts)

    @staticmethod
    def _worst(checks: list[dict]) -> str:
        return min((c["verdict"] for c in checks), key=lambda v: VERDICTS.index(v) if v in VERDICTS else 99,
                   default="not_applicable")

    @staticmethod
    def _label(name: str, checks: list[dict]) -> str:
        counts = Counter(c["verdict"] for c in checks)
        parts = [f"{verdict_label(v)} {counts[v]}" for v in ("fail", "not_assessable", "warning") if counts[v]]
        return f"{name} ({len(checks)}{'：' if ui_language() == 'zh' else ': '}{', '.join(parts)})" if parts \
            else f"{name} ({len(checks)})"

    # --- expansion, filter, changes --------------------------------------------------------------
    def _groups(self) -> Any:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            yield top
            for j in range(top.childCount()):
                yield top.child(j)

    def _expanded_keys(self) -> set[str]:
        return {item.data(0, ROLE_KEY) for item in self._groups() if item.isExpanded()}

    def _expand(self, keys: set[str]) -> None:
        for item in self._groups():
            item.setExpanded(item.data(0, ROLE_KEY) in keys)

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

    def _show_changes(self) -> None:
        """Say what the last edit fixed and broke, and outline those features on the map (green, red)."""
        self._clear_highlights()
        fixed = [i for i, v in self.changes.items() if v == "fixed"]
        worse = [i for i, v in self.changes.items() if v == "worse"]
        self.change_text.setText(tr("Since the last run — fixed: {}; new problems: {}.").format(len(fixed), len(worse))
                                 if self.changes else "")
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        by_id = {c["id"]: c for c in self.review.get("checks", [])}
        for check_id, change in self.changes.items():
            c = by_id.get(check_id)
            layer = self.layers.get((c or {}).get("layer") or "")
            if c is None or layer is None:
                continue
            for fid in c.get("feature_ids", [])[:200]:
                feature = layer.getFeature(int(fid))
                if not feature.hasGeometry():
                    continue
                h = QgsHighlight(canvas, feature.geometry(), layer)
                colour = QColor(CHANGE_COLOURS[change])
                h.setColor(colour)
                colour.setAlpha(60)
                h.setFillColor(colour)
                h.setWidth(3)
                h.show()
                self.highlights.append(h)

    def _clear_highlights(self) -> None:
        for h in self.highlights:
            h.hide()
            if h.scene() is not None:
                h.scene().removeItem(h)
        self.highlights.clear()

    def reset(self) -> None:
        """Another project: nothing of the previous review stays on screen or on the map."""
        self._clear_highlights()
        self.review, self.layers, self.changes = {}, {}, {}
        self.tree.clear()
        self.findings.show_findings([])
        self.tabs.setTabText(1, tr("Input findings"))
        self.summary.setText(tr("No review yet."))
        self.change_text.setText("")

    # --- clicks ---------------------------------------------------------------------------------
    def _said(self, message: str) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Smart Community"), message, Qgis.MessageLevel.Warning, 10)

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
