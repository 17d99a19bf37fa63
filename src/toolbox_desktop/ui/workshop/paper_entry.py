"""Type a participant's paper worksheet into the app, one key per benchmark.

The list follows the worksheet's order and numbers. Keys: 0-4 give the level, N marks
"not applicable", Delete an answer left blank (cleared, like the others moving on to the next
benchmark), Backspace clears without moving on (to correct the answer just typed); each answer
is stored at once, so a whole sheet takes a minute.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from toolbox_desktop.core.assessment import NOT_APPLICABLE
from toolbox_desktop.core.consensus import Participant, ParticipantRating
from toolbox_desktop.core.content import Content
from toolbox_desktop.storage.workshop_repository import WorkshopError, WorkshopRepository
from toolbox_desktop.ui.assessment.texts import benchmark_numbers
from toolbox_desktop.ui.common.cell_entry import cell_entry
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.messages import message_text
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title
from toolbox_desktop.ui.workshop.consensus_model import participant_label, short_answer

LEVEL_KEYS = {
    Qt.Key.Key_0: 0,
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
}
ANSWER_COLUMN = 2


class PaperEntryDialog(QDialog):
    answer_stored = Signal(str)  # benchmark code

    def __init__(
        self,
        repository: WorkshopRepository,
        content: Content,
        participant: Participant,
        assessment_id: int,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.participant = participant
        self.assessment_id = assessment_id
        self.codes = [b.code for b in content.benchmarks]
        numbers = benchmark_numbers(content)
        self.setWindowTitle(
            window_title(
                self.tr("Paper ratings of {name}").format(name=participant_label(participant))
            )
        )
        help_label = PlainLabel(
            self.tr(
                "Type each answer from the worksheet: 0 to 4 for the level, N for not "
                "applicable, Delete for one left blank (Backspace clears without moving on). "
                "Every answer is stored at once and the next benchmark is selected."
            )
        )
        help_label.setWordWrap(True)
        self.table = cell_entry(QTableWidget(len(self.codes), 3))  # a sheet of paper typed in
        self.table.setAccessibleName(self.tr("Benchmarks and the participant's answers"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Benchmark"), self.tr("Answer")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        fit_titles(header)
        titles = {b.code: b.title for b in content.benchmarks}
        for row, code in enumerate(self.codes):
            self.table.setItem(row, 0, QTableWidgetItem(numbers.get(code, code)))
            self.table.setItem(row, 1, QTableWidgetItem(titles[code]))
            answer = QTableWidgetItem()
            answer.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, ANSWER_COLUMN, answer)
        self.table.installEventFilter(self)
        self.count_label = PlainLabel()
        self.count_label.setAccessibleName(self.tr("Answers entered"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self._load()
        self.table.setCurrentCell(0, ANSWER_COLUMN)

    def _load(self) -> None:
        stored = self.repository.ratings(self.assessment_id).get(self.participant.id, {})
        for row, code in enumerate(self.codes):
            self.table.item(row, ANSWER_COLUMN).setText(short_answer(stored.get(code)))
        self._count(stored)

    def _count(self, stored: dict[str, ParticipantRating]) -> None:
        entered = sum(1 for code in self.codes if code in stored and stored[code].is_rated)
        self.count_label.setText(
            self.tr("{entered} of {total} answers entered").format(
                entered=entered, total=len(self.codes)
            )
        )

    def answer(self, row: int, level: int | None, exclusion: str = "") -> bool:
        """Store the answer of ``row``; False (and a message) when it could not be stored."""
        code = self.codes[row]
        try:
            self.repository.save_rating(self.participant.id, code, level, exclusion)
        except WorkshopError as error:
            self.count_label.setText(message_text(error.message))
            return False
        except sqlite3.Error as error:
            self.count_label.setText(
                self.tr("Not stored: {reason}. Try again.").format(reason=str(error))
            )
            return False
        self._load()
        self.answer_stored.emit(code)
        return True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == event.Type.KeyPress:
            row = self.table.currentRow()
            key = event.key()
            handled = False
            if row >= 0 and key in LEVEL_KEYS:
                handled = self.answer(row, LEVEL_KEYS[key])
            elif row >= 0 and key == Qt.Key.Key_N:
                handled = self.answer(row, None, NOT_APPLICABLE)
            elif row >= 0 and key == Qt.Key.Key_Delete:
                handled = self.answer(row, None)
            elif row >= 0 and key == Qt.Key.Key_Backspace:
                self.answer(row, None)
                return True
            if handled:
                self.table.setCurrentCell(min(row + 1, len(self.codes) - 1), ANSWER_COLUMN)
                return True
        return super().eventFilter(watched, event)
