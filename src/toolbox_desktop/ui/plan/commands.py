"""Undoable changes to the plan (``QUndoCommand``s on the app's shared stack).

Each command is created after its change was written (``done``), so the stack's first
``redo`` only records it; Undo and Redo write through the session. If a write is refused on
replay (the file cannot be written, the action is gone) the user is told through the
session's ``notice`` and the command leaves the stack, so that the stack never claims a state
the file does not have.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from toolbox_desktop.core.merging import ChangedElsewhereError
from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.plan_repository import (
    ActionNotFoundError,
    IndicatorNotFoundError,
    InvalidActionError,
)
from toolbox_desktop.ui.plan.texts import problem_text

if TYPE_CHECKING:
    from toolbox_desktop.ui.plan.session import PlanSession

WRITE_ERRORS = (
    InvalidActionError,
    ActionNotFoundError,
    IndicatorNotFoundError,
    ChangedElsewhereError,
    sqlite3.Error,
    ValueError,
)
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
    if isinstance(error, IndicatorNotFoundError):
        return QCoreApplication.translate(
            "PlanCommands",
            "The indicator no longer exists; it may have been deleted in another window.",
        )
    if isinstance(error, ChangedElsewhereError):
        return QCoreApplication.translate(
            "PlanCommands",
            "This was changed in another window meanwhile, in the same place. So as not to "
            "overwrite that change, nothing was written; the plan now shows it as stored.",
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


def undone(record, values: dict):
    """``record`` with the values an edit replaced put back."""
    return replace(record, **values)


class StoreActionsCommand(_Replayed):
    """Fields of actions changed: one edited field, a move, or a bulk change.

    ``after`` are the actions as stored after the change, ``undo`` (one dict per action) the
    values the change replaced. Undo and Redo write only those fields, and refuse (so as not
    to overwrite it) when another window changed one of them since. With a ``merge_key``
    consecutive edits of the same field of the same action (e.g. clicks on a spin box) become
    one step. With ``bulk`` the writes go through the plan's one-UPDATE path.
    """

    def __init__(
        self,
        session: PlanSession,
        after: list[Action],
        undo: list[dict],
        text: str,
        merge_key: str = "",
        bulk: bool = False,
    ) -> None:
        super().__init__(session, text)
        self.after = after
        self.undo_values = undo
        self.bulk = bulk
        self.merge_key = merge_key

    def id(self) -> int:
        return ACTION_MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, StoreActionsCommand)
            and self.merge_key
            and other.merge_key == self.merge_key
        ):
            return False
        self.undo_values = [
            {**b, **a} for a, b in zip(self.undo_values, other.undo_values, strict=True)
        ]
        self.after = other.after
        if all(undone(a, u) == a for a, u in zip(self.after, self.undo_values, strict=True)):
            self.setObsolete(True)
        return True

    def forward(self) -> None:
        pairs = [(undone(a, u), a) for a, u in zip(self.after, self.undo_values, strict=True)]
        self.after = self.session.write_changes(pairs, self.bulk)

    def backward(self) -> None:
        pairs = [(a, undone(a, u)) for a, u in zip(self.after, self.undo_values, strict=True)]
        stored = self.session.write_changes(pairs, self.bulk)
        self.after = [
            replace(s, **{name: getattr(a, name) for name in u})
            for s, a, u in zip(stored, self.after, self.undo_values, strict=True)
        ]


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
    """An indicator added (``before`` None), deleted (``after`` None) or edited; an edit
    replays only the fields it changed (``undo`` holds their earlier values)."""

    def __init__(
        self,
        session: PlanSession,
        before: Indicator | None,
        after: Indicator | None,
        text: str,
        merge_key: str = "",
        undo: dict | None = None,
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after
        self.undo_values = undo or {}
        self.merge_key = merge_key

    def id(self) -> int:
        return INDICATOR_MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, IndicatorCommand)
            and self.merge_key
            and other.merge_key == self.merge_key
            and self.after is not None
            and other.after is not None
        ):
            return False
        self.undo_values = {**other.undo_values, **self.undo_values}
        self.after = other.after
        if undone(self.after, self.undo_values) == self.after:
            self.setObsolete(True)
        return True

    def forward(self) -> None:
        if self.after is None:
            self.session.hide_indicator(self.before.id)
        elif self.before is None:
            self.session.restore_indicator(self.after.id)
        else:
            base = undone(self.after, self.undo_values)
            self.after = self.session.write_indicator(self.after, base)

    def backward(self) -> None:
        if self.before is None:
            self.session.hide_indicator(self.after.id)
        elif self.after is None:
            self.session.restore_indicator(self.before.id)
        else:
            self.session.write_indicator(undone(self.after, self.undo_values), self.after)
