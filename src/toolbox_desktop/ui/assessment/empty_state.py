"""What the assessment area shows before the first assessment: what an assessment is and
the two first steps (profile, then assessment), instead of an empty list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from toolbox_desktop.ui.plain_text import PlainLabel


class EmptyState(QWidget):
    """Buttons ``create_button`` and ``profile_button`` are wired by the page."""

    def __init__(self, benchmark_count: int, parent=None) -> None:
        super().__init__(parent)
        heading = PlainLabel(self.tr("No assessment yet"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        text = PlainLabel(
            self.tr(
                "An assessment rates where your municipality stands on each of the {count} "
                "Whole-COMM benchmarks, from 0 (not in place) to 4 (fully in place and "
                "evaluated), with the evidence behind each rating. Repeat it later, as a "
                "copy, to see what changed."
            ).format(count=benchmark_count)
        )
        text.setWordWrap(True)
        hint = PlainLabel(
            self.tr(
                "Tip: fill in the municipality profile first. Benchmarks of fields your "
                "municipality is not responsible for (housing, education, health, employment "
                "services) are then marked for you, and small places see the benchmarks "
                "written for them first."
            )
        )
        hint.setWordWrap(True)
        self.profile_button = QPushButton(self.tr("Fill in the profile…"))
        self.create_button = QPushButton(self.tr("Create the first assessment"))
        self.create_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)

        column = QWidget()
        column.setFixedWidth(600)
        inner = QVBoxLayout(column)
        inner.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(8)
        inner.addWidget(text)
        inner.addWidget(hint)
        inner.addSpacing(12)
        inner.addLayout(buttons)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column)
        centre.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centre)
        layout.addStretch(2)
