"""User and package text on screen exactly as typed, never taken for markup.

Qt guesses: a QLabel, a tooltip or a message box shows its text as HTML as soon as the text
merely looks like HTML (``Qt::mightBeRichText``). A title such as ``<img src="/some/file">``
would be drawn as a picture, and the window would open that file (and hang on a named pipe).
So every label is a ``PlainLabel``, and tooltips and message-box texts that can hold user
text go through ``as_typed`` (message boxes through ``ui.message_boxes``, which does that).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # ``Qt`` with the functions Qt GUI adds to it
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A label that shows its text as typed (a plain QLabel guesses HTML from the text)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # first: the text is never parsed as HTML
        if text:
            self.setText(text)


def as_typed(text: str | None) -> str | None:
    """``text`` for a widget that guesses its format (a tooltip, a message box): unchanged
    when Qt shows it as plain text anyway (and None as None), else as escaped HTML that
    reads as typed."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    # pre-wrap: spaces and line breaks as typed, long lines still wrapped
    return f'<p style="white-space:pre-wrap">{escape(text, quote=False)}</p>'


def window_title(text: str) -> str:
    """``text`` for ``setWindowTitle``: a "[*]" in it would be taken for the mark of unsaved
    changes and hidden; doubled, Qt shows it once."""
    return text.replace("[*]", "[*][*]")
