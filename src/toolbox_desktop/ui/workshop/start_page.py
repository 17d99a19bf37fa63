"""The Workshop tab before a workshop was started: what a workshop is, and how to start one
(named or anonymous participants), or, on a participant's laptop, how to hand in one's own
ratings. Its own widget, so that the workshop view deals only with a workshop under way."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from toolbox_desktop.storage.workshop_repository import ANONYMOUS, NAMED
from toolbox_desktop.ui.common.plain_text import PlainLabel


class WorkshopStartPage(QWidget):
    """Emits ``start_requested(mode)`` (``NAMED`` or ``ANONYMOUS``) and
    ``export_mine_requested()``."""

    start_requested = Signal(str)
    export_mine_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        explanation = PlainLabel(
            self.tr(
                "Run this assessment as a workshop: each participant rates every benchmark on "
                "paper or on their own laptop, the ratings are collected here, and the "
                "consensus table shows where the group agrees and where it does not. The group "
                "then sets the agreed ratings, which become the assessment's ratings; everyone's "
                "own ratings are kept."
            )
        )
        explanation.setWordWrap(True)
        self.named_button = QPushButton(self.tr("Start a workshop with &named participants"))
        self.named_button.clicked.connect(lambda: self.start_requested.emit(NAMED))
        self.anonymous_button = QPushButton(
            self.tr("Start a workshop with &anonymous participants")
        )
        self.anonymous_button.clicked.connect(lambda: self.start_requested.emit(ANONYMOUS))
        self.export_mine_button = QPushButton(self.tr("E&xport my ratings as a participant file…"))
        self.export_mine_button.setToolTip(
            self.tr(
                "On a participant's laptop: save your ratings of this assessment in a file for "
                "the facilitator."
            )
        )
        self.export_mine_button.clicked.connect(self.export_mine_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(explanation)
        for button in (self.named_button, self.anonymous_button, self.export_mine_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    def show_assessment(self, assessment) -> None:
        """Name the assessment the workshop would be for (None: there is none yet)."""
        has = assessment is not None
        self.heading.setText(
            self.tr("Workshop for {title}").format(title=assessment.title)
            if has
            else self.tr("Create an assessment first, then run it as a workshop.")
        )
        for button in (self.named_button, self.anonymous_button, self.export_mine_button):
            button.setEnabled(has)
