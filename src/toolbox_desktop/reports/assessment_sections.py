"""The assessment report's detail: one section per dimension, then the gap list.

Each dimension gets a table of its benchmarks (short cells only, so rows never need to span
pages) and, below it, the evidence, notes, raters and linked files of each benchmark as
ordinary paragraphs, which flow over as many pages as the text needs.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.scoring import Scores, gap_list
from toolbox_desktop.reports.assessment_format import (
    NONE,
    Formats,
    all_numbers,
    heading,
)
from toolbox_desktop.reports.document import Styles, cell_values, grid_table, spacer
from toolbox_desktop.reports.long_text import labelled, line_paragraphs
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup
from toolbox_desktop.reports.worksheet import benchmark_numbers

DIMENSION_LINE = QT_TRANSLATE_NOOP(
    "AssessmentReport", "Score: {score} · target: {target} · rated: {rated} · excluded: {excluded}"
)
NUMBER = QT_TRANSLATE_NOOP("AssessmentReport", "No.")
BENCHMARK = QT_TRANSLATE_NOOP("AssessmentReport", "Benchmark")
RATING = QT_TRANSLATE_NOOP("AssessmentReport", "Rating")
TARGET = QT_TRANSLATE_NOOP("AssessmentReport", "Target")
PRIORITY = QT_TRANSLATE_NOOP("AssessmentReport", "Priority")
SUBTHEME = QT_TRANSLATE_NOOP("AssessmentReport", "{number} {title}")
DETAILS = QT_TRANSLATE_NOOP("AssessmentReport", "Evidence and notes")
NO_DETAILS = QT_TRANSLATE_NOOP(
    "AssessmentReport", "No evidence, notes or linked files were recorded in this dimension."
)
DETAIL_TITLE = QT_TRANSLATE_NOOP("AssessmentReport", "{number} {title}: {rating}")
EVIDENCE = QT_TRANSLATE_NOOP("AssessmentReport", "Evidence")
NOTES = QT_TRANSLATE_NOOP("AssessmentReport", "Notes")
RATED_BY = QT_TRANSLATE_NOOP("AssessmentReport", "Rated by")
LINKS = QT_TRANSLATE_NOOP("AssessmentReport", "Linked files")
LINK = QT_TRANSLATE_NOOP("AssessmentReport", "{name} (in {folder})")
GAPS = QT_TRANSLATE_NOOP("AssessmentReport", "Gap list")
GAPS_INTRO = QT_TRANSLATE_NOOP(
    "AssessmentReport",
    "Benchmarks whose target is above their current level. Gap = target − current level; "
    "weighted gap = gap × priority (low 1, medium 2, high 3). The largest weighted gap comes "
    "first: it is where to start.",
)
NO_GAPS = QT_TRANSLATE_NOOP(
    "AssessmentReport", "No gaps: no rated benchmark has a target above its current level."
)
CURRENT = QT_TRANSLATE_NOOP("AssessmentReport", "Current")
GAP = QT_TRANSLATE_NOOP("AssessmentReport", "Gap")
WEIGHTED = QT_TRANSLATE_NOOP("AssessmentReport", "Weighted gap")
SUBTHEME_FILL = colors.HexColor("#f3f6f9")
_SEPARATORS = re.compile(r"[\\/]")


def dimension_sections(
    content: Content, ratings: dict[str, Rating], scores: Scores, formats: Formats, styles: Styles
) -> list:
    tr = formats.tr
    detail = _DetailStyles(styles)
    story: list = []
    for dimension in content.dimensions:
        line = dimension_line(scores.dimensions[dimension.code], formats)
        story += [
            PageBreak(),
            heading(formats.dimension(content, dimension.code), styles.h1, 0),
            Paragraph(markup(line), styles.body),
            spacer(2),
            _benchmark_table(content, dimension.code, ratings, formats, styles),
            Paragraph(markup(tr(DETAILS)), styles.h2),
        ]
        details = []
        for number, benchmark in benchmark_numbers(content, dimension.code):
            rating = ratings.get(benchmark.code)
            if rating is not None:
                details += _details(number, benchmark.title, rating, formats, detail)
        story += details or [Paragraph(markup(tr(NO_DETAILS)), styles.body)]
    return story


def dimension_line(score, formats: Formats) -> str:
    """ "Score: 58 % · target: ..." under a dimension's heading."""
    return formats.tr(DIMENSION_LINE).format(
        score=formats.score(score),
        target=formats.percent(score.target_percent),
        rated=formats.rated(score),
        excluded=score.excluded,
    )


BENCHMARK_HEADER = [NUMBER, BENCHMARK, RATING, TARGET, PRIORITY]


