"""Undoable changes to the plan (``QUndoCommand``s on the app's shared stack).

Each command is created after its change was written, so the stack's first ``redo`` only
records it; Undo and Redo write through the session under the one policy of
``ui/common/undo.py``: a clash with another window's change is asked about (keep mine / use
theirs; use theirs on one action of a bulk change leaves only that action out), an action or
indicator deleted elsewhere is told and leaves the stack, any other refusal is told through
the session's ``notice`` and the command stays, to be tried again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
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
from toolbox_desktop.ui.common.messages import disk_full_text
from toolbox_desktop.ui.common.undo import StoredChangeCommand, merge_id
from toolbox_desktop.ui.plan.texts import one_line, problem_text

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
ACTION_MERGE_ID = merge_id("plan/action")
INDICATOR_MERGE_ID = merge_id("plan/indicator")


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
        full = disk_full_text(error)
        if full is not None:
            return full
        return QCoreApplication.translate(
            "PlanCommands",
            "The change could not be stored in the database ({detail}). Check that the "
            "database file is still there and that you may save to its folder, then try "
            "again. Your earlier data is unchanged.",
        ).format(detail=str(error))
    return str(error)


class _Replayed(StoredChangeCommand):
    """A plan change under the shared undo policy: asks through the session, tells through
    its ``notice``, reads the plan again after a failure."""

    conflict_errors = (ChangedElsewhereError,)
    gone_errors = (ActionNotFoundError, IndicatorNotFoundError)
    write_errors = WRITE_ERRORS

    def __init__(self, session: PlanSession, text: str, merge: int = -1) -> None:
        super().__init__(text, merge=merge)
        self.session = session

    def keep_mine(self, conflict: Exception) -> bool:
        return self.session.ask_keep_mine(what_changed(conflict.stored))

    def tell(self, error: Exception) -> None:
        self.session.notice.emit(error_text(error))

    def reload(self) -> None:
        self.session.reload()


def what_changed(record: Action | Indicator) -> str:
    """The record named in the keep mine / use theirs question."""
    if isinstance(record, Indicator):
        return QCoreApplication.translate("PlanTexts", "The indicator “{name}”").format(
            name=one_line(record.name)
        )
    return QCoreApplication.translate("PlanTexts", "The action “{title}”").format(
        title=one_line(record.title)
    )


def undone(record, values: dict):
    """``record`` with the values an edit replaced put back."""
    return replace(record, **values)


def _laid_over(stored, target, names) -> object:
    """``stored`` (another window's version) with ``target``'s ``names`` fields: what Keep
    mine writes in an Undo or Redo."""
    return replace(stored, **{name: getattr(target, name) for name in names})


class StoreActionsCommand(_Replayed):
    """Fields of actions changed: one edited field, a move, or a bulk change.

    ``after`` are the actions as stored after the change, ``undo`` (one dict per action) the
    values the change replaced. Undo and Redo write only those fields; when another window
    changed one of them since, the user is asked (keep mine writes over theirs). With a
    ``merge_key`` consecutive edits of the same field of the same action (e.g. clicks on a
    spin box) become one step. With ``bulk`` the writes go through the plan's one-UPDATE
    path, all or nothing; when one action clashes and the user takes theirs, that action
    leaves the command and the others are written (``describe`` names what is left in the
    Edit menu).
    """

    def __init__(
        self,
        session: PlanSession,
        after: list[Action],
        undo: list[dict],
        text: str,
        merge_key: str = "",
        bulk: bool = False,
        describe: Callable[[list[Action]], str] | None = None,
    ) -> None:
        super().__init__(session, text, ACTION_MERGE_ID if merge_key else -1)
        self.after = after
        self.undo_values = undo
        self.bulk = bulk
        self.merge_key = merge_key
        self.describe = describe
        self._theirs: dict[int, Action] = {}  # kept mine over these (by id): the next base

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

    def rebase(self, conflict: Exception) -> None:
        self._theirs[conflict.stored.id] = conflict.stored

    def leave_out(self, conflict: Exception) -> bool:
        """The user took theirs for one action: it keeps theirs, Undo and Redo no longer
        touch it; the other actions still are undone and redone."""
        gone = conflict.stored.id
        kept = [(a, u) for a, u in zip(self.after, self.undo_values, strict=True) if a.id != gone]
        self.after = [a for a, _u in kept]
        self.undo_values = [u for _a, u in kept]
        self._theirs.pop(gone, None)
        if self.after and self.describe is not None:
            self.setText(self.describe(self.after))
        return bool(self.after)

    def _pairs(self, undoing: bool) -> list[tuple[Action, Action]]:
        """(base, target) per action: from the change's values, or over theirs after Keep
        mine."""
        pairs = []
        for after, values in zip(self.after, self.undo_values, strict=True):
            base, target = (
                (after, undone(after, values)) if undoing else (undone(after, values), after)
            )
            theirs = self._theirs.get(after.id)
            if theirs is not None:
                base, target = theirs, _laid_over(theirs, target, values)
            pairs.append((base, target))
        return pairs

    def write_redo(self) -> None:
        self.after = self.session.write_changes(self._pairs(undoing=False), self.bulk)
        self._theirs = {}

    def write_undo(self) -> None:
        stored = self.session.write_changes(self._pairs(undoing=True), self.bulk)
        self.after = [
            replace(s, **{name: getattr(a, name) for name in u})
            for s, a, u in zip(stored, self.after, self.undo_values, strict=True)
        ]
        self._theirs = {}


class CreateActionCommand(_Replayed):
    """A new action: Undo hides it, Redo brings the same row back."""

    def __init__(self, session: PlanSession, action: Action, text: str) -> None:
        super().__init__(session, text)
        self.action_id = action.id

    def write_redo(self) -> None:
        self.session.restore_actions([self.action_id])

    def write_undo(self) -> None:
        self.session.hide_actions([self.action_id])


class DeleteActionsCommand(_Replayed):
    """Deleted actions are only hidden, so Undo brings them back whole."""

    def __init__(self, session: PlanSession, ids: list[int], text: str) -> None:
        super().__init__(session, text)
        self.ids = list(ids)

    def write_redo(self) -> None:
        self.session.hide_actions(self.ids)

    def write_undo(self) -> None:
        self.session.restore_actions(self.ids)


class IndicatorCommand(_Replayed):
    """An indicator added (``before`` None), deleted (``after`` None) or edited; an edit
    replays only the fields it changed (``undo`` holds their earlier values), asking when
    another window changed one of them since."""

    def __init__(
        self,
        session: PlanSession,
        before: Indicator | None,
        after: Indicator | None,
        text: str,
        merge_key: str = "",
        undo: dict | None = None,
    ) -> None:
        super().__init__(session, text, INDICATOR_MERGE_ID if merge_key else -1)
        self.before = before
        self.after = after
        self.undo_values = undo or {}
        self.merge_key = merge_key
        self._theirs: Indicator | None = None  # kept mine over this: the next base

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

    def rebase(self, conflict: Exception) -> None:
        self._theirs = conflict.stored

    def _write_edit(self, base: Indicator, target: Indicator) -> Indicator:
        if self._theirs is not None:
            base, target = self._theirs, _laid_over(self._theirs, target, self.undo_values)
        stored = self.session.write_indicator(target, base)
        self._theirs = None
        return stored

    def write_redo(self) -> None:
        if self.after is None:
            self.session.hide_indicator(self.before.id)
        elif self.before is None:
            self.session.restore_indicator(self.after.id)
        else:
            stored = self._write_edit(undone(self.after, self.undo_values), self.after)
            self.after = replace(stored, **{n: getattr(self.after, n) for n in self.undo_values})

    def write_undo(self) -> None:
        if self.before is None:
            self.session.hide_indicator(self.after.id)
        elif self.after is None:
            self.session.restore_indicator(self.before.id)
        else:
            stored = self._write_edit(self.after, undone(self.after, self.undo_values))
            self.after = replace(stored, **{n: getattr(self.after, n) for n in self.undo_values})
