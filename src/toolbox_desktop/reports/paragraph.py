"""A reportlab Paragraph that puts right-to-left lines in visual order after wrapping.

reportlab draws glyphs left to right and, without its optional bidi library, never reorders
them. Reordering a whole paragraph before wrapping puts its lines in the wrong order once it
wraps: the first words would end up on the last line. So the text stays in logical order (only
shaped, see ``text.markup``) while reportlab measures and breaks it into lines, and each line
is reordered on its own just before it is drawn. Splitting across pages works on the logical
lines, so a paragraph continued on the next page is never reordered twice.
"""

from __future__ import annotations

import copy

from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import Paragraph as _ReportlabParagraph

from toolbox_desktop.reports.bidi_order import OBJECT, visual_runs
from toolbox_desktop.reports.fragments import fragments
from toolbox_desktop.reports.text import is_rtl, starts_rtl


def visual_line_words(words: list[str], rtl: bool = False) -> list[str]:
    """Words of one simple line (one style), in the order they are drawn, in a paragraph
    whose direction is right to left if ``rtl``."""
    line = " ".join(words)
    if not rtl and not is_rtl(line):
        return words
    return "".join(text for _piece, text in visual_runs([line], rtl)).split(" ")


def visual_fragments(fragments: list, rtl: bool = False) -> list:
    """Styled fragments of one line (a bold label, plain text…), in the order they are drawn,
    cut where right-to-left and left-to-right text meet (``bidi_order``)."""
    texts = [getattr(fragment, "text", None) for fragment in fragments]
    if not rtl and not any(text and is_rtl(text) for text in texts):
        return fragments
    shown = []
    # A piece without text (an image, an anchor, a callback: reportlab gives them "") stands
    # in the line as one neutral character, and is drawn as it is where that one lands.
    for piece, text in visual_runs([t if t else OBJECT for t in texts], rtl):
        fragment = fragments[piece]
        if not texts[piece]:
            shown.append(fragment)
            continue
        clone = copy.copy(fragment)
        clone.text = text
        shown.append(clone)
    return shown


def visual_lines(bl_para, rtl: bool = False):
    """A copy of reportlab's broken lines with each line holding right-to-left text (every
    line, in a right-to-left paragraph) in visual order."""
    shown = copy.copy(bl_para)
    if bl_para.kind == 0:
        shown.lines = [
            (extra, visual_line_words(list(words), rtl)) for extra, words in bl_para.lines
        ]
        return shown
    lines = []
    for group in _logical_lines(bl_para.lines):
        texts = "".join(
            getattr(word, "text", "") or "" for line in group for word in line.words or ()
        )
        group_rtl = starts_rtl(texts, rtl)  # each line after a <br/> has its own direction
        for line in group:
            if not line.words:
                lines.append(line)
                continue
            clone = copy.copy(line)
            clone.words = visual_fragments(list(line.words), group_rtl)
            lines.append(clone)
    shown.lines = lines
    return shown


def _logical_lines(lines: list) -> list[list]:
    """The broken lines grouped by the lines of the text (a ``<br/>`` ends one)."""
    groups: list[list] = [[]]
    for line in lines:
        groups[-1].append(line)
        if getattr(line, "lineBreak", False):
            groups.append([])
    return [group for group in groups if group]


class Paragraph(_ReportlabParagraph):
    """Also aligns a paragraph that begins in a right-to-left script on the right, breaks it
    into lines once per width, and lets go of its lines once they are drawn or split.

    reportlab wraps a paragraph several times at the same width (to place it, for
    keep-with-next and keep-together checks, for each try at splitting a table), and each wrap
    breaks the whole text into lines again: the lines depend on the width alone, so ``wrap``
    keeps them until it is asked for another width. Once drawn (or split into parts that are
    drawn instead) they go: reportlab would keep the broken lines (a copy of the style per
    word) of every paragraph of the story until the end, and a report of thousands of pages
    would hold gigabytes of them.

    Its text is read into fragments by ``fragments`` when it is the reports' own simple
    markup (the same fragments, without reportlab's HTML parser), else by reportlab."""

    _wrapped_width: float | None = None

    def __init__(self, text, style=None, *args, **kwargs) -> None:
        if style is not None and not args and not kwargs:
            parsed = fragments(text, style)  # None: reportlab's parser reads it
            if parsed is not None:
                text, kwargs["frags"] = parsed
        super().__init__(text, style, *args, **kwargs)
        plain = self.getPlainText() if self.frags else ""
        self._rtl = is_rtl(plain)  # else its lines are drawn as reportlab breaks them
        self._starts_rtl = self._rtl and starts_rtl(plain)  # the paragraph's direction
        if style is not None and self._starts_rtl:
            self.style = style.clone(f"{style.name}-rtl", alignment=TA_RIGHT)

    def wrap(self, available_width, available_height):
        if self._wrapped_width == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped_width = available_width
        return size

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if self not in parts:  # the parts are drawn instead
            self.__dict__.pop("blPara", None)
        return parts

    def draw(self) -> None:
        logical = getattr(self, "blPara", None)
        if logical is None or not self._rtl:
            super().draw()
        else:
            self.blPara = visual_lines(logical, self._starts_rtl)
            try:
                super().draw()
            finally:
                self.blPara = logical
        self.__dict__.pop("blPara", None)
