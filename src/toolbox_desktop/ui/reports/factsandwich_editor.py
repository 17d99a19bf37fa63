"""The town's own fact sandwiches, edited beside the Fact Sandwich worksheet that prints them.

A list of the sandwiches (by topic) and a form for the chosen one: topic, fact, warning about
the myth, why the myth is wrong, the fact again. Like the annual report's texts there is no
Save button: text is stored as it is typed (``TypingPause``), when a box loses the focus and
when the editor is hidden; only the fields this window changed are written, and a clash with
another window's change is asked about (``ui/common/conflicts.store_asking``). Adding, typing
and deleting are steps on the window's undo stack (``factsandwich_commands``).
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.core.merging import ChangedElsewhereError, changed_fields
from toolbox_desktop.storage.fact_sandwich_repository import (
    FIELDS,
    FactSandwich,
    FactSandwichNotFoundError,
    FactSandwichRepository,
)
from toolbox_desktop.ui.common import conflicts, undo
from toolbox_desktop.ui.common.form_scroll import DownwardScroll
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line, limit_text
from toolbox_desktop.ui.common.typing_pause import TypingPause
from toolbox_desktop.ui.common.wrapping_list import wrap_long_entries
from toolbox_desktop.ui.reports.factsandwich_commands import (
    EDITORS,
    AddCommand,
    DeleteCommand,
    EditCommand,
    error_text,
    what_changed,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class FactSandwichEditor(QWidget):
    problem = Signal(str)  # a change that could not be stored: the message to show

    def __init__(
        self,
        repository: FactSandwichRepository,
        undo_stack: QUndoStack | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        undo.register_stack(self.undo_stack)
        EDITORS.add(self)
        self._base: FactSandwich | None = None  # the chosen one, as last read or stored
        self._dirty = False
        self._loading = False
        self._save_timer = TypingPause(self)
        self._save_timer.due.connect(self.save_now)

        note = PlainLabel(
            self.tr(
                "Your town's own fact sandwiches, printed in the worksheet. They are saved as "
                "you type."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Fact sandwiches"))
        self.list.setMinimumWidth(140)
        wrap_long_entries(self.list)  # a long topic on more lines, not cut
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add a fact sandwich"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the fact sandwich"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.topic_edit = limit_line(QLineEdit(), limits.FACT_SANDWICH["topic"])
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.textEdited.connect(self._edited)
        self.topic_edit.installEventFilter(self)
        form.addRow(self.tr("T&opic:"), self.topic_edit)
        self.fact_edit = self._text_field(form, "fact", self.tr("Fa&ct:"), self.tr("Fact"))
        self.myth_edit = self._text_field(
            form, "myth", self.tr("&Warning about the myth:"), self.tr("Warning about the myth")
        )
        self.why_edit = self._text_field(
            form, "why_wrong", self.tr("Wh&y the myth is wrong:"), self.tr("Why the myth is wrong")
        )
        self.again_edit = self._text_field(
            form, "fact_again", self.tr("The fact &again:"), self.tr("The fact again")
        )

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(DownwardScroll(self.form_widget), 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(columns, 1)

        self.list.currentItemChanged.connect(self._chosen)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.reload()

    def _text_field(self, form: QFormLayout, name: str, label: str, accessible: str):
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(48)
        limit_text(edit, limits.FACT_SANDWICH[name])
        edit.textChanged.connect(self._edited)
        edit.installEventFilter(self)
        form.addRow(label, edit)
        return edit

    def _edits(self) -> tuple:
        return self.topic_edit, self.fact_edit, self.myth_edit, self.why_edit, self.again_edit

    def _shown(self, sandwich_id: int | None) -> FactSandwich:
        topic = self.topic_edit.text()
        texts = (edit.toPlainText() for edit in self._edits()[1:])
        return FactSandwich(sandwich_id, topic, *texts)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def unsaved(self) -> bool:
        """Text typed here that could not be stored (yet)."""
        return self._dirty

    # -- reading -------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Show the fact sandwiches as stored now, keeping the chosen one (or ``select``);
        text typed here that could not be stored stays on screen."""
        if self._dirty:
            return
        keep = select if select is not None else self.current_id()
        try:
            sandwiches = self.repository.sandwiches()
        except sqlite3.Error as error:
            self.problem.emit(error_text(error))
            return
        self._loading = True
        try:
            self.list.clear()
            for number, sandwich in enumerate(sandwiches, start=1):
                item = QListWidgetItem(self._label(sandwich, number))
                item.setData(ID_ROLE, sandwich.id)
                self.list.addItem(item)
                if sandwich.id == keep:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
        finally:
            self._loading = False
        self._chosen()

    def _label(self, sandwich: FactSandwich, number: int) -> str:
        topic = " ".join(sandwich.topic.split())
        return topic or self.tr("Fact sandwich {number}").format(number=number)

    def _chosen(self, *_args) -> None:
        if self._loading:
            return
        self.save_now()
        if self._dirty and self._base is not None:
            # What was typed could not be stored: stay on it, so that it is not replaced.
            self._choose_row_of(self._base.id)
            return
        sandwich_id = self.current_id()
        sandwich = None
        if sandwich_id is not None:
            try:
                sandwich = self.repository.sandwich(sandwich_id)
            except (sqlite3.Error, FactSandwichNotFoundError):
                sandwich = None
        self._show(sandwich or FactSandwich(), every_box=True)
        self._base = sandwich
        self.form_widget.setEnabled(sandwich is not None)
        self.delete_button.setEnabled(sandwich is not None)

    def _choose_row_of(self, sandwich_id: int) -> None:
        self._loading = True
        try:
            for row in range(self.list.count()):
                if self.list.item(row).data(ID_ROLE) == sandwich_id:
                    self.list.setCurrentRow(row)
        finally:
            self._loading = False

    def _show(self, sandwich: FactSandwich, every_box: bool) -> None:
        """Show ``sandwich``; after a save only the boxes whose text differs are touched, so
        that the cursor stays where the user types."""
        self._loading = True
        try:
            if every_box or self.topic_edit.text() != sandwich.topic:
                self.topic_edit.setText(sandwich.topic)
                if not self.topic_edit.hasFocus():
                    self.topic_edit.setCursorPosition(0)  # a long topic shows its start
            for edit, name in zip(self._edits()[1:], FIELDS[1:], strict=True):
                text = getattr(sandwich, name)
                if every_box or edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False

    # -- storing -------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading and self._base is not None:
            self._dirty = True
            self._save_timer.typed()

    def save_now(self) -> None:
        """Store the chosen fact sandwich's fields as shown (if they changed)."""
        self._save_timer.stop()
        if not self._dirty or self._base is None:
            return
        base = self._base
        mine = self._shown(base.id)
        fields = changed_fields(base, mine, FIELDS)
        try:
            stored = conflicts.store_asking(
                self.repository.save,
                base,
                mine,
                fields,
                self._keep_mine,
                self.repository.set_aside,
            )
        except (sqlite3.Error, LimitError, ChangedElsewhereError, FactSandwichNotFoundError) as e:
            self.problem.emit(
                self.tr("The fact sandwich could not be saved: {reason}").format(
                    reason=error_text(e)
                )
            )
            return
        self._dirty = False
        self._base = stored.record
        self._show(stored.record, every_box=False)
        for row in range(self.list.count()):  # the list may have moved on to another one
            item = self.list.item(row)
            if item.data(ID_ROLE) == base.id:
                item.setText(self._label(stored.record, row + 1))
        if stored.fields:
            text = self.tr("Edit fact sandwich")
            command = EditCommand(self.repository, stored.record, stored.replaced(), text)
            undo.push(self.undo_stack, command)

    def _keep_mine(self, theirs: FactSandwich) -> bool:
        return conflicts.ask(self, what_changed(theirs))

    def add(self) -> None:
        """A new, empty fact sandwich, chosen, the cursor in its topic (not while the text
        typed in the chosen one could not be stored: it would be replaced)."""
        self.save_now()
        if self._dirty:
            return
        try:
            added = self.repository.save(FactSandwich())
        except sqlite3.Error as error:
            self.problem.emit(error_text(error))
            return
        undo.push(
            self.undo_stack, AddCommand(self.repository, added.id, self.tr("Add fact sandwich"))
        )
        self.reload(select=added.id)
        self.topic_edit.setFocus()

    def delete(self) -> None:
        sandwich_id = self.current_id()
        if sandwich_id is None:
            return
        self.save_now()
        row = self.list.currentRow()
        try:
            self.repository.delete(sandwich_id)
        except (sqlite3.Error, FactSandwichNotFoundError) as error:
            self.problem.emit(error_text(error))
            self.reload()
            return
        text = self.tr("Delete fact sandwich")
        undo.push(self.undo_stack, DeleteCommand(self.repository, sandwich_id, text))
        self._dirty = False  # what could not be stored went with the sandwich, as asked
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    # -- editing finished ----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._edits():
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_now()
        super().hideEvent(event)
