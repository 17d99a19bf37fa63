"""The Assessment area: rate the benchmarks, see the dashboard, compare two assessments, run
an assessment as a workshop, compare with other municipalities (peers).

Joins three parts written separately: the rating screen (``ui/assessment``), which owns the
session, and the dashboard and comparison views (``ui/dashboard``), which only show what they
are given. The views are refreshed when their tab is shown and the data changed since
(``RefreshWhenShown``), and the session is read again when another window changed the file
while the area, whatever tab, is shown.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.storage.workshop_repository import WorkshopRepository
from toolbox_desktop.ui.assessment.assessment_page import AssessmentPage
from toolbox_desktop.ui.assessment.session import AssessmentSession
from toolbox_desktop.ui.common.change_poller import ChangePoller
from toolbox_desktop.ui.common.form_scroll import DownwardScroll
from toolbox_desktop.ui.common.refresh import RefreshWhenShown
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.common.whole_tab_titles import keep_tab_titles_whole
from toolbox_desktop.ui.dashboard.comparison_view import ComparisonView
from toolbox_desktop.ui.dashboard.dashboard_view import DashboardView
from toolbox_desktop.ui.peers.peer_view import PeerComparisonView
from toolbox_desktop.ui.workshop.workshop_view import WorkshopView

RATE_TAB, DASHBOARD_TAB, COMPARE_TAB, WORKSHOP_TAB, PEERS_TAB = range(5)


class AssessmentArea(QWidget):
    def __init__(
        self,
        conn: sqlite3.Connection,
        content: Content,
        undo_stack: QUndoStack,
        state: UiState | None = None,
        parent=None,
        poller: ChangePoller | None = None,
        session: AssessmentSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = AssessmentPage(conn, content, undo_stack, state, poller=poller, session=session)
        self.session = self.page.session
        self.poller = self.page.poller
        self.page.changed_elsewhere.watch(self)  # the session serves every tab
        self.dashboard = DashboardView(content)
        self.comparison = ComparisonView(content)
        self.workshop = WorkshopView(
            self.session,
            self.page.rating_screen.changer,
            WorkshopRepository(conn),
            content,
        )
        self.peers = PeerComparisonView(conn, content)
        self.tabs = QTabWidget()
        keep_tab_titles_whole(self.tabs)
        # No mnemonics: the rating screen uses most letters already. Ctrl+Tab and
        # Ctrl+Shift+Tab switch tabs.
        self.tabs.addTab(self.page, self.tr("Rate"))
        # Scrolls down when the window is lower than the charts need (the largest text on a
        # 720-pixel screen): else the whole window grew taller than the screen.
        self.tabs.addTab(DownwardScroll(self.dashboard), self.tr("Dashboard"))
        self.tabs.addTab(self.comparison, self.tr("Compare"))
        self.tabs.addTab(self.workshop, self.tr("Workshop"))
        self.tabs.addTab(self.peers, self.tr("Peers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._views = [
            RefreshWhenShown(self._show_dashboard, self.dashboard),
            RefreshWhenShown(self._show_comparison, self.comparison),
            RefreshWhenShown(self._show_peers, self.peers),
        ]
        for signal in (
            self.session.ratings_changed,
            self.session.rating_changed,
            self.session.current_assessment_changed,
            self.session.assessments_changed,
            self.session.changed_elsewhere,  # e.g. an assessment not shown, for Compare
        ):
            signal.connect(self._data_changed)
        self._data_changed()
        self.dashboard.benchmark_activated.connect(self.show_benchmark)
        self.comparison.benchmark_activated.connect(self.show_benchmark)

    def show_benchmark(self, code: str) -> None:
        """Open a benchmark in the rating screen (from the gap list or the comparison)."""
        self.tabs.setCurrentIndex(RATE_TAB)
        self.session.select_benchmark(code)

    def check_external_changes(self) -> bool:
        """See ``AssessmentPage.check_external_changes``."""
        return self.page.check_external_changes()

    def _data_changed(self, *_args) -> None:
        for view in self._views:
            view.mark_stale()

    def _show_dashboard(self) -> None:
        self.dashboard.show_assessment(
            self.session.current_assessment(), self.session.current_ratings()
        )

    def _show_comparison(self) -> None:
        self.comparison.set_assessments(self.session.assessments(), self.session.repository.ratings)

    def _show_peers(self) -> None:
        self.peers.refresh()
        self.peers.set_own(self.session.current_assessment(), self.session.current_ratings())
