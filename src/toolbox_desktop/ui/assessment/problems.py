"""What the user is told when a change cannot be stored as asked, and what they can do.

Kept apart from the commands so that the undo machinery stays free of dialogs, and so that
tests can replace the one question (``ask_keep_mine``) without clicking a modal box.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from toolbox_desktop.core.assessment import InvalidRatingError, Rating
from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.storage.assessment_repository import (
    AssessmentIsFinalError,
    AssessmentNotFoundError,
)
from toolbox_desktop.ui.common.conflicts import keep_or_take_box, kept_mine
from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.messages import disk_full_text, message_text


def final_notice() -> str:
    return QCoreApplication.translate(
        "AssessmentProblems",
        "This assessment is final, so it cannot be changed. Choose Reopen to edit it.",
    )


def conflict_box(parent: QWidget | None, benchmark_title: str) -> QMessageBox:
    """The question asked when a rating was changed elsewhere since this screen read it."""
    return keep_or_take_box(
        parent,
        QCoreApplication.translate("AssessmentProblems", "Rating changed elsewhere"),
        QCoreApplication.translate(
            "AssessmentProblems",
            "The rating of “{title}” was changed in another window or by another copy of the "
            "app after this screen showed it.",
        ).format(title=benchmark_title),
        QCoreApplication.translate(
            "AssessmentProblems",
            "Keep mine stores your change on top of theirs. Use theirs shows their rating "
            "and drops your change. Nothing is lost either way: every earlier value stays "
            "in the rating's history.",
        ),
    )


def ask_keep_mine(parent: QWidget | None, benchmark_title: str) -> bool:
    """True when the user keeps their change, False when they take the other one."""
    return kept_mine(conflict_box(parent, benchmark_title))


def error_text(error: Exception) -> tuple[str, str]:
    """A title and a message that says what happened and what to do."""
    if isinstance(error, AssessmentIsFinalError):
        return QCoreApplication.translate(
            "AssessmentProblems", "Assessment is final"
        ), final_notice()
    if isinstance(error, AssessmentNotFoundError):
        return QCoreApplication.translate(
            "AssessmentProblems", "Assessment not found"
        ), QCoreApplication.translate(
            "AssessmentProblems",
            "The assessment no longer exists; it may have been deleted in another window. "
            "The list of assessments was read again: choose one, or undo the deletion.",
        )
    if isinstance(error, sqlite3.Error):
        full = disk_full_text(error)
        if full is not None:
            return QCoreApplication.translate("AssessmentProblems", "Could not save"), full
        return QCoreApplication.translate(
            "AssessmentProblems", "Could not save"
        ), QCoreApplication.translate(
            "AssessmentProblems",
            "The change could not be stored in the database ({detail}). Check that the "
            "database file is still there and that you may save to its folder, then try "
            "again. Your earlier data is unchanged.",
        ).format(detail=str(error))
    message = getattr(error, "message", None)
    if isinstance(error, InvalidRatingError | LimitError) and message is not None:
        return QCoreApplication.translate("AssessmentProblems", "Could not save"), message_text(
            message
        )
    return QCoreApplication.translate("AssessmentProblems", "Could not save"), str(error)


def show_read_error(parent: QWidget | None, error: sqlite3.Error) -> None:
    """The file could not be read (e.g. another program holds it locked)."""
    warn(
        parent,
        QCoreApplication.translate("AssessmentProblems", "Could not read"),
        QCoreApplication.translate(
            "AssessmentProblems",
            "The assessment could not be read from the database ({detail}). Another program "
            "may be using the file: try again in a moment. Nothing was changed.",
        ).format(detail=str(error)),
    )


def show_error(parent: QWidget | None, error: Exception) -> None:
    title, text = error_text(error)
    warn(parent, title, text)


class ProblemDialogs:
    """Asks and tells through message boxes over ``parent``; see ``commands.Resolver``."""

    def __init__(self, parent: QWidget, titles: dict[str, str]) -> None:
        self.parent = parent
        self.titles = titles
        self.successor: ProblemDialogs | None = None

    def hand_over(self, successor: ProblemDialogs) -> None:
        """Ask and tell through ``successor`` from now on: the rating screen was built again
        (in another language), and the undo steps recorded before still hold this one."""
        self.successor = successor

    def keep_mine(self, code: str, stored: Rating | None) -> bool:
        if self.successor is not None:
            return self.successor.keep_mine(code, stored)
        del stored
        # Looked up at call time so that tests can replace the module's question.
        return ask_keep_mine(self.parent, self.titles.get(code, code))

    def failed(self, error: Exception) -> None:
        if self.successor is not None:
            self.successor.failed(error)
            return
        show_error(self.parent, error)
