"""The status bar's file label: which database the window shows, always in sight.

A permanent widget rather than a status message: a menu entry's status tip (and any message
shown for a while) replaces the temporary message for good, and the user would no longer see
which file they are working in. The path is shortened in the middle when the bar is narrow,
so a long folder name never widens the window; the whole path is in the tooltip.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSizePolicy

from toolbox_desktop.ui.common.plain_text import PlainLabel, as_typed

MIN_WIDTH = 120  # wide enough for "Database: …name"
MAX_SHARE = 0.55  # of the bar's width: the rest stays for messages


class FileLabel(PlainLabel):
    """The translated "Database: PATH", cut in the middle to the width it gets."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.full_text = ""
        self.setMinimumWidth(MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_file(self, text: str, path: Path) -> None:
        """``text`` (the translated "Database: {path}") for the file at ``path``."""
        self.full_text = text
        self.setToolTip(as_typed(str(path)))
        self.setAccessibleName(text)
        self._fit()

    def sizeHint(self):
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.full_text) + 8
        bar = self.parentWidget()
        limit = int(bar.width() * MAX_SHARE) if bar is not None else wanted
        hint.setWidth(max(MIN_WIDTH, min(wanted, limit)))
        return hint

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)  # once: Qt keeps one per object

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.updateGeometry()  # the share of the bar it may take changed
        return False

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(MIN_WIDTH)
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideMiddle, max(self.width() - 4, MIN_WIDTH - 4)
        )
        if shown != self.text():
            self.setText(shown)
