"""Export the action plan: CSV for spreadsheets, iCalendar for the officer's calendar.

CSV: the first column the action's row number (what ``report proposal --actions`` takes), the
last its Permanent ID (its uid, which ``plan import`` matches on, so that importing the file
again updates instead of adding); UTF-8 with a byte-order mark (so Excel reads accents and
any script correctly), comma or semicolon as separator (semicolon is what Excel expects in
most of continental Europe; the decimal mark follows: "." with commas, "," with semicolons),
every cell quoted as needed by the csv module (quotes, separators and line breaks survive),
and text that a spreadsheet would run as a formula (starting with = + - @) prefixed with an
apostrophe.

iCalendar (RFC 5545): one all-day event per action deadline and per milestone, text escaped,
lines folded at 75 octets, CRLF line ends, and UIDs that stay the same on every export so that
a calendar updates events instead of duplicating them (a milestone's from its stored ``uid``,
not its position: removing or reordering the others leaves its event alone).

In both, texts lose their control characters (``core.clean_text``: ESC, NUL and the like,
which another program may have put into the database); only the description and the list of
milestones keep their line breaks.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from toolbox_desktop import __version__
from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import (
    DROPPED,
    FUNDING_SOURCES,
    PARTNER_KINDS,
    PHASE_NAMES,
    STATUS_NAMES,
    Action,
    is_overdue,
)
from toolbox_desktop.storage.atomic_file import write_atomically
from toolbox_desktop.storage.town_identity import database_id  # noqa: F401 (callers import it here)

CSV_COLUMNS = (
    ("id", QT_TRANSLATE_NOOP("PlanExport", "ID")),
    ("title", QT_TRANSLATE_NOOP("PlanExport", "Action")),
    ("description", QT_TRANSLATE_NOOP("PlanExport", "Description")),
    ("dimension", QT_TRANSLATE_NOOP("PlanExport", "Dimension")),
    ("benchmarks", QT_TRANSLATE_NOOP("PlanExport", "Benchmarks")),
    ("responsible_role", QT_TRANSLATE_NOOP("PlanExport", "Responsible role")),
    ("responsible_person", QT_TRANSLATE_NOOP("PlanExport", "Responsible person")),
    ("partners", QT_TRANSLATE_NOOP("PlanExport", "Partners")),
    ("partner_names", QT_TRANSLATE_NOOP("PlanExport", "Partner names")),
    ("start", QT_TRANSLATE_NOOP("PlanExport", "Start")),
    ("end", QT_TRANSLATE_NOOP("PlanExport", "End")),
    ("phase", QT_TRANSLATE_NOOP("PlanExport", "Phase")),
    ("status", QT_TRANSLATE_NOOP("PlanExport", "Status")),
    ("overdue", QT_TRANSLATE_NOOP("PlanExport", "Overdue")),
    ("priority", QT_TRANSLATE_NOOP("PlanExport", "Priority")),
    ("progress", QT_TRANSLATE_NOOP("PlanExport", "Progress %")),
    ("budget", QT_TRANSLATE_NOOP("PlanExport", "Budget")),
    ("spent", QT_TRANSLATE_NOOP("PlanExport", "Spent")),
    ("currency", QT_TRANSLATE_NOOP("PlanExport", "Currency")),
    ("budget_line", QT_TRANSLATE_NOOP("PlanExport", "Budget line")),
    ("funding_source", QT_TRANSLATE_NOOP("PlanExport", "Funding source")),
    ("milestones", QT_TRANSLATE_NOOP("PlanExport", "Milestones")),
    # The action's uid, as in the spreadsheet export: what an import matches on. The first
    # column's ID is the database's row number (``report proposal --actions`` takes it).
    ("uid", QT_TRANSLATE_NOOP("PlanExport", "Permanent ID")),
)
YES, NO = QT_TRANSLATE_NOOP("PlanExport", "yes"), QT_TRANSLATE_NOOP("PlanExport", "no")
DONE_MARK = QT_TRANSLATE_NOOP("PlanExport", "done")
DEADLINE = QT_TRANSLATE_NOOP("PlanExport", "Deadline: {title}")
MILESTONE = QT_TRANSLATE_NOOP("PlanExport", "Milestone: {milestone} ({title})")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MULTILINE_COLUMNS = ("description", "milestones")  # the rest are one line each


def _identity(context: str, text: str) -> str:
    del context
    return text


def money(cents: int | None, decimal_mark: str) -> str:
    """Cents as a plain number a spreadsheet reads: 1250050 -> "12500.50" or "12500,50"."""
    if cents is None:
        return ""
    whole, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{whole}{decimal_mark}{rest:02d}"


def guard_formula(text: str) -> str:
    """Keep a spreadsheet from running text as a formula (CSV injection)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def plan_csv(
    actions: list[Action],
    content: Content,
    delimiter: str = ",",
    today: date | None = None,
    translate=_identity,
    uids: dict[int, str] | None = None,
) -> str:
    """The plan as CSV text (without the byte-order mark; ``write_csv`` adds it); ``uids``
    (action id -> uid, ``storage/plan_import.action_uids``) fill the Permanent ID column."""
    if delimiter not in (",", ";"):
        raise ValueError("the separator must be ',' or ';'")
    today = today or date.today()
    decimal_mark = "." if delimiter == "," else ","
    titles = {d.code: f"{d.number}. {d.title}" for d in content.dimensions}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([translate("PlanExport", header) for _key, header in CSV_COLUMNS])
    for action in actions:
        milestones = "\n".join(
            " ".join(
                part
                for part in (
                    m.due.isoformat() if m.due else "",
                    clean_text(m.title),
                    f"({translate('PlanExport', DONE_MARK)})" if m.done else "",
                )
                if part
            )
            for m in action.milestones
        )
        values = {
            "id": str(action.id or ""),
            "title": action.title,
            "description": action.description,
            "dimension": titles.get(action.dimension, action.dimension),
            "benchmarks": " ".join(action.benchmarks),
            "responsible_role": action.responsible_role,
            "responsible_person": action.responsible_person,
            "partners": ", ".join(
                translate("Plan", PARTNER_KINDS[p]) for p in action.partners if p in PARTNER_KINDS
            ),
            "partner_names": action.partner_names,
            "start": action.start.isoformat() if action.start else "",
            "end": action.end.isoformat() if action.end else "",
            "phase": translate("Plan", PHASE_NAMES.get(action.phase, action.phase)),
            "status": translate("Plan", STATUS_NAMES.get(action.status, action.status)),
            "overdue": translate("PlanExport", YES if is_overdue(action, today) else NO),
            "priority": str(action.priority),
            "progress": str(action.progress),
            "budget": money(action.budget_cents, decimal_mark),
            "spent": money(action.spent_cents, decimal_mark),
            "currency": action.currency,
            "budget_line": action.budget_line,
            "funding_source": translate(
                "Plan", FUNDING_SOURCES.get(action.funding_source, action.funding_source)
            )
            if action.funding_source
            else "",
            "milestones": milestones,
            "uid": (uids or {}).get(action.id, ""),
        }
        writer.writerow(
            [
                guard_formula(clean_text(values[key], key in MULTILINE_COLUMNS))
                for key, _header in CSV_COLUMNS
            ]
        )
    return out.getvalue()


