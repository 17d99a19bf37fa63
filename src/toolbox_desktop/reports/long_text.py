"""User text of any length as paragraphs reportlab lays out in time proportional to it.

reportlab breaks a paragraph into lines, and each time a paragraph does not fit the rest of a
page it splits it and breaks what is left again: one paragraph of 100,000 characters (or of
hundreds of lines) is broken once per page it spans, so its cost grows with the square of its
length (a plan with long partner names took over ten minutes). Every piece of user text in a
report therefore goes into paragraphs of at most ``CHUNK`` characters and ``MAX_LINES``
lines; a run without spaces is cut too, so no single word can be longer.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle

from toolbox_desktop.reports.paragraph import Paragraph
from toolbox_desktop.reports.text import clean, markup

CHUNK = 2000  # characters per paragraph of user text
MAX_LINES = 20  # lines per paragraph


def chunks(text: str | None, limit: int = CHUNK, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` in pieces of at most about ``limit`` characters and ``max_lines`` lines: whole
    lines together where they fit, over-long lines cut at a space (or anywhere, when there is
    none)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in clean(text or "").split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit)
            cut = cut + 1 if cut > 0 else limit
            if current:
                pieces.append("\n".join(current))
                current, size = [], 0
            pieces.append(line[:cut])
            line = line[cut:]
        if current and (size + len(line) > limit or len(current) >= max_lines):
            pieces.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pieces.append("\n".join(current))
    return [piece for piece in pieces if piece.strip()]


def text_paragraphs(
    text: str | None, style: ParagraphStyle, paragraph: type[Paragraph] = Paragraph
) -> list[Paragraph]:
    """User text as paragraphs (of class ``paragraph``) that can flow over pages; the space
    before and after ``style`` goes around the whole text only, not between its pieces."""
    return _joined([markup(piece) for piece in chunks(text)], style, paragraph)


def labelled(prefix: str, text: str | None, before: str = "", after: str = "") -> list[str]:
    """Lines of markup for ``line_paragraphs``: ``prefix`` (markup, e.g. a bold label)
    followed by the user's ``text``, cut into pieces (``chunks``) when it is long; each
    piece between ``before`` and ``after`` (a tag and its end, e.g. ``<b>`` and ``</b>``)."""
    shown = [f"{before}{markup(piece)}{after}" for piece in chunks(text) or [""]]
    return [prefix + shown[0], *shown[1:]]


def line_paragraphs(
    lines: list[str], style: ParagraphStyle, paragraph: type[Paragraph] = Paragraph
) -> list[Paragraph]:
    """Lines of markup (each complete, its tags closed, its user text cut by ``chunks`` or
    ``labelled``) grouped into paragraphs of at most ``MAX_LINES`` lines and about ``CHUNK``
    characters, read as one block."""
    groups: list[list[str]] = []
    size = count = 0
    for line in lines:
        weight = line.count("<br/>") + 1
        if not groups or count + weight > MAX_LINES or size + len(line) > CHUNK:
            groups.append([])
            size = count = 0
        groups[-1].append(line)
        size += len(line)
        count += weight
    return _joined(["<br/>".join(group) for group in groups], style, paragraph)


def _joined(texts: list[str], style: ParagraphStyle, paragraph: type[Paragraph]) -> list:
    if len(texts) < 2:
        return [paragraph(text, style) for text in texts]
    first = ParagraphStyle(f"{style.name}_first", style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}_middle", style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}_last", style, spaceBefore=0)
    styles = [first] + [middle] * (len(texts) - 2) + [last]
    return [paragraph(text, s) for text, s in zip(texts, styles, strict=True)]
