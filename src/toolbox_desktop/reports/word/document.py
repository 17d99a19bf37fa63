"""The frame every Word document of ours shares: page, styles, header, page numbers, contents.

A council officer copies our text into the council's own templates, so the document uses
Word's built-in styles (Title, Heading 1-3, Normal, Table Grid) rather than direct formatting:
headings then feed the navigation pane and the table of contents, and a different template's
styles restyle the whole document at once. The template's own fonts are kept; only the
complex-script font is named, so that Arabic, Persian and Hebrew show in any template. Word
shapes and orders right-to-left text itself: we only mark such paragraphs and runs as
right-to-left (never reshape, as the PDF must).

User text is text, never markup: python-docx writes it as XML text, and what XML 1.0 cannot
hold (control characters, non-characters, lone surrogates) is dropped first.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from toolbox_desktop.core.clean_text import clean_text
from toolbox_desktop.reports.document import CONTENTS, PAGE_OF, ReportOptions
from toolbox_desktop.reports.text import starts_rtl

PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_MM = 20.0
TABLE_STYLE = "Table Grid"  # in python-docx's default template, and in every Word
HEADER_FILL = "E6EDF4"  # the PDF's header row colour
COMPLEX_SCRIPT_FONT = "Arial"  # holds Arabic, Persian and Hebrew on every Windows and Mac
HEADER_LIMIT = 80  # characters of the name and the title in the page header
# What XML 1.0 refuses besides the controls core.clean_text removes: U+FFFE, U+FFFF and
# surrogates (a lone one can come from a file another program wrote).
_NOT_IN_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def word_text(text: str | None, multiline: bool = True) -> str:
    """``text`` as Word can hold it: no control characters, "\\n" between lines."""
    return _NOT_IN_XML.sub("", clean_text(text or "", multiline=multiline))


def _set_on(parent, tag: str, **attributes: str):
    """The child ``tag`` of ``parent`` (made if missing), with ``attributes`` set."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        parent.append(child)
    for name, value in attributes.items():
        child.set(qn(name), value)
    return child


def mark_rtl(paragraph: Paragraph) -> None:
    """The paragraph reads right to left (w:bidi) and so do its runs (w:rtl)."""
    p_pr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # w:bidi comes early in pPr (after pStyle, keepNext, ... ): before any spacing/jc/rPr
    anchor = next(
        (
            p_pr.find(qn(t))
            for t in ("w:spacing", "w:ind", "w:jc", "w:rPr")
            if p_pr.find(qn(t)) is not None
        ),
        None,
    )
    if anchor is not None:
        anchor.addprevious(bidi)
    else:
        p_pr.append(bidi)
    for run in paragraph.runs:
        mark_run_rtl(run)


def mark_run_rtl(run: Run) -> None:
    _set_on(run._r.get_or_add_rPr(), "w:rtl")


def _field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """A field (PAGE, NUMPAGES, TOC ...) that Word and LibreOffice compute; ``shown`` is
    what a reader sees until they do."""

    def char(kind: str) -> None:
        run = paragraph.add_run()
        _set_on(run._r, "w:fldChar", **{"w:fldCharType": kind})

    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    paragraph.add_run(shown)
    char("end")


