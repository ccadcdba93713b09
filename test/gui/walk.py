"""Walk the plugin's screens and collect every text a person reads, then find what is not in the
interface's language (English words on a Chinese screen, Chinese on an English one).

What may stay in another language is said explicitly: the data's own values (layer names, facility names,
the community's name), field names of the planning schema (users see them in the attribute table),
file formats and units, and quotes of the standard itself (tooltips that cite the clause).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

# Words any Chinese planning screen uses as they are.
LATIN_OK = {"GB", "CGCS2000", "EPSG", "PDF", "CSV", "XLSX", "JSON", "GeoPackage", "OSM", "POI", "QGIS", "PuLP",
            "CBC", "GCJ", "BD", "WGS", "UTM", "TOD", "RFID", "ID", "A.0.1", "Amap", "Baidu", "OpenStreetMap",
            "Smart", "Community", "T/CECS", "CECS", "QML", "SVG", "Excel", "km", "ha", "min", "OVERWRITE"}
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")


def texts(root: QWidget, tooltips: bool = False) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible word under a widget: labels, buttons, tabs, combo items, table and tree
    cells and headers, placeholders; tooltips too when asked."""
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, QLabel):
            yield where, w.text()
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{where} tab {i}", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item {i}", w.itemText(i)
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                h = w.horizontalHeaderItem(c)
                if h is not None:
                    yield f"{where} header {c}", h.text()
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        yield f"{where} [{r},{c}]", item.text()
        elif isinstance(w, QTreeWidget):
            h = w.headerItem()
            for c in range(w.columnCount()):
                yield f"{where} header {c}", h.text(c)
            for item in _tree_items(w):
                for c in range(w.columnCount()):
                    yield f"{where} row", item.text(c)
                    if tooltips and item.toolTip(c):
                        yield f"{where} tooltip", item.toolTip(c)
        if tooltips and w.toolTip():
            yield f"{where} tooltip", w.toolTip()


def _tree_items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in range(item.childCount()))


def untranslated(found: Iterable[tuple[str, str]], language: str, allowed: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The texts that speak the other language, after removing what may stay as it is (`allowed`: data values,
    field names, quotes of the standard; longest first so a name inside a longer one goes whole)."""
    keep = sorted({a for a in allowed if a}, key=len, reverse=True)
    bad = []
    for where, text in found:
        rest = text or ""
        for a in keep:
            if a in rest:
                rest = rest.replace(a, " ")
        if language == "zh":
            words = [w for w in LATIN_WORD.findall(rest) if w not in LATIN_OK and w.upper() != w]
            if words:
                bad.append((where, text))
        elif CJK.search(rest.replace("智慧社区规划 / Smart Community", "")):
            bad.append((where, text))
    return bad
