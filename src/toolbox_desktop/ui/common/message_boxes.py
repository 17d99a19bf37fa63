"""Message boxes that show user text as typed (see ``ui.plain_text``).

QMessageBox guesses HTML from its text like a label; a file name or a title quoted in a
question must not become a picture or a link. The functions take the arguments of
QMessageBox's own static functions and call them, so that tests can still answer those.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from toolbox_desktop.ui.common.plain_text import as_typed


def warn(parent: QWidget | None, title: str, text: str, *buttons_and_default):
    """``QMessageBox.warning`` with ``text`` shown as typed."""
    return QMessageBox.warning(parent, title, as_typed(text), *buttons_and_default)


def inform(parent: QWidget | None, title: str, text: str, *buttons_and_default):
    """``QMessageBox.information`` with ``text`` shown as typed."""
    return QMessageBox.information(parent, title, as_typed(text), *buttons_and_default)


def ask(parent: QWidget | None, title: str, text: str, *buttons_and_default):
    """``QMessageBox.question`` with ``text`` shown as typed."""
    return QMessageBox.question(parent, title, as_typed(text), *buttons_and_default)


def plain_box(parent: QWidget | None = None) -> QMessageBox:
    """A message box to fill in by hand, whose text and informative text stay plain."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
