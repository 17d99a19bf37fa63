"""A form that scrolls downwards only: as wide as its fields and labels need.

Why: a plain ``QScrollArea`` may be made as narrow as its parent likes (a splitter, a
crowded row), and its form is then cut on the right, to be read by scrolling sideways line by
line. In a longer language (German, Dutch, a third longer than English) that happens at once.
This one asks for the width its form needs, so a splitter or layout around it gives it that
width (and what can shrink, such as a table beside it, shrinks); it scrolls only when the form
is taller than the room.

It also brings the field that gets the keyboard focus into sight, however it got it (Tab,
a mnemonic such as Alt+D, a click on its label, the code): Qt's scroll area does so only for
Tab, so on a 720-pixel screen Alt+D would put the cursor into an evidence box below the fold.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStyle, QWidget

MARGIN = 12  # pixels shown around a field scrolled into sight


class DownwardScroll(QScrollArea):
    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own (a nameless one for screen readers): Tab goes to the
        # fields, and the area scrolls to the field with the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        form = self.widget()
        if now is not None and form is not None and form.isAncestorOf(now):
            self.show_field(now)

    def show_field(self, field: QWidget) -> None:
        """Scroll so that ``field`` is in sight (its top, when it is taller than the room)."""
        top = field.mapTo(self.widget(), field.rect().topLeft()).y()
        room = self.viewport().height()
        bar = self.verticalScrollBar()
        if top - MARGIN < bar.value():
            bar.setValue(top - MARGIN)
        elif top + min(field.height(), room - 2 * MARGIN) + MARGIN > bar.value() + room:
            bar.setValue(top + min(field.height(), room - 2 * MARGIN) + MARGIN - room)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        return QSize(max(hint.width(), form.minimumSizeHint().width() + bar + frame), hint.height())
