"""The Action plan area: the table with its editor, the timeline, and the budget overview.

The table page owns the plan session (repository, undo commands); the timeline and the budget
only show what they are given. A bar dragged on the timeline becomes an undoable move through
the session; the views are refreshed when their tab is shown and the plan changed since.

Another window or app instance on the same file is noticed through SQLite's
``PRAGMA data_version`` (checked every two seconds, as the assessment session does): what is
being typed here is stored first, then the plan is read again.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.plan.budget_view import BudgetView
from toolbox_desktop.ui.plan.plan_page import PlanPage
from toolbox_desktop.ui.plan.timeline_view import TimelineView
from toolbox_desktop.ui.settings import UiState

TABLE_TAB, TIMELINE_TAB, BUDGET_TAB = range(3)
POLL_INTERVAL_MS = 2000


class PlanArea(QWidget):
    def __init__(
        self,
        conn: sqlite3.Connection,
        content: Content,
        undo_stack: QUndoStack,
        state: UiState | None = None,
        parent=None,
        today=date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.page = PlanPage(conn, content, undo_stack, state)
        self.session = self.page.session
        self.timeline = TimelineView(content)
        self.budget = BudgetView(content)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.page, self.tr("&Actions"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.budget, self.tr("&Budget"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._stale = {TIMELINE_TAB, BUDGET_TAB}
        self.session.actions_changed.connect(self._plan_changed)
        self.session.action_changed.connect(self._plan_changed)
        self.tabs.currentChanged.connect(self._refresh_if_stale)
        self.timeline.action_moved.connect(self._move)
        self.timeline.action_activated.connect(self.open_action)

        self._data_version = self._read_data_version()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._poll_for_changes)
        self._poll.start()

    # -- following other windows -----------------------------------------------------------
    def _read_data_version(self) -> int | None:
        try:
            return self.session.repository.data_version()
        except sqlite3.Error:
            return None

    def check_external_changes(self) -> bool:
        """Read the plan again if another connection wrote to the file since the last check;
        text being typed is stored first, so it is neither lost nor shown stale."""
        if conflicts.is_asking():  # the question's own loop runs this timer: not now
            return False
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self.page.flush_edits()
        self.session.reload()
        self._data_version = version
        return True

    def _poll_for_changes(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # busy or unreadable: the next tick tries
            self.check_external_changes()

    def open_action(self, action_id: int) -> None:
        """Show an action in the table and its editor."""
        self.tabs.setCurrentIndex(TABLE_TAB)
        self.session.select_action(action_id)

    def create_action_from_benchmark(self, code: str):
        """A new action for a benchmark's gap, shown in the table for editing."""
        action = self.session.create_action_from_benchmark(code)
        self.open_action(action.id)
        return action

    def _move(self, action_id: int, start, end) -> None:
        self.session.move_action(action_id, start, end)

    def _plan_changed(self, *_args) -> None:
        self._stale = {TIMELINE_TAB, BUDGET_TAB}
        self._refresh_if_stale(self.tabs.currentIndex())

    def _refresh_if_stale(self, tab: int) -> None:
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        actions = self.session.actions()
        if tab == TIMELINE_TAB:
            self.timeline.set_actions(actions, self._today())
        elif tab == BUDGET_TAB:
            self.budget.set_actions(actions)
