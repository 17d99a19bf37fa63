"""Read again what changed, when it is seen: at once while it is on screen, else the next
time it is shown.

An area or a tab whose data changed while it was hidden (another window wrote to the file,
the plan changed while the timeline tab was not shown) need not read and draw it until the
user looks: with ten thousand actions that is real work, and a hidden area polled every two
seconds would do it for nothing. ``RefreshWhenShown`` is the one mechanism for this: the
data's owner calls ``mark_stale`` whenever it changed, and the refresh runs when one of the
watched widgets is (or becomes) visible. A refresh on showing runs under ``busy`` (the wait
cursor and "Loading…", painted first): it is what makes a tab's first visit slow.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from toolbox_desktop.ui.common.busy import busy

RETRY_MS = 2000


class RefreshWhenShown(QObject):
    """Runs ``refresh`` after ``mark_stale``, once one of ``widgets`` is visible.

    A refresh that fails with ``sqlite3.Error`` (the file busy) leaves the data stale: from
    ``mark_stale`` the error reaches the caller (the poller tries again), after a show it is
    tried again in a moment.
    """

    def __init__(self, refresh: Callable[[], None], *widgets: QWidget) -> None:
        super().__init__(widgets[0])
        self._refresh = refresh
        self._widgets: list[QWidget] = []
        self.stale = False
        for widget in widgets:
            self.watch(widget)

    def watch(self, widget: QWidget) -> None:
        """Refresh also when ``widget`` is shown (it shows the same data)."""
        self._widgets.append(widget)
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_args, w=widget: self._forget(w))

    def watched(self) -> list[QWidget]:
        return list(self._widgets)

    def _forget(self, widget: QWidget) -> None:
        self._widgets = [w for w in self._widgets if w is not widget]

    def is_shown(self) -> bool:
        return any(widget.isVisible() for widget in self._widgets)

    def _shown_widget(self) -> QWidget | None:
        return next((widget for widget in self._widgets if widget.isVisible()), None)

    def mark_stale(self, *_args) -> None:
        """The data changed: refresh now if it is on screen, else when it is shown."""
        self.stale = True
        if self.is_shown():
            self.refresh_now()

    def refresh_now(self) -> None:
        self.stale = False
        try:
            self._refresh()
        except BaseException:
            self.stale = True
            raise

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self._try()
        return False

    def _try(self) -> None:
        if not (self.stale and self.is_shown()):
            return
        with contextlib.suppress(sqlite3.Error), busy(self._shown_widget()):
            self.refresh_now()
        if self.stale:  # the file was busy: try again in a moment
            QTimer.singleShot(RETRY_MS, self, self._try)
