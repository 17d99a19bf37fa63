"""The one notice banner of every area: a line of text above the work, in an info or a
warning look, with a close button and, where there is something to do, an action button.

A notice says why something was not done and what to do (a refused edit, an Undo that could
not be written, an assessment that is final). Its text often names the user's own records,
so it is always shown as plain text, never as markup (``PlainLabel``). The colours come
from ``palette.banner_colors``, so that every area's notices look alike, also on a dark
background.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from toolbox_desktop.ui.common.palette import banner_colors
from toolbox_desktop.ui.common.plain_text import PlainLabel

INFO, WARNING = "info", "warning"


class NoticeBanner(QFrame):
    """Hidden until ``show_text``; ``name`` is what a screen reader calls it."""

    def __init__(
        self,
        name: str,
        kind: str = WARNING,
        closable: bool = True,
        bold: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setAccessibleName(name)
        self.label = PlainLabel()
        self.label.setWordWrap(True)
        if bold:
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self.close_button = None
        if closable:
            self.close_button = QToolButton()
            self.close_button.setText("✕")
            self.close_button.setAutoRaise(True)
            self.close_button.setAccessibleName(self.tr("Close the notice"))
            self.close_button.setToolTip(self.tr("Close the notice"))
            self.close_button.clicked.connect(self.clear)
            self._layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.set_kind(kind)
        self.setVisible(False)

    def set_kind(self, kind: str) -> None:
        """The info or the warning look."""
        background, border, text = (c.name() for c in banner_colors(kind, self.palette()))
        self.kind = kind
        self.setStyleSheet(
            f"#noticeBanner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} #noticeBanner QLabel {{ color: {text}; }}"
        )

    def add_action(self, text: str) -> QPushButton:
        """A button for what the user can do about the notice (the caller connects it)."""
        button = QPushButton(text)
        self._layout.insertWidget(self._layout.count() - (1 if self.close_button else 0), button)
        return button

    def show_text(self, text: str, hide_after_ms: int = 0) -> None:
        """Show ``text`` (as typed); an empty text hides the banner. With ``hide_after_ms``
        the banner goes by itself after that long."""
        self._timer.stop()
        self.label.setText(text)
        self.setVisible(bool(text))
        if text and hide_after_ms:
            self._timer.start(hide_after_ms)

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.show_text("")
