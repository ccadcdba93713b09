"""Read-only result tables for the workbench's stage tools."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from .icons import verdict_icon
from .words import verdict_label


class NumberDelegate(QStyledItemDelegate):
    """Numbers as a planner reads them: thousands separated from five digits (14,923 residents; a year stays
    2026), while the cell keeps the number itself, so it still sorts as one."""

    def displayText(self, value: Any, locale: Any) -> str:
        """The text shown for a cell's value."""
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not float(value).is_integer():
            return super().displayText(value, locale)
        return f"{value:,.0f}" if abs(value) >= 10_000 else f"{value:.0f}"


def result_table(headers: Sequence[str], stretch: int = 0) -> QTableWidget:
    """An empty, read-only, sortable table; column `stretch` takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(120)
    table.setItemDelegate(NumberDelegate(table))
    return table


def fill(table: QTableWidget, rows: Iterable[Sequence[Any]], verdict_column: Optional[int | tuple[int, ...]] = None,
         verdict_text: Optional[Callable[[str], str]] = None) -> None:
    """Replace the rows; numbers sort as numbers, a verdict column gets its icon (and its label, or
    verdict_text's words for it)."""
    table.setSortingEnabled(False)
    verdicts = (verdict_column,) if isinstance(verdict_column, int) else (verdict_column or ())
    rows = list(rows)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            else:
                item.setText("" if value is None else str(value))
            if c in verdicts and value:
                item.setIcon(verdict_icon(str(value)))
                item.setText((verdict_text or verdict_label)(str(value)))
                item.setData(Qt.ItemDataRole.UserRole, str(value))
            table.setItem(r, c, item)
    table.setSortingEnabled(True)


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """The table as text, row by row (for tests and for copying)."""
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]
