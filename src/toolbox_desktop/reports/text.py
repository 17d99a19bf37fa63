"""User text made safe and readable in a PDF paragraph.

Every piece of user text goes through ``markup``: characters XML cannot hold are dropped, the
text is escaped (so "<img src=...>" or "</para>" in a note is printed, never interpreted), and
Arabic or Persian is shaped (joined letter forms), because reportlab draws glyphs as they come.
The order of right-to-left text is fixed after reportlab has wrapped it into lines, by our
``paragraph.Paragraph``; text drawn straight on the canvas (one line) uses ``visual``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper

from toolbox_desktop.reports.bidi_order import visual_runs

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RTL_CLASSES = ("R", "AL")
# Every character of bidirectional class R or AL lies in these blocks (Hebrew to Arabic
# Extended, the presentation forms, the right-to-left mark, and their supplementary planes):
# a line without any of them is left to right, found without looking up each character.
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
CELL_LIMIT = 1500
CELL_LINES = 10


def clean(text: str) -> str:
    """Drop control characters XML (and so reportlab) cannot hold; normalise line ends."""
    return _NOT_IN_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def is_rtl(line: str) -> bool:
    if not _MAYBE_RTL.search(line):
        return False
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in line)


def starts_rtl(text: str, otherwise: bool = False) -> bool:
    """A paragraph's direction: that of its first strong character (the PDF aligns such a
    paragraph right, the Word version marks it right to left); ``otherwise`` when it has none
    (digits and punctuation alone)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return otherwise


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (as xml.sax.saxutils does, which would import
    urllib and the e-mail package with it: a twentieth of a second for every report)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def visual(line: str) -> str:
    """A line as it must be drawn: shaped and reordered when it holds right-to-left text."""
    if not is_rtl(line):
        return line
    return _visual_once(line) if len(line) <= REMEMBERED else _visual(line)


def shape(line: str) -> str:
    """Arabic letters in their joined forms, still in logical (reading) order."""
    if not is_rtl(line):
        return line
    return _shaped_once(line) if len(line) <= REMEMBERED else _shaped(line)


def _shaped(line: str) -> str:
    try:
        return arabic_reshaper.reshape(line)
    except Exception:  # odd input must never stop a report: print it unshaped
        return line


def _visual(line: str) -> str:
    """Shaped, then reordered as one line in its own direction (that of its first strong
    character), brackets in right-to-left text turned (``bidi_order``)."""
    try:
        shaped = arabic_reshaper.reshape(line)
    except Exception:  # odd input must never stop a report: print it unshaped
        return line
    return "".join(text for _piece, text in visual_runs([shaped], starts_rtl(shaped)))


# The same names and labels come back on every page and in every row, and the reshaper reads
# its settings (configparser) at each call: a short right-to-left line is shaped once.
REMEMBERED = 200  # characters: longer text seldom comes back
_shaped_once = lru_cache(maxsize=2048)(_shaped)
_visual_once = lru_cache(maxsize=2048)(_visual)


def markup(text: str | None) -> str:
    """Markup for our ``Paragraph``: cleaned, shaped, escaped, <br/> between lines; each
    right-to-left line is put in visual order after wrapping."""
    if not text:
        return ""
    return "<br/>".join(escape(shape(line)) for line in clean(text).split("\n"))


def short(text: str | None, limit: int = CELL_LIMIT, lines: int = CELL_LINES) -> str:
    """Text cut to ``limit`` characters and ``lines`` lines, for table cells (a cell cannot
    span two pages: a taller one stops the whole report)."""
    text = text or ""
    kept = text[:limit].split("\n")[:lines]
    cut = "\n".join(kept)
    return text if cut == text else cut.rstrip() + " …"
