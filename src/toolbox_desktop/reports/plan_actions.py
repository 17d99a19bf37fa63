"""The plan's actions twice: an overview to scan, one line per action, then the details of
the actions that have more to say.

The overview is one table per group (phase or dimension), each action numbered in print order:
title (with the other grouping and the priority under it), who is responsible, dates, status,
progress and money. Table cells cannot continue on the next page, so they hold short, cut
text. The details then give, under the same number, only what the overview does not show:
partners, funding, budget line, benchmarks, milestones, indicators and the description in full
(an action with none of these, and a title that fits its cell, has no details). They are
paragraphs, which reportlab can break anywhere, each of bounded size (``long_text``), so that
an action with every text and list at its limit costs no more than its length, and a plan of
ten thousand actions still lays out in reasonable time.
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, TableStyle

from toolbox_desktop.core.assessment import PRIORITY_NAMES
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.plan import Action, Indicator, overdue_milestones
from toolbox_desktop.reports.document import Heading, Styles, grid_table
from toolbox_desktop.reports.long_text import labelled, line_paragraphs
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.plan_format import PHASE, PlanWords
from toolbox_desktop.reports.text import clean, markup, short, visual

OVERVIEW = QT_TRANSLATE_NOOP("PlanReport", "Actions at a glance")
DETAILS = QT_TRANSLATE_NOOP("PlanReport", "Action details")
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanReport", "No."),
    QT_TRANSLATE_NOOP("PlanReport", "Action"),
    QT_TRANSLATE_NOOP("PlanReport", "Responsible"),
    QT_TRANSLATE_NOOP("PlanReport", "Dates"),
    QT_TRANSLATE_NOOP("PlanReport", "Status"),
    QT_TRANSLATE_NOOP("PlanReport", "Budget / spent"),
)
WIDTHS_MM = (8, 58, 28, 22, 21, 37)
OVERDUE = QT_TRANSLATE_NOOP("PlanReport", "Overdue")
SPENT = QT_TRANSLATE_NOOP("PlanReport", "spent {amount}")
RESPONSIBLE = QT_TRANSLATE_NOOP("PlanReport", "Responsible")
PARTNERS = QT_TRANSLATE_NOOP("PlanReport", "Partners")
PRIORITY = QT_TRANSLATE_NOOP("PlanReport", "Priority")
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
TITLE_COLOR = "#1f4e79"  # an action's title in its details: the reports' ACCENT
GAP = "  ·  "  # plain spaces: non-breaking ones make reportlab's line breaking much slower
DETAIL_WIDTH = 170 * mm  # a little less than the text width of A4 and Letter
_TAGS = re.compile(r"<[^>]+>")
CELL_TEXT = 200  # characters of user text in a table cell


def plan_styles(styles: Styles) -> dict[str, ParagraphStyle]:
    return {
        "block": ParagraphStyle(
            "plan_block", styles.body, fontSize=8, leading=10, spaceBefore=2 * mm, spaceAfter=0
        ),
        "detail": ParagraphStyle(
            "plan_detail", styles.body, fontSize=8, leading=10, spaceBefore=0, spaceAfter=0
        ),
        "row": ParagraphStyle("plan_row", styles.cell, fontSize=8, leading=9.5),
        "row_right": ParagraphStyle(
            "plan_row_right", styles.cell, fontSize=8, leading=9.5, alignment=TA_RIGHT
        ),
        "right": ParagraphStyle("plan_right", styles.cell, alignment=TA_RIGHT),
        "right_bold": ParagraphStyle("plan_right_bold", styles.cell_bold, alignment=TA_RIGHT),
    }


def overdue_mark(words: PlanWords) -> str:
    return f'<font color="{RED}"><b>{markup(words.tr(OVERDUE))}</b></font>'


def status_markup(action: Action, words: PlanWords) -> str:
    """The status, the progress under it, and the overdue mark under that when it is."""
    text = f"{markup(words.status(action.status))}<br/>{markup(words.percent(action.progress))}"
    return f"{text}<br/>{overdue_mark(words)}" if words.overdue(action) else text


def numbered(groups) -> dict[int, int]:
    """Each action's number in print order (by ``id()``: actions need not have an id)."""
    numbers: dict[int, int] = {}
    for _name, actions in groups:
        for action in actions:
            numbers[id(action)] = len(numbers) + 1
    return numbers


