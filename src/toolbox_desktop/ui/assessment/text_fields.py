"""Store what is typed in a text field without a Save button, and never lose it.

Typed text is handed on 600 ms after the typing stops (at the latest 1.5 s after the first
keystroke, even while the user keeps typing: see ``ui.typing_pause``), when the field loses
the focus, and whenever the screen asks (before another benchmark or assessment is shown, or
the window closes). While text waits to be stored the field is "dirty": a reload from the
file does not overwrite it. Text whose storing was refused or put off is "pending": it stays
dirty and is handed on again the next time (the screen says it is not saved yet).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from toolbox_desktop.ui.common.typing_pause import TypingPause


class DebouncedText(QObject):
    """Watches one QPlainTextEdit or QLineEdit.

    ``edited(text, base)`` carries the typed text and the value the typing started from.
    The receiver answers with ``stored()`` (or ``show()`` with what is stored instead), with
    ``retry_later()``, or with ``kept()`` (not stored; the text stays until the field is left
    again).
    """

    edited = Signal(str, str)

    def __init__(self, widget: QPlainTextEdit | QLineEdit, delay_ms: int | None = None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.base = ""
        self.dirty = False
        self.pending = False  # storing was refused or put off; the text still waits
        self.timer = TypingPause(self, pause_ms=delay_ms)
        self.timer.due.connect(self.flush)
        widget.textChanged.connect(self._typed)
        widget.installEventFilter(self)

    def text(self) -> str:
        if isinstance(self.widget, QPlainTextEdit):
            return self.widget.toPlainText()
        return self.widget.text()

    def show(self, text: str, force: bool = False) -> None:
        """Show the stored ``text``, unless the user's own typing waits (``force`` wins)."""
        if self.dirty and not force:
            return
        self.timer.stop()
        self.dirty = False
        self.pending = False
        self.base = text
        if self.text() == text:
            return
        self.widget.blockSignals(True)
        try:
            if isinstance(self.widget, QPlainTextEdit):
                self.widget.setPlainText(text)
            else:
                self.widget.setText(text)
                self.widget.setCursorPosition(0)
        finally:
            self.widget.blockSignals(False)

    def flush(self) -> None:
        """Hand on the typed text now, if any waits."""
        self.timer.stop()
        if self.dirty:
            self.edited.emit(self.text(), self.base)

    def stored(self) -> None:
        self.dirty = False
        self.pending = False
        self.base = self.text()

    def retry_later(self) -> None:
        self.pending = True
        self.timer.typed()

    def kept(self) -> None:
        """Not stored: the text stays (dirty) and is handed on when the field is left again."""
        self.pending = True

    def restore(self, text: str, base: str) -> None:
        """Show ``text`` typed earlier from ``base`` and not stored yet, waiting as before."""
        self.show(text, force=True)
        self.base = base
        self.dirty = True
        self.pending = True

    def _typed(self, *_args) -> None:
        self.dirty = True
        self.timer.typed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
