"""The annual integration report: what was done in a year (actions completed, in progress,
dropped), indicator values against their targets, the money spent, and the texts the user
wrote for the year (summary, stories of volunteers and partners, next year's focus; a text not
written is left out)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import (
    STATUS_NAMES,
    Action,
    Indicator,
    budget_overview,
    year_in_review,
)
from toolbox_desktop.reports.document import (
    Heading,
    ReportOptions,
    build_pdf,
    cell_values,
    contents_block,
    grid_table,
    make_styles,
    spacer,
)
from toolbox_desktop.reports.long_text import text_paragraphs
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.plan_format import PlanWords
from toolbox_desktop.reports.text import markup, short
from toolbox_desktop.storage.annual_texts import AnnualTexts

CTX = "AnnualReport"
TITLE = QT_TRANSLATE_NOOP("AnnualReport", "Annual integration report {year}")
SUMMARY = QT_TRANSLATE_NOOP("AnnualReport", "Summary")
DONE_TITLE = QT_TRANSLATE_NOOP("AnnualReport", "Actions completed")
PROGRESS_TITLE = QT_TRANSLATE_NOOP("AnnualReport", "Actions in progress or planned")
DROPPED_TITLE = QT_TRANSLATE_NOOP("AnnualReport", "Actions dropped")
INDICATORS = QT_TRANSLATE_NOOP("AnnualReport", "Indicators against their targets")
BUDGET = QT_TRANSLATE_NOOP("AnnualReport", "Budget of the year's actions")
STORIES = QT_TRANSLATE_NOOP("AnnualReport", "Stories of volunteers and partners")
FOCUS = QT_TRANSLATE_NOOP("AnnualReport", "Next year's focus")
NO_ACTIONS = QT_TRANSLATE_NOOP("AnnualReport", "No actions.")
NO_INDICATORS = QT_TRANSLATE_NOOP("AnnualReport", "No indicator was measured in {year}.")
COUNTS = QT_TRANSLATE_NOOP(
    "AnnualReport",
    "{completed} completed, {in_progress} in progress or planned, {dropped} dropped.",
)
HEADERS = (
    QT_TRANSLATE_NOOP("AnnualReport", "Action"),
    QT_TRANSLATE_NOOP("AnnualReport", "Dimension"),
    QT_TRANSLATE_NOOP("AnnualReport", "Responsible"),
    QT_TRANSLATE_NOOP("AnnualReport", "Dates"),
    QT_TRANSLATE_NOOP("AnnualReport", "Status"),
)
INDICATOR_HEADERS = (
    QT_TRANSLATE_NOOP("AnnualReport", "Indicator"),
    QT_TRANSLATE_NOOP("AnnualReport", "Baseline"),
    QT_TRANSLATE_NOOP("AnnualReport", "Target"),
    QT_TRANSLATE_NOOP("AnnualReport", "Latest in the year"),
    QT_TRANSLATE_NOOP("AnnualReport", "Towards target"),
)
BUDGET_HEADERS = (
    QT_TRANSLATE_NOOP("AnnualReport", "Currency"),
    QT_TRANSLATE_NOOP("AnnualReport", "Planned"),
    QT_TRANSLATE_NOOP("AnnualReport", "Spent"),
    QT_TRANSLATE_NOOP("AnnualReport", "Actions"),
)


def build_annual_report(
    content: Content,
    profile: Profile,
    actions: list[Action],
    indicators: list[Indicator],
    texts: AnnualTexts,
    path: Path,
    options: ReportOptions | None = None,
) -> None:
    options = options or ReportOptions()
    lookup = options.translate
    styles = make_styles()
    year = texts.year
    title = lookup(CTX, TITLE).format(year=year)
    review = year_in_review(actions, year)
    words = PlanWords(content, lookup, options.language, date.today())  # money as in the plan
    story: list = [
        Paragraph(markup(title), styles.title),
        Paragraph(markup(profile.name), styles.subtitle),
        Paragraph(markup(counts_line(review, lookup)), styles.body),
        PageBreak(),
        *contents_block(styles, options),
    ]

    def text_section(heading: str, text: str) -> None:
        """The year's text under its heading; a text not written is left out, heading and
        all: the report is for the council, not a reminder of what to do in the app."""
        if text.strip():
            story.append(Heading(lookup(CTX, heading), styles.h1, 0))
            story.extend(text_paragraphs(text, styles.body))

    text_section(SUMMARY, texts.summary)
    widths = [62 * mm, 34 * mm, 32 * mm, 26 * mm, 20 * mm]
    for heading, group in action_groups(review):
        story.append(Heading(lookup(CTX, heading), styles.h1, 0))
        if not group:
            story.append(Paragraph(markup(lookup(CTX, NO_ACTIONS)), styles.body))
            continue
        rows = [[Paragraph(markup(lookup(CTX, h)), styles.cell_bold) for h in HEADERS]]
        for cells in action_rows(group, content, words):
            rows.append(cell_values([short(text, 600) for text in cells], widths, styles.cell))
        story.append(grid_table(rows, widths))
    story.append(Heading(lookup(CTX, INDICATORS), styles.h1, 0))
    story += _indicators(indicators, year, styles, lookup, options.language)
    story.append(Heading(lookup(CTX, BUDGET), styles.h1, 0))
    budget = budget_rows(review, words)
    if budget:
        rows = [[Paragraph(markup(lookup(CTX, h)), styles.cell_bold) for h in BUDGET_HEADERS]]
        rows += [[Paragraph(markup(text), styles.cell) for text in row] for row in budget]
        story.append(grid_table(rows, [30 * mm, 50 * mm, 50 * mm, 30 * mm]))
    else:
        story.append(Paragraph(markup(lookup(CTX, NO_ACTIONS)), styles.body))
    text_section(STORIES, texts.stories)
    text_section(FOCUS, texts.next_focus)
    story.append(spacer())
    build_pdf(path, story, (profile.name, title), options, title=title, with_contents=True)


def counts_line(review, lookup) -> str:
    """ "3 completed, 5 in progress or planned, 1 dropped." under the title."""
    return lookup(CTX, COUNTS).format(
        completed=len(review.completed),
        in_progress=len(review.in_progress),
        dropped=len(review.dropped),
    )


def action_groups(review) -> list:
    """(heading, actions): completed, in progress or planned, dropped."""
    return [
        (DONE_TITLE, review.completed),
        (PROGRESS_TITLE, review.in_progress),
        (DROPPED_TITLE, review.dropped),
    ]


def action_rows(group: list[Action], content: Content, words: PlanWords) -> list[list[str]]:
    """A row per action: title, dimension, responsible, dates, status (progress when in
    progress)."""
    dimensions = {d.code: f"{d.number}. {d.title}" for d in content.dimensions}
    rows = []
    for action in group:
        owner = " / ".join(p for p in (action.responsible_role, action.responsible_person) if p)
        dates = " – ".join(words.day(d) for d in (action.start, action.end) if d)
        status = words.translate("Plan", STATUS_NAMES.get(action.status, action.status))
        if action.status == "in-progress":
            status += f" ({action.progress} %)"
        rows.append(
            [
                action.title,
                dimensions.get(action.dimension, action.dimension),
                owner,
                dates,
                status,
            ]
        )
    return rows


def budget_rows(review, words: PlanWords) -> list[list[str]]:
    """A row per currency of the year's actions: planned, spent, actions ([] when none)."""
    overview = budget_overview(review.active)
    return [
        [
            currency,
            words.amount(total.planned_cents),
            words.amount(total.spent_cents),
            str(total.actions),
        ]
        for currency, total in sorted(overview.currencies.items())
    ]


