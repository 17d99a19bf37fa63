"""The user's own texts of the annual report (summary, stories, next year's focus), per year.

There is no Save button: the texts are stored as they are typed (``TypingPause``), when a box
loses the focus, when the editor is hidden and whenever the year changes. Only the texts this
window changed are written; when another window changed the same text meanwhile, the user
chooses keep mine / use theirs (``ui/common/conflicts.store_asking``, as for the plan and the
profile), and the text set aside stays in the edit history. Texts that could not be stored
stay on screen and are reported by ``problem``.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from toolbox_desktop.core import limits
from toolbox_desktop.core.merging import ChangedElsewhereError, changed_fields
from toolbox_desktop.storage.annual_texts import TEXT_FIELDS, AnnualTextRepository, AnnualTexts
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_text
from toolbox_desktop.ui.common.typing_pause import TypingPause


class AnnualTextsEditor(QWidget):
    problem = Signal(str)  # texts that could not be stored: the message to show

    def __init__(self, repository: AnnualTextRepository, parent=None) -> None:
        super().__init__(parent)
        self.repository = repository
        self._year: int | None = None
        self._base: AnnualTexts | None = None  # as last read or stored: only changes are written
        self._dirty = False
        self._loading = False
        self._save_timer = TypingPause(self)
        self._save_timer.due.connect(self.save_texts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = PlainLabel(self.tr("Your texts for the year are saved as you type."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.summary_edit = self._text_field(
            layout, self.tr("Su&mmary of the year:"), self.tr("Summary of the year")
        )
        self.stories_edit = self._text_field(
            layout,
            self.tr("S&tories of volunteers and partners:"),
            self.tr("Stories of volunteers and partners"),
        )
        self.focus_edit = self._text_field(
            layout, self.tr("&Next year's focus:"), self.tr("Next year's focus")
        )
        for name, edit in zip(TEXT_FIELDS, self._edits(), strict=True):
            limit_text(edit, limits.ANNUAL_TEXTS[name])

    def _text_field(self, layout: QVBoxLayout, label_text: str, name: str) -> QPlainTextEdit:
        label = PlainLabel(label_text)
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        label.setBuddy(edit)
        edit.textChanged.connect(self._edited)
        edit.installEventFilter(self)
        layout.addWidget(label)
        layout.addWidget(edit, 1)
        return edit

    def _edits(self) -> tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]:
        return self.summary_edit, self.stories_edit, self.focus_edit

    def _shown(self) -> tuple[str, str, str]:
        summary, stories, focus = (edit.toPlainText() for edit in self._edits())
        return summary, stories, focus

    # -- what the report and the page ask ----------------------------------------------------
    def current_texts(self, year: int) -> AnnualTexts:
        """The texts as shown, for ``year``."""
        return AnnualTexts(year, *self._shown())

    def unsaved_texts(self) -> bool:
        """Texts typed here that could not be stored (yet)."""
        return self._dirty

    def set_year(self, year: int) -> None:
        """Store the texts shown for their year, then show ``year``'s, unless the texts could
        not be stored: those stay on screen."""
        self.save_texts()
        if not self._dirty:
            self.load(year)

    def reload_texts(self, year: int) -> None:
        """Show ``year``'s texts as stored now (after an import or a restore), unless texts
        typed here could not be stored: those stay on screen."""
        if not self._dirty:
            self.load(year)

    def load(self, year: int) -> None:
        self._show(self.repository.texts(year), every_box=True)
        self._year = year
        self._dirty = False

    # -- storing -------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self._save_timer.typed()

    def save_texts(self) -> None:
        """Store the texts shown for the year they belong to (if they changed)."""
        self._save_timer.stop()
        if not self._dirty or self._year is None:
            return
        mine = AnnualTexts(self._year, *self._shown())
        base = self._base or AnnualTexts(self._year)
        try:
            stored = conflicts.store_asking(
                self.repository.save,
                base,
                mine,
                changed_fields(base, mine, TEXT_FIELDS),
                self._keep_mine,
                self.repository.set_aside,
            ).record
        except (sqlite3.Error, ValueError, ChangedElsewhereError) as error:
            self.problem.emit(
                self.tr(
                    "Your texts could not be saved: {reason}. They stay here; try again."
                ).format(reason=str(error))
            )
            return
        self._dirty = False
        self._show(stored, every_box=False)

    def _keep_mine(self, theirs: AnnualTexts) -> bool:
        """Another window changed the same text: the question of every area
        (``conflicts.store_asking``: Keep mine writes mine over theirs; Use theirs keeps theirs
        where both changed, mine goes to the edit history, and still writes the texts only
        this window changed)."""
        what = self.tr("The annual report text of {year}").format(year=theirs.year)
        return conflicts.ask(self, what)

    def _show(self, texts: AnnualTexts, every_box: bool) -> None:
        """Show ``texts``; after a save only the boxes whose text differs are touched, so that
        the cursor stays where the user types."""
        self._base = texts
        self._loading = True
        try:
            for edit, text in zip(
                self._edits(), (texts.summary, texts.stories, texts.next_focus), strict=True
            ):
                if every_box or edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False

    # -- editing finished ----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._edits():
            self.save_texts()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_texts()
        super().hideEvent(event)
