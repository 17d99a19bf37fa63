"""A busy state, shown at once, for work that holds up the window on a first visit.

Building an area or drawing a tab for the first time can take longer than people wait without
a sign (issue 15: under 300 ms, or a busy state at once). ``busy`` puts up the wait cursor and
"Loading…" in the window's status bar, painted before the work starts (the work runs in the
same thread, so nothing would be painted until it is done); ``LoadingPage`` is what an area
shows, painted, while it is being built; ``BusyOnFirstVisit`` puts up ``busy`` when a tab
not shown before is clicked, until the tab has been drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStatusBar, QTabWidget, QVBoxLayout, QWidget

from toolbox_desktop.ui.common.plain_text import PlainLabel


def loading_text() -> str:
    return QCoreApplication.translate("Busy", "Loading…")


@contextmanager
def busy(widget: QWidget | None = None) -> Iterator[None]:
    """The wait cursor (and "Loading…" in the status bar of ``widget``'s window) while the
    block runs; both are on screen before it starts."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    bar = _status_bar(widget)
    if bar is not None and bar.currentMessage():
        bar = None  # a message the user should read is not covered
    if bar is not None:
        bar.showMessage(loading_text())
        bar.repaint()  # painted now: the block keeps the event loop from painting
    try:
        yield
    finally:
        if bar is not None and bar.currentMessage() == loading_text():
            bar.clearMessage()
        QApplication.restoreOverrideCursor()


def _status_bar(widget: QWidget | None) -> QStatusBar | None:
    if widget is None or not widget.isVisible():
        return None
    window = widget.window()
    bars = [bar for bar in window.findChildren(QStatusBar) if bar.parent() is window]
    return bars[0] if bars else None


class LoadingPage(QWidget):
    """An area's page until the area is built: "Loading…" in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = PlainLabel(loading_text())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def paint_now(self) -> None:
        """Paint it at once, before the build that follows holds up the event loop."""
        if self.isVisible():
            self.repaint()


class BusyOnFirstVisit(QObject):
    """The busy state from the click on a tab not shown before until the tab is drawn (the
    click is handled, tab switch and first drawing included, before the event loop runs the
    timer that ends it)."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._seen = {tabs.currentIndex()}
        tabs.tabBarClicked.connect(self._clicked)
        tabs.currentChanged.connect(self._seen.add)

    def _clicked(self, index: int) -> None:
        if index < 0 or index in self._seen or not self._tabs.isTabEnabled(index):
            return
        self._seen.add(index)
        stack = ExitStack()
        stack.enter_context(busy(self._tabs))
        QTimer.singleShot(0, self, stack.close)
