"""Every limit on what the app stores, declared once.

The editors stop typing at these lengths, the core checks (``check_action``,
``validate_rating``, ``check_texts``) refuse anything longer, the package format accepts
exactly these and the reports are built and measured with every field at its limit. So what
can be typed can be stored, exported, imported on another laptop and printed, and a package
from elsewhere cannot hold what this app could not show.

Why these numbers (characters, counted as Python counts them; Qt's editors count UTF-16
units, which is never fewer, so what an editor takes always fits):

- ``LINE`` 300: one line of text (titles, names, roles, units, a budget line). The longest
  place names in Europe have under 60 letters and a title of 300 fills three printed lines;
  more is a description typed into the wrong field.
- ``NAMES`` 2,000: a list kept on one line (an action's partner names): some 50
  organisations.
- ``LINK`` 2,000: a file's path or an address: far beyond the 260 of a Windows path, as long
  as the longest address browsers commonly accept.
- ``NOTE`` 2,000: a measured value's note, shown in one table cell.
- ``TEXT`` 20,000: texts of several paragraphs (evidence, notes, a description, the annual
  report's texts): about six printed pages each, room for a pasted document. Not more, so
  that an assessment with all 68 ratings' texts and links at their limits (5.5 million
  characters) still fits a package (``exchange.format.Limits``: 40 MB a file) and prints in
  about a minute (benchmarks/limits.py).

Counts are generous for a town (the plan is measured with 10,000 actions; twenty documents
back up one rating) and stop a package from holding millions of items; a package must also
stay within its byte limits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Limits"

# -- lengths of texts, in characters ---------------------------------------------------------
LINE = 300
NAMES = 2_000
LINK = 2_000
NOTE = 2_000
TEXT = 20_000

PROFILE = {"name": LINE, "country": LINE, "region": LINE, "staff_time": LINE}
ASSESSMENT = {"title": LINE, "participants": TEXT}
RATING = {"evidence": TEXT, "notes": TEXT, "rated_by": LINE}
ACTION = {
    "title": LINE,
    "description": TEXT,
    "responsible_role": LINE,
    "responsible_person": LINE,
    "partner_names": NAMES,
    "budget_line": LINE,
}
MILESTONE = {"title": LINE}
INDICATOR = {"name": LINE, "unit": LINE}
MEASUREMENT = {"note": NOTE}
ANNUAL_TEXTS = {"summary": TEXT, "stories": TEXT, "next_focus": TEXT}
# A fact sandwich is said aloud in a minute: a note per part is plenty.
FACT_SANDWICH = {"topic": LINE, "fact": NOTE, "myth": NOTE, "why_wrong": NOTE, "fact_again": NOTE}
WORKSHOP_PARTICIPANT = {"name": LINE}
# A participant's note is their own rating's notes, carried in a participant file.
PARTICIPANT_RATING = {"note": RATING["notes"]}

# -- counts -------------------------------------------------------------------------------
LINKS_PER_RATING = 20
BENCHMARKS_PER_ACTION = 100  # the toolbox has 68
MILESTONES_PER_ACTION = 100
MEASUREMENTS_PER_INDICATOR = 1_000  # monthly values for 80 years
PARTICIPANTS_PER_WORKSHOP = 1_000
ASSESSMENTS_PER_PACKAGE = 1_000
PEERS_PER_PACKAGE = 20_000  # a region's coordinator: 1,000 towns over many years
ACTIONS_PER_PACKAGE = 10_000
INDICATORS_PER_PACKAGE = 10_000
FACT_SANDWICHES_PER_PACKAGE = 10_000

# -- what the user reads --------------------------------------------------------------------
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Limits", "{field}: {length} characters, more than the {limit} that fit. Shorten the text."
)
MSG_TOO_MANY = QT_TRANSLATE_NOOP("Limits", "{field}: {count}, more than the {limit} allowed.")
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Limits", "Name"),
    "country": QT_TRANSLATE_NOOP("Limits", "Country"),
    "region": QT_TRANSLATE_NOOP("Limits", "Region"),
    "staff_time": QT_TRANSLATE_NOOP("Limits", "Staff time"),
    "title": QT_TRANSLATE_NOOP("Limits", "Title"),
    "participants": QT_TRANSLATE_NOOP("Limits", "Who took part"),
    "workshop_participants": QT_TRANSLATE_NOOP("Limits", "Workshop participants"),
    "evidence": QT_TRANSLATE_NOOP("Limits", "Evidence"),
    "notes": QT_TRANSLATE_NOOP("Limits", "Notes"),
    "rated_by": QT_TRANSLATE_NOOP("Limits", "Rated by"),
    "links": QT_TRANSLATE_NOOP("Limits", "Linked files"),
    "description": QT_TRANSLATE_NOOP("Limits", "Description"),
    "responsible_role": QT_TRANSLATE_NOOP("Limits", "Responsible role"),
    "responsible_person": QT_TRANSLATE_NOOP("Limits", "Responsible person"),
    "partner_names": QT_TRANSLATE_NOOP("Limits", "Partner names"),
    "budget_line": QT_TRANSLATE_NOOP("Limits", "Budget line"),
    "benchmarks": QT_TRANSLATE_NOOP("Limits", "Linked benchmarks"),
    "milestones": QT_TRANSLATE_NOOP("Limits", "Milestones"),
    "milestone": QT_TRANSLATE_NOOP("Limits", "Milestone"),
    "unit": QT_TRANSLATE_NOOP("Limits", "Unit"),
    "measurements": QT_TRANSLATE_NOOP("Limits", "Measured values"),
    "note": QT_TRANSLATE_NOOP("Limits", "Note"),
    "summary": QT_TRANSLATE_NOOP("Limits", "Summary"),
    "stories": QT_TRANSLATE_NOOP("Limits", "Stories"),
    "next_focus": QT_TRANSLATE_NOOP("Limits", "Next year's focus"),
}


def field_name(field: str) -> Message:
    return Message(CTX, FIELD_NAMES.get(field, field))


@dataclass(frozen=True)
class Excess:
    """A value over its limit: which field, how long (or how many) and what is allowed."""

    field: str
    size: int
    limit: int
    counted: bool = False  # a number of items, not of characters

    def message(self) -> Message:
        if self.counted:
            return Message(
                CTX, MSG_TOO_MANY, field=field_name(self.field), count=self.size, limit=self.limit
            )
        return Message(
            CTX, MSG_TOO_LONG, field=field_name(self.field), length=self.size, limit=self.limit
        )


class LimitError(ValueError):
    """A value longer (or a list longer) than its limit; ``message`` says which and what to
    do, in words the window translates."""

    def __init__(self, excess: Excess) -> None:
        self.excess = excess
        self.message = excess.message()
        super().__init__(str(self.message))


def excesses(record: object, limits: Mapping[str, int]) -> list[Excess]:
    """The text fields of ``record`` (an object or a dict) longer than their ``limits``."""
    found = []
    for field, limit in limits.items():
        value = record.get(field, "") if isinstance(record, Mapping) else getattr(record, field)
        if value is not None and len(value) > limit:
            found.append(Excess(field, len(value), limit))
    return found


def count_excess(field: str, items: object, limit: int) -> Excess | None:
    """An ``Excess`` when ``items`` (a list, tuple...) holds more than ``limit`` items."""
    size = len(items)  # type: ignore[arg-type]
    return Excess(field, size, limit, counted=True) if size > limit else None


def check_texts(record: object, limits: Mapping[str, int]) -> None:
    """Raise ``LimitError`` for the first text of ``record`` over its limit."""
    found = excesses(record, limits)
    if found:
        raise LimitError(found[0])
