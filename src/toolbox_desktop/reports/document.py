"""The frame every report shares: page size, styles, header, page numbers, contents.

A report is a list of flowables built by one module per report; ``build_pdf`` lays them out in
one pass with the municipality's name and the report's title in the header, "Page x of y" in
the footer, and a table of contents when the report asks for one and is longer than two pages
besides it (``contents.py``: the numbers are written when the pages are saved).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.reports.contents import ContentsList, ContentsNumbers, expand, headings_of
from toolbox_desktop.reports.fonts import BOLD, FAMILY, register_fonts
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.progress import LayoutProgress, current_monitor
from toolbox_desktop.reports.text import clean, markup, short, visual

Translate = Callable[[str, str], str]
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
CONTENTS = QT_TRANSLATE_NOOP("Report", "Contents")
MARGIN = 18 * mm
CELL_SIZE, CELL_LEADING = 8.5, 11  # the cell style's; plain text cells use them too
ACCENT = colors.HexColor("#1f4e79")
GRID = colors.HexColor("#b8c4d0")
HEADER_FILL = colors.HexColor("#e6edf4")


def no_translation(context: str, text: str) -> str:
    del context
    return text


@dataclass
class ReportOptions:
    """``language`` is the locale of the report's numbers and dates ("en_SE" for English on a
    Swedish computer, ``core.format_locale``); its language part ("en") picks words where a
    report's structure differs by language, the words themselves come from ``translate``."""

    page_size: str = "A4"
    translate: Translate = no_translation
    language: str = "en"


@dataclass
class Styles:
    """Paragraph styles in DejaVu Sans (any script), sized for print."""

    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    toc_levels: list[ParagraphStyle] = field(default_factory=list)


def make_styles() -> Styles:
    family = register_fonts()
    base = getSampleStyleSheet()["BodyText"]
    body = ParagraphStyle("body", base, fontName=family, fontSize=9.5, leading=13)
    return Styles(
        body=body,
        small=ParagraphStyle("small", body, fontSize=8, leading=10, textColor=colors.grey),
        title=ParagraphStyle(
            "title",
            body,
            fontName=BOLD,
            fontSize=22,
            leading=28,
            textColor=ACCENT,
            spaceAfter=6 * mm,
        ),
        subtitle=ParagraphStyle("subtitle", body, fontSize=13, leading=18, spaceAfter=3 * mm),
        h1=ParagraphStyle(
            "h1",
            body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=3 * mm,
        ),
        h2=ParagraphStyle(
            "h2",
            body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=3 * mm,
            spaceAfter=2 * mm,
        ),
        cell=ParagraphStyle("cell", body, fontSize=CELL_SIZE, leading=CELL_LEADING),
        cell_bold=ParagraphStyle("cell_bold", body, fontName=BOLD, fontSize=8.5, leading=11),
        toc_levels=[
            ParagraphStyle("toc1", body, fontName=BOLD, fontSize=10.5, leading=15),
            ParagraphStyle("toc2", body, fontSize=9.5, leftIndent=8 * mm, leading=13),
        ],
    )


