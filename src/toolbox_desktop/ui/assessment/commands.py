"""Undoable changes to ratings and assessments (``QUndoCommand``s on the app's shared stack).

A command stores only the fields it changed, both ways, and writes them on top of what is
stored, saying what it expects to find there. Undo and Redo follow the one policy of
``ui/common/undo.py``: if another window changed the rating meanwhile the user decides
(``Resolver.keep_mine``); if an Undo or Redo cannot be done (final assessment, file error) the
user is told why and the command stays where it was on the stack, to be undone or redone once
that is possible. A command leaves the stack only when the user took the other window's change
instead, or when its assessment no longer exists.
"""

from __future__ import annotations

import contextlib
import sqlite3
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from toolbox_desktop.core.assessment import RATING_FIELDS, Assessment, InvalidRatingError, Rating
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.storage.assessment_repository import (
    AssessmentIsFinalError,
    AssessmentNotFoundError,
    RatingConflictError,
)
from toolbox_desktop.ui.assessment.session import AssessmentSession
from toolbox_desktop.ui.common.undo import StoredChangeCommand, merge_id

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
MERGE_IDS = {field: merge_id(f"assessment/{field}") for field in ("evidence", "notes", "rated_by")}


class NotWritten(Enum):
    """Why ``apply_changes`` wrote nothing."""

    THEIRS = "theirs"  # the user took the change made elsewhere (now shown)
    FAILED = "failed"  # refused (final) or failed (file error); the user was told why
    GONE = "gone"  # the assessment no longer exists; the user was told


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


class _AssessmentCommand(StoredChangeCommand):
    """A change of an assessment under the shared undo policy: asks and tells through the
    ``resolver`` (the rating screen's message boxes), reads the session again after a
    failure."""

    conflict_errors = (RatingConflictError,)
    gone_errors = (AssessmentNotFoundError,)
    write_errors = WRITE_ERRORS

    def __init__(
        self,
        session: AssessmentSession,
        resolver: Resolver,
        text: str,
        done: bool = True,
        merge: int = -1,
    ) -> None:
        super().__init__(text, done, merge)
        self.session = session
        self.resolver = resolver

    def tell(self, error: Exception) -> None:
        self.resolver.failed(error)

    def reload(self) -> None:
        self.session.reload()


_NOT_REBASED = object()


class RatingCommand(_AssessmentCommand):
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
        super().__init__(session, resolver, text, merge=merge_id)
        self.assessment_id = assessment_id
        self.code = code
        self.forward = forward
        self.backward = changed_fields(before, code, forward)
        self.before = before
        self.after = after
        self.merge_id = merge_id
        self._theirs: object = _NOT_REBASED  # kept mine over this rating: the next expected

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

    def keep_mine(self, conflict: Exception) -> bool:
        return self.resolver.keep_mine(self.code, conflict.stored)

    def rebase(self, conflict: Exception) -> None:
        self._theirs = conflict.stored

    def _write(self, changes: dict | None, expected: Rating | None) -> Rating | None:
        self._show()
        if self._theirs is not _NOT_REBASED:
            expected = self._theirs
        target = target_rating(expected, self.code, changes)
        stored = self.session.write_rating(self.assessment_id, self.code, target, expected)
        self._theirs = _NOT_REBASED
        return stored

    def write_redo(self) -> None:
        self.after = self._write(self.forward, self.before)

    def write_undo(self) -> None:
        self.before = self._write(self.backward, self.after)

    def _show(self) -> None:
        """Show the assessment and benchmark the change belongs to when another assessment
        is shown, so that Undo and Redo never change ratings out of the user's sight."""
        current = self.session.current_assessment()
        if current is not None and current.id == self.assessment_id:
            return
        with contextlib.suppress(sqlite3.Error):  # the write then says what is wrong
            if self.session.select_assessment(self.assessment_id):
                self.session.select_benchmark(self.code)


class DeleteAssessmentCommand(_AssessmentCommand):
    """Deleting an assessment hides it; Undo brings it back and shows it.

    Refused when pushed (e.g. the assessment was finalised elsewhere), it leaves the stack
    at once; a later Undo or Redo that fails keeps it where it was.
    """

    def __init__(
        self, session: AssessmentSession, resolver: Resolver, assessment: Assessment
    ) -> None:
        super().__init__(
            session,
            resolver,
            QCoreApplication.translate("AssessmentCommands", "Delete assessment “{title}”").format(
                title=assessment.title
            ),
            done=False,
        )
        self.assessment_id = assessment.id

    def write_redo(self) -> None:
        self.session.delete_assessment(self.assessment_id)

    def write_undo(self) -> None:
        self.session.restore_assessment(self.assessment_id)
