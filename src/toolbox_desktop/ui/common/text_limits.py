"""Text fields that take no more than ``core.limits`` allows, so that nothing typed is later
refused by the database, an export or another laptop's import.

One line: ``limit_line`` (Qt's own maximum length; a paste is cut at it). Several lines:
``limit_text`` attaches a ``TextLimiter``, which keeps a QPlainTextEdit within its limit and
says so in a small counter in the field's corner once the text comes near it. Table cells
edited in place: ``LimitedLineDelegate``. A question for one line: ``ask_line``.

Text loaded into a field (``setPlainText``) is never cut: a text stored before these limits
existed is shown whole, may be shortened, but not lengthened, and the counter says it is too
long to be stored. Only what the user adds is cut, and only as much as does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QWidget,
)

from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.typing_pause import TypingPause

NEAR = 0.9  # the counter shows from this share of the limit on
MARGIN = 4  # pixels between the counter and the field's edge


def limit_line(edit: QLineEdit, most: int) -> QLineEdit:
    """``edit`` taking at most ``most`` characters (returned, to limit where it is made)."""
    edit.setMaxLength(most)
    return edit


def line_value(edit: QLineEdit, stored: str) -> str:
    """What a one-line field holds, trimmed; but ``stored`` when the field only shows it cut
    at its limit (text stored before the limits existed is never shortened unasked)."""
    text = edit.text()
    if len(stored) > edit.maxLength() and text == stored[: edit.maxLength()]:
        return stored
    return text.strip()


def limit_text(edit: QPlainTextEdit, most: int) -> TextLimiter:
    """Keep ``edit`` within ``most`` characters; the limiter lives as long as the field."""
    return TextLimiter(edit, most)


def number(value: int) -> str:
    return format_number(value)


class TextLimiter(QObject):
    """Cuts what the user adds beyond ``most`` characters, and shows how many are used."""

    def __init__(self, edit: QPlainTextEdit, most: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.most = most
        self.allowed = most  # more only for a longer text loaded from before the limits
        self.cut = False  # the last change the user made did not fit whole
        self._cutting = False
        self.counter = PlainLabel(parent=edit)
        self.counter.setObjectName("text_limit_counter")
        self.counter.setAutoFillBackground(True)
        self.counter.setMargin(2)
        self.counter.setVisible(False)
        edit.document().contentsChange.connect(self._changed)
        edit.installEventFilter(self)
        self._update(self.length())

    def length(self) -> int:
        return self.edit.document().characterCount() - 1

    def _changed(self, position: int, removed: int, added: int) -> None:
        del removed
        if self._cutting:
            return
        document = self.edit.document()
        length = self.length()
        if not document.isUndoAvailable():  # loaded with setPlainText, or cleared: keep it
            self.allowed = max(self.most, length)
            self.cut = False
            self._update(length)
            return
        excess = length - self.allowed
        self.cut = excess > 0
        if self.cut:
            end = min(position + added, length)
            start = max(0, end - excess)
            if start > 0 and _high_surrogate(document.characterAt(start - 1)):
                start -= 1  # never keep half of a character outside the first 65,536
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._cutting = True
            try:
                cursor.joinPreviousEditBlock()  # one Undo takes back the paste and the cut
                cursor.removeSelectedText()
                cursor.endEditBlock()
            finally:
                self._cutting = False
            length = self.length()
        self._update(length)

    def _update(self, length: int) -> None:
        if length > self.most:
            text = self.tr("{count} of {limit} characters: shorten the text to store it.")
        elif self.cut:
            text = self.tr("{limit} characters at most: the rest was not added.")
        elif length >= self.most * NEAR:
            text = self.tr("{count} of {limit} characters")
        else:
            text = ""
        text = text.format(count=number(length), limit=number(self.most))
        self.counter.setText(text)
        self.counter.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)
        if text:
            self._place()

    def _place(self) -> None:
        self.counter.adjustSize()
        area = self.edit.viewport().geometry()
        size = self.counter.size()
        self.counter.move(
            area.right() - size.width() - MARGIN, area.bottom() - size.height() - MARGIN
        )
        self.counter.raise_()

    def eventFilter(self, watched, event) -> bool:
        # While the garbage collector takes a closed window apart, Qt may still deliver an
        # event after this object's attributes are gone.
        edit, counter = getattr(self, "edit", None), getattr(self, "counter", None)
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
        if edit is not None and watched is edit and resized and counter.isVisible():
            self._place()
        return False


def _high_surrogate(char: str) -> bool:
    return len(char) == 1 and 0xD800 <= ord(char) <= 0xDBFF


class LimitedLineDelegate(QStyledItemDelegate):
    """Edits a table cell in a line that takes at most ``most`` characters; what is typed is
    handed to the model while the user keeps typing (``ui.typing_pause``), not only when the
    cell is left, so that it reaches the file within two seconds."""

    def __init__(self, most: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.most = most

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.most)
            pause = TypingPause(editor)
            editor.textEdited.connect(pause.typed)
            pause.due.connect(lambda: self.commitData.emit(editor))
        return editor


def ask_line(
    parent: QWidget | None, title: str, label: str, most: int, text: str = ""
) -> tuple[str, bool]:
    """Like ``QInputDialog.getText``, with the line limited to ``most`` characters."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    edit = dialog.findChild(QLineEdit)
    if edit is not None:
        edit.setMaxLength(most)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue() if accepted else ""
    dialog.deleteLater()
    return value, accepted
