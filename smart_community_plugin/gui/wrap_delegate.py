"""Rows of a tree that grow to show a whole sentence: QTreeView's word wrap alone keeps one line and an "…"."""

from __future__ import annotations

from qgis.PyQt.QtCore import QModelIndex, QRect, QSize, Qt
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

# Room around the text inside a cell (the style's focus frame and a little air), in pixels.
TEXT_MARGIN = 8


class WrappingDelegate(QStyledItemDelegate):
    """Sizes the rows of one column to their text wrapped at the column's width (CJK text wraps between
    characters). The view paints the wrapped text itself once its wordWrap is on."""

    def __init__(self, view: QTreeView, column: int = 0) -> None:
        super().__init__(view)
        self.view, self.column = view, column
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # A narrower column means taller rows: lay the rows out again when it changes.
        view.header().sectionResized.connect(self._resized)

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section == self.column:
            self.view.doItemsLayout()

    def text_width(self, option: QStyleOptionViewItem, index: QModelIndex) -> int:
        """The width left for the text in this cell: the column less indentation, icon and margins."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.columnWidth(self.column) - TEXT_MARGIN
        if self.column == 0:
            width -= self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + self.view.style().pixelMetric(
                QStyle.PixelMetric.PM_FocusFrameHMargin) * 2
        return max(width, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """The usual size, made tall enough for every line of the wrapped text."""
        hint = super().sizeHint(option, index)
        if index.column() != self.column:
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        box = opt.fontMetrics.boundingRect(QRect(0, 0, self.text_width(opt, index), 100_000),
                                           int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(hint.width(), max(hint.height(), box.height() + 6))
