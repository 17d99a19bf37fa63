"""Notices that another window or app instance wrote to the file: one watch per connection,
which every area that shows the file's data subscribes to.

Two windows (or two laptops on a shared folder) may have the same file open. SQLite's
``PRAGMA data_version`` changes whenever another connection commits, and costs next to
nothing to read, so one timer per connection reads it every two seconds and tells the
subscribers (each area reloads, or marks itself stale while hidden: see ``refresh.py``). The
window owns the poller and stops it when it closes; an area built alone (in tests) makes its
own.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from toolbox_desktop.storage.database import data_version
from toolbox_desktop.ui.common import conflicts

POLL_INTERVAL_MS = 2000


class ChangePoller(QObject):
    """Reads ``read_version()`` every ``POLL_INTERVAL_MS`` once started; when it changed,
    calls every subscriber. A subscriber that fails with ``sqlite3.Error`` (the file busy
    or unreadable) is called again at the next check, the others are not."""

    def __init__(self, read_version: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_version = read_version
        self._subscribers: list[Callable[[], None]] = []
        self._pending: list[Callable[[], None]] = []
        self._version: int | None = None
        with contextlib.suppress(sqlite3.Error):  # unreadable now: the first check reloads
            self._version = read_version()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)

    @classmethod
    def for_connection(cls, conn: sqlite3.Connection, parent: QObject | None = None):
        """The poller of the file ``conn`` is open on."""
        return cls(lambda: data_version(conn), parent)

    def subscribe(self, callback: Callable[[], None], owner: QObject | None = None) -> None:
        """Call ``callback`` after each change made elsewhere; until ``owner`` is destroyed."""
        self._subscribers.append(callback)
        if owner is not None:
            owner.destroyed.connect(lambda *_args: self.unsubscribe(callback))

    def unsubscribe(self, callback: Callable[[], None]) -> None:
        for found in (self._subscribers, self._pending):
            with contextlib.suppress(ValueError):
                found.remove(callback)

    def start(self, interval_ms: int = POLL_INTERVAL_MS) -> None:
        self._timer.setInterval(interval_ms)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def check(self) -> bool:
        """Tell the subscribers if another connection wrote since the last check; True if
        it did. Raises ``sqlite3.Error`` when the version cannot be read."""
        if conflicts.is_asking():  # the question's own loop runs this timer: not now
            return False
        version = self._read_version()
        changed = version != self._version
        if changed:
            self._version = version
            self._pending = list(self._subscribers)
        failed = []
        for callback in self._pending:
            try:
                callback()
            except sqlite3.Error:
                failed.append(callback)
        self._pending = failed
        return changed

    def poll(self) -> None:
        """The timer's slot: a busy or unreadable file is not the user's business here;
        the next tick tries again."""
        with contextlib.suppress(sqlite3.Error):
            self.check()
