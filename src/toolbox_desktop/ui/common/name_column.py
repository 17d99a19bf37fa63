"""A table's name column that takes the room its figures leave, but never less than its
title and its longest word.

Why: Qt's stretching column shrinks to whatever is left. Beside four amounts of a town with a
million-euro budget, that left the budget overview's names 96 px in German at 1280 x 720:
"Finanzierungsquelle" cut at both ends and "Integrationsfonds)" cut within the word, even
with the names wrapping onto more lines. Qt's floor for a column (``minimumSectionSize``)
holds for every column of a header at once, so this keeps one column's floor itself; below
it the table scrolls sideways, and nothing is cut.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from toolbox_desktop.ui.common.header_titles import title_width
from toolbox_desktop.ui.common.item_text import cell_width_for

# Where a line may break: ordinary spaces, not the no-break spaces inside "12 500 €".
_BREAKS = re.compile(r"[ \t\n]+")


class NameColumn(QObject):
    """Keeps ``column`` of ``view`` as wide as the viewport leaves after the other columns,
    and at least as wide as its title and as the longest word in it (the view should wrap
    its text and let its rows grow to it). The column is not dragged narrower by hand: it
    would cut what this keeps whole."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view, self.column = view, column
        header = view.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._resized)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self.fit)
        view.viewport().installEventFilter(self)

    def floor(self) -> int:
        """The least width: the title whole, and every word of every name whole."""
        view, model = self.view, self.view.model()
        words = {
            word
            for row in range(model.rowCount())
            for word in _BREAKS.split(str(model.index(row, self.column).data() or ""))
            if word
        }
        longest = max((cell_width_for(view, word) for word in words), default=0)
        return max(title_width(view.horizontalHeader(), self.column), longest)

    def fit(self, *_changed) -> None:
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(logical)
            for logical in range(header.count())
            if logical != self.column and not header.isSectionHidden(logical)
        )
        wanted = max(self.view.viewport().width() - others, self.floor())
        if header.sectionSize(self.column) != wanted:
            header.resizeSection(self.column, wanted)
            self.view.resizeRowsToContents()

    def _resized(self, logical: int, _old: int, _new: int) -> None:
        if logical != self.column:  # a figure's column grew or shrank with its contents
            self.fit()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def content_height(view: QTableView) -> int:
    """The height ``view`` needs to show all its rows as they wrap now, header and frame
    included: a table whose names wrap has rows of different heights."""
    rows = sum(view.rowHeight(row) for row in range(view.model().rowCount()))
    return view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth()