def overview(groups, words: PlanWords, styles: Styles, by: str, numbers: dict[int, int]) -> list:
    """A heading and a table (header repeated on every page) per group, a row per action."""
    extra = plan_styles(styles)
    row, right = extra["row"], extra["row_right"]
    story: list = [Heading(words.tr(OVERVIEW), styles.h1, 0)]
    header = [Paragraph(markup(words.tr(c)), styles.cell_bold) for c in COLUMNS]
    inner = [w * mm - 6 for w in WIDTHS_MM]  # the grid's cells have 3 pt padding each side
    for name, actions in groups:
        story += [CondPageBreak(30 * mm), Heading(name, styles.h2, 1)]
        rows = [header]
        for action in actions:
            who = [short(action.responsible_role, CELL_TEXT), short(action.responsible_person, 80)]
            money = money_lines(action, words)
            status = (
                Paragraph(status_markup(action, words), row)
                if words.overdue(action)
                else _cell(
                    [words.status(action.status), words.percent(action.progress)], inner[4], row
                )
            )
            under = " · ".join(under_title(action, words, by))
            title = (
                f"<b>{markup(short(action.title, CELL_TEXT))}</b><br/>"
                f'<font size="6.5" color="grey">{markup(short(under, 160))}</font>'
            )
            rows.append(
                [
                    str(numbers[id(action)]),
                    Paragraph(title, row),
                    _cell(who, inner[2], row),
                    _cell(words.dates(action, cell=True).split("\n"), inner[3], row),
                    status,
                    _cell(money, inner[5], right),
                ]
            )
        table = grid_table(rows, [w * mm for w in WIDTHS_MM])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 1), (-1, -1), row.fontName, row.fontSize, row.leading),
                    ("ALIGN", (5, 1), (5, -1), "RIGHT"),
                    ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
                ]
            )
        )
        story.append(table)
    return story


def money_lines(action: Action, words: PlanWords) -> list[str]:
    """The budget, and "spent ..." under it when something is spent."""
    money = [words.money(action.budget_cents, action.currency)]
    if action.spent_cents is not None:
        spent = words.money(action.spent_cents, action.currency)
        money.append(words.tr(SPENT).format(amount=spent))
    return money


def under_title(action: Action, words: PlanWords, by: str) -> list[str]:
    """What the overview shows in grey under a title: the grouping the table is not by (the
    phase too when the group cannot say it), and the priority."""
    shown = []
    if by == PHASE:
        shown.append(words.dimension(action.dimension))
    if by != PHASE or not action.end:  # else the group heading names the phase
        shown.append(words.phase(action.phase))
    priority = PRIORITY_NAMES.get(action.priority)
    if priority:
        level = words.translate("RatingScale", priority)
        shown.append(f"{words.tr(PRIORITY)}: {level}")
    return shown


def _cell(lines: list[str], width: float, style: ParagraphStyle):
    """A table cell: plain text when every line fits the width (a plain string costs a
    fraction of a paragraph to lay out and draw, which counts in a plan of thousands of
    actions), else a paragraph that wraps."""
    lines = [line for line in (" ".join(clean(t).split()) for t in lines) if line]
    shown = [visual(line) for line in lines]
    if all(stringWidth(line, style.fontName, style.fontSize) <= width for line in shown):
        return "\n".join(shown)
    return Paragraph("<br/>".join(markup(line) for line in lines), style)


def has_details(action: Action, indicators: list[Indicator]) -> bool:
    """Whether the action has anything the overview does not show in full."""
    return bool(
        action.description.strip()
        or action.partners
        or action.partner_names.strip()
        or action.funding_source
        or action.budget_line.strip()
        or action.benchmarks
        or action.milestones
        or indicators
        or short(action.title, CELL_TEXT) != action.title
        or short(action.responsible_role, CELL_TEXT) != action.responsible_role
        or short(action.responsible_person, 80) != action.responsible_person
    )


def details(
    groups,
    words: PlanWords,
    styles: Styles,
    numbers: dict[int, int],
    indicators: dict[int, list[Indicator]],
) -> list:
    """The details of the actions that have any, group by group, under their overview
    number: each a few paragraphs that may break across pages. [] when no action has any."""
    extra = plan_styles(styles)
    story: list = []
    for name, actions in groups:
        shown = [
            (action, linked)
            for action in actions
            for linked in [indicators.get(action.id, []) if action.id is not None else []]
            if has_details(action, linked)
        ]
        if not shown:
            continue
        story += [CondPageBreak(40 * mm), Heading(name, styles.h2, 1)]
        for action, linked in shown:
            # One block of a paragraph or a few (``line_paragraphs`` bounds them): the title,
            # the description, the fields. reportlab leaves no single line of it alone at the
            # foot of a page (no orphans), so the title never stands without its details.
            title = f"{numbers[id(action)]}. {markup(action.title)}"
            lines = [f'<font size="8.5" color="{TITLE_COLOR}"><b>{title}</b></font>']
            if action.description.strip():
                lines += labelled("", action.description)
            fields = _fields(action, words)
            if linked:
                fields += _indicators(linked, words)
            lines += _packed(fields, extra["detail"])
            story += line_paragraphs(lines, extra["block"], Paragraph)
    if not story:
        return []
    return [Heading(words.tr(DETAILS), styles.h1, 0), *story]


