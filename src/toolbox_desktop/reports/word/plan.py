"""The action plan as a Word document: the PDF's sections, in its order.

Cover with the actions by status, the actions at a glance (a table per group, numbered in
print order), the timeline, the budget per currency by dimension and funding source, and the
details of the actions that have more than their line shows. The grouping, numbering, status
counts, budget sums and every formatted value come from the PDF's modules (``plan_format``,
``plan_actions``, ``plan_budget``, ``plan_report``). The Gantt chart is the PDF's drawing, as
pictures on landscape pages: a council officer moves or resizes it, and edits the dates in
the plan, where the chart is made from.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.shared import Pt, RGBColor
from reportlab.lib.units import mm

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import Action, Indicator, budget_overview, overdue_milestones
from toolbox_desktop.reports import plan_actions as actions_pdf
from toolbox_desktop.reports import plan_budget as budget_pdf
from toolbox_desktop.reports import plan_report as pdf
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.fonts import register_fonts
from toolbox_desktop.reports.gantt import GanttChart
from toolbox_desktop.reports.plan_axis import Axis, chart_days, chart_rows
from toolbox_desktop.reports.plan_format import PHASE, PlanWords, group_actions
from toolbox_desktop.reports.word.document import WordDocument, word_text
from toolbox_desktop.reports.word.pictures import flowable_png

GREY = RGBColor(0x66, 0x66, 0x66)
RED = RGBColor(0xB3, 0x26, 0x1E)
OVERVIEW_WIDTHS = (10, 54, 30, 24, 24, 28)  # millimetres, 170 in all: fits A4 and Letter
GANTT_PAGE = 150 * mm  # chart height a landscape page holds under the heading


def write_plan_docx(
    content: Content,
    profile: Profile | None,
    actions: list[Action],
    indicators: list[Indicator],
    path: Path,
    options: ReportOptions | None = None,
    group_by: str = PHASE,
    today: date | None = None,
) -> None:
    """Write the action plan as a Word document (arguments as ``build_plan_report``'s)."""
    options = options or ReportOptions()
    words = PlanWords(content, options.translate, options.language, today or date.today())
    groups = group_actions(actions, words, group_by)  # checks group_by before any work
    title = words.tr(pdf.TITLE)
    place = profile.name if profile and profile.name else ""
    word = WordDocument(options, (place, title), title)
    word.title(title, place)
    word.paragraph(words.tr(pdf.PRINTED).format(day=words.day(words.today)))
    if not actions:
        word.paragraph(words.tr(pdf.NO_ACTIONS), "Subtitle")
        word.save(path)
        return
    _status_table(word, actions, words)
    word.page_break()
    word.contents()
    numbers = actions_pdf.numbered(groups)
    _overview(word, groups, words, group_by, numbers)
    word.landscape()
    _timeline(word, groups, words)
    word.portrait()
    _budget(word, actions, words)
    _details(word, groups, words, numbers, pdf.linked_indicators(indicators))
    word.save(path)


def _status_table(word: WordDocument, actions: list[Action], words: PlanWords) -> None:
    counts = pdf.status_counts(actions, words)
    table = word.table(
        [words.tr(pdf.STATUS), words.tr(pdf.ACTIONS)],
        [[label, str(count)] for label, count, _bold in counts],
        [70, 30],
        right=(1,),
    )
    for row, (_label, _count, bold) in zip(table.rows[1:], counts, strict=True):
        if bold:
            for cell in row.cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _overview(word: WordDocument, groups, words: PlanWords, by: str, numbers) -> None:
    word.heading(words.tr(actions_pdf.OVERVIEW), 1)
    header = [words.tr(column) for column in actions_pdf.COLUMNS]
    for name, actions in groups:
        word.heading(name, 2)
        rows = []
        for action in actions:
            under = " · ".join(actions_pdf.under_title(action, words, by))
            who = [action.responsible_role, action.responsible_person]
            status = [words.status(action.status), words.percent(action.progress)]
            if words.overdue(action):
                status.append(words.tr(actions_pdf.OVERDUE))
            rows.append(
                [
                    str(numbers[id(action)]),
                    "\n".join(t for t in (action.title, under) if t),
                    "\n".join(t for t in who if t.strip()),
                    words.dates(action, cell=True),
                    "\n".join(status),
                    "\n".join(actions_pdf.money_lines(action, words)),
                ]
            )
        table = word.table(header, rows, OVERVIEW_WIDTHS, right=(5,), size=8)
        for row, action in zip(table.rows[1:], actions, strict=True):
            title_runs = row.cells[1].paragraphs[0].runs
            title_runs[0].bold = True
            for run in title_runs[1:]:  # the grouping and priority under the title
                run.font.size, run.font.color.rgb = Pt(7), GREY
            if words.overdue(action):
                last = row.cells[4].paragraphs[0].runs[-1]
                last.bold, last.font.color.rgb = True, RED


def _timeline(word: WordDocument, groups, words: PlanWords) -> None:
    """The PDF's Gantt chart, a picture per landscape page, and the undated note."""
    word.heading(words.tr(pdf.TIMELINE), 1)
    rows = chart_rows(groups)
    if not rows:
        word.paragraph(words.tr(pdf.NO_TIMELINE))
    else:
        register_fonts()  # the chart measures its labels while it splits
        width = word.text_width_mm() * mm
        chart = GanttChart(rows, Axis.covering(chart_days(rows)), words)
        parts = [chart]
        pictures = []
        while parts:
            part = parts.pop(0)
            pieces = part.split(width, GANTT_PAGE)
            if len(pieces) == 2:
                pictures.append(pieces[0])
                parts.insert(0, pieces[1])
            else:
                pictures.append(part)
        for index, part in enumerate(pictures):
            if index:
                word.page_break()
            word.picture(flowable_png(part, width), word.text_width_mm())
    note, names = pdf.undated_names(groups, words)
    if names:
        paragraph = word.paragraph(note, bold=True, size=8)
        run = paragraph.add_run(" " + word_text(" · ".join(names), multiline=False))
        run.font.size = Pt(8)


def _budget(word: WordDocument, actions: list[Action], words: PlanWords) -> None:
    tr = words.tr
    word.heading(tr(budget_pdf.TITLE), 1)
    overview = budget_overview(actions)
    with_money = any(a.budget_cents is not None or a.spent_cents is not None for a in actions)
    if not overview.currencies or not with_money:
        word.paragraph(tr(budget_pdf.NO_BUDGET))
        return
    word.paragraph(tr(budget_pdf.DROPPED_NOTE), size=8)
    for currency in sorted(overview.currencies):
        total = overview.currencies[currency]
        word.heading(tr(budget_pdf.IN_CURRENCY).format(currency=currency), 2)
        word.paragraph(budget_pdf.totals_text(total, currency, words))
        groupings = budget_pdf.currency_groups(overview, currency, words)
        for (title, column), groups in zip(budget_pdf.GROUPINGS, groupings, strict=True):
            word.heading(tr(title), 3)
            rows = [
                budget_pdf.budget_values(label, item, currency, words) for label, item in groups
            ]
            rows.append(budget_pdf.budget_values(tr(budget_pdf.TOTAL), total, currency, words))
            table = word.table(
                [tr(column), *(tr(c) for c in budget_pdf.NUMBER_COLUMNS)],
                rows,
                budget_pdf.WIDTHS_MM,
                right=(1, 2, 3, 4),
            )
            for cell in table.rows[-1].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _details(word: WordDocument, groups, words: PlanWords, numbers, indicators) -> None:
    """The actions that have more than their line, under their overview number."""
    shown_groups = []
    for name, actions in groups:
        shown = [
            (action, linked)
            for action in actions
            for linked in [indicators.get(action.id, []) if action.id is not None else []]
            if actions_pdf.has_details(action, linked)
        ]
        if shown:
            shown_groups.append((name, shown))
    if not shown_groups:
        return
    word.page_break()
    word.heading(words.tr(actions_pdf.DETAILS), 1)
    for name, shown in shown_groups:
        word.heading(name, 2)
        for action, linked in shown:
            _action(word, action, linked, words, numbers[id(action)])


def _action(word: WordDocument, action: Action, linked, words: PlanWords, number: int) -> None:
    tr = words.tr
    title = word.paragraph(f"{number}. {action.title}", bold=True)
    title.paragraph_format.keep_with_next = True
    word.paragraphs(action.description)
    who = [t for t in (action.responsible_role, action.responsible_person) if t.strip()]
    if who:
        word.labelled(tr(actions_pdf.RESPONSIBLE), " — ".join(who))
    partners = [words.partner(kind) for kind in action.partners]
    if action.partner_names.strip():
        partners.append(action.partner_names)
    if partners:
        word.labelled(tr(actions_pdf.PARTNERS), "; ".join(partners))
    if action.funding_source:
        word.labelled(tr(actions_pdf.FUNDING), words.funding(action.funding_source))
    if action.budget_line.strip():
        word.labelled(tr(actions_pdf.BUDGET_LINE), action.budget_line)
    if action.milestones:
        word.paragraph(tr(actions_pdf.MILESTONES) + ":", bold=True)
        late = set(map(id, overdue_milestones(action, words.today)))
        for milestone in action.milestones:
            when = words.day(milestone.due) or tr(actions_pdf.NO_DUE)
            item = word.bullet(f"{when}: {milestone.title}")
            if milestone.done:
                item.add_run(f" ({tr(actions_pdf.DONE)})")
            elif id(milestone) in late:
                run = item.add_run(f" ({tr(actions_pdf.LATE)})")
                run.bold, run.font.color.rgb = True, RED
    if action.benchmarks:
        word.paragraph(tr(actions_pdf.BENCHMARKS) + ":", bold=True)
        for code in action.benchmarks:
            word.bullet(words.benchmark(code))
    if linked:
        word.paragraph(tr(actions_pdf.INDICATORS) + ":", bold=True)
        for indicator in linked:
            unit = f" ({indicator.unit})" if indicator.unit.strip() else ""
            parts = " · ".join(actions_pdf.indicator_parts(indicator, words))
            word.bullet(f"{indicator.name}{unit}: {parts}")
            latest = indicator.latest()
            if latest is not None and latest.note.strip():
                word.paragraph(latest.note, italic=True)
