"""A form that scrolls downwards only: as wide as its fields and labels need.

Why: a plain ``QScrollArea`` may be made as narrow as its parent likes (a splitter, a
crowded row), and its form is then cut on the right, to be read by scrolling sideways line by
line. In a longer language (German, Dutch, a third longer than English) that happens at once.
This one asks for the width its form needs, so a splitter or layout around it gives it that
width (and what can shrink, such as a table beside it, shrinks); it scrolls only when the form
is taller than the room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class DownwardScroll(QScrollArea):
    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        return QSize(max(hint.width(), form.minimumSizeHint().width() + bar + frame), hint.height())
