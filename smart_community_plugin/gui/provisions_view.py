"""The results dock's provisions tab: what was not assessed (and what would assess it) and what is declared."""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ..core.provisions import listed_as_not_assessed
from .icons import verdict_icon
from .words import facility_name, term, ui_language, verdict_label, words
from .wrap_delegate import WrappingDelegate


def _text(entry: dict[str, Any]) -> str:
    lang = ui_language()
    text = entry.get("text_zh", "") if lang == "zh" else (entry.get("text_en") or entry.get("text_zh", ""))
    types = [facility_name(t) for t in entry.get("types", [])]
    sep = "、" if lang == "zh" else ", "
    return f"{text}（{sep.join(types)}）" if types and lang == "zh" else f"{text} ({sep.join(types)})" if types else text


def _strength(entry: dict[str, Any]) -> str:
    """The standard's own word in Chinese (不宜, 不得 ...), the strength's name in English."""
    return entry.get("strength_zh", "") if ui_language() == "zh" else term("strength", entry.get("strength"))


def remedy(entry: dict[str, Any]) -> str:
    """What would assess a provision, in the interface language."""
    needs = entry.get("needs") or {}
    if needs:
        return needs.get(ui_language()) or needs.get("zh", "")
    d = entry.get("declaration")
    if d:
        return words("ui.provisions.declare_in", code=d["code"], layer=d["layer"])
    return words("ui.provisions.needs_inputs")


class ProvisionsView(QTreeWidget):
    """Two groups: provisions not assessed (应/必须 first) with their remedy, and the declared ones."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([words("ui.provisions.provision"), words("ui.provisions.clause"),
                              words("ui.provisions.to_assess")])
        self.setItemDelegateForColumn(0, WrappingDelegate(self))
        self.setItemDelegateForColumn(2, WrappingDelegate(self))
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_provisions(self, provisions: list[dict[str, Any]]) -> tuple[int, int]:
        """Fill the view; returns (not assessed, declared)."""
        self.clear()
        shall = ("must", "shall")
        missing = sorted((e for e in provisions if listed_as_not_assessed(e)), key=lambda e: e.get("strength") not in shall)
        declared = [e for e in provisions if e.get("outcome") == "declared"]
        shall_count = sum(e.get("strength") in shall for e in missing)
        top = QTreeWidgetItem([words("ui.provisions.not_assessed", count=len(missing), shall=shall_count), "", ""])
        top.setIcon(0, verdict_icon("not_assessable"))
        for e in missing:
            item = QTreeWidgetItem([f"[{_strength(e)}] {_text(e)}", e.get("clause", ""), remedy(e)])
            item.setIcon(0, verdict_icon("not_assessable"))
            item.setToolTip(0, f"{verdict_label(e['outcome'])} · {e['id']}")
            top.addChild(item)
        low = QTreeWidgetItem([words("ui.provisions.declared", count=len(declared)), "", ""])
        for e in declared:
            item = QTreeWidgetItem([f"[{_strength(e)}] {_text(e)}", e.get("clause", ""),
                                    verdict_label("declared")])
            low.addChild(item)
        self.addTopLevelItem(top)
        self.addTopLevelItem(low)
        top.setExpanded(True)
        return len(missing), len(declared)
