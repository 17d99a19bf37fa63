"""What the council proposal and the advocacy letters read, and their writers (PDF, Word).

Kept apart from ``registry.py`` so that its two entries stay short. ``read_*`` run on the
calling thread with the database; ``write_*`` lay out without it. A report that has nothing
to say raises ``ExplainedDataError``, whose ``message`` each face shows in the user's language
(the command line through ``cli.translation.translated``, the window through
``ui.common.messages.message_text``), instead of writing an empty file.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from toolbox_desktop.services.reports.choices import ReportChoices
from toolbox_desktop.services.reports.registry import Data, ReportDataError

if TYPE_CHECKING:
    from toolbox_desktop.core.content import Content
    from toolbox_desktop.reports.document import ReportOptions

CTX = "ReportKinds"
MSG_NO_ACTIONS = QT_TRANSLATE_NOOP(
    "ReportKinds", "The plan has no actions yet, so there is nothing to propose to the council."
)
MSG_NONE_CHOSEN = QT_TRANSLATE_NOOP(
    "ReportKinds", "No action is chosen. Tick the actions the council should decide on."
)
MSG_ALL_CLOSED = QT_TRANSLATE_NOOP(
    "ReportKinds",
    "Every action of the plan is done or dropped, so there is nothing open to propose. "
    "Tick the actions the council should decide on.",
)
MSG_UNKNOWN_ACTIONS = QT_TRANSLATE_NOOP(
    "ReportKinds", "The plan has no action with the id {ids}; it may have been deleted."
)
MSG_NO_ASSESSMENT = QT_TRANSLATE_NOOP(
    "ReportKinds",
    "There is no assessment yet, so no benchmark is marked outside our competence and "
    "there is no letter to write.",
)
MSG_NOTHING_OUTSIDE = QT_TRANSLATE_NOOP(
    "ReportKinds",
    "No benchmark is marked “outside our competence” in the assessment “{title}”, so there "
    "is no letter to write. Mark such benchmarks when rating, then make the letters.",
)


class ExplainedDataError(ReportDataError):
    """The report has nothing to say; ``message`` tells the user why and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


# -- the council proposal -------------------------------------------------------------------------
def read_proposal(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    """The chosen actions in the plan's order (when none are named, the open ones: a council
    is not asked to carry out what is done or was dropped), and the newest assessment with
    its ratings (None when there is none: the proposal says so)."""
    from toolbox_desktop.core.plan import CLOSED_STATUSES
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.storage.plan_repository import PlanRepository

    every = PlanRepository(conn).actions()
    if not every:
        raise ExplainedDataError(Message(CTX, MSG_NO_ACTIONS))
    actions = [action for action in every if action.status not in CLOSED_STATUSES]
    if choices.actions is None and not actions:
        raise ExplainedDataError(Message(CTX, MSG_ALL_CLOSED))
    if choices.actions is not None:
        if not choices.actions:
            raise ExplainedDataError(Message(CTX, MSG_NONE_CHOSEN))
        known = {action.id for action in every}
        missing = [str(i) for i in choices.actions if i not in known]
        if missing:
            raise ExplainedDataError(Message(CTX, MSG_UNKNOWN_ACTIONS, ids=", ".join(missing)))
        chosen = set(choices.actions)
        actions = [action for action in every if action.id in chosen]
    repository = AssessmentRepository(conn)
    newest = repository.assessments()
    assessment = newest[0] if newest else None
    return {
        "profile": repository.profile(),
        "actions": actions,
        "assessment": assessment,
        "ratings": repository.ratings(assessment.id) if assessment else {},
        "today": date.today(),
    }


def _proposal(content: Content, data: Data, options: ReportOptions):
    from toolbox_desktop.reports.council_proposal import proposal_document

    return proposal_document(
        content,
        data["profile"],
        data["actions"],
        data["assessment"],
        data["ratings"],
        options,
        data["today"],
    )


def write_proposal(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.reports.council_pdf import write_council_pdf

    write_council_pdf(_proposal(content, data, options), path, options)


def write_proposal_docx(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.reports.word.council_docx import write_council_docx

    write_council_docx(_proposal(content, data, options), path, options)


# -- the advocacy letters -------------------------------------------------------------------------
def read_letters(conn: sqlite3.Connection, choices: ReportChoices) -> Data:
    """The chosen (or newest) assessment's ratings and the addressees; the letters are
    planned when written, against the content (``advocacy_letters.plan_letters``)."""
    from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE
    from toolbox_desktop.storage.advocacy_addressees import AdvocacyAddresseeRepository
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository

    repository = AssessmentRepository(conn)
    if choices.assessment is not None:
        assessment = repository.assessment(choices.assessment)
    else:
        newest = repository.assessments()
        if not newest:
            raise ExplainedDataError(Message(CTX, MSG_NO_ASSESSMENT))
        assessment = newest[0]
    ratings = repository.ratings(assessment.id)
    if not any(r.exclusion == OUTSIDE_COMPETENCE for r in ratings.values()):
        raise ExplainedDataError(Message(CTX, MSG_NOTHING_OUTSIDE, title=assessment.title))
    return {
        "profile": repository.profile(),
        "assessment": assessment,
        "ratings": ratings,
        "addressees": AdvocacyAddresseeRepository(conn).addressees(),
        "today": date.today(),
    }


def _letters(content: Content, data: Data, options: ReportOptions):
    from toolbox_desktop.reports.advocacy_letters import letters_document, plan_letters

    letters = plan_letters(content, data["ratings"], data["addressees"])
    return letters_document(
        content,
        data["profile"],
        data["assessment"],
        data["ratings"],
        letters,
        options,
        data["today"],
    )


def write_letters(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.reports.council_pdf import write_council_pdf

    write_council_pdf(_letters(content, data, options), path, options)


def write_letters_docx(content: Content, data: Data, path: Path, options: ReportOptions) -> None:
    from toolbox_desktop.reports.word.council_docx import write_council_docx

    write_council_docx(_letters(content, data, options), path, options)
