"""Turn what the user does on the rating screen into stored, undoable changes.

Every edit is written at once (there is no Save button), with the rating the screen last
read as the expected one, and then recorded on the undo stack. Edits of a final assessment
are refused with a notice instead of an error. A refused or failed write is told apart from
the user taking the other window's change: only the latter replaces what the user typed.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.ui.assessment.commands import (
    MERGE_IDS,
    NotWritten,
    RatingCommand,
    Resolver,
    apply_changes,
    command_text,
)
from toolbox_desktop.ui.assessment.problems import final_notice
from toolbox_desktop.ui.assessment.session import AssessmentSession
from toolbox_desktop.ui.common.undo import push, register_stack


class Outcome(Enum):
    STORED = "stored"  # written (or there was nothing to change)
    REFUSED = "refused"  # not written (final, gone, file error; the user was told why)
    THEIRS = "theirs"  # not written: the user took the change made elsewhere; show it
    LATER = "later"  # another change is being decided; keep the typed text and retry


class RatingChanger(QObject):
    """Writes rating changes of the current assessment and pushes them on ``undo_stack``.

    ``notice(str)`` says why an edit was refused (e.g. the assessment is final).
    """

    notice = Signal(str)

    def __init__(
        self,
        session: AssessmentSession,
        undo_stack: QUndoStack,
        resolver: Resolver,
        numbers: dict[str, str],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.resolver = resolver
        self.numbers = numbers
        self._busy = False
        register_stack(undo_stack)

    def set_fields(self, code: str, **changes) -> Outcome:
        """Change some fields of ``code``'s rating (level, exclusion, target, priority...)."""
        field = "level" if "level" in changes or "exclusion" in changes else next(iter(changes))
        return self._change(code, changes, field)

    def set_text(self, code: str, field: str, text: str, base: str) -> Outcome:
        """Store typed ``text`` of ``field``; ``base`` is the value the typing started from.

        If the stored value moved away from ``base`` meanwhile (another window), the user
        decides whose text stays (``THEIRS`` when they take the other).
        """
        assessment_id = self._current_id()
        stored = getattr(self.session.rating(code) or Rating(code), field)
        if stored not in (base, text):
            if self._busy:
                return Outcome.LATER
            self._busy = True
            try:
                keep = self.resolver.keep_mine(code, self.session.rating(code))
            finally:
                self._busy = False
            if not keep:
                return Outcome.THEIRS
            if self._current_id() != assessment_id:
                return Outcome.LATER  # another assessment is shown now: not into that one
        return self._change(code, {field: text}, field)

    def _current_id(self) -> int | None:
        assessment = self.session.current_assessment()
        return assessment.id if assessment is not None else None

    def clear(self, code: str) -> Outcome:
        if self.session.rating(code) is None:
            return Outcome.STORED
        return self._change(code, None, "")

    def _change(self, code: str, changes: dict | None, field: str) -> Outcome:
        assessment = self.session.current_assessment()
        if assessment is None:
            return Outcome.REFUSED
        if assessment.is_final:
            self.notice.emit(final_notice())
            return Outcome.REFUSED
        if self._busy:
            return Outcome.LATER
        expected = self.session.rating(code)
        base = expected or Rating(code)
        if changes is not None and all(getattr(base, k) == v for k, v in changes.items()):
            return Outcome.STORED
        self._busy = True
        try:
            result = apply_changes(
                self.session, self.resolver, assessment.id, code, changes, expected
            )
        finally:
            self._busy = False
        if result is NotWritten.THEIRS:
            return Outcome.THEIRS
        if isinstance(result, NotWritten):
            return Outcome.REFUSED
        before, after = result
        if before == after:
            return Outcome.STORED
        command = RatingCommand(
            self.session,
            self.resolver,
            assessment.id,
            code,
            changes,
            before,
            after,
            command_text(field, self.numbers.get(code, code)),
            MERGE_IDS.get(field, -1),
        )
        push(self.undo_stack, command)  # waits while Undo runs (it may switch assessments)
        return Outcome.STORED
