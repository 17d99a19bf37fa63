"""The annual integration report as a Word document: the PDF's sections, in its order.

The year's review, the rows of the action, indicator and budget tables and the counts come from
``annual_report``'s functions; the town's own texts (summary, stories, next year's focus) are
a paragraph per line, as typed, and left out with their heading when not written, as in the PDF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import Action, Indicator, year_in_review
from toolbox_desktop.reports import annual_report as pdf
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.plan_format import PlanWords
from toolbox_desktop.reports.word.document import WordDocument
from toolbox_desktop.storage.annual_texts import AnnualTexts


def write_annual_docx(
    content: Content,
    profile: Profile,
    actions: list[Action],
    indicators: list[Indicator],
    texts: AnnualTexts,
    path: Path,
    options: ReportOptions | None = None,
) -> None:
    """Write the annual report as a Word document (arguments as ``build_annual_report``'s)."""
    options = options or ReportOptions()
    lookup = options.translate

    def tr(text: str) -> str:
        return lookup(pdf.CTX, text)

    year = texts.year
    title = tr(pdf.TITLE).format(year=year)
    review = year_in_review(actions, year)
    words = PlanWords(content, lookup, options.language, date.today())  # money as in the plan
    word = WordDocument(options, (profile.name, title), title)
    word.title(title, profile.name)
    word.paragraph(pdf.counts_line(review, lookup))
    word.page_break()
    word.contents()

    def text_section(heading: str, text: str) -> None:
        if text.strip():  # a text not written is left out, heading and all
            word.heading(tr(heading), 1)
            word.paragraphs(text)

    text_section(pdf.SUMMARY, texts.summary)
    for heading, group in pdf.action_groups(review):
        word.heading(tr(heading), 1)
        if not group:
            word.paragraph(tr(pdf.NO_ACTIONS))
            continue
        word.table(
            [tr(h) for h in pdf.HEADERS],
            pdf.action_rows(group, content, words),
            [58, 34, 34, 26, 22],
            size=8.5,
        )
    word.heading(tr(pdf.INDICATORS), 1)
    rows = pdf.indicator_rows(indicators, year, options.language)
    if rows:
        word.table(
            [tr(h) for h in pdf.INDICATOR_HEADERS],
            rows,
            [60, 25, 25, 40, 24],
            right=(1, 2, 4),
            size=8.5,
        )
    else:
        word.paragraph(tr(pdf.NO_INDICATORS).format(year=year))
    word.heading(tr(pdf.BUDGET), 1)
    budget = pdf.budget_rows(review, words)
    if budget:
        word.table([tr(h) for h in pdf.BUDGET_HEADERS], budget, [30, 50, 50, 30], right=(1, 2, 3))
    else:
        word.paragraph(tr(pdf.NO_ACTIONS))
    text_section(pdf.STORIES, texts.stories)
    text_section(pdf.FOCUS, texts.next_focus)
    word.save(path)
