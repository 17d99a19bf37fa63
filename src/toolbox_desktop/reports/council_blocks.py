"""The council documents as plain blocks, laid out twice: as a PDF (``council_pdf.py``) and
as a Word document (``word/council_docx.py``).

The council proposal and the advocacy letters say the same in both formats, so what they say
is decided once, here, as a list of simple blocks (a heading, a paragraph, a table, a numbered
list, a space the council fills in); each format only lays the blocks out. Nothing here
imports reportlab or python-docx.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    small: bool = False


@dataclass(frozen=True)
class Labelled:
    """ "Label: value" (the label bold), for short facts in a letter."""

    label: str
    value: str


@dataclass(frozen=True)
class Numbered:
    """A numbered list (the decision points); ``numbered=False``: bullets (Word would go on
    counting from the list before)."""

    items: tuple[str, ...]
    numbered: bool = True


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the text width, adding up to 1
    right: tuple[int, ...] = ()  # columns of amounts and numbers, right-aligned
    totals: int = 0  # the last rows are totals (printed bold)


@dataclass(frozen=True)
class ToWrite:
    """What only the council's officers can write (their reasons): a marked empty space in
    the Word file, lines to write on in the PDF. ``label`` says what goes there."""

    label: str


@dataclass(frozen=True)
class PageBreak:
    """A new page (PDF) or a new section (Word): each letter starts on its own."""


Block = Heading | Text | Labelled | Numbered | Table | ToWrite | PageBreak


@dataclass
class CouncilDocument:
    """What both formats write: the title block and the blocks in order; ``header`` is the
    page header (town, title), ``title`` the document's title property."""

    title: str
    header: tuple[str, str]
    blocks: list[Block] = field(default_factory=list)
    cover: tuple[str, ...] = ()  # the lines under the title (town, date)
    with_title: bool = True  # letters carry their letterhead instead

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