class Heading(Paragraph):
    """A heading that also becomes a line in the table of contents."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(markup(text), style)
        self.toc_plain = text  # the contents line draws it on one line, in visual order
        self.toc_level = level


def grid_table(rows: list[list], widths: list[float], header_rows: int = 1) -> Table:
    """A table whose header rows repeat on every page it spans; plain text cells
    (``cell_values``) are printed as the cell paragraph style would."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows)
    commands = [
        ("FONT", (0, 0), (-1, -1), FAMILY, CELL_SIZE, CELL_LEADING),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    table.setStyle(TableStyle(commands))
    return table


def cell_values(values: list[str], widths: list[float], style: ParagraphStyle) -> list:
    """A table row of user or report text in the plain cell style: each value a plain line
    where it fits its column on one line (a plain string costs a fraction of a paragraph to
    lay out and draw: half the cells of a report are numbers, levels and dates), else a
    paragraph that wraps. ``widths`` are the columns' (the grid's padding is taken off)."""
    row: list = []
    plain = style.fontName == FAMILY and style.fontSize == CELL_SIZE
    for value, width in zip(values, widths, strict=True):
        line = " ".join(clean(value).split())
        shown = visual(line)
        fits = "\n" not in value and stringWidth(shown, FAMILY, CELL_SIZE) <= width - 6
        row.append(shown if plain and fits else Paragraph(markup(value), style))
    return row


def contents_block(styles: Styles, options: ReportOptions) -> list:
    """The contents list on pages of its own: put it right after a page break (the cover's).
    ``build_pdf`` fills in a line per ``Heading`` of the story, and leaves the pages out when
    the rest of the report has two pages or fewer."""
    title = options.translate("Report", CONTENTS)
    return [Paragraph(markup(title), styles.h1), ContentsList(styles.toc_levels), PageBreak()]


HEADER_LIMIT = 50  # characters of the name and of the title in the page header
SHORT_REPORT = 2  # pages besides the contents: up to this many, a report has no contents list


_ATOMS = (int, float, str, bool, type(None))


class _Frame(Frame):
    """A frame that reportlab copies cheaply: it deep-copies the current frame for every group
    of flowables kept together (a title kept with its text, hundreds in a report), and a
    frame is two dozen numbers and a list. The copy is the same as ``copy.deepcopy``'s."""

    def __deepcopy__(self, memo):
        clone = memo[id(self)] = copy.copy(self)
        for name, value in self.__dict__.items():
            if not isinstance(value, _ATOMS):
                clone.__dict__[name] = copy.deepcopy(value, memo)
        return clone


class _Document(BaseDocTemplate):
    def __init__(self, path, header: tuple[str, str], options: ReportOptions, **kwargs):
        size = PAGE_SIZES.get(options.page_size, A4)
        super().__init__(
            str(path),
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            **kwargs,
        )
        # one line each side of the header, however long the name or title
        self.header = tuple(" ".join(short(clean(t), HEADER_LIMIT).split()) for t in header)
        self.options = options
        portrait = _Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        wide = landscape(size)
        landscape_frame = _Frame(
            MARGIN, MARGIN, wide[0] - 2 * MARGIN, wide[1] - 2 * MARGIN - 6 * mm, id="wide"
        )
        self.addPageTemplates(
            [
                PageTemplate("portrait", [portrait], onPage=self._decorate, pagesize=size),
                PageTemplate("landscape", [landscape_frame], onPage=self._decorate, pagesize=wide),
            ]
        )

    def _decorate(self, canvas, document) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FAMILY, 8)
        canvas.setFillColor(colors.grey)
        left, right = (visual(text) for text in self.header)
        canvas.drawString(MARGIN, height - MARGIN + 2 * mm, left)
        canvas.drawRightString(width - MARGIN, height - MARGIN + 2 * mm, right)
        canvas.setStrokeColor(GRID)
        canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        index = self.heading_index.get(id(flowable))
        if index is not None:
            self.contents.heading_pages.setdefault(index, self.page)


def _numbered_canvas(options: ReportOptions, contents: ContentsNumbers):
    """A canvas that writes "Page x of y" and the contents' page numbers once the number of
    pages is known, and leaves the contents pages out of a report of two pages or fewer
    besides them (nothing on the other pages depends on their number but the footer)."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = self._pages
            listed = contents.contents_pages()
            if listed and len(pages) - len(listed) <= SHORT_REPORT:
                pages = [state for state in pages if state["_pageNumber"] not in listed]
                listed = set()
            if listed:
                contents.write_numbers(self)
            total = len(pages)
            template = options.translate("Report", PAGE_OF)
            for number, state in enumerate(pages, 1):
                self.__dict__.update(state)
                self._pageNumber = number
                width, _height = self._pagesize
                self.setFont(FAMILY, 8)
                self.setFillColor(colors.grey)
                self.drawRightString(
                    width - MARGIN,
                    MARGIN - 8 * mm,
                    template.format(page=number, pages=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    path: Path,
    story: list,
    header: tuple[str, str],
    options: ReportOptions,
    title: str = "",
    with_contents: bool = False,
) -> None:
    """Lay ``story`` out into the PDF at ``path``, in one pass; ``with_contents``: fill in its
    contents list (``contents_block``) with its headings."""
    register_fonts()
    document = _Document(
        path, header, options, title=visual(title), author="Local Integration Toolbox"
    )
    numbers = ContentsNumbers()
    headings = headings_of(story, Heading) if with_contents else []
    document.contents = numbers
    document.heading_index = {id(heading): index for index, heading in enumerate(headings)}
    monitor = current_monitor()
    if monitor is not None:
        document.setProgressCallBack(LayoutProgress(monitor, passes=1))
    document.build(expand(story, headings, numbers), canvasmaker=_numbered_canvas(options, numbers))


def landscape_pages() -> list:
    """Flowables after which the following pages are landscape (for wide charts)."""
    return [NextPageTemplate("landscape"), PageBreak()]


def portrait_pages() -> list:
    return [NextPageTemplate("portrait"), PageBreak()]


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
