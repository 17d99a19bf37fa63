"""Undoable changes to ratings and assessments (``QUndoCommand``s on the app's shared stack).

A command stores only the fields it changed, both ways, and writes them on top of what is
stored, saying what it expects to find there. If another window changed the rating meanwhile
the user decides (``Resolver.keep_mine``); if the write is refused (final assessment, deleted
assessment, file error) the user is told and the command leaves the stack, so that the stack
never claims a state the file does not have.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from toolbox_desktop.core.assessment import RATING_FIELDS, Assessment, InvalidRatingError, Rating
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
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
) -> tuple[Rating | None, Rating | None] | None:
    """Write ``changes`` over ``expected``; return (the base used, the rating now stored),
    or None when nothing was written (the user took the other change, or it failed)."""
    try:
        target = target_rating(expected, code, changes)
        return expected, session.write_rating(assessment_id, code, target, expected)
    except RatingConflictError as conflict:
        if not resolver.keep_mine(code, conflict.stored):
            with contextlib.suppress(sqlite3.Error):  # shown at the next poll
                session.reload()
            return None
        expected = conflict.stored
        try:
            target = target_rating(expected, code, changes)
            return expected, session.write_rating(assessment_id, code, target, expected)
        except WRITE_ERRORS as error:
            return _failed(session, resolver, error)
    except WRITE_ERRORS as error:
        return _failed(session, resolver, error)


def _failed(session: AssessmentSession, resolver: Resolver, error: Exception) -> None:
    resolver.failed(error)
    with contextlib.suppress(sqlite3.Error):
        session.reload()
    return None


def changed_fields(before: Rating | None, code: str, changes: dict | None) -> dict:
    """The values ``changes`` (None: all fields) replace, to write back on Undo."""
    base = before or Rating(code)
    names = RATING_FIELDS if changes is None else changes
    return {name: getattr(base, name) for name in names}


class RatingCommand(QUndoCommand):
    """One change of one benchmark's rating (some fields, or clearing it).

    Created after the change was written (``done``), so the stack's first ``redo`` only
    records it.
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
        self._done = True

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
        if self._done:
            self._done = False
            return
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
        if result is None:
            self.setObsolete(True)
        else:
            self.after = result[1]

    def undo(self) -> None:
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
        if result is None:
            self.setObsolete(True)
        else:
            self.before = result[1]

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
    """Deleting an assessment hides it; Undo brings it back and shows it."""

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

    def redo(self) -> None:
        self._run(self.session.delete_assessment)

    def undo(self) -> None:
        self._run(self.session.restore_assessment)

    def _run(self, action) -> None:
        with _replay():
            try:
                action(self.assessment_id)
            except WRITE_ERRORS as error:
                _failed(self.session, self.resolver, error)
                self.setObsolete(True)