class WordDocument:
    """One Word document being written: a python-docx ``Document`` set up as our reports
    are, and helpers that take user text as text. ``document`` is there for what the helpers
    do not cover."""

    def __init__(self, options: ReportOptions, header: tuple[str, str], title: str = "") -> None:
        self.options = options
        self.translate = options.translate
        self.document = Document()
        self._headings: list[tuple[int, str]] = []
        self._contents: Paragraph | None = None
        self._set_up_fonts_and_language()
        self._set_up_page()
        self._set_up_header_and_footer(header)
        self._set_up_settings()
        properties = self.document.core_properties
        properties.title = word_text(title, multiline=False)
        properties.author = word_text(header[0], multiline=False)
        properties.comments = ""
        properties.keywords = ""
        properties.subject = ""
        properties.last_modified_by = ""

    # -- setting up ------------------------------------------------------------------------------
    def _set_up_fonts_and_language(self) -> None:
        """Keep the template's fonts; name the complex-script one (an explicit font replaces
        the theme's, which is empty for complex scripts in python-docx's template); set the
        language so that Word checks spelling in the report's language."""
        styles_element = self.document.styles.element
        r_pr = styles_element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        fonts = _set_on(r_pr, "w:rFonts", **{"w:cs": COMPLEX_SCRIPT_FONT})
        fonts.attrib.pop(qn("w:cstheme"), None)
        _set_on(r_pr, "w:lang", **{"w:val": word_language(self.options.language)})

    def _set_up_page(self) -> None:
        width, height = PAGE_SIZES_MM.get(self.options.page_size, PAGE_SIZES_MM["A4"])
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.orientation = WD_ORIENT.PORTRAIT
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        section.header_distance = section.footer_distance = Mm(MARGIN_MM / 2)

    def _text_width(self, section=None) -> Emu:
        section = section or self.document.sections[-1]
        return Emu(section.page_width - section.left_margin - section.right_margin)

    def _set_up_header_and_footer(self, header: tuple[str, str]) -> None:
        """The town's name left and the report's title right in the header, "Page x of y"
        (the PDF's words, with Word's PAGE and NUMPAGES fields) right in the footer. A
        landscape section gets its own copy (``_new_section``): the title's right tab stops at
        the text's edge, which lies further out on a landscape page."""
        self._header = tuple(
            " ".join(word_text(part, multiline=False).split())[:HEADER_LIMIT] for part in header
        )
        # The template's header style stops at a centre and a right tab for Letter paper;
        # each header line has its own right tab at its section's text edge instead.
        self.document.styles["Header"].paragraph_format.tab_stops.clear_all()
        self._write_header_and_footer(self.document.sections[0])

    def _write_header_and_footer(self, section) -> None:
        name, title = self._header
        line = section.header.paragraphs[0]
        line.paragraph_format.tab_stops.add_tab_stop(
            self._text_width(section), WD_TAB_ALIGNMENT.RIGHT
        )
        self._grey(line.add_run(name))
        if title:
            self._grey(line.add_run("\t" + title))
        if starts_rtl(name or title):
            mark_rtl(line)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        template = self.translate("Report", PAGE_OF)
        for piece in re.split(r"(\{page\}|\{pages\})", template):
            if piece == "{page}":
                _field(footer, "PAGE", "1")
            elif piece == "{pages}":
                _field(footer, "NUMPAGES", "1")
            elif piece:
                footer.add_run(piece)
        for run in footer.runs:
            self._grey(run)

    @staticmethod
    def _grey(run: Run) -> Run:
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return run

    def _set_up_settings(self) -> None:
        """Ask Word and LibreOffice to compute the fields (the contents, the page count) when
        the document is opened."""
        settings = self.document.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        # settings' children have a schema order: updateFields comes right after zoom and
        # the few switches before it; after w:zoom is where Word itself writes it.
        zoom = settings.find(qn("w:zoom"))
        if zoom is not None:
            zoom.addnext(update)
        else:
            settings.insert(0, update)

    # -- content ---------------------------------------------------------------------------------
    def title(self, text: str, subtitle: str = "") -> None:
        self._text_paragraph(text, "Title")
        if subtitle:
            self._text_paragraph(subtitle, "Subtitle")

    def heading(self, text: str, level: int = 1) -> Paragraph:
        """A heading in Word's "Heading n" style (n 1-3): in the contents and navigation."""
        level = max(1, min(3, level))
        paragraph = self._text_paragraph(text, f"Heading {level}")
        self._headings.append((level, word_text(text, multiline=False)))
        return paragraph

    def paragraph(
        self,
        text: str | None = "",
        style: str | None = None,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
    ) -> Paragraph:
        """One paragraph of ``text`` (lines kept as line breaks), right to left when its
        first strong character is."""
        paragraph = self._text_paragraph(text or "", style)
        for run in paragraph.runs:
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
        return paragraph

    def paragraphs(self, text: str | None, style: str | None = None) -> list[Paragraph]:
        """Long user text: a paragraph per line (each its own direction). A blank line
        between lines stays an empty paragraph, as the user set it apart (the PDF keeps it
        too); blank lines before the first and after the last are left out."""
        lines = [line if line.strip() else "" for line in word_text(text).split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        first = next((n for n, line in enumerate(lines) if line), len(lines))
        return [self._text_paragraph(line, style) for line in lines[first:]]

    def labelled(self, label: str, value: str | None) -> Paragraph:
        """ "Label: value", the label bold (for short facts such as a responsible person)."""
        paragraph = self.document.add_paragraph()
        paragraph.add_run(word_text(label, multiline=False) + ": ").bold = True
        add_text(paragraph, value or "")
        if starts_rtl(word_text(label) or word_text(value)):
            mark_rtl(paragraph)
        paragraph.paragraph_format.space_after = Pt(3)  # a record card's lines stay together
        return paragraph

    def bullet(self, text: str | None) -> Paragraph:
        return self._text_paragraph(text or "", "List Bullet")

    def _text_paragraph(self, text: str, style: str | None) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        cleaned = word_text(text)
        add_text(paragraph, cleaned)
        if starts_rtl(cleaned):
            mark_rtl(paragraph)
        return paragraph

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | None]],
        widths: Sequence[float] | None = None,
        *,
        right: Sequence[int] = (),
        size: float = 9,
    ) -> Table:
        """A table in the "Table Grid" style, its header row shaded, bold and repeated on
        every page; ``widths`` in millimetres (the text width shared out when missing);
        ``right``: the columns whose values are right-aligned (amounts, numbers)."""
        columns = len(header)
        table = self.document.add_table(rows=1, cols=columns)
        table.style = self.document.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if widths is None:
            share = self._text_width() / columns
            widths_emu = [int(share)] * columns
        else:
            widths_emu = [int(Mm(w)) for w in widths]
        header_row = table.rows[0]
        _set_on(header_row._tr.get_or_add_trPr(), "w:tblHeader")
        for index, (cell, text) in enumerate(zip(header_row.cells, header, strict=True)):
            self._fill_cell(cell, text, size, bold=True, right=index in right)
            _shade(cell)
        for values in rows:
            cells = table.add_row().cells
            for index, (cell, text) in enumerate(zip(cells, values, strict=True)):
                self._fill_cell(cell, text or "", size, right=index in right)
        for column, width in zip(table.columns, widths_emu, strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width
        self.document.add_paragraph()  # Word joins tables that touch: keep them apart
        return table

    def key_table(self, facts: Sequence[tuple[str, str | None]], widths=(50, 124)) -> Table:
        """Labels and values in two columns, the labels bold on the header colour (the PDF's
        key table: a cover's facts, a summary), no header row."""
        table = self.document.add_table(rows=0, cols=2)
        table.style = self.document.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for label, value in facts:
            label_cell, value_cell = table.add_row().cells
            self._fill_cell(label_cell, label, 9, bold=True)
            _shade(label_cell)
            self._fill_cell(value_cell, value or "", 9)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Mm(width)
            for cell in column.cells:
                cell.width = Mm(width)
        self.document.add_paragraph()
        return table

    @staticmethod
    def _fill_cell(cell, text: str, size: float, bold: bool = False, right: bool = False):
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        cleaned = word_text(text)
        add_text(paragraph, cleaned)
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.bold = bold or None
        if starts_rtl(cleaned):
            mark_rtl(paragraph)
        elif right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def picture(self, png: bytes, width_mm: float | None = None) -> None:
        """A picture (a chart) in a paragraph of its own, ``width_mm`` wide (the text width
        when missing or wider)."""
        width = self._text_width()
        if width_mm is not None:
            width = min(width, Mm(width_mm))
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run().add_picture(io.BytesIO(png), width=width)

    def contents(self) -> None:
        """The heading "Contents" and a TOC field of the headings of levels 1-3. Word and
        LibreOffice compute it when the document is opened (``updateFields``); until then it
        shows the headings without page numbers (filled in by ``save``)."""
        self.document.add_paragraph(self.translate("Report", CONTENTS), style="TOC Heading")
        self._contents = self.document.add_paragraph()
        self.page_break()

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def landscape(self) -> None:
        """What follows is on landscape pages (a wide chart or table)."""
        self._new_section(WD_ORIENT.LANDSCAPE)

    def portrait(self) -> None:
        self._new_section(WD_ORIENT.PORTRAIT)

    def _new_section(self, orientation) -> None:
        previous = self.document.sections[-1]
        short_side = min(previous.page_width, previous.page_height)
        long_side = max(previous.page_width, previous.page_height)
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = orientation
        if orientation == WD_ORIENT.LANDSCAPE:
            section.page_width, section.page_height = long_side, short_side
        else:
            section.page_width, section.page_height = short_side, long_side
        # Unlinked, a section's header and footer start empty (python-docx): each section's
        # are written for its own width (linked, a portrait section after a landscape one
        # would take the landscape header).
        for part in (section.header, section.footer):
            part.is_linked_to_previous = False
        self._write_header_and_footer(section)

    def text_width_mm(self) -> float:
        """The width text can take on the current pages, in millimetres."""
        return self._text_width().mm

    # -- saving ----------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        if self._contents is not None:
            self._fill_contents(self._contents)
        self.document.save(str(path))

    def _fill_contents(self, paragraph: Paragraph) -> None:
        """The TOC field, its shown result the headings (indented by level), for programs
        that do not compute fields on opening."""
        begin = paragraph
        _start_field(begin, 'TOC \\o "1-3" \\h \\z \\u')
        last = begin
        for level, text in self._headings:
            line = Paragraph(OxmlElement("w:p"), begin._parent)
            last._p.addnext(line._p)
            line.paragraph_format.left_indent = Mm(6 * (level - 1))
            line.paragraph_format.space_after = Pt(2)
            add_text(line, text)
            if level == 1:
                for run in line.runs:
                    run.bold = True
            if starts_rtl(text):
                mark_rtl(line)
            last = line
        end = OxmlElement("w:r")
        _set_on(end, "w:fldChar", **{"w:fldCharType": "end"})
        last._p.append(end)


def _shade(cell) -> None:
    """The cell on the header colour."""
    _set_on(
        cell._tc.get_or_add_tcPr(),
        "w:shd",
        **{"w:val": "clear", "w:color": "auto", "w:fill": HEADER_FILL},
    )


def _start_field(paragraph: Paragraph, instruction: str) -> None:
    """The first half of a field whose result follows in the next paragraphs."""
    run = paragraph.add_run()
    _set_on(run._r, "w:fldChar", **{"w:fldCharType": "begin", "w:dirty": "true"})
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    _set_on(run._r, "w:fldChar", **{"w:fldCharType": "separate"})


def add_text(paragraph: Paragraph, text: str) -> None:
    """``text`` as runs of ``paragraph``, its lines separated by line breaks."""
    for index, line in enumerate(word_text(text).split("\n")):
        run = paragraph.add_run(line)
        if index:
            run._r.insert(0, OxmlElement("w:br"))


# The English whose spelling Word checks; English as written elsewhere (en_SE, en_150: the
# formats of a Swede or an Italian reading English) is checked as British English, the
# spelling of the EU's English texts.
WORD_ENGLISH = {"en-US", "en-GB", "en-IE", "en-AU", "en-CA", "en-NZ", "en-ZA", "en-IN"}


def word_language(locale: str | None) -> str:
    """Word's name of a language (a BCP 47 tag: "de-AT") for a locale name as the app has
    it ("de_AT", "en_SE.UTF-8", "C"): with "_" Word does not know the language and checks no
    spelling."""
    name = (locale or "").split(".")[0].split("@")[0]
    if name in ("", "C", "POSIX"):
        return "en-US"
    tag = name.replace("_", "-")
    if tag.split("-")[0] == "en" and tag != "en" and tag not in WORD_ENGLISH:
        return "en-GB"
    return tag
