"""The action plan report: a cover, the actions at a glance (a numbered line each), a Gantt
chart on landscape pages, the budget by dimension and funding source, and the details of the
actions that have more than their line shows.

The order serves the council meeting the report is printed for: the overview and the timeline
first, the money next, the details last, found by the action's number. Sections are built
by ``plan_actions``, ``gantt`` and ``plan_budget``; this module puts them in order and
switches the page orientation around the chart. The report builds for any plan, from none
to thousands of actions, with any text in any field.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import STATUSES, Action, Indicator
from toolbox_desktop.reports.document import (
    Heading,
    ReportOptions,
    build_pdf,
    contents_block,
    grid_table,
    landscape_pages,
    make_styles,
    portrait_pages,
    spacer,
)
from toolbox_desktop.reports.gantt import GanttChart
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.plan_actions import details, numbered, overview, plan_styles
from toolbox_desktop.reports.plan_axis import Axis, chart_days, chart_rows
from toolbox_desktop.reports.plan_budget import budget_summary
from toolbox_desktop.reports.plan_format import PHASE, PlanWords, group_actions
from toolbox_desktop.reports.text import markup, short

TITLE = QT_TRANSLATE_NOOP("PlanReport", "Action plan")
PRINTED = QT_TRANSLATE_NOOP("PlanReport", "Printed on {day}")
NO_ACTIONS = QT_TRANSLATE_NOOP(
    "PlanReport", "No actions yet: add actions to the plan, then print this report again."
)
STATUS = QT_TRANSLATE_NOOP("PlanReport", "Status")
ACTIONS = QT_TRANSLATE_NOOP("PlanReport", "Actions")
TOTAL = QT_TRANSLATE_NOOP("PlanReport", "Total")
OVERDUE_COUNT = QT_TRANSLATE_NOOP("PlanReport", "of which overdue")
UNDATED_COUNT = QT_TRANSLATE_NOOP("PlanReport", "without dates")
TIMELINE = QT_TRANSLATE_NOOP("PlanReport", "Timeline")
NO_TIMELINE = QT_TRANSLATE_NOOP(
    "PlanReport", "No action has a start or end date yet, so there is no timeline to draw."
)
UNDATED = QT_TRANSLATE_NOOP("PlanReport", "Not in the chart because they have no dates ({count}):")
MORE = QT_TRANSLATE_NOOP("PlanReport", "… and {count} more")
UNDATED_LISTED = 100  # names in the "undated" note; the lists and details have them all


def build_plan_report(
    content: Content,
    profile: Profile | None,
    actions: list[Action],
    indicators: list[Indicator],
    path: Path,
    options: ReportOptions | None = None,
    group_by: str = PHASE,
    today: date | None = None,
) -> None:
    """Write the action plan report to ``path``; ``group_by`` is "phase" or "dimension"."""
    options = options or ReportOptions()
    words = PlanWords(content, options.translate, options.language, today or date.today())
    groups = group_actions(actions, words, group_by)  # checks group_by before any work
    styles = make_styles()
    title = words.tr(TITLE)
    place = profile.name if profile and profile.name else ""
    story = _cover(actions, words, styles, title, place)
    if not actions:
        story.append(Paragraph(markup(words.tr(NO_ACTIONS)), styles.subtitle))
        build_pdf(path, story, (place, title), options, title=title)
        return
    story.append(PageBreak())
    story += contents_block(styles, options)
    numbers = numbered(groups)
    story += overview(groups, words, styles, group_by, numbers)
    story += landscape_pages()
    story += _timeline(groups, words, styles)
    story += portrait_pages()
    story += budget_summary(actions, words, styles)
    more = details(groups, words, styles, numbers, linked_indicators(indicators))
    if more:
        story += [PageBreak(), *more]
    build_pdf(path, story, (place, title), options, title=title, with_contents=True)


def _cover(actions: list[Action], words: PlanWords, styles, title: str, place: str) -> list:
    story: list = [
        spacer(30),
        Paragraph(markup(title), styles.title),
        Paragraph(markup(place), styles.subtitle),
        Paragraph(markup(words.tr(PRINTED).format(day=words.day(words.today))), styles.body),
        spacer(8),
    ]
    if not actions:
        return story
    extra = plan_styles(styles)
    rows = [
        [
            Paragraph(markup(words.tr(STATUS)), styles.cell_bold),
            Paragraph(markup(words.tr(ACTIONS)), extra["right_bold"]),
        ]
    ]
    for label, count, bold in status_counts(actions, words):
        rows.append(
            [
                Paragraph(markup(short(label, 100)), styles.cell_bold if bold else styles.cell),
                Paragraph(str(count), extra["right_bold" if bold else "right"]),
            ]
        )
    table = grid_table(rows, [70 * mm, 30 * mm])
    table.hAlign = "LEFT"
    story.append(table)
    return story


def status_counts(actions: list[Action], words: PlanWords) -> list[tuple[str, int, bool]]:
    """The cover's table: (status, actions, bold) per status in use, the total (bold), then
    how many are overdue and undated when any are."""
    counts = Counter(action.status for action in actions)
    known = [s for s in STATUSES if counts[s]]
    unknown = sorted(s for s in counts if s not in STATUSES)
    rows = [(words.status(status), counts[status], False) for status in [*known, *unknown]]
    rows.append((words.tr(TOTAL), len(actions), True))
    overdue = sum(1 for action in actions if words.overdue(action))
    undated = sum(1 for action in actions if not (action.start or action.end))
    for label, count in ((OVERDUE_COUNT, overdue), (UNDATED_COUNT, undated)):
        if count:
            rows.append((words.tr(label), count, False))
    return rows


def undated_names(groups, words: PlanWords) -> tuple[str, list[str]]:
    """The note under the chart on the actions it leaves out (no dates): its label and up
    to ``UNDATED_LISTED`` titles; ("", []) when every action has a date."""
    undated = [a for _name, actions in groups for a in actions if not (a.start or a.end)]
    if not undated:
        return "", []
    names = [short(a.title, 80) for a in undated[:UNDATED_LISTED]]
    if len(undated) > UNDATED_LISTED:
        names.append(words.tr(MORE).format(count=len(undated) - UNDATED_LISTED))
    return words.tr(UNDATED).format(count=len(undated)), names


def linked_indicators(indicators: list[Indicator]) -> dict[int, list[Indicator]]:
    """Action id -> its indicators."""
    by_action: dict[int, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.action_id is not None:
            by_action.setdefault(indicator.action_id, []).append(indicator)
    return by_action


def _timeline(groups, words: PlanWords, styles) -> list:
    """The Gantt chart (on as many landscape pages as it needs) and the undated note."""
    story: list = [Heading(words.tr(TIMELINE), styles.h1, 0)]
    rows = chart_rows(groups)
    if rows:
        story.append(GanttChart(rows, Axis.covering(chart_days(rows)), words))
    else:
        story.append(Paragraph(markup(words.tr(NO_TIMELINE)), styles.body))
    note, names = undated_names(groups, words)
    if names:
        text = f"<b>{markup(note)}</b> " + " · ".join(markup(n) for n in names)
        story += [spacer(2), Paragraph(text, styles.small)]
    return story