def _packed(lines: list[str], style: ParagraphStyle) -> list[str]:
    """Short "Label: value" lines side by side while they fit on one printed line (what a
    list or a long text holds stays one a line): most actions' details take a line or two."""
    packed: list[str] = []
    room = DETAIL_WIDTH
    gap = stringWidth(GAP, style.fontName, style.fontSize)
    last_width = room + 1.0
    for line in lines:
        width = _plain_width(line, style) if _packable(line) else room + 1.0
        if packed and _packable(packed[-1]) and last_width + gap + width <= room:
            packed[-1] += GAP + line
            last_width += gap + width
        else:
            packed.append(line)
            last_width = width
    return packed


def _packable(line: str) -> bool:
    return line.startswith("<b>") and not line.endswith(":</b>")


def _plain_width(line: str, style: ParagraphStyle) -> float:
    """About the printed width of a line of markup (bold labels counted as a tenth wider)."""
    plain = _TAGS.sub("", line).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return 1.1 * stringWidth(plain, style.fontName, style.fontSize)


def _line(label: str, value: str) -> str:
    """One "Label: value" line; ``value`` is markup already."""
    return f"<b>{markup(label)}:</b> {value}"


def _label(label: str) -> str:
    return f"<b>{markup(label)}:</b> "


def _fields(action: Action, words: PlanWords) -> list[str]:
    """What the overview does not show in full, as "Label: value" lines, empty ones left
    out (a plan of many actions should not be mostly blank labels)."""
    tr = words.tr
    lines = []
    who = [t for t in (action.responsible_role, action.responsible_person) if t.strip()]
    cut = (
        short(action.responsible_role, CELL_TEXT) != action.responsible_role
        or short(action.responsible_person, 80) != action.responsible_person
    )
    if who and cut:
        lines += labelled(_label(tr(RESPONSIBLE)), " — ".join(who))
    partners = [words.partner(kind) for kind in action.partners]
    if action.partner_names.strip():
        partners.append(action.partner_names)
    if partners:
        lines += labelled(_label(tr(PARTNERS)), "; ".join(partners))
    if action.funding_source:
        lines.append(_line(tr(FUNDING), markup(words.funding(action.funding_source))))
    if action.budget_line.strip():
        lines += labelled(_label(tr(BUDGET_LINE)), action.budget_line)
    if action.milestones:  # before the benchmarks: a single one often shares a line
        lines += _milestones(action, words)
    if action.benchmarks:
        listed = ["• " + markup(words.benchmark(code)) for code in action.benchmarks]
        lines += _run_in([f"<b>{markup(tr(BENCHMARKS))}:</b>", *listed])
    return lines


def _run_in(lines: list[str]) -> list[str]:
    """A label and a list of one short item on one line; a longer list stays one a line."""
    if len(lines) == 2 and lines[1].startswith("• "):
        return [f"{lines[0]} {lines[1][2:]}"]
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
    return _run_in(lines)


def _indicators(indicators: list[Indicator], words: PlanWords) -> list[str]:
    lines = [f"<b>{markup(words.tr(INDICATORS))}:</b>"]
    for indicator in indicators:
        unit = f" ({indicator.unit})" if indicator.unit.strip() else ""
        parts = indicator_parts(indicator, words)
        lines += labelled("• ", indicator.name + unit, "<b>", "</b>")
        lines[-1] += ": " + markup(" · ".join(parts))
        latest = indicator.latest()
        if latest is not None and latest.note.strip():
            # grey, not italic: DejaVu Sans Oblique has no Arabic or Persian letters
            lines += labelled("", latest.note, '<font color="#555555">', "</font>")
    return _run_in(lines)


def indicator_parts(indicator: Indicator, words: PlanWords) -> list[str]:
    """An indicator's baseline, target, latest value and way to the target, as shown."""
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
    return parts
