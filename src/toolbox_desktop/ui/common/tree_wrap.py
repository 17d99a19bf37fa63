"""Trees whose long titles wrap under their branch instead of ending in "…".

Why: the leaders' guide's items are titled with whole sentences; in German at 1280 x 720
the Guidance tree showed 13 of its 15 quick wins cut ("Neuzugewanderten Praktika bei
örtlichen Arbeit…"). Qt's tree wraps text only if told the column's width when it measures a
row, which it is not (it asks with no width, so every row is one line high); the delegate
here measures each row at the width its text has, and the rows are measured again when the
column's width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

ROW_GAP = 3


class _WrappingRows(QStyledItemDelegate):
    def sizeHint(self, option, index):
        view: QTreeView = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(view.columnWidth(index.column()) - indent, 1), 100_000)
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = super().sizeHint(measured, index)
        size.setHeight(size.height() + ROW_GAP)  # wrapped titles stay apart
        return size


def wrap_tree_rows(view: QTreeView) -> QTreeView:
    """Make ``view`` wrap each title to its column, each row as tall as its title."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setItemDelegate(_WrappingRows(view))
    view.header().sectionResized.connect(lambda *_size: view.doItemsLayout())
    return view