def benchmark_rows(
    content: Content, dimension: str, ratings: dict[str, Rating], formats: Formats
) -> list[list[str]]:
    """The dimension's table: a row of five values per benchmark, and before each sub-theme's
    benchmarks a row of one value, the sub-theme ("1.2 Housing")."""
    tr = formats.tr
    rows: list[list[str]] = []
    subthemes = {s.code: index for index, s in enumerate(content.subthemes_of(dimension), 1)}
    current_subtheme = None
    for number, benchmark in benchmark_numbers(content, dimension):
        if benchmark.subtheme != current_subtheme:
            current_subtheme = benchmark.subtheme
            subtheme = content.item(benchmark.subtheme)
            prefix = f"{content.dimension(dimension).number}.{subthemes[benchmark.subtheme]}"
            rows.append(
                [tr(SUBTHEME).format(number=prefix, title=subtheme.title if subtheme else "")]
            )
        rating = ratings.get(benchmark.code)
        counts = rating is not None and rating.counts
        rows.append(
            [
                number,
                benchmark.title,
                formats.rating(rating),
                formats.level(rating.target) if counts else NONE,
                formats.priority(rating.priority) if counts else NONE,
            ]
        )
    return rows


def _benchmark_table(
    content: Content, dimension: str, ratings: dict[str, Rating], formats: Formats, styles
):
    tr = formats.tr
    widths = [14 * mm, 70 * mm, 36 * mm, 36 * mm, 18 * mm]
    rows = [[Paragraph(markup(tr(text)), styles.cell_bold) for text in BENCHMARK_HEADER]]
    spans = []
    for values in benchmark_rows(content, dimension, ratings, formats):
        if len(values) == 1:  # a sub-theme
            spans.append(len(rows))
            rows.append([Paragraph(markup(values[0]), styles.cell_bold), "", "", "", ""])
        else:
            rows.append(cell_values(values, widths, styles.cell))
    table = grid_table(rows, widths)
    for row in spans:
        table.setStyle(
            [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SUBTHEME_FILL)]
        )
    return table


class _DetailStyles:
    """The styles of the evidence blocks: a title kept with its text, the text indented."""

    def __init__(self, styles: Styles) -> None:
        self.title = ParagraphStyle(
            "detail_title",
            styles.body,
            fontName=styles.cell_bold.fontName,
            spaceBefore=3 * mm,
            keepWithNext=1,
        )
        self.text = ParagraphStyle(
            "detail_text", styles.body, leftIndent=4 * mm, spaceBefore=1, spaceAfter=1
        )


def _details(number: str, title: str, rating: Rating, formats: Formats, styles) -> list:
    """The benchmark's evidence, notes, raters and linked files ([] when it has none), each
    after its label on the same line: a compact block that reads like a record card."""
    tr = formats.tr
    lines: list[str] = []
    for label, text in ((EVIDENCE, rating.evidence), (NOTES, rating.notes)):
        if text.strip():
            lines += labelled(f"<b>{markup(tr(label))}:</b> ", text)
    if rating.rated_by.strip():
        lines += labelled(f"<b>{markup(tr(RATED_BY))}:</b> ", rating.rated_by)
    if rating.links:
        lines.append(f"<b>{markup(tr(LINKS))}:</b>")
        lines += [line for link in rating.links for line in _link(link, formats)]
    if not lines:
        return []
    line = tr(DETAIL_TITLE).format(number=number, title=title, rating=formats.rating(rating))
    return [Paragraph(markup(line), styles.title), *line_paragraphs(lines, styles.text)]


def _link(link: str, formats: Formats) -> list[str]:
    return labelled("• ", link_text(link, formats))


def link_text(link: str, formats: Formats) -> str:
    """A linked file by its name, with its folder after it (a path, or a web address)."""
    stripped = link.rstrip("/\\")
    name = _SEPARATORS.split(stripped)[-1]
    folder = stripped[: len(stripped) - len(name)].rstrip("/\\")
    return formats.tr(LINK).format(name=name, folder=folder) if name and folder else link


def gap_section(
    content: Content, ratings: dict[str, Rating], formats: Formats, styles: Styles
) -> list:
    tr = formats.tr
    story: list = [PageBreak(), heading(tr(GAPS), styles.h1, 0)]
    gaps = gap_list(content, ratings)
    if not gaps:
        return [*story, Paragraph(markup(tr(NO_GAPS)), styles.body)]
    story += [Paragraph(markup(tr(GAPS_INTRO)), styles.body), spacer(2)]
    widths = [14 * mm, 76 * mm, 16 * mm, 15 * mm, 13 * mm, 18 * mm, 22 * mm]
    rows = [[Paragraph(markup(tr(text)), styles.cell_bold) for text in GAP_HEADER]]
    rows += [
        cell_values(values, widths, styles.cell) for values in gap_rows(content, gaps, formats)
    ]
    story.append(grid_table(rows, widths))
    return story


GAP_HEADER = [NUMBER, BENCHMARK, CURRENT, TARGET, GAP, PRIORITY, WEIGHTED]


def gap_rows(content: Content, gaps: list, formats: Formats) -> list[list[str]]:
    """The gap list's rows (``core.scoring.gap_list``'s order: the largest weighted first)."""
    numbers = all_numbers(content)
    titles = {b.code: b.title for b in content.benchmarks}
    return [
        [
            numbers.get(gap.benchmark, gap.benchmark),
            titles.get(gap.benchmark, ""),
            str(gap.level),
            str(gap.target),
            str(gap.gap),
            formats.priority(gap.priority),
            str(gap.weighted),
        ]
        for gap in gaps
    ]
