"""Undoable changes to ratings and assessments (``QUndoCommand``s on the app's shared stack).

A command stores only the fields it changed, both ways, and writes them on top of what is
stored, saying what it expects to find there. If another window changed the rating meanwhile
the user decides (``Resolver.keep_mine``). If an Undo or Redo cannot be done (final assessment,
file error) the user is told why and the command stays where it was on the stack, to be undone
or redone once that is possible: the stack never claims a state the file does not have, and no
history is lost. A command leaves the stack only when the user took the other window's change
instead, or when its assessment no longer exists.
"""

from __future__ import annotations

import contextlib
import sqlite3
import weakref
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from toolbox_desktop.core.assessment import RATING_FIELDS, Assessment, InvalidRatingError, Rating
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.storage.assessment_repository import (
    AssessmentIsFinalError,
    AssessmentNotFoundError,
    RatingConflictError,
)
from toolbox_desktop.ui.assessment.session import AssessmentSession

CONTEXT = "AssessmentCommands"
WRITE_ERRORS = (
    AssessmentIsFinalError,
    AssessmentNotFoundError,
    InvalidRatingError,
    LimitError,
    RatingConflictError,
    sqlite3.Error,
)

# What the Edit menu says ("Undo Rate 1.2.3"), per changed field.
COMMAND_TEXTS = {
    "level": QT_TRANSLATE_NOOP("AssessmentCommands", "Rate {number}"),
    "exclusion": QT_TRANSLATE_NOOP("AssessmentCommands", "Rate {number}"),
    "target": QT_TRANSLATE_NOOP("AssessmentCommands", "Set target of {number}"),
    "priority": QT_TRANSLATE_NOOP("AssessmentCommands", "Set priority of {number}"),
    "evidence": QT_TRANSLATE_NOOP("AssessmentCommands", "Edit evidence of {number}"),
    "links": QT_TRANSLATE_NOOP("AssessmentCommands", "Change linked files of {number}"),
    "notes": QT_TRANSLATE_NOOP("AssessmentCommands", "Edit notes of {number}"),
    "rated_by": QT_TRANSLATE_NOOP("AssessmentCommands", "Edit “rated by” of {number}"),
    "": QT_TRANSLATE_NOOP("AssessmentCommands", "Clear rating of {number}"),
}
# Typing in one text field merges into one command (ids must be unique per kind).
MERGE_IDS = {"evidence": 4101, "notes": 4102, "rated_by": 4103}

_replaying = 0
_stacks: weakref.WeakSet[QUndoStack] = weakref.WeakSet()


class NotWritten(Enum):
    """Why ``apply_changes`` wrote nothing."""

    THEIRS = "theirs"  # the user took the change made elsewhere (now shown)
    FAILED = "failed"  # refused (final) or failed (file error); the user was told why
    GONE = "gone"  # the assessment no longer exists; the user was told


def register_stack(stack: QUndoStack) -> None:
    """Let the commands on ``stack`` find it, so that they can stay in place when their
    Undo or Redo fails (``QUndoStack`` moves its index past a command whatever happened)."""
    _stacks.add(stack)


def _position(stack: QUndoStack, running: str) -> int:
    """Where the command run by ``stack``'s ``running`` ("undo"/"redo") is on it."""
    return stack.index() - 1 if running == "undo" else stack.index()


def _stack_running(command: QUndoCommand, running: str) -> QUndoStack | None:
    """The registered stack whose ``running`` (undo or redo) is ``command``'s, if any (None
    while the command is pushed, when it is not on the stack yet)."""
    for stack in list(_stacks):
        with contextlib.suppress(RuntimeError):  # the stack was destroyed
            position = _position(stack, running)
            if 0 <= position < stack.count() and stack.command(position) is command:
                return stack
    return None


def _stay_in_place(command: QUndoCommand, stack: QUndoStack | None, failed: str) -> bool:
    """After ``command``'s ``failed`` ("undo"/"redo") did nothing, move ``stack``'s index
    back as soon as the stack has moved it, with the opposite step that only records
    (``command._skip``). False when there is no stack to put it back on."""
    if stack is None:
        return False
    back = "redo" if failed == "undo" else "undo"

    def restore(_index: int) -> None:
        stack.indexChanged.disconnect(restore)
        position = _position(stack, back)
        if 0 <= position < stack.count() and stack.command(position) is command:
            command._skip = back
            getattr(stack, back)()

    stack.indexChanged.connect(restore)
    return True


def is_replaying() -> bool:
    """True while the stack runs one of these commands (do not push onto it then)."""
    return _replaying > 0


@contextlib.contextmanager
def _replay():
    global _replaying
    _replaying += 1
    try:
        yield
    finally:
        _replaying -= 1


class Resolver(Protocol):
    def keep_mine(self, code: str, stored: Rating | None) -> bool: ...

    def failed(self, error: Exception) -> None: ...


def command_text(field: str, number: str) -> str:
    return QCoreApplication.translate(CONTEXT, COMMAND_TEXTS[field]).format(number=number)


def target_rating(base: Rating | None, code: str, changes: dict | None) -> Rating | None:
    """``base`` with ``changes``; None (clear the rating) when ``changes`` is None."""
    if changes is None:
        return None
    return (base or Rating(code)).with_changes(**changes)


