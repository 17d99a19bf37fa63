"""What a page shows where it has nothing to show yet, for every area: a title, what to do
(not only that something is missing), an optional tip and optional first-step buttons.

Also ``heading``, the bold label the pages use for their section titles.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from toolbox_desktop.ui.common.plain_text import PlainLabel


def heading(text: str, scale: float = 1.0) -> QLabel:
    label = PlainLabel(text)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class EmptyState(QWidget):
    """A title and an explanation, centred at a readable line length.

    A short message alone (``hint`` empty) is centred under its title. A panel with a
    ``hint`` reads as left-aligned paragraphs under a larger title. Buttons added with
    ``add_button`` sit centred below; the page wires them.
    """

    def __init__(self, title: str, text: str, hint: str = "", parent=None) -> None:
        super().__init__(parent)
        guide = bool(hint)
        self.title_label = heading(title, 1.5 if guide else 1.3)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title_label.setWordWrap(True)  # the column is narrow; titles grow when translated
        self.text_label = PlainLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName(title)
        self.hint_label = PlainLabel(hint)
        self.hint_label.setWordWrap(True)
        if not guide:
            self.text_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)

        column = QWidget()
        column.setMaximumWidth(600 if guide else 520)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(self.title_label)
        if guide:
            column_layout.addSpacing(8)
        column_layout.addWidget(self.text_label)
        column_layout.addWidget(self.hint_label)
        if guide:
            column_layout.addSpacing(12)
        column_layout.addLayout(self._buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        if not guide:
            self.hint_label.hide()  # after the layout parents it: shown alone, it is a window

    def add_button(self, text: str, default: bool = False) -> QPushButton:
        """A first-step button, after those already added; ``default`` answers Enter."""
        button = QPushButton(text)
        button.setDefault(default)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button
