"""Safe HTML for Qt's rich-text widgets: every piece of text escaped, matches highlighted."""

from __future__ import annotations

from html import escape

HIGHLIGHT_STYLE = "background-color:#ffe680; color:#000000;"


def highlighted(text: str, spans) -> str:
    """``text`` as HTML, with the given (start, end) spans marked."""
    if not spans:
        return escape(text)
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(escape(text[position:start]))
        parts.append(f'<span style="{HIGHLIGHT_STYLE}">{escape(text[start:end])}</span>')
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def marked(text: str, terms: list[str]) -> str:
    """``text`` as HTML with every occurrence of the search ``terms`` marked."""
    if not terms:  # browsing, not searching: the search module is not needed (start-up)
        return escape(text)
    from toolbox_desktop.core.text_search import find_spans

    return highlighted(text, find_spans(text, terms))


def paragraphs(text: str, terms: list[str]) -> str:
    """Text with blank-line paragraph breaks as HTML paragraphs."""
    return "".join(f"<p>{marked(part, terms)}</p>" for part in text.split("\n\n") if part)
