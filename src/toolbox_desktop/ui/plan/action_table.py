"""The table of actions: sort by any column, edit in place, act on many rows at once.

Keys: F2 or a double-click edits the cell; Delete deletes the selected actions (after asking;
Undo brings them back); the context menu (or the Menu key) sets the status or the owner of
all selected actions in one undoable step.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from toolbox_desktop.core.plan import STATUSES
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.plan import action_model, dialogs
from toolbox_desktop.ui.plan.action_filter import ActionFilter, ActionFilterProxy
from toolbox_desktop.ui.plan.action_model import ID_ROLE, ActionTableModel
from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text
from toolbox_desktop.ui.plan.delegates import ActionDelegate
from toolbox_desktop.ui.plan.money import format_money
from toolbox_desktop.ui.plan.session import PlanSession
from toolbox_desktop.ui.plan.texts import format_day, status_name

# What a column should show whole (a text, a day, cents), or its width in characters.
COLUMN_SAMPLES = {
    action_model.TITLE: 42,
    action_model.STATUS: "In progress",
    action_model.OWNER: 24,
    action_model.START: date(2025, 12, 31),
    action_model.END: date(2025, 12, 31),
    action_model.OVERDUE: "Milestone late",
    action_model.PROGRESS: "Progress",
    action_model.PHASE: "Medium term",
    action_model.DIMENSION: 16,
    action_model.BENCHMARKS: "1.2.3, 4.5.6",
    action_model.BUDGET: 125_000_000,
}


def _runs(rows: list[int]):
    """(first, last) of every run of consecutive rows."""
    start = previous = None
    for row in rows:
        if previous is not None and row == previous + 1:
            previous = row
            continue
        if start is not None:
            yield start, previous
        start = previous = row
    if start is not None:
        yield start, previous


class ActionTable(QTableView):
    """Emits ``current_action_changed(int)`` (-1 for none) when the current row changes."""

    current_action_changed = Signal(int)
    proposal_requested = Signal(list)  # the selected actions' ids: a council proposal of them

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.source_model = ActionTableModel(session, self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.setItemDelegate(ActionDelegate(self))
        self.setAccessibleName(self.tr("Actions of the plan"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setAlternatingRowColors(True)
        # As created, until a header is clicked; the indicator is set first, so that turning
        # sorting on does not sort 10,000 rows by title only to undo it.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        metrics = self.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            if isinstance(sample, date):
                sample = format_day(sample)
            elif column == action_model.BUDGET:
                sample = format_money(sample, "EUR")
            if isinstance(sample, int):
                width = metrics.averageCharWidth() * sample
            else:
                width = metrics.horizontalAdvance(sample) + 18
            if column == action_model.OVERDUE:
                width += self.iconSize().width() + 12
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        fit_titles(header)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)

    # -- selection -------------------------------------------------------------------------
    def current_action_id(self) -> int:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else -1

    def selected_ids(self) -> list[int]:
        """The actions a command (Delete, status, responsible) acts on: the selected rows;
        but when one row (or none) is selected and the action the editor shows (the current
        row) is another, that action. Ctrl+End or Ctrl+arrows move the current row without
        selecting it: Delete then offered to delete the old selected row, not the action on
        screen."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        ids = [index.data(ID_ROLE) for index in rows]
        current = self.current_action_id()
        # Several rows chosen on purpose (Ctrl+click, Ctrl+Space) stay the selection, even
        # when the last Ctrl+click took the current row out of it.
        if len(ids) <= 1 and current != -1 and current not in ids:
            return [current]
        return ids

    def select_action(self, action_id: int) -> bool:
        """Make ``action_id`` the current, only selected row (clearing filters that hide it)."""
        row = self.source_model.row_of(action_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.source_model.index(row, 0))
        if not index.isValid():
            self.proxy.set_filter(ActionFilter())
            index = self.proxy.mapFromSource(self.source_model.index(row, 0))
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows of the view (as shift/ctrl-clicks would)."""
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for first, end in _runs(sorted(rows)):
            selection.select(self.proxy.index(first, 0), self.proxy.index(end, last))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            self.selectionModel().setCurrentIndex(
                self.proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _current_changed(self, current, _previous) -> None:
        self.current_action_changed.emit(current.data(ID_ROLE) if current.isValid() else -1)

    # -- changing many at once -------------------------------------------------------------
    def set_status_of_selected(self, status: str) -> bool:
        return self._update(status=status)

    def set_owner_of_selected(self, role: str, person: str) -> bool:
        return self._update(responsible_role=role, responsible_person=person)

    def ask_owner_of_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        first = self.session.action(ids[0])
        answer = dialogs.ask_owner(self, first.responsible_role, first.responsible_person, len(ids))
        return answer is not None and self.set_owner_of_selected(*answer)

    def _update(self, **changes) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        try:
            self.session.update_actions(ids, **changes)
        except WRITE_ERRORS as error:
            self.session.notice.emit(error_text(error))
            return False
        return True

    def delete_selected(self) -> bool:
        """Delete the selected actions after asking; True when they were deleted."""
        ids = self.selected_ids()
        if not ids or self.state() == QAbstractItemView.State.EditingState:
            return False
        titles = [self.session.action(i).title for i in ids]
        if not dialogs.confirm_delete(self, titles):
            return False
        try:
            self.session.delete_actions(ids)
        except WRITE_ERRORS as error:
            self.session.notice.emit(error_text(error))
            return False
        current = self.currentIndex()  # the next action, now shown: selected too
        if current.isValid():
            self.selectionModel().select(
                current,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        return True

    def _add_sort_menu(self, menu: QMenu, column: int) -> None:
        """Sort by the column the menu was opened on: what a click on its header does, for
        the keyboard too (the Menu key or Shift+F10 on a cell)."""
        if column < 0:
            column = self.currentIndex().column()
        if column < 0:
            return
        title = self.model().headerData(column, Qt.Orientation.Horizontal)
        sort_menu = menu.addMenu(self.tr("S&ort by “{column}”").format(column=title))
        for text, order in (
            (self.tr("&Ascending"), Qt.SortOrder.AscendingOrder),
            (self.tr("&Descending"), Qt.SortOrder.DescendingOrder),
        ):
            sort_menu.addAction(text).triggered.connect(
                lambda _checked=False, o=order: self.sortByColumn(column, o)
            )

    def _context_menu(self, position) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        count = len(self.selected_ids())
        status_menu = menu.addMenu(self.tr("Set &status of %n action(s)", None, count))
        for status in STATUSES:
            status_menu.addAction(
                status_name(status), lambda s=status: self.set_status_of_selected(s)
            )
        menu.addAction(
            self.tr("Set &responsible for %n action(s)…", None, count)
        ).triggered.connect(self.ask_owner_of_selected)
        menu.addAction(self.tr("&Council proposal from selected actions…")).triggered.connect(
            lambda: self.proposal_requested.emit(self.selected_ids())
        )
        self._add_sort_menu(menu, self.indexAt(position).column())
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.viewport().mapToGlobal(position))
        self._menu = menu  # kept for tests
