"""The Action plan area: the table with its editor, the timeline, and the budget overview.

The table page owns the plan session (repository, undo commands); the timeline and the budget
only show what they are given. A bar dragged on the timeline becomes an undoable move through
the session; the views are refreshed when their tab is shown and the plan changed since.
Both are built only when their tab is first shown (``LazyTab``): opening the plan builds the
table and the editor alone.

Another window or app instance on the same file is noticed through the window's
``ChangePoller``: while the area is shown, what is being typed here is stored first, then the
plan is read again; while it is hidden, that waits until it is shown (``RefreshWhenShown``).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.common.change_poller import ChangePoller
from toolbox_desktop.ui.common.lazy_tab import LazyTab
from toolbox_desktop.ui.common.refresh import RefreshWhenShown
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.common.whole_tab_titles import keep_tab_titles_whole
from toolbox_desktop.ui.plan.budget_view import BudgetView
from toolbox_desktop.ui.plan.plan_page import PlanPage
from toolbox_desktop.ui.plan.session import PlanSession
from toolbox_desktop.ui.plan.timeline_view import TimelineView

TABLE_TAB, TIMELINE_TAB, BUDGET_TAB = range(3)


class PlanArea(QWidget):
    def __init__(
        self,
        conn: sqlite3.Connection,
        content: Content,
        undo_stack: QUndoStack,
        state: UiState | None = None,
        parent=None,
        today=date.today,
        poller: ChangePoller | None = None,
        session: PlanSession | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.page = PlanPage(conn, content, undo_stack, state, session=session)
        self.session = self.page.session
        self._content = content
        self._views: list[RefreshWhenShown] = []
        self._timeline_page = LazyTab(self._make_timeline)
        self._budget_page = LazyTab(self._make_budget)
        self.tabs = QTabWidget()
        keep_tab_titles_whole(self.tabs)
        self.tabs.addTab(self.page, self.tr("&Actions"))
        self.tabs.addTab(self._timeline_page, self.tr("&Timeline"))
        self.tabs.addTab(self._budget_page, self.tr("&Budget"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.session.actions_changed.connect(self._plan_changed)
        self.session.action_changed.connect(self._plan_changed)

        # The plan is read again when another window changed it: now if shown, else later.
        self.changed_elsewhere = RefreshWhenShown(self._read_again, self)
        self.poller = poller or ChangePoller.for_connection(conn, self)
        self.poller.subscribe(self.changed_elsewhere.mark_stale, self)
        if poller is None:
            self.poller.start()

    # -- the views behind the tabs, built when first needed ----------------------------------
    @property
    def timeline(self) -> TimelineView:
        return self._timeline_page.content()

    @property
    def budget(self) -> BudgetView:
        return self._budget_page.content()

    def _make_timeline(self) -> TimelineView:
        timeline = TimelineView(self._content)
        timeline.action_moved.connect(self._move)
        timeline.action_activated.connect(self.open_action)
        self._follow(timeline, lambda: timeline.set_actions(self.session.actions(), self._today()))
        return timeline

    def _make_budget(self) -> BudgetView:
        budget = BudgetView(self._content)
        self._follow(budget, lambda: budget.set_actions(self.session.actions()))
        return budget

    def _follow(self, view, refresh) -> None:
        """``view`` shows the plan from now on: drawn when shown, again after each change."""
        follower = RefreshWhenShown(refresh, view)
        self._views.append(follower)
        follower.mark_stale()

    # -- following other windows -----------------------------------------------------------
    def check_external_changes(self) -> bool:
        """Check now whether another connection wrote to the file (the poller does every
        two seconds); True if it did. The plan is read again if it is shown."""
        return self.poller.check()

    def _read_again(self) -> None:
        """Text being typed is stored first, so it is neither lost nor shown stale."""
        self.page.flush_edits()
        self.session.reload()

    def open_action(self, action_id: int) -> None:
        """Show an action in the table and its editor, the keyboard in the table on it (from
        another area the focus would otherwise fall to the first tab bar)."""
        self.tabs.setCurrentIndex(TABLE_TAB)
        self.session.select_action(action_id)
        self.page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_action(self) -> None:
        """A new action in the table, its title ready to type (File > New action)."""
        self.tabs.setCurrentIndex(TABLE_TAB)
        self.page.create_action()

    def focus_find(self) -> bool:
        """Ctrl+F: the table's "Find actions" field, its text chosen to type over; False
        while the plan has no actions to find (the empty plan shows no filters)."""
        if not self.session.action_ids():
            return False
        self.tabs.setCurrentIndex(TABLE_TAB)
        self.page.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page.filters.text.selectAll()
        return True

    def create_action_from_benchmark(self, code: str):
        """A new action for a benchmark's gap, shown in the table for editing."""
        action = self.session.create_action_from_benchmark(code)
        self.open_action(action.id)
        return action

    def _move(self, action_id: int, start, end) -> None:
        self.session.move_action(action_id, start, end)

    def _plan_changed(self, *_args) -> None:
        for view in self._views:
            view.mark_stale()
