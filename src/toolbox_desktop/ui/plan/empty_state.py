"""What the plan shows before its first action: what an action plan is for and how to start,
instead of an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from toolbox_desktop.ui.plain_text import PlainLabel


class PlanEmptyState(QWidget):
    """``create_button`` is wired by the page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        heading = PlainLabel(self.tr("No actions yet"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        text = PlainLabel(
            self.tr(
                "The action plan says what your municipality will do to close the gaps the "
                "assessment found: who is responsible, with which partners, by when, with "
                "what money, and how you will know it worked."
            )
        )
        text.setWordWrap(True)
        hint = PlainLabel(
            self.tr(
                "Tip: in the assessment's dashboard, select a gap and choose “Create action "
                "for this gap…”; the action is then linked to its benchmark."
            )
        )
        hint.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create the first action"))
        self.create_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(600)
        inner = QVBoxLayout(column)
        inner.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(8)
        inner.addWidget(text)
        inner.addWidget(hint)
        inner.addSpacing(12)
        inner.addLayout(buttons)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column, 4)
        centre.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centre)
        layout.addStretch(2)
