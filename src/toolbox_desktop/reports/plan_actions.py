"""The plan's actions twice: one table per group to scan, then every action in full.

Table cells cannot continue on the next page, so the tables show short, cut text; the full
text (descriptions may run to many pages) is in the details, written as paragraphs that
reportlab can break anywhere. Each detail block is a handful of paragraphs, not a table: a
plan of ten thousand actions must still lay out in reasonable time. Each of those paragraphs
is of bounded size (``long_text``), so that an action with every text and list at its limit
costs no more than its length.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, TableStyle

from toolbox_desktop.core.assessment import PRIORITY_NAMES
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import Action, Indicator, overdue_milestones
from toolbox_desktop.reports.document import ACCENT, Heading, Styles, grid_table, spacer
from toolbox_desktop.reports.long_text import labelled, line_paragraphs, text_paragraphs
from toolbox_desktop.reports.plan_flowables import Para, draft_table
from toolbox_desktop.reports.plan_format import PHASE, PlanWords
from toolbox_desktop.reports.text import clean, markup, short, visual

OVERVIEW = QT_TRANSLATE_NOOP("PlanReport", "Actions at a glance")
DETAILS = QT_TRANSLATE_NOOP("PlanReport", "Action details")
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanReport", "Action"),
    QT_TRANSLATE_NOOP("PlanReport", "Responsible"),
    QT_TRANSLATE_NOOP("PlanReport", "Dates"),
    QT_TRANSLATE_NOOP("PlanReport", "Status"),
    QT_TRANSLATE_NOOP("PlanReport", "Progress"),
    QT_TRANSLATE_NOOP("PlanReport", "Budget / spent"),
)
WIDTHS_MM = (48, 30, 22, 20, 18, 36)
OVERDUE = QT_TRANSLATE_NOOP("PlanReport", "Overdue")
SPENT = QT_TRANSLATE_NOOP("PlanReport", "spent {amount}")
DIMENSION = QT_TRANSLATE_NOOP("PlanReport", "Dimension")
PHASE_LABEL = QT_TRANSLATE_NOOP("PlanReport", "Phase")
RESPONSIBLE = QT_TRANSLATE_NOOP("PlanReport", "Responsible")
PARTNERS = QT_TRANSLATE_NOOP("PlanReport", "Partners")
DATES = QT_TRANSLATE_NOOP("PlanReport", "Dates")
STATUS = QT_TRANSLATE_NOOP("PlanReport", "Status")
PRIORITY = QT_TRANSLATE_NOOP("PlanReport", "Priority")
PROGRESS = QT_TRANSLATE_NOOP("PlanReport", "Progress")
BUDGET = QT_TRANSLATE_NOOP("PlanReport", "Budget")
SPENT_LABEL = QT_TRANSLATE_NOOP("PlanReport", "Spent")
FUNDING = QT_TRANSLATE_NOOP("PlanReport", "Funding source")
BUDGET_LINE = QT_TRANSLATE_NOOP("PlanReport", "Budget line")
BENCHMARKS = QT_TRANSLATE_NOOP("PlanReport", "Benchmarks")
MILESTONES = QT_TRANSLATE_NOOP("PlanReport", "Milestones")
INDICATORS = QT_TRANSLATE_NOOP("PlanReport", "Indicators")
DONE = QT_TRANSLATE_NOOP("PlanReport", "done")
LATE = QT_TRANSLATE_NOOP("PlanReport", "overdue")
NO_DUE = QT_TRANSLATE_NOOP("PlanReport", "no date")
BASELINE = QT_TRANSLATE_NOOP("PlanReport", "baseline {value}")
TARGET = QT_TRANSLATE_NOOP("PlanReport", "target {value}")
LATEST = QT_TRANSLATE_NOOP("PlanReport", "latest {value} ({day})")
NO_MEASUREMENT = QT_TRANSLATE_NOOP("PlanReport", "no measurement yet")
WAY = QT_TRANSLATE_NOOP("PlanReport", "{percent} of the way to the target")
RED = "#b3261e"
CELL_TEXT = 200  # characters of user text in a table cell


def plan_styles(styles: Styles) -> dict[str, ParagraphStyle]:
    return {
        "action": ParagraphStyle(
            "plan_action",
            styles.h2,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=1 * mm,
        ),
        "detail": ParagraphStyle("plan_detail", styles.body, fontSize=8.5, leading=11.5),
        "right": ParagraphStyle("plan_right", styles.cell, alignment=TA_RIGHT),
        "right_bold": ParagraphStyle("plan_right_bold", styles.cell_bold, alignment=TA_RIGHT),
    }


def overdue_mark(words: PlanWords) -> str:
    return f'<font color="{RED}"><b>{markup(words.tr(OVERDUE))}</b></font>'


def status_markup(action: Action, words: PlanWords) -> str:
    text = markup(words.status(action.status))
    return f"{text}<br/>{overdue_mark(words)}" if words.overdue(action) else text


def overview(groups, words: PlanWords, styles: Styles, by: str) -> list:
    """A heading and a table (header repeated on every page) per group."""
    extra = plan_styles(styles)
    story: list = [Heading(words.tr(OVERVIEW), styles.h1, 0)]
    header = [Para(markup(words.tr(c)), styles.cell_bold) for c in COLUMNS]
    inner = [w * mm - 6 for w in WIDTHS_MM]  # the grid's cells have 3 pt padding each side
    font, size = styles.cell.fontName, styles.cell.fontSize
    for name, actions in groups:
        story += [CondPageBreak(40 * mm), Heading(name, styles.h2, 1)]
        rows = [header]
        for action in actions:
            other = words.dimension(action.dimension) if by == PHASE else words.phase(action.phase)
            who = [short(action.responsible_role, CELL_TEXT), short(action.responsible_person, 80)]
            money = [words.money(action.budget_cents, action.currency)]
            if action.spent_cents is not None:
                spent = words.money(action.spent_cents, action.currency)
                money.append(words.tr(SPENT).format(amount=spent))
            status = (
                Para(status_markup(action, words), styles.cell)
                if words.overdue(action)
                else _cell([words.status(action.status)], inner[3], styles.cell)
            )
            title = (
                f"<b>{markup(short(action.title, CELL_TEXT))}</b><br/>"
                f'<font size="7" color="grey">{markup(short(other, 80))}</font>'
            )
            rows.append(
                [
                    Para(title, styles.cell),
                    _cell(who, inner[1], styles.cell),
                    _cell(words.dates(action, cell=True).split("\n"), inner[2], styles.cell),
                    status,
                    _cell([words.percent(action.progress)], inner[4], extra["right"]),
                    _cell(money, inner[5], extra["right"]),
                ]
            )
        table = draft_table(grid_table(rows, [w * mm for w in WIDTHS_MM]))
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 1), (-1, -1), font, size, styles.cell.leading),
                    ("ALIGN", (4, 1), (5, -1), "RIGHT"),
                ]
            )
        )
        story.append(table)
    return story


def _cell(lines: list[str], width: float, style: ParagraphStyle):
    """A table cell: plain text when every line fits the width (a plain string costs a
    fraction of a paragraph to lay out and draw, which counts in a plan of thousands of
    actions), else a paragraph that wraps."""
    lines = [line for line in (" ".join(clean(t).split()) for t in lines) if line]
    shown = [visual(line) for line in lines]
    if all(stringWidth(line, style.fontName, style.fontSize) <= width for line in shown):
        return "\n".join(shown)
    return Para("<br/>".join(markup(line) for line in lines), style)


def details(
    groups, words: PlanWords, styles: Styles, by: str, indicators: dict[int, list[Indicator]]
) -> list:
    """Every action in full, group by group: the fields, the description, the milestones and
    the indicators, each a paragraph that may break across pages."""
    extra = plan_styles(styles)
    story: list = [Heading(words.tr(DETAILS), styles.h1, 0)]
    for name, actions in groups:
        story += [CondPageBreak(50 * mm), Heading(name, styles.h2, 1)]
        for action in actions:
            # not keepWithNext: that wraps both paragraphs twice more, for the same result
            story += [CondPageBreak(30 * mm), Para(markup(action.title), extra["action"])]
            story += line_paragraphs(_fields(action, words, by), extra["detail"], Para)
            if action.description.strip():
                story.append(spacer(1))
                story += text_paragraphs(action.description, extra["detail"], Para)
            if action.milestones:
                story += line_paragraphs(_milestones(action, words), extra["detail"], Para)
            linked = indicators.get(action.id, []) if action.id is not None else []
            if linked:
                story += line_paragraphs(_indicators(linked, words), extra["detail"], Para)
    return story


def _line(label: str, value: str) -> str:
    """One "Label: value" line; ``value`` is markup already."""
    return f"<b>{markup(label)}:</b> {value}"


def _label(label: str) -> str:
    return f"<b>{markup(label)}:</b> "


def _fields(action: Action, words: PlanWords, by: str) -> list[str]:
    """The action's fields as "Label: value" lines, related ones side by side, empty ones left
    out (a plan of many actions should not be mostly blank labels)."""
    tr = words.tr
    gap = "  ·  "  # plain spaces: non-breaking ones make reportlab's line breaking much slower
    lines = []
    if by == PHASE:
        lines.append(_line(tr(DIMENSION), markup(words.dimension(action.dimension))))
    if by != PHASE or not action.end:  # else the group heading names the phase
        lines.append(_line(tr(PHASE_LABEL), markup(words.phase(action.phase))))
    who = [t for t in (action.responsible_role, action.responsible_person) if t.strip()]
    if who:
        lines += labelled(_label(tr(RESPONSIBLE)), " — ".join(who))
    partners = [words.partner(kind) for kind in action.partners]
    if action.partner_names.strip():
        partners.append(action.partner_names)
    if partners:
        lines += labelled(_label(tr(PARTNERS)), "; ".join(partners))
    status = markup(words.status(action.status))
    if words.overdue(action):
        status += " " + overdue_mark(words)
    when = [
        _line(tr(DATES), markup(words.dates(action))),
        _line(tr(STATUS), status),
        _line(tr(PROGRESS), markup(words.percent(action.progress))),
    ]
    priority = PRIORITY_NAMES.get(action.priority)
    if priority:
        when.append(_line(tr(PRIORITY), markup(words.translate("RatingScale", priority))))
    lines.append(gap.join(when))
    money = []
    if action.budget_cents is not None:
        money.append(_line(tr(BUDGET), markup(words.money(action.budget_cents, action.currency))))
    if action.spent_cents is not None:
        spent = words.money(action.spent_cents, action.currency)
        money.append(_line(tr(SPENT_LABEL), markup(spent)))
    if action.funding_source:
        money.append(_line(tr(FUNDING), markup(words.funding(action.funding_source))))
    if money:
        lines.append(gap.join(money))
    if action.budget_line.strip():
        lines += labelled(_label(tr(BUDGET_LINE)), action.budget_line)
    if action.benchmarks:
        lines.append(f"<b>{markup(tr(BENCHMARKS))}:</b>")
        lines += ["• " + markup(words.benchmark(code)) for code in action.benchmarks]
    return lines


def _milestones(action: Action, words: PlanWords) -> list[str]:
    late = set(map(id, overdue_milestones(action, words.today)))
    lines = [f"<b>{markup(words.tr(MILESTONES))}:</b>"]
    for milestone in action.milestones:
        when = words.day(milestone.due) or words.tr(NO_DUE)
        lines += labelled(f"• {markup(when)}: ", milestone.title)
        if milestone.done:
            lines[-1] += f" ({markup(words.tr(DONE))})"
        elif id(milestone) in late:
            lines[-1] += f' <font color="{RED}"><b>({markup(words.tr(LATE))})</b></font>'
    return lines


def _indicators(indicators: list[Indicator], words: PlanWords) -> list[str]:
    lines = [f"<b>{markup(words.tr(INDICATORS))}:</b>"]
    for indicator in indicators:
        unit = f" ({indicator.unit})" if indicator.unit.strip() else ""
        parts = []
        if indicator.baseline is not None:
            parts.append(words.tr(BASELINE).format(value=words.number(indicator.baseline)))
        if indicator.target is not None:
            parts.append(words.tr(TARGET).format(value=words.number(indicator.target)))
        latest = indicator.latest()
        if latest is None:
            parts.append(words.tr(NO_MEASUREMENT))
        else:
            value = words.number(latest.value)
            parts.append(words.tr(LATEST).format(value=value, day=words.day(latest.measured_on)))
        way = indicator.progress_to_target()
        if way is not None:
            parts.append(words.tr(WAY).format(percent=words.percent(way)))
        lines += labelled("• ", indicator.name + unit, "<b>", "</b>")
        lines[-1] += ": " + markup(" · ".join(parts))
        if latest is not None and latest.note.strip():
            # grey, not italic: DejaVu Sans Oblique has no Arabic or Persian letters
            lines += labelled("", latest.note, '<font color="#555555">', "</font>")
    return lines
