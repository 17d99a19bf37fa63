"""Helpers for the GUI tests: read what the user sees in the detail pane, type any text."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from toolbox_desktop.ui.library.rich_text import HIGHLIGHT_STYLE

# The background colour the highlight style gives a search match, e.g. "#ffe680".
HIGHLIGHT_COLOR = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", HIGHLIGHT_STYLE)[1].lower()


def shown_text(library) -> str:
    """The detail pane's text as the user reads it, with all runs of white space made one."""
    return " ".join(library.detail.toPlainText().split())


def highlighted_runs(document: QTextDocument) -> list[str]:
    """Every stretch of text drawn with the search highlight, in document order."""
    runs: list[str] = []
    block = document.begin()
    while block.isValid():
        current = ""
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            background = fragment.charFormat().background()
            if background.style() != Qt.BrushStyle.NoBrush and (
                background.color().name() == HIGHLIGHT_COLOR
            ):
                current += fragment.text()
            elif current:
                runs.append(current)
                current = ""
            iterator += 1
        if current:
            runs.append(current)
        block = block.next()
    return runs


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key at a time, with the character as the key's text.

    ``qtbot.keyClicks`` maps characters to key codes and aborts offscreen on characters
    outside Latin-1; a key event carrying Key_unknown and the text works for any script.
    """
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )


def focused() -> QWidget | None:
    return QApplication.focusWidget()
