"""What the user reads when a repository refuses one of an import's writes.

``package_schema`` and the preview check a package so that no repository should refuse it;
a rule that depends on what is stored here can still do so (a workshop that would have more
participants than allowed, an action whose links kept from an earlier content grow past the
limit). The whole import is then rolled back, and the user is told which item of the package
it was, the rule in the repository's own words (the message its error carries, as the editors
show it) and what to do, never the raw text of the exception. A database error is not a
refusal: ``package_import`` reports it as ``MSG_WRITE_FAILED``.
"""

from __future__ import annotations

from toolbox_desktop.core.i18n import Message
from toolbox_desktop.exchange import errors as e
from toolbox_desktop.exchange.changes import (
    ACTION,
    ADDRESSEE,
    ANNUAL_TEXTS,
    ASSESSMENT,
    FACT_SANDWICH,
    INDICATOR,
    PARTICIPANT,
    PEER_ASSESSMENT,
    PROFILE,
    Step,
)
from toolbox_desktop.storage.assessment_repository import AssessmentIsFinalError
from toolbox_desktop.storage.plan_repository import InvalidActionError
from toolbox_desktop.storage.workshop_repository import MSG_FINAL, WorkshopError

# What a repository raises when it refuses a write (its rules: limits, final, the plan's).
REFUSALS = (ValueError, LookupError, AssessmentIsFinalError)

_WHAT = {
    PROFILE: e.WHAT_PROFILE,
    ASSESSMENT: e.WHAT_ASSESSMENT,
    ACTION: e.WHAT_ACTION,
    INDICATOR: e.WHAT_INDICATOR,
    ANNUAL_TEXTS: e.WHAT_ANNUAL_TEXTS,
    PEER_ASSESSMENT: e.WHAT_PEER_ASSESSMENT,
    PARTICIPANT: e.WHAT_WORKSHOP_PARTICIPANT,
    FACT_SANDWICH: e.WHAT_FACT_SANDWICH,
    ADDRESSEE: e.WHAT_ADDRESSEE,
}


class WriteRefusedError(Exception):
    """A repository refused writing ``step``; ``import_writes`` raises it so that the message
    can name the item (the repository's error is its ``__cause__`` and ``error``)."""

    def __init__(self, step: Step, error: Exception) -> None:
        super().__init__(f"{step.change.item} {step.change.label or step.change.key!r}: {error}")
        self.step = step
        self.error = error


def refusal_error(refused: WriteRefusedError) -> e.PackageError:
    """The user's message for ``refused``: which item, which rule, what to do."""
    step, error = refused.step, refused.error
    if _is_final(error):
        local = step.local.record if step.local is not None else {}
        title = local.get("title") or step.change.label
        return e.PackageError(e.MSG_REFUSED_FINAL, title=e.shown(title))
    change = step.change
    return e.PackageError(
        e.MSG_REFUSED,
        what=e.part(_WHAT[change.item]),
        # "addressee of dimension 'gov'": an addressee is named by its dimension here
        label=e.shown(change.key if change.item == ADDRESSEE else change.label),
        reason=_reason(error),
    )


def _is_final(error: Exception) -> bool:
    if isinstance(error, AssessmentIsFinalError):
        return True
    return isinstance(error, WorkshopError) and error.message.template == MSG_FINAL


def _reason(error: Exception) -> Message:
    """The rule that refused, as the repository's error words it (translatable)."""
    if isinstance(error, InvalidActionError) and error.problems:
        messages = [Message(p.context, p.template, **p.params) for p in error.problems]
        unique = list({m.format(): m for m in messages}.values())
        reason = unique[0]
        for message in unique[1:]:
            reason = e.part(e.REASON_AND, first=reason, then=message)
        return reason
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message
    return e.part(e.REASON_UNKNOWN)
