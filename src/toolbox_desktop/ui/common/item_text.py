"""How much room an item view leaves for a cell's text, as Qt lays it out.

Why: code that sizes a column for its words, and the tests that check no word is cut, must
count the same margins Qt's item views keep (the style's focus-frame margin and a pixel on
each side, and a table's grid line), or a word exactly as wide as its column is cut by a
pixel.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView


def text_margin(view: QAbstractItemView) -> int:
    """The room Qt's item views leave on each side of a cell's text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def cell_width_for(view: QAbstractItemView, text: str) -> int:
    """The least column width that shows ``text`` on one line: its exact advance rounded up,
    its margins, and a table's grid line."""
    advance = math.ceil(QFontMetricsF(view.font()).horizontalAdvance(text))
    grid = 1 if isinstance(view, QTableView) and view.showGrid() else 0
    return advance + 2 * text_margin(view) + grid
