"""Undoable changes to the advocacy letters' addressees, on the window's one undo stack.

A step holds the addressee before and after (one dimension's row); typing on in the same
dimension merges into one step. Undo and Redo write the whole row back through the repository
under ``ui/common/undo.py``'s policy: a refusal (a full disk, a read-only file) is told and the
step stays. The rows are short and set once, so another window's change is not merged: the
last write wins, as the repository says.

The commands hold the repository, not the editor: a language switch rebuilds the Reports page,
and steps recorded before it must still work. After writing they have every live editor on
that file read it again (``EDITORS``).
"""

from __future__ import annotations

import sqlite3
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.storage.advocacy_addressees import Addressee, AdvocacyAddresseeRepository
from toolbox_desktop.ui.common.messages import disk_full_text, message_text
from toolbox_desktop.ui.common.undo import StoredChangeCommand, merge_id, replaying

if TYPE_CHECKING:
    from toolbox_desktop.ui.reports.addressee_editor import AddresseeEditor

EDIT_MERGE_ID = merge_id("reports/advocacy-addressee")
EDITORS: weakref.WeakSet[AddresseeEditor] = weakref.WeakSet()  # every editor shown


def error_text(error: Exception) -> str:
    """What the user reads when an addressee could not be stored, and what to do."""
    if isinstance(error, LimitError):
        return message_text(error.message)
    if isinstance(error, sqlite3.Error):
        full = disk_full_text(error)
        if full is not None:
            return full
        return QCoreApplication.translate(
            "AddresseeEditor",
            "The addressee could not be stored in the database ({detail}). Check that the "
            "database file is still there and that you may save to its folder, then try "
            "again.",
        ).format(detail=str(error))
    return str(error)


def _live_editors(repository: AdvocacyAddresseeRepository) -> list[AddresseeEditor]:
    import shiboken6

    return [
        editor
        for editor in list(EDITORS)
        if shiboken6.isValid(editor) and editor.repository.conn is repository.conn
    ]


class EditAddresseeCommand(StoredChangeCommand):
    """One dimension's addressee changed from ``before`` to ``after`` (both as stored)."""

    write_errors = (LimitError, ValueError, sqlite3.Error)

    def __init__(
        self, repository: AdvocacyAddresseeRepository, before: Addressee, after: Addressee
    ) -> None:
        text = QCoreApplication.translate("AddresseeEditor", "Edit the letters' addressee")
        super().__init__(text, merge=EDIT_MERGE_ID)
        self.repository = repository
        self.before = before
        self.after = after

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditAddresseeCommand)
            and other.after.dimension == self.after.dimension
        ):
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def _replay(self, running, write) -> None:
        recording = self._skip == running  # the push: nothing written
        if not recording:  # store what is being typed first (pushed after the replay)
            with replaying():
                for editor in _live_editors(self.repository):
                    editor.save_now()
        super()._replay(running, write)
        if not recording:
            self.reload()

    def write_redo(self) -> None:
        self.repository.save(self.after)

    def write_undo(self) -> None:
        self.repository.save(self.before)

    def tell(self, error: Exception) -> None:
        for editor in _live_editors(self.repository):
            editor.problem.emit(error_text(error))

    def reload(self) -> None:
        for editor in _live_editors(self.repository):
            editor.show_dimension(self.after.dimension)
