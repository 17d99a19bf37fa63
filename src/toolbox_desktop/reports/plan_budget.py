"""The budget summary: planned and spent money by dimension and by funding source.

One section per currency, because amounts in different currencies are never added up (there
is no exchange rate the municipality would agree with). The totals come from
``core.plan.budget_overview`` so that the report and the budget screen agree to the cent,
including its rule that dropped actions do not count.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, TableStyle

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import Action, BudgetTotal, budget_overview
from toolbox_desktop.reports.document import HEADER_FILL, Heading, Styles, grid_table, spacer
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.plan_actions import plan_styles
from toolbox_desktop.reports.plan_format import PlanWords
from toolbox_desktop.reports.text import markup, short

TITLE = QT_TRANSLATE_NOOP("PlanReport", "Budget")
IN_CURRENCY = QT_TRANSLATE_NOOP("PlanReport", "Budget in {currency}")
TOTALS = QT_TRANSLATE_NOOP(
    "PlanReport", "Planned: {planned} · Spent: {spent} · Remaining: {remaining}"
)
SHARE = QT_TRANSLATE_NOOP("PlanReport", "{percent} of the planned budget has been spent.")
OVERSPENT = QT_TRANSLATE_NOOP("PlanReport", "More has been spent than planned.")
BY_DIMENSION = QT_TRANSLATE_NOOP("PlanReport", "By dimension")
BY_FUNDING = QT_TRANSLATE_NOOP("PlanReport", "By funding source")
COL_DIMENSION = QT_TRANSLATE_NOOP("PlanReport", "Dimension")
COL_FUNDING = QT_TRANSLATE_NOOP("PlanReport", "Funding source")
COL_ACTIONS = QT_TRANSLATE_NOOP("PlanReport", "Actions")
COL_PLANNED = QT_TRANSLATE_NOOP("PlanReport", "Planned")
COL_SPENT = QT_TRANSLATE_NOOP("PlanReport", "Spent")
COL_SHARE = QT_TRANSLATE_NOOP("PlanReport", "Spent share")
TOTAL = QT_TRANSLATE_NOOP("PlanReport", "Total")
DROPPED_NOTE = QT_TRANSLATE_NOOP(
    "PlanReport",
    "Dropped actions are not counted. Amounts in different currencies are never added up.",
)
NO_BUDGET = QT_TRANSLATE_NOOP("PlanReport", "No action has a budget yet.")
WIDTHS_MM = (66, 18, 34, 34, 22)
NUMBER_COLUMNS = (COL_ACTIONS, COL_PLANNED, COL_SPENT, COL_SHARE)
GROUPINGS = ((BY_DIMENSION, COL_DIMENSION), (BY_FUNDING, COL_FUNDING))


def budget_summary(actions: list[Action], words: PlanWords, styles: Styles) -> list:
    story: list = [Heading(words.tr(TITLE), styles.h1, 0)]
    overview = budget_overview(actions)
    with_money = any(a.budget_cents is not None or a.spent_cents is not None for a in actions)
    if not overview.currencies or not with_money:
        return [*story, Paragraph(markup(words.tr(NO_BUDGET)), styles.body)]
    story.append(Paragraph(markup(words.tr(DROPPED_NOTE)), styles.small))
    for currency in sorted(overview.currencies):
        total = overview.currencies[currency]
        heading = words.tr(IN_CURRENCY).format(currency=short(currency, 40))
        story.append(Heading(heading, styles.h2, 1))
        story.append(Paragraph(markup(totals_text(total, currency, words)), styles.body))
        for (title, column), rows in zip(
            GROUPINGS, currency_groups(overview, currency, words), strict=True
        ):
            table = _table(column, rows, total, currency, words, styles)
            story.append(KeepTogether([Paragraph(markup(words.tr(title)), styles.h2), table]))
        story.append(spacer())
    return story


def totals_text(total: BudgetTotal, currency: str, words: PlanWords) -> str:
    text = words.tr(TOTALS).format(
        planned=words.money(total.planned_cents, currency),
        spent=words.money(total.spent_cents, currency),
        remaining=words.money(total.planned_cents - total.spent_cents, currency),
    )
    if total.planned_cents:
        share = words.percent(100 * total.spent_cents / total.planned_cents)
        text += "\n" + words.tr(SHARE).format(percent=share)
    if total.spent_cents > total.planned_cents:
        text += "\n" + words.tr(OVERSPENT)
    return text


def currency_groups(overview, currency: str, words: PlanWords) -> list:
    """The groups of one currency by dimension, then by funding source (``GROUPINGS``)."""
    return [
        _rows(overview.by_dimension, currency, words.dimension),
        _rows(overview.by_funding, currency, words.funding),
    ]


def _rows(totals: dict, currency: str, name) -> list[tuple[str, BudgetTotal]]:
    """The groups of one currency, largest planned amount first (ties by name)."""
    rows = [(name(key), total) for (cur, key), total in totals.items() if cur == currency]
    return sorted(rows, key=lambda row: (-row[1].planned_cents, row[0]))


def budget_values(label: str, item: BudgetTotal, currency: str, words: PlanWords) -> list[str]:
    """A budget table's row: the group, its actions, planned, spent, spent share."""
    share = (
        words.percent(100 * item.spent_cents / item.planned_cents) if item.planned_cents else "–"
    )
    return [
        label,
        str(item.actions),
        words.money(item.planned_cents, currency),
        words.money(item.spent_cents, currency),
        share,
    ]


def _table(column, rows, total: BudgetTotal, currency: str, words: PlanWords, styles: Styles):
    extra = plan_styles(styles)
    tr = words.tr

    def line(label: str, item: BudgetTotal, bold: bool = False) -> list:
        right = extra["right_bold"] if bold else extra["right"]
        first, *numbers = budget_values(label, item, currency, words)
        return [
            Paragraph(markup(short(first, 200)), styles.cell_bold if bold else styles.cell),
            *(Paragraph(markup(value), right) for value in numbers),
        ]

    header = [Paragraph(markup(tr(column)), styles.cell_bold)] + [
        Paragraph(markup(tr(c)), extra["right_bold"]) for c in NUMBER_COLUMNS
    ]
    table = grid_table(
        [header, *(line(label, item) for label, item in rows), line(tr(TOTAL), total, True)],
        [w * mm for w in WIDTHS_MM],
    )
    table.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)]))
    return table
