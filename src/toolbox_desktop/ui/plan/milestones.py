"""The milestones of one action: a small editable table (title, due date, done) with Add and
Remove. Every change hands the whole new list on (``milestones_edited``); the editor stores
it as one undoable change of the action; an edited milestone keeps its ``uid``. A due date
that is no date is refused with a message (``refused``) and the cell keeps its value."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.plan import Milestone
from toolbox_desktop.ui.common.cell_entry import cell_entry
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.text_limits import LimitedLineDelegate, number
from toolbox_desktop.ui.plan.fields import PROBLEM_COLOR
from toolbox_desktop.ui.plan.texts import DateTextError, format_day, one_line, parse_day

MILESTONE_TITLE, MILESTONE_DUE, MILESTONE_DONE = range(3)


class MilestoneModel(QAbstractTableModel):
    milestones_edited = Signal(tuple)
    refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._milestones: tuple[Milestone, ...] = ()
        self.today = date.today

    def set_milestones(self, milestones: tuple[Milestone, ...]) -> None:
        """Show ``milestones``. Their uids (which equality ignores) are taken even when
        nothing visible changed, so that the next edit gives each milestone back with the uid
        it was stored with (its calendar event stays the same)."""
        if milestones == self._milestones:
            self._milestones = tuple(milestones)
            return
        self.beginResetModel()
        self._milestones = tuple(milestones)
        self.endResetModel()

    def milestones(self) -> tuple[Milestone, ...]:
        return self._milestones

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._milestones)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index):
        flags = super().flags(index) | Qt.ItemFlag.ItemIsEditable
        if index.column() == MILESTONE_DONE:
            flags = (flags & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        milestone = self._milestones[index.row()]
        column = index.column()
        late = milestone.due is not None and milestone.due < self.today() and not milestone.done
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == MILESTONE_TITLE:
                return one_line(milestone.title)
            if column == MILESTONE_DUE:
                return format_day(milestone.due)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Done") if milestone.done else self.tr("Not done")
            return None
        if role == Qt.ItemDataRole.EditRole:
            return milestone.title if column == MILESTONE_TITLE else format_day(milestone.due)
        if role == Qt.ItemDataRole.CheckStateRole and column == MILESTONE_DONE:
            return Qt.CheckState.Checked if milestone.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == MILESTONE_DUE and late:
            return QBrush(PROBLEM_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and late:
            return self.tr("Overdue: due on {date} and not done.").format(
                date=format_day(milestone.due)
            )
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        milestone = self._milestones[index.row()]
        column = index.column()
        if column == MILESTONE_DONE and role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            changed = replace(milestone, done=done)
        elif column == MILESTONE_TITLE and role == Qt.ItemDataRole.EditRole:
            if not str(value).strip():
                self.refused.emit(self.tr("A milestone needs a title."))
                return False
            changed = replace(milestone, title=str(value).strip())
        elif column == MILESTONE_DUE and role == Qt.ItemDataRole.EditRole:
            try:
                due = parse_day(str(value)) if not isinstance(value, date) else value
            except DateTextError as error:
                self.refused.emit(error.message)
                return False
            changed = replace(milestone, due=due)
        else:
            return False
        if changed != milestone:
            self._replace(index.row(), changed)
        return True

    def add(self, milestone: Milestone) -> int:
        row = len(self._milestones)
        self.beginInsertRows(QModelIndex(), row, row)
        self._milestones = (*self._milestones, milestone)
        self.endInsertRows()
        self.milestones_edited.emit(self._milestones)
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._milestones):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._milestones = self._milestones[:row] + self._milestones[row + 1 :]
        self.endRemoveRows()
        self.milestones_edited.emit(self._milestones)

    def _replace(self, row: int, milestone: Milestone) -> None:
        milestones = list(self._milestones)
        milestones[row] = milestone
        self._milestones = tuple(milestones)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
        self.milestones_edited.emit(self._milestones)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Milestone"), self.tr("Due"), self.tr("Done"))[section]
        return None


class MilestonesEditor(QWidget):
    """The table with Add and Remove buttons; ``model`` says what changed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = MilestoneModel(self)
        self.view = cell_entry(QTableView())  # typed in cell by cell
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Milestones"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        # A long milestone on two lines or more, its row as tall as it needs (at 1280 x 720
        # "Progress table after the sum…" was cut while the table had rows to spare).
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setItemDelegateForColumn(
            MILESTONE_TITLE, LimitedLineDelegate(limits.MILESTONE["title"], self.view)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MILESTONE_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MILESTONE_DUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MILESTONE_DUE, 100)
        header.setSectionResizeMode(MILESTONE_DONE, QHeaderView.ResizeMode.ResizeToContents)
        fit_titles(header)
        self.view.setMinimumHeight(self.fontMetrics().height() * 8)
        self.view.setMaximumHeight(self.fontMetrics().height() * 16)
        self.add_button = QPushButton(self.tr("Add m&ilestone"))
        self.remove_button = QPushButton(self.tr("&Remove milestone"))
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_milestone)
        self.remove_button.clicked.connect(self.remove_current)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.remove_button.setEnabled(current.isValid())
        )

    def add_milestone(self) -> None:
        """A new milestone, its title ready to type over (none beyond ``core.limits``)."""
        if self.model.rowCount() >= limits.MILESTONES_PER_ACTION:
            self.model.refused.emit(
                self.tr("An action has at most {count} milestones.").format(
                    count=number(limits.MILESTONES_PER_ACTION)
                )
            )
            return
        row = self.model.add(Milestone(self.tr("New milestone")))
        index = self.model.index(row, MILESTONE_TITLE)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        self.model.remove(self.view.currentIndex().row())
