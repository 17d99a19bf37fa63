"""Undoable changes to the plan (``QUndoCommand``s on the app's shared stack).

Each command is created after its change was written (``done``), so the stack's first
``redo`` only records it; Undo and Redo write through the session. If a write is refused on
replay (the file cannot be written, the action is gone) the user is told through the
session's ``notice`` and the command leaves the stack, so that the stack never claims a state
the file does not have.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.plan_repository import ActionNotFoundError, InvalidActionError
from toolbox_desktop.ui.plan.texts import problem_text

if TYPE_CHECKING:
    from toolbox_desktop.ui.plan.session import PlanSession

WRITE_ERRORS = (InvalidActionError, ActionNotFoundError, sqlite3.Error, ValueError)
ACTION_MERGE_ID = 5101
INDICATOR_MERGE_ID = 5102


def error_text(error: Exception) -> str:
    """What the user reads when a change could not be stored, and what to do."""
    if isinstance(error, InvalidActionError):
        return " ".join(dict.fromkeys(problem_text(p) for p in error.problems))
    if isinstance(error, ActionNotFoundError):
        return QCoreApplication.translate(
            "PlanCommands",
            "The action no longer exists; it may have been deleted in another window.",
        )
    if isinstance(error, sqlite3.Error):
        return QCoreApplication.translate(
            "PlanCommands",
            "The change could not be stored in the database ({detail}). Check that the "
            "database file is still there and that you may save to its folder, then try "
            "again. Your earlier data is unchanged.",
        ).format(detail=str(error))
    return str(error)


class _Replayed(QUndoCommand):
    """Skips the first redo (the change is already written) and reports failed replays."""

    def __init__(self, session: PlanSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step) -> None:
        try:
            step()
        except WRITE_ERRORS as error:
            self.session.notice.emit(error_text(error))
            self.setObsolete(True)
            self.session.reload()

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class StoreActionsCommand(_Replayed):
    """Actions replaced by new versions: one edited field, a move, or a bulk change.

    ``fields`` names what changed; with a ``merge_key`` consecutive edits of the same field
    of the same action (e.g. clicks on a spin box) become one step.
    """

    def __init__(
        self,
        session: PlanSession,
        before: list[Action],
        after: list[Action],
        fields: tuple[str, ...],
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after
        self.fields = fields
        self.merge_key = merge_key

    def id(self) -> int:
        return ACTION_MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, StoreActionsCommand)
            and self.merge_key
            and other.merge_key == self.merge_key
            and other.before == self.after
        ):
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def forward(self) -> None:
        self.session.write_actions(self.after, self.fields)

    def backward(self) -> None:
        self.session.write_actions(self.before, self.fields)


class CreateActionCommand(_Replayed):
    """A new action: Undo hides it, Redo brings the same row back."""

    def __init__(self, session: PlanSession, action: Action, text: str) -> None:
        super().__init__(session, text)
        self.action_id = action.id

    def forward(self) -> None:
        self.session.restore_actions([self.action_id])

    def backward(self) -> None:
        self.session.hide_actions([self.action_id])


class DeleteActionsCommand(_Replayed):
    """Deleted actions are only hidden, so Undo brings them back whole."""

    def __init__(self, session: PlanSession, ids: list[int], text: str) -> None:
        super().__init__(session, text)
        self.ids = list(ids)

    def forward(self) -> None:
        self.session.hide_actions(self.ids)

    def backward(self) -> None:
        self.session.restore_actions(self.ids)


class IndicatorCommand(_Replayed):
    """An indicator added (``before`` None), deleted (``after`` None) or edited."""

    def __init__(
        self,
        session: PlanSession,
        before: Indicator | None,
        after: Indicator | None,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return INDICATOR_MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, IndicatorCommand)
            and self.merge_key
            and other.merge_key == self.merge_key
            and other.before == self.after
        ):
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def forward(self) -> None:
        self._go(self.before, self.after)

    def backward(self) -> None:
        self._go(self.after, self.before)

    def _go(self, old: Indicator | None, new: Indicator | None) -> None:
        if new is None:
            self.session.hide_indicator(old.id)
        elif old is None:
            self.session.restore_indicator(new.id)
        else:
            self.session.write_indicator(new)