def write_csv(path: Path, text: str) -> None:
    """Write CSV as UTF-8 with a byte-order mark, replacing the file only when complete."""
    write_atomically(Path(path), ("\ufeff" + text).encode("utf-8"))


# -- iCalendar ---------------------------------------------------------------------------
def ical_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def ical_fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def plan_ical(
    actions: list[Action], calendar_id: str, now: datetime | None = None, translate=_identity
) -> str:
    """Deadlines and milestones of the plan (dropped actions left out) as an iCalendar file."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    calendar_id = clean_text(calendar_id)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Local Integration Toolbox//toolbox-desktop {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]

    def event(uid: str, day: date, summary: str, description: str) -> None:
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}@{calendar_id}",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
                f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
                f"SUMMARY:{ical_escape(clean_text(summary))}",
                f"DESCRIPTION:{ical_escape(clean_text(description, multiline=True))}",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        )

    for action in actions:
        if action.status == DROPPED:
            continue
        details = "\n".join(
            part
            for part in (
                translate("Plan", STATUS_NAMES.get(action.status, action.status)),
                clean_text(
                    " / ".join(p for p in (action.responsible_role, action.responsible_person) if p)
                ),
                clean_text(" ".join(action.benchmarks)),
                action.description,
            )
            if part
        )
        if action.end:
            summary = translate("PlanExport", DEADLINE).format(title=action.title)
            event(f"action-{action.id}-end", action.end, summary, details)
        for position, milestone in enumerate(action.milestones):
            if milestone.due:
                summary = translate("PlanExport", MILESTONE).format(
                    milestone=milestone.title, title=action.title
                )
                # The stored uid, so that removing or reordering other milestones leaves the
                # event where it is; the position only for a milestone never stored.
                key = milestone.uid or str(position)
                event(f"action-{action.id}-milestone-{key}", milestone.due, summary, details)
    lines.append("END:VCALENDAR")
    return "".join(ical_fold(line) + "\r\n" for line in lines)


def write_ical(path: Path, text: str) -> None:
    """Write the calendar, replacing the file only when complete."""
    write_atomically(Path(path), text.encode("utf-8"))