def indicator_rows(indicators: list[Indicator], year: int, language: str) -> list[list[str]]:
    """A row per indicator measured in ``year``: baseline, target, the year's latest value
    and the share of the way from baseline to target."""
    rows = []

    def number(value: float) -> str:
        return formatting.format_number(value, language)

    for indicator in indicators:
        in_year = [m for m in indicator.measurements if m.measured_on.year == year]
        if not in_year:
            continue
        latest = max(in_year, key=lambda m: m.measured_on)
        towards = ""
        if indicator.baseline is not None and indicator.target not in (None, indicator.baseline):
            share = (latest.value - indicator.baseline) / (indicator.target - indicator.baseline)
            towards = formatting.format_percent(100 * share, language)
        unit = f" {indicator.unit}" if indicator.unit else ""
        measured = formatting.format_date(latest.measured_on, language)
        cells = (
            indicator.name,
            "" if indicator.baseline is None else f"{number(indicator.baseline)}{unit}",
            "" if indicator.target is None else f"{number(indicator.target)}{unit}",
            f"{number(latest.value)}{unit} ({measured})",
            towards,
        )
        rows.append(list(cells))
    return rows


def _indicators(
    indicators: list[Indicator], year: int, styles, lookup, language: str = "en"
) -> list:
    rows = [[Paragraph(markup(lookup(CTX, h)), styles.cell_bold) for h in INDICATOR_HEADERS]]
    widths = [60 * mm, 25 * mm, 25 * mm, 40 * mm, 24 * mm]
    for cells in indicator_rows(indicators, year, language):
        rows.append(cell_values([short(text, 400) for text in cells], widths, styles.cell))
    if len(rows) == 1:
        return [Paragraph(markup(lookup(CTX, NO_INDICATORS).format(year=year)), styles.body)]
    return [grid_table(rows, widths)]


def default_year(today: date | None = None) -> int:
    """The year a report is usually written about: the current one."""
    return (today or date.today()).year
