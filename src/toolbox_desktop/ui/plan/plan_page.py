"""The action plan's table page: filters on top, the table on the left, the editor of the
chosen action on the right; an explanation and a "Create the first action" button while the
plan is empty.

Keys: Ctrl+N (the platform's "New") creates an action anywhere in the page; in the table F2
edits a cell, Delete deletes the selected actions, the context menu changes many at once.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.common.notice_banner import NoticeBanner
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.plan.action_editor import ActionEditor
from toolbox_desktop.ui.plan.action_table import ActionTable
from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text
from toolbox_desktop.ui.plan.empty_state import plan_empty_state
from toolbox_desktop.ui.plan.filter_bar import FilterBar
from toolbox_desktop.ui.plan.session import PlanSession

SPLITTER_KEY = "plan/splitter"
HEADER_KEY = "plan/table_header"
NOTICE_MS = 10_000
EMPTY_PAGE, TABLE_PAGE = range(2)


class PlanPage(QWidget):
    def __init__(
        self,
        conn: sqlite3.Connection,
        content: Content,
        undo_stack: QUndoStack,
        state: UiState | None = None,
        parent=None,
        session: PlanSession | None = None,
    ) -> None:
        super().__init__(parent)
        # A session is handed over when the window is built again in another language: the
        # undo steps recorded before hold it.
        if session is None:
            session = PlanSession(PlanRepository(conn), content, undo_stack, self)
        else:
            session.setParent(self)
            session.use_content(content)
        self.session = session
        self.session.ask_keep_mine = lambda what: conflicts.ask(self, what)  # over the window
        self.filters = FilterBar(self.session)
        self.table = ActionTable(self.session)
        self.editor = ActionEditor(self.session)
        self.empty_state = plan_empty_state()
        self.notice = NoticeBanner(self.tr("Plan notice"))
        self.no_match_label = PlainLabel(
            self.tr("No action matches these filters. Clear them to see every action.")
        )
        self.no_match_label.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.no_match_label)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 480])
        self.splitter.setChildrenCollapsible(False)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.filters)
        main_layout.addWidget(self.notice)
        main_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(main)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

        self.filters.filter_changed.connect(self._filter_changed)
        self.table.current_action_changed.connect(self._current_changed)
        self.table.source_model.edit_refused.connect(self._edit_refused)
        self.table.proxy.rowsInserted.connect(self._update_counts)
        self.table.proxy.rowsRemoved.connect(self._update_counts)
        self.table.proxy.modelReset.connect(self._update_counts)
        self.empty_state.create_button.clicked.connect(self.create_action)
        self.session.action_selected.connect(self.show_action)
        self.session.actions_changed.connect(self._actions_changed)
        self.session.notice.connect(self.show_notice)
        if state is not None:
            self.restore_state(state)
        self._actions_changed()
        if self.table.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.table.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # -- actions ---------------------------------------------------------------------------
    def create_action(self, action: Action | None = None) -> Action | None:
        """A new action, shown in the editor with its title ready to type over."""
        self.editor.flush()
        try:
            created = self.session.create_action(action if isinstance(action, Action) else None)
        except WRITE_ERRORS as error:
            self.show_notice(error_text(error))
            return None
        self.editor.form.tabs.setCurrentIndex(0)
        self.editor.form.title.setFocus()
        self.editor.form.title.selectAll()
        return created

    def show_action(self, action_id: int) -> None:
        """Select ``action_id`` in the table and edit it (clearing filters that hide it)."""
        if self.table.current_action_id() == action_id:
            self.editor.show_action(action_id)
            return
        source_row = self.table.source_model.row_of(action_id)
        if source_row >= 0:
            index = self.table.proxy.mapFromSource(self.table.source_model.index(source_row, 0))
            if not index.isValid():
                self.filters.clear()
        self.table.select_action(action_id)

    def show_notice(self, text: str) -> None:
        self.notice.show_text(text, NOTICE_MS)

    def flush_edits(self) -> None:
        """Store text still being typed (call before the window closes)."""
        self.editor.flush()

    # -- state -----------------------------------------------------------------------------
    def save_state(self, state: UiState) -> None:
        state.set(SPLITTER_KEY, self.splitter.saveState())
        state.set(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self, state: UiState) -> None:
        splitter = state.bytes(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = state.bytes(HEADER_KEY)
        if header is not None and self.table.horizontalHeader().restoreState(header):
            section = self.table.horizontalHeader().sortIndicatorSection()
            order = self.table.horizontalHeader().sortIndicatorOrder()
            self.table.sortByColumn(section, order)  # the order the user chose last time

    # -- following -------------------------------------------------------------------------
    def _filter_changed(self, wanted) -> None:
        self.table.proxy.set_filter(wanted)
        self._update_counts()

    def _current_changed(self, action_id: int) -> None:
        self.editor.show_action(action_id if action_id >= 0 else None)
        if action_id >= 0 and self.session.selected_action() != action_id:
            self.session.select_action(action_id)

    def _edit_refused(self, draft: Action, message: str, typed: dict) -> None:
        self.show_notice(message)
        self.editor.show_draft(draft, message, typed)

    def _actions_changed(self) -> None:
        has_actions = bool(self.session.action_ids())
        self.pages.setCurrentIndex(TABLE_PAGE if has_actions else EMPTY_PAGE)
        self._update_counts()

    def _update_counts(self, *_args) -> None:
        shown = self.table.proxy.rowCount()
        total = self.table.source_model.rowCount()
        self.filters.show_count(shown, total)
        self.no_match_label.setVisible(total > 0 and shown == 0)
