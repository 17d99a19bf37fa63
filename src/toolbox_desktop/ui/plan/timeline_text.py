"""Every text the timeline shows: group titles, axis labels, tooltips and the spoken summary.

One place, so that the chart, its tooltips and its accessible description say the same thing,
and every template is a literal ``translate`` call that lupdate can find.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from toolbox_desktop.core import formatting
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import (
    PHASE_NAMES,
    STATUS_NAMES,
    Action,
    is_overdue,
    overdue_milestones,
)
from toolbox_desktop.ui.common.formatting import dimension_label
from toolbox_desktop.ui.common.plain_text import as_typed


class Timeline(QObject):
    """The translation context of these texts, for a plural message: lupdate reads
    ``Timeline.tr(text, "", count)`` as one (``QCoreApplication.translate`` with a count it
    reads as singular)."""


# Each template is a literal translate("Timeline", ...) call: lupdate sees only those.
def format_day(day: date | None) -> str:
    if day is None:
        return QCoreApplication.translate("Timeline", "not set")
    return formatting.format_date(day, QLocale().name())


def month_label(first: date, months: int) -> str:
    """Label of an axis unit: "Mar" for a month, "Q2" for a quarter."""
    if months == 1:
        return QLocale().standaloneMonthName(first.month, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Timeline", "Q{number}").format(
        number=(first.month - 1) // 3 + 1
    )


def year_label(year: int) -> str:
    return str(year)


def dimension_title(content: Content, code: str) -> str:
    if not code:
        return QCoreApplication.translate("Timeline", "No dimension")
    dimension = content.dimension(code)
    if dimension is None:
        return code  # a dimension a content update removed: still show where it was
    return dimension_label(dimension.number, dimension.title)


def phase_title(phase: str) -> str:
    if phase in PHASE_NAMES:
        return QCoreApplication.translate("Plan", PHASE_NAMES[phase])
    return phase or QCoreApplication.translate("Timeline", "No phase")


def undated_title() -> str:
    return QCoreApplication.translate("Timeline", "Without dates")


def status_name(status: str) -> str:
    return (
        QCoreApplication.translate("Plan", STATUS_NAMES[status])
        if status in STATUS_NAMES
        else status
    )


def owner_text(action: Action) -> str:
    person, role = action.responsible_person.strip(), action.responsible_role.strip()
    if person and role:
        return QCoreApplication.translate("Timeline", "{person} ({role})").format(
            person=person, role=role
        )
    return person or role


def group_header_text(title: str, count: int) -> str:
    return QCoreApplication.translate("Timeline", "{title} ({count})").format(
        title=title, count=formatting.format_number(count, QLocale().name())
    )


def undated_hint() -> str:
    return QCoreApplication.translate(
        "Timeline", "No dates yet: double-click or press Enter to plan it"
    )


def action_tooltip(action: Action, today: date) -> str:
    """Rich-text tooltip of a bar: title, dates, status, owner, and lateness."""
    lines = [f"<b>{html.escape(action.title)}</b>"]
    lines.append(
        html.escape(
            QCoreApplication.translate("Timeline", "{start} – {end}").format(
                start=format_day(action.start), end=format_day(action.end)
            )
        )
    )
    lines.append(
        html.escape(
            QCoreApplication.translate("Timeline", "Status: {status}").format(
                status=status_name(action.status)
            )
        )
    )
    if action.progress:
        progress = QCoreApplication.translate("Timeline", "Progress: {percent} %").format(
            percent=formatting.format_number(action.progress, QLocale().name())
        )
        lines.append(html.escape(progress))
    owner = owner_text(action)
    if owner:
        lines.append(
            html.escape(
                QCoreApplication.translate("Timeline", "Responsible: {owner}").format(owner=owner)
            )
        )
    if is_overdue(action, today):
        late = (today - action.end).days
        text = Timeline.tr("Overdue by %n day(s)", "", late)
        lines.append(f"<span style='color:#B42318'><b>{html.escape(text)}</b></span>")
    late_milestones = overdue_milestones(action, today)
    if late_milestones:
        text = QCoreApplication.translate("Timeline", "Overdue milestones: {count}").format(
            count=formatting.format_number(len(late_milestones), QLocale().name())
        )
        lines.append(f"<span style='color:#B42318'>{html.escape(text)}</span>")
    return "<br>".join(lines)


def milestone_tooltip(title: str, due: date | None, done: bool, late: bool) -> str:
    if done:
        state = QCoreApplication.translate("Timeline", "done")
    elif late:
        state = QCoreApplication.translate("Timeline", "overdue")
    else:
        state = QCoreApplication.translate("Timeline", "open")
    text = QCoreApplication.translate("Timeline", "Milestone: {title}, {date} ({state})").format(
        title=title, date=format_day(due), state=state
    )
    return as_typed(text)


def action_summary(action: Action, today: date) -> str:
    """One plain sentence about an action, for the accessible description and status tips."""
    text = QCoreApplication.translate("Timeline", "{title}: {start} – {end}, {status}").format(
        title=action.title,
        start=format_day(action.start),
        end=format_day(action.end),
        status=status_name(action.status),
    )
    if is_overdue(action, today):
        text = QCoreApplication.translate("Timeline", "{summary}, overdue").format(summary=text)
    return text


def today_label() -> str:
    return QCoreApplication.translate("Timeline", "Today")


def chart_title(grouping: str) -> str:
    if grouping == "phase":
        return QCoreApplication.translate("Timeline", "Actions by phase")
    return QCoreApplication.translate("Timeline", "Actions by dimension")


def drag_text(start: date | None, end: date | None) -> str:
    return QCoreApplication.translate("Timeline", "{start} – {end}").format(
        start=format_day(start), end=format_day(end)
    )
