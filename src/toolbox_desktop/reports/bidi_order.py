"""The order in which the pieces of one line are drawn, by the Unicode bidirectional algorithm.

reportlab draws a line's styled pieces (a bold "Notes:", the text after it, a "<" the markup
parser kept apart) from left to right as they come. A line that holds right-to-left text must
be put in visual order as one line, in its paragraph's direction: reordering each piece on its
own, each guessing its own direction, reversed the words of "Notes: شهرداری Dessau", lost the
space after the label and moved the bracket of "(children<6)" to the other end of the line;
and a wrapped line of an English paragraph that happened to begin with a Persian word was
laid out right to left.

So the line's text is resolved as a whole by python-bidi (Unicode's algorithm, brackets
included), with the paragraph's direction, into an embedding level per character; the line is
reordered from those levels (rule L2, after L1 for trailing spaces and tabs), mirrored
characters turned (L4: "(" in right-to-left text is drawn as ")"), and cut back into pieces
wherever the piece a character came from changes. python-bidi's ``get_display`` gives the
reordered text but not where each character came from, so the levels are read from the
information it reports with ``debug=True``; should a version report them otherwise, each piece
is reordered on its own in the paragraph's direction, as before (``tests/reports/
test_bidi_order.py`` would say so).
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_display
from bidi.mirror import MIRRORED

_NUMBER = re.compile(r"\d+")
_RESET_AT_END = {"WS", "BN", "FSI", "LRI", "RLI", "PDI"}  # rule L1, before a tab or the end
_SEGMENT = {"S", "B"}
OBJECT = "\ufffc"  # stands for a piece without text (an image) while the line is resolved


def levels_of(text: str, rtl: bool) -> list[int] | None:
    """The embedding level of each character of ``text`` as one line of a paragraph whose
    direction is right to left if ``rtl``; None if python-bidi did not say."""
    try:
        info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    except Exception:  # odd input must never stop a report
        return None
    # The last one: the text itself is printed before, and may hold these words.
    start = info.rfind("levels: [") if isinstance(info, str) else -1
    end = info.find("]", start)
    if start < 0 or end < 0:
        return None
    by_byte = _NUMBER.findall(info, start, end)  # "Level(\n 1,\n )", one per byte
    if len(by_byte) != len(text.encode("utf-8", "surrogatepass")):
        return None
    if text.isascii():
        return [int(level) for level in by_byte]
    levels, offset = [], 0
    for char in text:  # python-bidi gives a level per byte of the text's UTF-8
        levels.append(int(by_byte[offset]))
        offset += 1 if char < "\x80" else len(char.encode("utf-8", "surrogatepass"))
    return levels


def visual_runs(texts: list[str], rtl: bool) -> list[tuple[int, str]]:
    """The pieces of one line (their texts in logical order) as they are drawn from left to
    right: (which piece, the part of its text), in the direction of a right-to-left paragraph
    if ``rtl``. A piece may come out in several parts (English inside Arabic, say)."""
    line = "".join(texts)
    if len(texts) == 1 and not any(unicodedata.mirrored(char) for char in line):
        return _piece_by_piece(texts, rtl)  # nothing to cut or turn: python-bidi's order
    base = 1 if rtl else 0
    levels = levels_of(line, rtl)
    if levels is None:
        return _piece_by_piece(texts, rtl)
    _reset_line_ends(line, levels, base)
    source = [index for index, text in enumerate(texts) for _char in text]
    runs: list[tuple[int, str]] = []
    for position in _visual_order(levels):
        char = line[position]
        if levels[position] % 2 and unicodedata.mirrored(char):
            char = MIRRORED.get(char, char)
        piece = source[position]
        if runs and runs[-1][0] == piece:
            runs[-1] = (piece, runs[-1][1] + char)
        else:
            runs.append((piece, char))
    return runs


def _reset_line_ends(line: str, levels: list[int], base: int) -> None:
    """Rule L1: tabs, and the spaces before a tab or at the end of the line, take the
    paragraph's level."""
    at_end = True
    for position in range(len(line) - 1, -1, -1):
        kind = unicodedata.bidirectional(line[position])
        if kind in _SEGMENT:
            levels[position] = base
            at_end = True
        elif at_end and kind in _RESET_AT_END:
            levels[position] = base
        else:
            at_end = False


def _visual_order(levels: list[int]) -> list[int]:
    """Rule L2: from the highest level down to the lowest odd one, every stretch at that level
    or higher is reversed. Returns the logical positions in drawing order."""
    order = list(range(len(levels)))
    current = list(levels)
    odd = [level for level in current if level % 2]
    if not odd:
        return order
    for level in range(max(current), min(odd) - 1, -1):
        start = 0
        while start < len(current):
            if current[start] < level:
                start += 1
                continue
            end = start
            while end < len(current) and current[end] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            current[start:end] = current[start:end][::-1]
            start = end
    return order


def _piece_by_piece(texts: list[str], rtl: bool) -> list[tuple[int, str]]:
    """Each piece reordered on its own, the pieces reversed in a right-to-left paragraph:
    right for a line of one piece without brackets, else only where the levels could not be
    read (see the module's note)."""
    runs = []
    for index, text in enumerate(texts):
        try:
            shown = get_display(text, base_dir="R" if rtl else "L")
        except Exception:
            shown = text
        runs.append((index, shown))
    return runs[::-1] if rtl else runs
