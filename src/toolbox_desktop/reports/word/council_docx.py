"""The council documents (``council_blocks``) as Word files, for the council's own templates.

Headings are Word's "Heading" styles, tables "Table Grid", the numbered decision points "List
Number", so the council's template restyles them. A space the officers fill in (``ToWrite``)
is a highlighted, bracketed line and empty paragraphs below it: easy to find, easy to replace.
Each letter is a section of its own, starting on a new page (the header, the town's name, is
carried on).
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_COLOR_INDEX

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
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.reports.word.document import WordDocument

EMPTY_LINES = 3
EMU_PER_MM = 36_000


def write_council_docx(document: CouncilDocument, path: Path, options: ReportOptions) -> None:
    word = WordDocument(options, document.header, document.title)
    if document.with_title:
        word.title(document.title, "\n".join(document.cover))
    for block in document.blocks:
        _write(word, block)
    word.save(path)


def _text_width_mm(word: WordDocument) -> float:
    section = word.document.sections[-1]
    return (section.page_width - section.left_margin - section.right_margin) / EMU_PER_MM


def _write(word: WordDocument, block) -> None:
    if isinstance(block, Heading):
        word.heading(block.text, block.level)
    elif isinstance(block, Text):
        word.paragraph(block.text, bold=block.bold, size=8 if block.small else None)
    elif isinstance(block, Labelled):
        word.labelled(block.label, block.value)
    elif isinstance(block, Numbered):
        for item in block.items:
            word.paragraph(item, "List Number" if block.numbered else "List Bullet")
    elif isinstance(block, Table):
        width = _text_width_mm(word)
        table = word.table(
            block.header,
            block.rows,
            [share * width for share in block.widths],
            right=block.right,
        )
        for row in table.rows[len(table.rows) - block.totals :] if block.totals else ():
            for cell in row.cells:
                for run in (run for p in cell.paragraphs for run in p.runs):
                    run.bold = True
    elif isinstance(block, ToWrite):
        marked = word.paragraph(f"[{block.label}]", italic=True)
        for run in marked.runs:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        for _ in range(EMPTY_LINES):
            word.paragraph("")
    elif isinstance(block, PageBreak):
        word.document.add_section(WD_SECTION.NEW_PAGE)
    else:
        raise TypeError(block)
