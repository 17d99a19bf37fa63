"""Below the consensus table: the selected benchmark, how the group rated it, and the buttons
and note with which the group records what it agreed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import LEVELS, NOT_APPLICABLE, OUTSIDE_COMPETENCE, Rating
from toolbox_desktop.core.consensus import Votes, format_median
from toolbox_desktop.ui.assessment.texts import exclusion_name, level_label, level_name
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_text
from toolbox_desktop.ui.common.typing_pause import TypingPause

NA_ID = 5
OUTSIDE_ID = 6


class AgreedPanel(QWidget):
    """Emits ``level_chosen(level, exclusion)`` (level -1 with an exclusion). A typed note is
    handed to ``store_note(code, text, base) -> bool`` (debounced); when it could not be
    stored the text stays in the box and is tried again later."""

    level_chosen = Signal(int, str)
    median_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code = ""
        self.owner: int | None = None  # the assessment the shown note belongs to
        self.store_note = lambda code, text, base: False
        self._note_base = ""
        self.title_label = PlainLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.text_label = PlainLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.votes_label = PlainLabel()
        self.votes_label.setWordWrap(True)
        self.votes_label.setAccessibleName(self.tr("How the group rated it"))

        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        # One row that wraps, so that the panel fits a 1280-pixel screen in longer languages.
        buttons = FlowLayout()
        buttons.add_widget(PlainLabel(self.tr("Agreed rating:")))
        self.level_buttons: dict[int, QPushButton] = {}
        for level in LEVELS:
            button = QPushButton(level_label(level))
            button.setCheckable(True)
            button.setAccessibleName(level_label(level))
            button.setToolTip(level_name(level))
            self.level_group.addButton(button, level)
            self.level_buttons[level] = button
            buttons.add_widget(button)
        self.na_button = QPushButton(exclusion_name(NOT_APPLICABLE))
        self.na_button.setCheckable(True)
        self.level_group.addButton(self.na_button, NA_ID)
        buttons.add_widget(self.na_button)
        # As on the rating screen: an agreed "outside our competence" is not "not applicable".
        self.outside_button = QPushButton(exclusion_name(OUTSIDE_COMPETENCE))
        self.outside_button.setCheckable(True)
        self.level_group.addButton(self.outside_button, OUTSIDE_ID)
        buttons.add_widget(self.outside_button)
        self.median_button = QPushButton(self.tr("Take the med&ian"))
        self.median_button.setAccessibleName(self.tr("Take the median as the agreed rating"))
        self.median_button.clicked.connect(self.median_chosen)
        buttons.add_spacing(12)
        buttons.add_widget(self.median_button)
        self.level_group.idClicked.connect(self._clicked)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            self.tr("What the group agreed and why (stored as the rating's note)")
        )
        self.note_edit.setAccessibleName(self.tr("Agreed note"))
        self.note_label = PlainLabel(self.tr("Agreed &note:"))
        self.note_label.setBuddy(self.note_edit)  # Alt+N reaches it
        self.note_edit.setMaximumHeight(90)
        self.note_edit.setTabChangesFocus(True)  # Tab moves on, as in every other text box
        self.note_limit = limit_text(self.note_edit, limits.RATING["notes"])
        self._note_timer = TypingPause(self)
        self._note_timer.due.connect(self.flush)
        self.note_edit.textChanged.connect(self._note_typed)
        self._loading = False
        self._note_failed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.votes_label)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit)

    def show_benchmark(
        self,
        code: str,
        title: str,
        text: str,
        votes: Votes | None,
        agreed: Rating | None,
        owner: int | None = None,
    ) -> None:
        if code != self.code or owner != self.owner:
            self.flush()
        self.code = code
        self.owner = owner
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.votes_label.setText(votes_summary(votes))
        self.show_agreed(agreed)
        self.median_button.setEnabled(votes is not None and votes.median is not None)

    def show_agreed(self, agreed: Rating | None) -> None:
        self.level_group.setExclusive(False)
        for button in self.level_group.buttons():
            button.setChecked(False)
        self.level_group.setExclusive(True)
        if agreed is not None and agreed.exclusion == OUTSIDE_COMPETENCE:
            self.outside_button.setChecked(True)
        elif agreed is not None and agreed.exclusion:
            self.na_button.setChecked(True)
        elif agreed is not None and agreed.level is not None:
            self.level_buttons[agreed.level].setChecked(True)
        notes = agreed.notes if agreed is not None else ""
        if notes != self.note_edit.toPlainText() and not self.has_pending_note():
            self._loading = True
            self.note_edit.setPlainText(notes)
            self._loading = False
        self._note_base = notes

    def set_editable(self, editable: bool) -> None:
        for button in [*self.level_group.buttons(), self.median_button]:
            button.setEnabled(editable)
        self.note_edit.setReadOnly(not editable)

    def _clicked(self, button_id: int) -> None:
        if button_id == NA_ID:
            self.level_chosen.emit(-1, NOT_APPLICABLE)
        elif button_id == OUTSIDE_ID:
            self.level_chosen.emit(-1, OUTSIDE_COMPETENCE)
        else:
            self.level_chosen.emit(button_id, "")

    def _note_typed(self) -> None:
        if not self._loading and self.code:
            self._note_timer.typed()

    def has_pending_note(self) -> bool:
        return self._note_timer.is_waiting() or self._note_failed

    def flush(self) -> bool:
        """Store the typed note now (on leaving the benchmark, the tab, the assessment or the
        app); False when it could not be stored (it stays in the box)."""
        if not self.has_pending_note():
            return True
        self._note_timer.stop()
        text = self.note_edit.toPlainText()
        if text == self._note_base:
            self._note_failed = False
            return True
        if self.store_note(self.code, text, self._note_base):
            self._note_base = text
            self._note_failed = False
            return True
        self._note_failed = True
        return False

    def discard_pending(self) -> None:
        """Forget typed text that belongs to an assessment no longer shown."""
        self._note_timer.stop()
        self._note_failed = False


def votes_summary(votes: Votes | None) -> str:
    """E.g. "Ratings 0: 1× · 1: 3× · N/A: 1× — median 1, spread 3 — 1 not rated"."""
    nobody = QCoreApplication.translate("Workshop", "No participant has rated it yet.")
    if votes is None or not votes.answers:
        return nobody
    each = QCoreApplication.translate("Workshop", "{level}: {count}×")
    parts = [
        each.format(level=level, count=count) for level, count in votes.counts().items() if count
    ]
    if votes.excluded:
        parts.append(
            QCoreApplication.translate("Workshop", "N/A: {count}×").format(count=votes.excluded)
        )
    if not parts:
        return nobody
    summary = QCoreApplication.translate("Workshop", "Ratings {ratings}").format(
        ratings=" · ".join(parts)
    )
    if votes.median is not None:
        summary += " — " + QCoreApplication.translate(
            "Workshop", "median {median}, spread {spread}"
        ).format(
            median=format_median(votes.median, QLocale().name()),
            spread=format_number(votes.spread),
        )
    if votes.missing:
        summary += " — " + QCoreApplication.translate("Workshop", "{count} not rated").format(
            count=votes.missing
        )
    return summary
