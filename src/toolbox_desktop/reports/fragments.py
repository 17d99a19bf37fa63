"""Paragraph markup turned into reportlab's styled fragments without its HTML parser.

reportlab parses every paragraph's text with ``html.parser``, and for a report of hundreds of
paragraphs that parsing costs more than laying them out. Our markup is simple (``text.markup``
escapes all user text; the reports add ``<b>``, ``<i>``, ``<font ...>`` and ``<br/>``), and
the fragment of a run of text depends only on the paragraph style and the tags open around it.
So ``fragments`` reads the markup with one regular expression, keeps the stack of open tags,
and clones, for each run of text, the fragment reportlab's own parser made once for that
style and stack (``_prototype``). The fragments come out the same as the parser's, one per
run of text and per entity (the parser splits text there too) and one per line break.

Anything else (another tag, a character reference, a tag left open or closed out of turn,
a style that transforms its text) returns None, and the paragraph is parsed by reportlab as
before, with the same errors for broken markup.
"""

from __future__ import annotations

import re
import weakref

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

_TOKENS = re.compile(r"<[^<>]*>|&(?:amp|lt|gt);|[^<&]+")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_OPEN = re.compile(r"<(b|i|font)(?:\s[^<>/]*)?>\Z")
_CLOSE = {"</b>": "b", "</i>": "i", "</font>": "font"}
BREAK = "<br/>"
_SHARED = ("link", "us_lines")  # lists every fragment of a paragraph shares, fresh per paragraph

# style -> (open tags, is a line break) -> the fragment's attributes (None: not cloneable)
_prototypes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def fragments(text: object, style: ParagraphStyle) -> tuple[str, list[ParaFrag]] | None:
    """The text as reportlab keeps it and the fragments its parser would make of it for
    ``style``, or None when the markup is not the simple kind this reads."""
    if not isinstance(text, str) or getattr(style, "textTransform", None):
        return None
    text = cleanBlockQuotedText(text)
    tokens = _TOKENS.findall(text)
    if not tokens or sum(map(len, tokens)) != len(text):
        return None
    known = _prototypes.get(style)
    if known is None:
        known = _prototypes[style] = {}
    link: list = []
    lines: list = []
    stack: list[str] = []
    names: list[str] = []
    made: list[ParaFrag] = []
    for token in tokens:
        first = token[0]
        if first == "<":
            if token == BREAK:
                run = ""
            else:
                closing = _CLOSE.get(token)
                if closing is not None:
                    if not names or names.pop() != closing:
                        return None
                    stack.pop()
                    continue
                opening = _OPEN.match(token)
                if opening is None:
                    return None
                stack.append(token)
                names.append(opening.group(1))
                continue
        else:
            run = _ENTITIES[token] if first == "&" else token
        key = (tuple(stack), token == BREAK)
        attributes = known.get(key, False)
        if attributes is False:
            attributes = known[key] = _prototype(stack, names, token == BREAK, style)
        if attributes is None:
            return None
        fragment = ParaFrag.__new__(ParaFrag)
        state = fragment.__dict__
        state.update(attributes)
        state["text"] = run
        state["link"] = link
        state["us_lines"] = lines
        made.append(fragment)
    if stack:
        return None
    return text, made


def _prototype(
    stack: list[str], names: list[str], line_break: bool, style: ParagraphStyle
) -> dict | None:
    """The attributes reportlab's parser gives a run of text (or a line break) inside the
    ``stack`` of open tags, or None when they are not plain values it can share."""
    closing = "".join(f"</{name}>" for name in reversed(names))
    sample = "".join(stack) + (BREAK if line_break else "x") + closing
    try:
        _style, parsed, bullet = ParaParser(caseSensitive=1).parse(sample, style)
    except Exception:  # the paragraph's own parse reports it
        return None
    if not parsed or len(parsed) != 1 or bullet:
        return None
    attributes = dict(parsed[0].__dict__)
    if any(attributes.get(name) != [] for name in _SHARED):
        return None
    return attributes
