"""Rows of a one-column tree that wrap at the tree's width, each as tall as its text needs.

Why: a tree's rows are one line high, so a long line ran off to the right: the import
preview's "Add · Another municipality's assessment “Lindenbach…: Self-assessment 2025” — 68
ratings added or changed — kept apart, for comparison" showed only its start in a dialog
four fifths empty, two such lines alike. Qt's word wrap in a tree breaks the text but does
not make the row taller, so the delegate here measures each row at the width it has, and
the tree is laid out again when its width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)


class WrappedRows(QStyledItemDelegate):
    """Install with ``WrappedRows(tree)``: the tree then has no sideways scrolling."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.header().setStretchLastSection(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setItemDelegate(self)
        tree.viewport().installEventFilter(self)
        self._width = -1

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = self.tree.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1
        room = self._text_width(index) - 2 * margin
        if room <= 0 or not item.text:
            return hint
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        text = item.fontMetrics.boundingRect(QRect(0, 0, room, 100_000), flags, item.text)
        more = text.height() - item.fontMetrics.height()  # the lines after the first
        return QSize(hint.width(), hint.height() + max(more, 0))

    def _text_width(self, index) -> int:
        """The width the row's text has: the tree's, less the indentation of its level and
        the branch and icon room before it."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.tree.indentation() * (depth + (1 if self.tree.rootIsDecorated() else 0))
        icon = 0
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            icon = self.tree.iconSize().width() + 4
        return self.tree.viewport().width() - indent - icon

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched.width() != self._width:
            self._width = watched.width()
            self.tree.doItemsLayout()  # every row measured again at the new width
        return False
