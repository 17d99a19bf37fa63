"""A busy state, shown at once, for work that holds up the window on a first visit.

Building an area or drawing a tab for the first time can take longer than people wait without
a sign (issue 15: under 300 ms, or a busy state at once). ``busy`` puts up the wait cursor and
"Loading…" in the window's status bar, painted before the work starts (the work runs in the
same thread, so nothing would be painted until it is done); ``LoadingPage`` is what an area
shows, painted, while it is being built; ``BusyOnFirstVisit`` puts up ``busy`` when a tab
not shown before is chosen (clicked, Ctrl+Tab, the arrow keys on the tab bar, its Alt letter,
the mouse wheel over it), until the tab has been drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
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
    """The busy state from the choice of a tab not shown before until the tab is drawn (the
    choice is handled, tab switch and first drawing included, before the event loop runs the
    timer that ends it).

    Why it watches events rather than ``currentChanged``: Qt shows the new page (its first
    layout and ``showEvent``, often the slow part) before it emits ``currentChanged``, so a
    busy state started there would come too late. A click says its tab (``tabBarClicked``);
    Ctrl+Tab and the arrow keys are worked out as Qt does (the next enabled tab, Ctrl+Tab
    around the end); an Alt letter or the wheel over the bar could lead to any tab, so they
    show it while some enabled tab has not been shown yet (at worst "Loading…" for a blink).
    """

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._seen = {tabs.currentIndex()}
        self._pending: ExitStack | None = None
        tabs.tabBarClicked.connect(self._clicked)
        tabs.currentChanged.connect(self._seen.add)
        tabs.installEventFilter(self)  # Ctrl+Tab reaches the tab widget from its page
        tabs.tabBar().installEventFilter(self)  # arrow keys, Alt letters, the wheel

    def _clicked(self, index: int) -> None:
        if self._is_new(index):
            self._busy_until_drawn()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            targets = self._key_targets(watched, event)
        elif kind in (QEvent.Type.Shortcut, QEvent.Type.Wheel) and watched is self._tabs.tabBar():
            targets = range(self._tabs.count())  # any tab: an Alt letter may be on several
        else:
            return False
        if any(self._is_new(index) for index in targets):
            self._busy_until_drawn()
        return False

    def _key_targets(self, watched, event) -> list[int]:
        """The tab a key press on the tab widget or its bar switches to, as Qt decides it."""
        tabs, key = self._tabs, event.key()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if watched is tabs and control and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            return self._next_enabled(-1 if backwards else 1, around=True)
        if watched is tabs.tabBar() and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            back = Qt.Key.Key_Right if tabs.tabBar().isRightToLeft() else Qt.Key.Key_Left
            return self._next_enabled(-1 if key == back else 1, around=False)
        return []

    def _next_enabled(self, step: int, *, around: bool) -> list[int]:
        count, index = self._tabs.count(), self._tabs.currentIndex()
        bar = self._tabs.tabBar()
        for _ in range(count):
            index += step
            if around:
                index %= count
            elif not 0 <= index < count:
                return []
            if bar.isTabEnabled(index) and bar.isTabVisible(index):
                return [index]
        return []

    def _is_new(self, index: int) -> bool:
        return index >= 0 and index not in self._seen and self._tabs.isTabEnabled(index)

    def _busy_until_drawn(self) -> None:
        if self._pending is not None:  # one key press reaches the filter twice
            return
        self._pending = ExitStack()
        self._pending.enter_context(busy(self._tabs))
        QTimer.singleShot(0, self, self._done)

    def _done(self) -> None:
        stack, self._pending = self._pending, None
        if stack is not None:
            stack.close()
