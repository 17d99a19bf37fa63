"""The workshop worksheet: every benchmark with boxes for the five levels and "not applicable",
and lines for notes, one dimension per section, for rating on paper. The facilitator version
adds each dimension's common challenges and one practice from a real town."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Table, TableStyle

from toolbox_desktop.core.assessment import (
    EXCLUSION_NAMES,
    LEVEL_DESCRIPTIONS,
    LEVEL_NAMES,
    LEVELS,
    NOT_APPLICABLE,
    Profile,
)
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.reports.document import (
    GRID,
    Heading,
    ReportOptions,
    build_pdf,
    contents_block,
    grid_table,
    make_styles,
    spacer,
)
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

CTX = "Worksheet"
TITLE = QT_TRANSLATE_NOOP("Worksheet", "Self-assessment worksheet")
FACILITATOR_TITLE = QT_TRANSLATE_NOOP("Worksheet", "Self-assessment worksheet: facilitator")
INTRO = QT_TRANSLATE_NOOP(
    "Worksheet",
    "For each benchmark, tick the one box that best describes where the municipality stands "
    "today, or N/A when it does not concern the municipality. Write what supports your rating "
    "(evidence) and any remarks on the lines under each dimension.",
)
SCALE = QT_TRANSLATE_NOOP("Worksheet", "The five levels")
NAME_LINE = QT_TRANSLATE_NOOP("Worksheet", "Name: ____________________________   Date: __________")
NUMBER = QT_TRANSLATE_NOOP("Worksheet", "No.")
BENCHMARK = QT_TRANSLATE_NOOP("Worksheet", "Benchmark")
NA = QT_TRANSLATE_NOOP("Worksheet", "N/A")
NOTES = QT_TRANSLATE_NOOP("Worksheet", "Notes and evidence")
CHALLENGES = QT_TRANSLATE_NOOP("Worksheet", "Common challenges to discuss")
PRACTICE = QT_TRANSLATE_NOOP(
    "Worksheet", "A practice from a real town: {name} ({place}, {country})"
)
BOX = "☐"
NOTE_LINES = 6


def build_worksheet(
    content: Content,
    path: Path,
    profile: Profile | None = None,
    facilitator: bool = False,
    options: ReportOptions | None = None,
    today: date | None = None,
) -> None:
    options = options or ReportOptions()
    lookup = options.translate
    styles = make_styles()
    title = lookup(CTX, FACILITATOR_TITLE if facilitator else TITLE)
    place = profile.name if profile and profile.name else ""
    story: list = [
        Paragraph(markup(title), styles.title),
        Paragraph(markup(place), styles.subtitle),
        Paragraph(markup(lookup(CTX, NAME_LINE)), styles.body),
        spacer(),
        Paragraph(markup(lookup(CTX, INTRO)), styles.body),
        Paragraph(markup(lookup(CTX, SCALE)), styles.h2),
    ]
    scale_rows = [
        [
            Paragraph(
                markup(f"{level} {lookup('RatingScale', LEVEL_NAMES[level])}"), styles.cell_bold
            ),
            Paragraph(markup(lookup("RatingScale", LEVEL_DESCRIPTIONS[level])), styles.cell),
        ]
        for level in LEVELS
    ]
    scale_rows.append(
        [
            Paragraph(markup(lookup(CTX, NA)), styles.cell_bold),
            Paragraph(markup(lookup("RatingScale", EXCLUSION_NAMES[NOT_APPLICABLE])), styles.cell),
        ]
    )
    story.append(grid_table(scale_rows, [45 * mm, 125 * mm], header_rows=0))
    story.append(PageBreak())
    story += contents_block(styles, options)
    box_width = 9 * mm
    for dimension in content.dimensions:
        story.append(Heading(f"{dimension.number}. {dimension.title}", styles.h1, 0))
        if facilitator:
            story += _facilitator_notes(content, dimension.code, styles, lookup)
        header = [
            Paragraph(markup(lookup(CTX, NUMBER)), styles.cell_bold),
            Paragraph(markup(lookup(CTX, BENCHMARK)), styles.cell_bold),
        ]
        header += [Paragraph(str(level), styles.cell_bold) for level in LEVELS]
        header.append(Paragraph(markup(lookup(CTX, NA)), styles.cell_bold))
        rows = [header]
        for number, benchmark in benchmark_numbers(content, dimension.code):
            text = f"<b>{markup(benchmark.title)}</b><br/>{markup(benchmark.text)}"
            rows.append(
                [
                    Paragraph(number, styles.cell),
                    Paragraph(text, styles.cell),
                ]
                + [Paragraph(BOX, styles.body) for _ in range(len(LEVELS) + 1)]
            )
        widths = [12 * mm, 174 * mm - 12 * mm - box_width * 6] + [box_width] * 6
        story.append(grid_table(rows, widths))
        story.append(spacer())
        story.append(KeepTogether(_note_lines(lookup(CTX, NOTES), styles)))
        story.append(PageBreak())
    header = (place, title)
    build_pdf(path, story, header, options, title=title, with_contents=True)


def benchmark_numbers(content: Content, dimension: str):
    """(number, benchmark) pairs numbered as on screen (``Content.benchmark_numbers``)."""
    numbers = content.benchmark_numbers
    for subtheme in content.subthemes_of(dimension):
        for benchmark in content.benchmarks_of(subtheme.code):
            yield numbers[benchmark.code], benchmark


def _facilitator_notes(content: Content, dimension: str, styles, lookup) -> list:
    flowables = [Paragraph(markup(lookup(CTX, CHALLENGES)), styles.h2)]
    flowables += [
        Paragraph("• " + markup(challenge.text), styles.body)
        for challenge in content.challenges_of(dimension)
    ]
    practices = content.practices_of(dimension)
    if practices:
        practice = practices[0]
        heading = lookup(CTX, PRACTICE).format(
            name=practice.name, place=practice.place, country=practice.country
        )
        flowables += [
            Paragraph(markup(heading), styles.h2),
            Paragraph(markup(practice.summary), styles.body),
        ]
    flowables.append(spacer())
    return flowables


def _note_lines(title: str, styles) -> list:
    lines = Table(
        [[""] for _ in range(NOTE_LINES)], colWidths=[174 * mm], rowHeights=[8 * mm] * NOTE_LINES
    )
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]))
    return [Paragraph(markup(title), styles.h2), lines]
