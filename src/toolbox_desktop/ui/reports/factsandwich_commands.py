"""Undoable changes to the town's fact sandwiches, on the window's one undo stack.

Each command is pushed after its change was written (the first ``redo`` only records it);
Undo and Redo write again through the repository under the one policy of
``ui/common/undo.py``: a clash with another window's change of the same field is asked about
(keep mine / use theirs), a fact sandwich deleted elsewhere is told and leaves the stack, any
other refusal is told and the step stays.

The commands hold the repository, not the editor: a language switch rebuilds the Reports page,
and the steps recorded before it must still work. After writing they have every live editor
on that file read it again (``EDITORS``), and text still being typed there is stored first.
"""

from __future__ import annotations

import sqlite3
import weakref
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.core.merging import ChangedElsewhereError
from toolbox_desktop.storage.fact_sandwich_repository import (
    FactSandwich,
    FactSandwichNotFoundError,
    FactSandwichRepository,
)
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.common.messages import disk_full_text, message_text
from toolbox_desktop.ui.common.undo import StoredChangeCommand, merge_id, replaying

if TYPE_CHECKING:
    from toolbox_desktop.ui.reports.factsandwich_editor import FactSandwichEditor

EDIT_MERGE_ID = merge_id("reports/fact-sandwich")
EDITORS: weakref.WeakSet[FactSandwichEditor] = weakref.WeakSet()  # every editor shown


def _live_editors(repository: FactSandwichRepository) -> list[FactSandwichEditor]:
    import shiboken6

    return [
        editor
        for editor in list(EDITORS)
        if shiboken6.isValid(editor) and editor.repository.conn is repository.conn
    ]


def error_text(error: Exception) -> str:
    """What the user reads when a fact sandwich could not be stored, and what to do."""
    if isinstance(error, FactSandwichNotFoundError):
        return QCoreApplication.translate(
            "FactSandwichEditor",
            "The fact sandwich no longer exists; it may have been deleted in another window.",
        )
    if isinstance(error, LimitError):
        return message_text(error.message)
    if isinstance(error, sqlite3.Error):
        full = disk_full_text(error)
        if full is not None:
            return full
        return QCoreApplication.translate(
            "FactSandwichEditor",
            "The change could not be stored in the database ({detail}). Check that the "
            "database file is still there and that you may save to its folder, then try "
            "again.",
        ).format(detail=str(error))
    return str(error)


def what_changed(sandwich: FactSandwich) -> str:
    """The record named in the keep mine / use theirs question."""
    topic = " ".join(sandwich.topic.split())
    if not topic:
        return QCoreApplication.translate("FactSandwichEditor", "A fact sandwich")
    return QCoreApplication.translate("FactSandwichEditor", "The fact sandwich “{topic}”").format(
        topic=topic
    )


class _SandwichCommand(StoredChangeCommand):
    conflict_errors = (ChangedElsewhereError,)
    gone_errors = (FactSandwichNotFoundError,)
    write_errors = (FactSandwichNotFoundError, LimitError, ValueError, sqlite3.Error)

    def __init__(self, repository: FactSandwichRepository, sandwich_id: int, text: str, merge=-1):
        super().__init__(text, merge=merge)
        self.repository = repository
        self.sandwich_id = sandwich_id

    def _editors(self) -> list[FactSandwichEditor]:
        return _live_editors(self.repository)

    def _replay(self, running, write) -> None:
        recording = self._skip == running  # the push, or a step put back: nothing written
        if not recording:  # store what is being typed first (pushed after the replay)
            with replaying():
                for editor in self._editors():
                    editor.save_now()
        super()._replay(running, write)
        if not recording:
            for editor in self._editors():
                editor.reload(select=self.sandwich_id)

    def keep_mine(self, conflict: Exception) -> bool:
        editors = self._editors()
        return conflicts.ask(editors[0] if editors else None, what_changed(conflict.stored))

    def tell(self, error: Exception) -> None:
        for editor in self._editors():
            editor.problem.emit(error_text(error))

    def reload(self) -> None:
        for editor in self._editors():
            editor.reload(select=self.sandwich_id)


class AddCommand(_SandwichCommand):
    """A new fact sandwich: Undo hides it, Redo brings the same row back."""

    def write_redo(self) -> None:
        self.repository.restore(self.sandwich_id)

    def write_undo(self) -> None:
        self.repository.delete(self.sandwich_id)


class DeleteCommand(_SandwichCommand):
    """A deleted fact sandwich is only hidden, so Undo brings it back whole."""

    def write_redo(self) -> None:
        self.repository.delete(self.sandwich_id)

    def write_undo(self) -> None:
        self.repository.restore(self.sandwich_id)


class EditCommand(_SandwichCommand):
    """Fields of one fact sandwich typed: ``after`` as stored after the change, ``undo`` the
    values it replaced. Typing on in the same fields merges into one step."""

    def __init__(
        self, repository: FactSandwichRepository, after: FactSandwich, undo: dict, text: str
    ) -> None:
        super().__init__(repository, after.id, text, EDIT_MERGE_ID)
        self.after = after
        self.undo_values = dict(undo)
        self._theirs: FactSandwich | None = None  # kept mine over this: the next base

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditCommand)
            and other.sandwich_id == self.sandwich_id
            and set(other.undo_values) == set(self.undo_values)
        ):
            return False
        self.after = other.after
        if replace(self.after, **self.undo_values) == self.after:
            self.setObsolete(True)
        return True

    def rebase(self, conflict: Exception) -> None:
        self._theirs = conflict.stored

    def _write(self, base: FactSandwich, target: FactSandwich) -> None:
        if self._theirs is not None:
            names = self.undo_values
            base = self._theirs
            target = replace(self._theirs, **{name: getattr(target, name) for name in names})
        stored = self.repository.save(target, base)
        self._theirs = None
        self.after = replace(stored, **{n: getattr(self.after, n) for n in self.undo_values})

    def write_redo(self) -> None:
        self._write(replace(self.after, **self.undo_values), self.after)

    def write_undo(self) -> None:
        self._write(self.after, replace(self.after, **self.undo_values))
