"""The height of a multi-line text field that shows a number of lines whole.

Why: a field sized as a number of times the font's height loses about half a line to its
frame and its document's margins, so the last line shows cut through the middle (the
assessment's participants at 1280 x 720), often with no scroll bar to say there is more.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QPlainTextEdit


def height_for_lines(edit: QPlainTextEdit, lines: int) -> int:
    """The height at which ``edit`` shows ``lines`` lines of its text whole."""
    margins = edit.contentsMargins()
    text = edit.fontMetrics().lineSpacing() * lines + 2 * edit.document().documentMargin()
    return math.ceil(text) + margins.top() + margins.bottom() + 2 * edit.frameWidth()