def apply_changes(
    session: AssessmentSession,
    resolver: Resolver,
    assessment_id: int,
    code: str,
    changes: dict | None,
    expected: Rating | None,
) -> tuple[Rating | None, Rating | None] | NotWritten:
    """Write ``changes`` over ``expected``; return (the base used, the rating now stored),
    or why nothing was written (the user took the other change, or it failed)."""
    try:
        target = target_rating(expected, code, changes)
        return expected, session.write_rating(assessment_id, code, target, expected)
    except RatingConflictError as conflict:
        if not resolver.keep_mine(code, conflict.stored):
            with contextlib.suppress(sqlite3.Error):  # shown at the next poll
                session.reload()
            return NotWritten.THEIRS
        expected = conflict.stored
        try:
            target = target_rating(expected, code, changes)
            return expected, session.write_rating(assessment_id, code, target, expected)
        except WRITE_ERRORS as error:
            return _failed(session, resolver, error)
    except WRITE_ERRORS as error:
        return _failed(session, resolver, error)


def _failed(session: AssessmentSession, resolver: Resolver, error: Exception) -> NotWritten:
    resolver.failed(error)
    with contextlib.suppress(sqlite3.Error):
        session.reload()
    return NotWritten.GONE if isinstance(error, AssessmentNotFoundError) else NotWritten.FAILED


def changed_fields(before: Rating | None, code: str, changes: dict | None) -> dict:
    """The values ``changes`` (None: all fields) replace, to write back on Undo."""
    base = before or Rating(code)
    names = RATING_FIELDS if changes is None else changes
    return {name: getattr(base, name) for name in names}


class RatingCommand(QUndoCommand):
    """One change of one benchmark's rating (some fields, or clearing it).

    Created after the change was written, so the stack's first ``redo`` only records it.
    """

    def __init__(
        self,
        session: AssessmentSession,
        resolver: Resolver,
        assessment_id: int,
        code: str,
        forward: dict | None,
        before: Rating | None,
        after: Rating | None,
        text: str,
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.resolver = resolver
        self.assessment_id = assessment_id
        self.code = code
        self.forward = forward
        self.backward = changed_fields(before, code, forward)
        self.before = before
        self.after = after
        self.merge_id = merge_id
        self._skip = "redo"  # the next call of this ("undo"/"redo") only moves the stack

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, RatingCommand)
            and other.merge_id == self.merge_id
            and other.assessment_id == self.assessment_id
            and other.code == self.code
            and other.before == self.after
        ):
            return False
        self.forward = other.forward
        self.after = other.after
        if self.after == self.before:  # typed back to where it was: nothing to undo
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._skip == "redo":
            self._skip = ""
            return
        stack = _stack_running(self, "redo")
        with _replay():
            self._show()
            result = apply_changes(
                self.session,
                self.resolver,
                self.assessment_id,
                self.code,
                self.forward,
                self.before,
            )
        if isinstance(result, NotWritten):
            self._not_done(result, stack, "redo")
        else:
            self.after = result[1]

    def undo(self) -> None:
        if self._skip == "undo":
            self._skip = ""
            return
        stack = _stack_running(self, "undo")
        with _replay():
            self._show()
            result = apply_changes(
                self.session,
                self.resolver,
                self.assessment_id,
                self.code,
                self.backward,
                self.after,
            )
        if isinstance(result, NotWritten):
            self._not_done(result, stack, "undo")
        else:
            self.before = result[1]

    def _not_done(self, why: NotWritten, stack: QUndoStack | None, failed: str) -> None:
        """Leave the stack when the user took the other change or the assessment is gone;
        otherwise (final, file error) stay where it was, to be tried again later."""
        if why is not NotWritten.FAILED or not _stay_in_place(self, stack, failed):
            self.setObsolete(True)

    def _show(self) -> None:
        """Show the assessment and benchmark the change belongs to when another assessment
        is shown, so that Undo and Redo never change ratings out of the user's sight."""
        current = self.session.current_assessment()
        if current is not None and current.id == self.assessment_id:
            return
        with contextlib.suppress(sqlite3.Error):  # the write then says what is wrong
            if self.session.select_assessment(self.assessment_id):
                self.session.select_benchmark(self.code)


class DeleteAssessmentCommand(QUndoCommand):
    """Deleting an assessment hides it; Undo brings it back and shows it.

    Refused when pushed (e.g. the assessment was finalised elsewhere), it leaves the stack
    at once; a later Undo or Redo that fails keeps it where it was.
    """

    def __init__(
        self, session: AssessmentSession, resolver: Resolver, assessment: Assessment
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AssessmentCommands", "Delete assessment “{title}”").format(
                title=assessment.title
            )
        )
        self.session = session
        self.resolver = resolver
        self.assessment_id = assessment.id
        self._skip = ""

    def redo(self) -> None:
        self._run(self.session.delete_assessment, "redo")

    def undo(self) -> None:
        self._run(self.session.restore_assessment, "undo")

    def _run(self, action, running: str) -> None:
        if self._skip == running:
            self._skip = ""
            return
        stack = _stack_running(self, running)  # None when pushed: then it leaves at once
        with _replay():
            try:
                action(self.assessment_id)
            except WRITE_ERRORS as error:
                why = _failed(self.session, self.resolver, error)
                if why is not NotWritten.FAILED or not _stay_in_place(self, stack, running):
                    self.setObsolete(True)
