"""What was changed on this computer after a package was made is kept, field by field.

Why: two laptops of one town pass packages back and forth; a package made on Monday and
imported on Wednesday must not take back what was typed here on Tuesday, and must still bring
what it changes in the fields nobody touched here since. Each field's last change here is in
the edit history (an action's, indicator's, fact sandwich's, annual text's, the profile's and
an assessment's details; a rating's in its own row and the rating history, which also knows
one removed), stamped, for what an import wrote, with the time its package was made
(``storage.version_stamp``). A field whose last change here is later than the package keeps
this computer's value; the others take the package's. A row deleted here after the package
was made stays deleted (its indicators in the package with it). The user may choose to take
the package's older values all the same (``replace``); what they replace stays in the
histories.

The times are the laptops' clocks: a package that says it was made later than this
computer's clock shows it (``clock_note``), since one of the two clocks is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace as replace_change
from datetime import UTC, datetime, timedelta

from toolbox_desktop.core.i18n import Message
from toolbox_desktop.exchange import errors as e
from toolbox_desktop.exchange.changes import KEPT, RESTORED, UNCHANGED, UPDATE, Step
from toolbox_desktop.storage.version_stamp import parse_stamp

CLOCK_SLACK = timedelta(minutes=5)  # clocks a few minutes apart are not worth a word


@dataclass(frozen=True)
class Later:
    """When the package was made, and whether the user chose to replace what was changed
    here since (else it is kept)."""

    made: datetime | None  # None: a manifest whose time cannot be read compares nothing
    replace: bool = False

    def after(self, *stamps: str | None) -> datetime | None:
        """The latest of ``stamps`` if it is later than the package; None otherwise, or when
        no time can be read."""
        if self.made is None:
            return None
        times = [moment for moment in map(parse_stamp, stamps) if moment is not None]
        latest = max(times, default=None)
        return latest if latest is not None and latest > self.made else None

    def note(self, changed: datetime) -> Message:
        template = e.MSG_REPLACED_LATER if self.replace else e.MSG_KEPT_LATER
        return Message(e.CTX, template, changed=changed, made=self.made)

    def deleted_note(self, deleted: datetime) -> Message:
        template = e.MSG_RESTORED_LATER if self.replace else e.MSG_KEPT_DELETED
        return Message(e.CTX, template, changed=deleted, made=self.made)


def clock_note(made: datetime | None, now: datetime | None = None) -> Message | None:
    """A note when the package says it was made later than this computer's clock."""
    now = now or datetime.now(UTC)
    if made is None or made <= now + CLOCK_SLACK:
        return None
    return Message(e.CTX, e.MSG_CLOCK_AHEAD, made=made, now=now)


def keep_later_fields(
    record: dict, stored: dict, times: dict[str, str], later: Later, skip=("uid",)
) -> tuple[dict, tuple[str, ...], datetime | None]:
    """``record`` (the package's) with each field changed here after the package was made
    put back as ``stored`` has it (unless the user chose to replace them): (the record, the
    fields changed here later, the latest of their changes)."""
    later_fields, moments = [], []
    for name, value in record.items():
        if name in skip or value == stored.get(name):
            continue
        moment = later.after(times.get(name))
        if moment is not None:
            later_fields.append(name)
            moments.append(moment)
    if not later_fields:
        return record, (), None
    if not later.replace:
        record = {**record, **{name: stored[name] for name in later_fields}}
    return record, tuple(later_fields), max(moments)


def kept_or_replaced(
    step: Step, stored: dict, times: dict[str, str], later: Later, deleted_at: str | None = None
) -> Step:
    """``step`` (as it would be without later changes here) with them: a row deleted here
    after the package was made stays deleted; fields changed here since keep their values.
    The change says which fields (``kept_fields``) and when, or that they were replaced."""
    change = step.change
    if change.action not in (UPDATE, UNCHANGED) or step.record is None:
        return step
    deleted = later.after(deleted_at) if RESTORED in change.fields else None
    if deleted is not None:
        if later.replace:
            restored = replace_change(change, note=later.deleted_note(deleted))
            return Step(restored, step.record, step.local)
        kept = replace_change(
            change, action=KEPT, note=later.deleted_note(deleted), kept_later=True
        )
        return Step(kept, step.record, step.local)
    record, later_fields, moment = keep_later_fields(step.record, stored, times, later)
    if moment is None:
        return step
    fields = tuple(name for name in change.fields if name not in later_fields or later.replace)
    if later.replace:
        replaced = replace_change(change, note=later.note(moment), kept_fields=later_fields)
        return Step(replaced, record, step.local)
    action = UPDATE if fields else KEPT
    kept = replace_change(
        change,
        action=action,
        fields=fields,
        note=later.note(moment),
        kept_later=True,
        kept_fields=later_fields,
    )
    return Step(kept, record, step.local)
