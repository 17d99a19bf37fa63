"""The self-assessment report as a Word document: the PDF's sections, in its order.

Everything shown is computed by the PDF's own functions (cover and summary facts, the score,
benchmark, gap and comparison rows, the charts); this module only lays it out with Word's
headings and tables, so that the two versions never disagree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from toolbox_desktop.core.assessment import LEVEL_DESCRIPTIONS, LEVELS, Assessment, Profile, Rating
from toolbox_desktop.core.comparison import compare
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.next_steps import CTX as KINDS_CTX
from toolbox_desktop.core.next_steps import NextSteps, assessment_steps, kind_name
from toolbox_desktop.core.scoring import Scores, compute_scores, gap_list
from toolbox_desktop.reports import assessment_annex as annex
from toolbox_desktop.reports import assessment_report as pdf
from toolbox_desktop.reports import assessment_sections as sections
from toolbox_desktop.reports import next_steps
from toolbox_desktop.reports.assessment_format import Formats, all_numbers
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.word.document import WordDocument
from toolbox_desktop.reports.word.pictures import flowable_png
from toolbox_desktop.reports.worksheet import benchmark_numbers

CHART_WIDTH = 174 * mm  # the PDF's: the same drawing, the same proportions


def write_assessment_docx(
    content: Content,
    profile: Profile,
    assessment: Assessment,
    ratings: dict[str, Rating],
    path: Path,
    options: ReportOptions | None = None,
    earlier: tuple[Assessment, dict[str, Rating]] | None = None,
    today: date | None = None,
    next_steps: bool = True,
) -> None:
    """Write the report on ``assessment`` as a Word document (arguments as
    ``build_assessment_report``'s)."""
    options = options or ReportOptions()
    formats = Formats(options)
    scores = compute_scores(content, ratings)
    title = formats.tr(pdf.TITLE)
    word = WordDocument(options, (profile.name, title), title)
    _cover(word, profile, assessment, formats, today or date.today(), title)
    word.contents()
    _summary(word, content, scores, formats)
    _dimensions(word, content, ratings, scores, formats)
    _gaps(word, content, ratings, formats)
    if next_steps:
        _next_steps(word, content, ratings, formats)
    if earlier is not None:
        _comparison(word, content, assessment, ratings, earlier, formats)
    _annex(word, formats)
    word.save(path)


def _facts(word: WordDocument, facts: list[tuple[str, str]]) -> None:
    word.key_table(facts, (50, 124))


def _cover(word, profile, assessment, formats: Formats, today: date, title: str) -> None:
    word.title(title, profile.name)
    if assessment.title.strip():
        word.paragraph(assessment.title, bold=True, size=12)
    _facts(word, pdf.cover_facts(profile, assessment, formats, today))
    if assessment.participants.strip():
        word.paragraph(formats.tr(pdf.PARTICIPANTS), bold=True)
        word.paragraphs(assessment.participants)
    word.page_break()


def _summary(word: WordDocument, content: Content, scores: Scores, formats: Formats) -> None:
    tr = formats.tr
    word.heading(tr(pdf.SUMMARY), 1)
    _facts(word, pdf.summary_facts(scores, formats))
    if scores.overall.rated == 0:
        word.paragraph(tr(pdf.NOTHING_RATED))
    word.heading(tr(pdf.PER_DIMENSION), 2)
    groups = pdf.dimension_groups(content, scores, formats)
    table = word.table(
        [tr(text) for text in pdf.SCORE_HEADER],
        pdf.score_rows(groups, scores, formats),
        [58, 20, 20, 24, 26, 22],
        right=(1, 2, 3, 5),
    )
    for cell in table.rows[-1].cells:  # "All benchmarks", bold as in the PDF
        for run in cell.paragraphs[0].runs:
            run.bold = True
    word.heading(tr(pdf.CHARTS), 2)
    for drawing in pdf.charts(groups, formats):
        word.picture(flowable_png(drawing, CHART_WIDTH), CHART_WIDTH / mm)


def _dimensions(word, content: Content, ratings, scores: Scores, formats: Formats) -> None:
    tr = formats.tr
    for dimension in content.dimensions:
        word.page_break()
        word.heading(formats.dimension(content, dimension.code), 1)
        word.paragraph(sections.dimension_line(scores.dimensions[dimension.code], formats))
        rows = sections.benchmark_rows(content, dimension.code, ratings, formats)
        table = word.table(
            [tr(text) for text in sections.BENCHMARK_HEADER],
            [values if len(values) > 1 else [values[0], "", "", "", ""] for values in rows],
            [14, 70, 36, 36, 18],
        )
        for index, values in enumerate(rows, 1):
            if len(values) == 1:  # a sub-theme: one cell across the row, bold
                cells = table.rows[index].cells
                merged = cells[0].merge(cells[-1])
                for paragraph in merged.paragraphs[1:]:
                    paragraph._p.getparent().remove(paragraph._p)
                for run in merged.paragraphs[0].runs:
                    run.bold = True
        word.heading(tr(sections.DETAILS), 2)
        shown = False
        for number, benchmark in benchmark_numbers(content, dimension.code):
            rating = ratings.get(benchmark.code)
            if rating is not None:
                shown = _details(word, number, benchmark.title, rating, formats) or shown
        if not shown:
            word.paragraph(tr(sections.NO_DETAILS))


def _details(word, number: str, title: str, rating: Rating, formats: Formats) -> bool:
    """The benchmark's evidence, notes, raters and linked files; False when it has none."""
    tr = formats.tr
    fields = [
        (label, text)
        for label, text in (
            (sections.EVIDENCE, rating.evidence),
            (sections.NOTES, rating.notes),
            (sections.RATED_BY, rating.rated_by),
        )
        if text.strip()
    ]
    if not fields and not rating.links:
        return False
    line = tr(sections.DETAIL_TITLE).format(
        number=number, title=title, rating=formats.rating(rating)
    )
    word.paragraph(line, bold=True)
    for label, text in fields:
        word.labelled(tr(label), text)
    if rating.links:
        word.paragraph(tr(sections.LINKS) + ":", bold=True)
        for link in rating.links:
            word.bullet(sections.link_text(link, formats))
    return True


def _gaps(word, content: Content, ratings, formats: Formats) -> None:
    tr = formats.tr
    word.page_break()
    word.heading(tr(sections.GAPS), 1)
    gaps = gap_list(content, ratings)
    if not gaps:
        word.paragraph(tr(sections.NO_GAPS))
        return
    word.paragraph(tr(sections.GAPS_INTRO))
    word.table(
        [tr(text) for text in sections.GAP_HEADER],
        sections.gap_rows(content, gaps, formats),
        [14, 70, 17, 16, 14, 19, 24],
        right=(2, 3, 4, 6),
    )


def _next_steps(word, content: Content, ratings, formats: Formats) -> None:
    found = assessment_steps(content, ratings)
    if not found.gaps:
        return  # the gap list already says there is none
    tr = formats.tr
    numbers = all_numbers(content)
    word.page_break()
    word.heading(tr(next_steps.NEXT_STEPS), 1)
    word.paragraph(tr(next_steps.INTRO))
    for gap_steps in found.gaps:
        gap = gap_steps.gap
        word.paragraph(
            tr(next_steps.GAP_TITLE).format(
                number=numbers.get(gap.benchmark, gap.benchmark), title=gap_steps.title
            ),
            bold=True,
        )
        word.paragraph(
            tr(next_steps.GAP_LINE).format(
                level=formats.level(gap.level),
                target=formats.level(gap.target),
                priority=formats.priority(gap.priority),
            ),
            italic=True,
        )
        _steps(word, gap_steps.next_steps, formats)
    if found.dimensions:
        word.heading(tr(next_steps.PER_DIMENSION), 2)
        word.paragraph(tr(next_steps.PER_DIMENSION_INTRO))
        for steps in found.dimensions:
            word.paragraph(formats.dimension(content, steps.target), bold=True)
            _steps(word, steps, formats)


def _steps(word, steps: NextSteps, formats: Formats) -> None:
    tr = formats.tr
    if not steps.steps:
        reason = steps.none_reason or tr(next_steps.NO_SUGGESTIONS)
        word.paragraph(tr(next_steps.NOTHING_FITS).format(reason=reason))
        return
    for step in steps.steps:
        kind = tr(kind_name(step.kind), KINDS_CTX)
        about = (
            tr(next_steps.ABOUT).format(kind=kind, context=step.context) if step.context else kind
        )
        item = word.bullet(step.title)
        for run in item.runs:
            run.bold = True
        item.add_run(f" ({about})").italic = True
        word.paragraph(step.why)


def _comparison(word, content, assessment, ratings, earlier, formats: Formats) -> None:
    tr = formats.tr
    before, before_ratings = earlier
    comparison = compare(content, before_ratings, ratings)
    word.page_break()
    word.heading(tr(annex.COMPARISON), 1)
    for line in annex.compared_lines(assessment, before, formats):
        word.paragraph(line)
    word.table(
        [tr(text) for text in annex.DIMENSION_CHANGE_HEADER],
        annex.dimension_change_rows(content, comparison, formats),
        [82, 30, 30, 32],
        right=(1, 2, 3),
    )
    numbers = all_numbers(content)
    titles = {b.code: b.title for b in content.benchmarks}
    for kind, title, none in annex.CHANGE_KINDS:
        word.heading(tr(title), 2)
        changes = comparison.of_kind(kind)
        if not changes:
            word.paragraph(tr(none))
            continue
        word.table(
            [tr(text) for text in annex.CHANGE_HEADER],
            annex.change_rows(changes, numbers, titles, formats),
            [14, 70, 34, 34, 22],
            right=(4,),
        )
    word.paragraph(annex.other_changes(comparison, formats))


def _annex(word: WordDocument, formats: Formats) -> None:
    tr = formats.tr
    word.page_break()
    word.heading(tr(annex.ANNEX), 1)
    for rule in annex.RULES:
        word.bullet(tr(rule))
    word.heading(tr(annex.SCALE), 2)
    facts = [
        (formats.level(level), tr(LEVEL_DESCRIPTIONS[level], "RatingScale")) for level in LEVELS
    ]
    facts += [
        (formats.rating(Rating("", exclusion=kind)), tr(text))
        for kind, text in annex.EXCLUSION_TEXTS.items()
    ]
    _facts(word, facts)
