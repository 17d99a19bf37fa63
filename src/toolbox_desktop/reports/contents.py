"""A table of contents laid out in one pass, its page numbers written when the file is saved.

reportlab's own TableOfContents needs a second layout pass (``multiBuild``): the first finds
the page of every heading, the second draws the list with those numbers, and so every report
with a contents list cost twice its layout. Here the list's lines are known before layout (one
per ``Heading`` in the story, each cut to one line, so the list's height does not depend on
the numbers), each line draws a form (a named piece of content, defined later) where its page
number goes, the document records the page each heading lands on, and the numbered canvas
defines the forms when it saves the pages, as it writes "Page x of y" then
(``document._numbered_canvas``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from toolbox_desktop.reports.text import clean, visual

NUMBER_COLUMN = 12 * mm  # room for the page number on the right of each line
DOT_GAP = 2 * mm


@dataclass
class ContentsNumbers:
    """What the page numbers need: where each heading landed, and the lines waiting for
    them (each drew a form, a named piece of page content, where its number goes)."""

    heading_pages: dict[int, int] = field(default_factory=dict)  # heading index -> page
    slots: dict[int, list[tuple[int, str, float]]] = field(default_factory=dict)
    # contents page -> (heading index, font, size) of each line on it

    def contents_pages(self) -> set[int]:
        """The pages the contents list was drawn on."""
        return set(self.slots)

    def write_numbers(self, canvas) -> None:
        """Define each line's form: its heading's page number, right-aligned at the form's
        origin (called when the file is saved, once every page is known). A form keeps the
        number in the line's place in the page's text, so a reader's copy or screen reader
        gets each number after its heading."""
        for lines in self.slots.values():
            for index, font, size in lines:
                canvas.beginForm(form_name(index), -NUMBER_COLUMN, -size, 0, 2 * size)
                number = self.heading_pages.get(index)
                if number is not None:
                    canvas.setFont(font, size)
                    canvas.setFillColor(colors.black)
                    canvas.drawRightString(0, 0, str(number))
                canvas.endForm()


def form_name(index: int) -> str:
    return f"contents-page-{index}"


def fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with "…" to ``width``."""
    line = " ".join(clean(text).split())
    if stringWidth(line, font, size) <= width:
        return line
    low, high = 0, len(line)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(line[:middle].rstrip() + " …", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + " …"


class ContentsLine(Flowable):
    """One heading's line: its text (cut to one line), dots, and a page number filled in later."""

    def __init__(self, text: str, style: ParagraphStyle, index: int, numbers: ContentsNumbers):
        super().__init__()
        self.text = text
        self.style = style
        self.index = index
        self.numbers = numbers

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        indent = style.leftIndent
        room = self.width - indent - NUMBER_COLUMN - DOT_GAP
        shown = fitted(self.text, style.fontName, style.fontSize, room)
        baseline = self.height - style.fontSize
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        canvas.drawString(indent, baseline, visual(shown))
        start = indent + stringWidth(shown, style.fontName, style.fontSize) + DOT_GAP
        end = self.width - NUMBER_COLUMN + DOT_GAP
        if end > start:
            canvas.saveState()
            canvas.setStrokeColor(colors.grey)
            canvas.setLineWidth(0.6)
            canvas.setDash(0.6, 2.4)
            canvas.line(start, baseline + 1, end, baseline + 1)
            canvas.restoreState()
        canvas.saveState()
        canvas.translate(self.width, baseline)
        canvas.doForm(form_name(self.index))  # the number, written at save time
        canvas.restoreState()
        slot = (self.index, style.fontName, style.fontSize)
        self.numbers.slots.setdefault(canvas.getPageNumber(), []).append(slot)


class ContentsList(Flowable):
    """Where the contents lines go; ``build_pdf`` puts one ``ContentsLine`` per heading after
    it before the layout (``expand``)."""

    def __init__(self, level_styles: list[ParagraphStyle]) -> None:
        super().__init__()
        self.level_styles = level_styles
        self.numbers: ContentsNumbers | None = None

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        """Notes its page as a contents page (also when there are no headings)."""
        if self.numbers is not None:
            self.numbers.slots.setdefault(self.canv.getPageNumber(), [])


def headings_of(story: list, kind: type) -> list:
    """The flowables of class ``kind`` in ``story``, also inside KeepTogether, in order."""
    found = []
    for flowable in story:
        if isinstance(flowable, kind):
            found.append(flowable)
        elif isinstance(flowable, KeepTogether):
            found += headings_of(flowable._content, kind)
    return found


def expand(story: list, headings: list, numbers: ContentsNumbers) -> list:
    """``story`` with the lines of ``headings`` after each ``ContentsList``."""
    expanded = []
    for flowable in story:
        expanded.append(flowable)
        if not isinstance(flowable, ContentsList):
            continue
        flowable.numbers = numbers
        styles = flowable.level_styles
        for index, heading in enumerate(headings):
            style = styles[min(heading.toc_level, len(styles) - 1)]
            expanded.append(ContentsLine(heading.toc_plain, style, index, numbers))
    return expanded
