"""Pieces the printable handouts share (the Fact Sandwich worksheet, the rights handout):
the line citing the guide they come from, numbered and bulleted points, lines to write on.

Handouts are read at a town meeting, often photocopied: larger type than the reports' tables,
plain black lines, no colour that carries meaning.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from toolbox_desktop.core.content import Content, GuideItem
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.reports.document import HEADER_FILL, Styles
from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import markup

CTX = "Handouts"
SOURCE = QT_TRANSLATE_NOOP("Handouts", "Source: {title} ({source}).")
NOT_LOADED = QT_TRANSLATE_NOOP(
    "Handouts",
    "The leaders' guide is not loaded, so this part is missing. Check the content packs with "
    "'toolbox-desktop content check'.",
)
WIDTH = 174 * mm  # the A4 frame (Letter is wider: the handouts fit both)
LINE_HEIGHT = 8 * mm
RULE = colors.HexColor("#8c8c8c")  # dark enough to survive a photocopier


def point_styles(styles: Styles) -> tuple[ParagraphStyle, ParagraphStyle]:
    """(a point with a bullet or number hanging in the margin, the same a size larger)."""
    point = ParagraphStyle(
        "point",
        styles.body,
        fontSize=10.5,
        leading=14.5,
        leftIndent=8 * mm,
        bulletIndent=1 * mm,
        spaceAfter=1.5 * mm,
    )
    return point, ParagraphStyle("point_large", point, fontSize=11.5, leading=16)


def point(text: str, style: ParagraphStyle, bullet: str = "•") -> Paragraph:
    """One point of a list; ``text`` is plain text (escaped here)."""
    return Paragraph(markup(text), style, bulletText=bullet)


def titled_point(title: str, text: str, style: ParagraphStyle, bullet: str = "•") -> Paragraph:
    """A point with its title in bold before the text, both plain text."""
    lead = f"<b>{markup(title)}</b>" if title else ""
    joiner = ": " if title and text else ""
    return Paragraph(lead + joiner + markup(text), style, bulletText=bullet)


def source_line(
    content: Content, items: list[GuideItem], styles: Styles, lookup
) -> list[Paragraph]:
    """The guide the items come from, in the language they are printed in."""
    if not items:
        return []
    pack = content.guide_pack_of(items[0].code)
    if pack is None:
        return []
    text = lookup(CTX, SOURCE).format(title=pack.title, source=pack.source)
    return [Paragraph(markup(text), styles.small)]


def not_loaded(styles: Styles, lookup) -> Paragraph:
    return Paragraph(markup(lookup(CTX, NOT_LOADED)), styles.body)


def writing_box(label: Paragraph, count: int, width: float = WIDTH) -> Table:
    """A box headed by ``label`` with ``count`` ruled lines to write on by hand."""
    rows = [[label]] + [[""] for _ in range(count)]
    box = Table(rows, colWidths=[width], rowHeights=[None] + [LINE_HEIGHT] * count)
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ]
        )
    )
    return box
