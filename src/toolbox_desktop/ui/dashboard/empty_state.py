"""Small building blocks shared by the dashboard pages: headings and the empty-state panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from toolbox_desktop.ui.plain_text import PlainLabel


def heading(text: str, scale: float = 1.0) -> QLabel:
    label = PlainLabel(text)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class EmptyState(QWidget):
    """A short title and an explanation, centred at a readable line length, where a page
    has nothing to show yet (it says what to do, not only that something is missing)."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.title_label = heading(title, 1.3)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_label = PlainLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_label.setAccessibleName(title)
        column = QWidget()
        column.setMaximumWidth(520)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(self.title_label)
        column_layout.addWidget(self.text_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
