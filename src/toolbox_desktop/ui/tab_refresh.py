"""Refresh a tab's view when it is shown, and only if its data changed since it was drawn.

Both the Assessment and the Action plan area show views (dashboard, comparison, timeline,
budget) that are cheap to keep but costly to redraw for every edit made on another tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget


class TabRefresher(QObject):
    """Calls ``refreshers[tab]()`` when that tab is (or becomes) current after ``mark_stale``."""

    def __init__(self, tabs: QTabWidget, refreshers: dict[int, Callable[[], None]]) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._refreshers = refreshers
        self._stale = set(refreshers)
        tabs.currentChanged.connect(self._refresh_if_stale)

    def mark_stale(self, *_args) -> None:
        """The data changed: every view is out of date; the visible one is redrawn now."""
        self._stale = set(self._refreshers)
        self._refresh_if_stale(self._tabs.currentIndex())

    def _refresh_if_stale(self, tab: int) -> None:
        if tab in self._stale:
            self._stale.discard(tab)
            self._refreshers[tab]()
