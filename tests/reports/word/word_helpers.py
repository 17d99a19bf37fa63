"""Read a Word document back the way a reader (and Word's navigation pane) sees it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn


def headings(path: Path, level: int | None = None) -> list[tuple[int, str]]:
    """(level, text) of every paragraph in a "Heading n" style, in order."""
    found = []
    for paragraph in Document(str(path)).paragraphs:
        name = paragraph.style.name
        if name.startswith("Heading "):
            found.append((int(name.split()[-1]), paragraph.text))
    return [h for h in found if level is None or h[0] == level]


def tables(path: Path) -> list[list[list[str]]]:
    """Every table as rows of cell texts."""
    return [
        [[cell.text for cell in row.cells] for row in table.rows]
        for table in Document(str(path)).tables
    ]


def all_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def header_repeats(table) -> bool:
    tr_pr = table.rows[0]._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def is_rtl(paragraph) -> bool:
    p_pr = paragraph._p.pPr
    runs_rtl = all(
        run._r.rPr is not None and run._r.rPr.find(qn("w:rtl")) is not None
        for run in paragraph.runs
        if run.text
    )
    return p_pr is not None and p_pr.find(qn("w:bidi")) is not None and runs_rtl


def pictures(path: Path) -> int:
    return len(Document(str(path)).inline_shapes)
