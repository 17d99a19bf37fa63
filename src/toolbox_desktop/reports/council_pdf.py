"""The council documents (``council_blocks``) laid out as a PDF with the reports' frame.

A space the officers fill in (``ToWrite``) is printed as its label and ruled lines to write
on: the PDF is what goes round a meeting as a draft, and a hand-written note belongs there.
Each letter starts on a new page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, HRFlowable, KeepTogether
from reportlab.platypus import PageBreak as PdfPageBreak

from toolbox_desktop.reports.council_blocks import (
    CouncilDocument,
    Heading,
    Labelled,
    Numbered,
    PageBreak,
    Table,
    Text,
    ToWrite,
)
from toolbox_desktop.reports.document import (
    MARGIN,
    PAGE_SIZES,
    ReportOptions,
    Styles,
    build_pdf,
    cell_values,
    grid_table,
    make_styles,
    spacer,
)
from toolbox_desktop.reports.fonts import BOLD
from toolbox_desktop.reports.long_text import labelled, line_paragraphs, text_paragraphs
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

LINES_TO_WRITE = 5


def write_council_pdf(document: CouncilDocument, path: Path, options: ReportOptions) -> None:
    styles = make_styles()
    width = PAGE_SIZES.get(options.page_size, PAGE_SIZES["A4"])[0] - 2 * MARGIN
    story: list = []
    if document.with_title:
        story.append(Paragraph(markup(document.title), styles.title))
        story += [Paragraph(markup(line), styles.subtitle) for line in document.cover]
    for block in document.blocks:
        story += _flowables(block, styles, width)
    build_pdf(path, story, document.header, options, title=document.title)


def _flowables(block, styles: Styles, width: float) -> list:
    if isinstance(block, Heading):
        style = styles.h1 if block.level == 1 else styles.h2
        return [CondPageBreak(30 * mm), Paragraph(markup(block.text), style)]
    if isinstance(block, Text):
        style = styles.small if block.small else styles.body
        if block.bold:
            return line_paragraphs(labelled("", block.text, "<b>", "</b>"), style)
        return [*text_paragraphs(block.text, style), spacer(1.5)]
    if isinstance(block, Labelled):
        return line_paragraphs(
            labelled(f"<b>{markup(block.label)}:</b> ", block.value), styles.body
        )
    if isinstance(block, Numbered):
        marks = [f"{n}. " if block.numbered else "• " for n in range(1, len(block.items) + 1)]
        lines = [labelled(mark, item) for mark, item in zip(marks, block.items, strict=True)]
        return [*line_paragraphs([line for item in lines for line in item], styles.body), spacer(2)]
    if isinstance(block, Table):
        return [_table(block, styles, width), spacer(3)]
    if isinstance(block, ToWrite):
        rules = [
            HRFlowable(width="100%", thickness=0.4, color="#8a8a8a", spaceBefore=7 * mm)
            for _ in range(LINES_TO_WRITE)
        ]
        return [KeepTogether([Paragraph(markup(block.label), styles.small), *rules]), spacer()]
    if isinstance(block, PageBreak):
        return [PdfPageBreak()]
    raise TypeError(block)


def _table(block: Table, styles: Styles, width: float):
    widths = [share * width for share in block.widths]
    right = ParagraphStyle("right", styles.cell_bold, alignment=TA_RIGHT)
    header = [
        Paragraph(markup(text), right if index in block.right else styles.cell_bold)
        for index, text in enumerate(block.header)
    ]
    rows = [header]
    first_total = len(block.rows) - block.totals
    for index, values in enumerate(block.rows):
        style = styles.cell_bold if index >= first_total else styles.cell
        row = cell_values(list(values), widths, style)
        rows.append(row)
    table = grid_table(rows, widths)
    commands = [("ALIGN", (column, 1), (column, -1), "RIGHT") for column in block.right]
    if block.totals:
        commands.append(("FONT", (0, first_total + 1), (-1, -1), BOLD))
    table.setStyle(commands)
    return table
