"""The budget overview: totals per currency, then planned against spent by dimension, year,
funding source and status.

A presentation widget: it is handed the actions and adds them up with the core's
``budget_overview``, so the screen, the exports and the reports agree on every total.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import Action, BudgetOverview, budget_overview
from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.name_column import NameColumn, content_height
from toolbox_desktop.ui.common.palette import muted_color
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.plan.budget_bar import SpendBarDelegate, column_width
from toolbox_desktop.ui.plan.budget_format import format_money, spent_share_text
from toolbox_desktop.ui.plan.budget_model import (
    BY_DIMENSION,
    BY_FUNDING,
    BY_STATUS,
    BY_YEAR,
    NAME,
    SHARE,
    TABLES,
    BudgetTableModel,
    budget_rows,
)


class BudgetView(QWidget):
    """Read-only totals; double-checking a number means reading the plan's actions."""

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._content = content
        self._overview = budget_overview([])
        self.summary = PlainLabel(parent=self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setAccessibleName(self.tr("Budget totals"))
        titles = {
            BY_DIMENSION: self.tr("By dimension"),
            BY_YEAR: self.tr("By year (the year an action starts)"),
            BY_FUNDING: self.tr("By funding source"),
            BY_STATUS: self.tr("By status"),
        }
        headers = {
            BY_DIMENSION: self.tr("Dimension"),
            BY_YEAR: self.tr("Year"),
            BY_FUNDING: self.tr("Funding source"),
            BY_STATUS: self.tr("Status"),
        }
        accessible = {
            BY_DIMENSION: self.tr("Budget by dimension"),
            BY_YEAR: self.tr("Budget by year"),
            BY_FUNDING: self.tr("Budget by funding source"),
            BY_STATUS: self.tr("Budget by status"),
        }
        self.models: dict[str, BudgetTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self._names: dict[str, NameColumn] = {}
        self._delegate = SpendBarDelegate(self)
        grid = QGridLayout()
        for number, table in enumerate(TABLES):
            box = QGroupBox(titles[table], self)
            box_layout = QVBoxLayout(box)
            view = self._make_table(table, headers[table], accessible[table])
            box_layout.addWidget(view)
            if table == BY_STATUS:
                note = PlainLabel(
                    self.tr("Dropped actions are counted here only, not in the other totals."),
                    box,
                )
                note.setWordWrap(True)
                palette = note.palette()
                palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
                note.setPalette(palette)
                box_layout.addWidget(note)
            grid.addWidget(box, number // 2, number % 2)
        self._grid = grid
        self._balance = QTimer(self)  # once the tables have their widths (their rows wrap)
        self._balance.setSingleShot(True)
        self._balance.timeout.connect(self._balance_rows)
        self._passes = 0  # balancing passes in a row that changed something
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        self.setAccessibleName(self.tr("Budget overview"))
        self._show()

    def _make_table(self, table: str, header: str, name: str) -> QTableView:
        model = BudgetTableModel(header, self)
        view = QTableView(self)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        view.setModel(model)
        view.setAccessibleName(name)
        view.setItemDelegateForColumn(SHARE, self._delegate)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        # The name takes the room the figures leave, on more lines if it must ("Kommunaler
        # Haushalt" at 1280 x 720 in German), never less than its title and longest word
        # (``NameColumn``): the figures never wrap, their columns fit them.
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = view.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line: the usual height
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHARE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SHARE, column_width(view.fontMetrics()))
        fit_titles(header)
        self._names[table] = NameColumn(view, NAME)
        self.models[table] = model
        self.tables[table] = view
        return view

    def set_actions(self, actions: list[Action]) -> None:
        self._overview = budget_overview(list(actions))
        self._show()

    def overview(self) -> BudgetOverview:
        return self._overview

    def _show(self) -> None:
        overview = self._overview
        for table, model in self.models.items():
            model.set_rows(budget_rows(overview, table, self._content))
        self.summary.setText(self._summary_text(overview))
        self._balance_soon()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._balance_soon()

    def _balance_soon(self) -> None:
        self._passes = 0
        self._balance.start(0)

    def _balance_rows(self) -> None:
        """Each row and column of tables gets the room in proportion to what its largest
        table needs (with its box's title, margins and note), so that every table shows
        whole when there is room for all. Split in half, the funding sources' seven rows
        (some on three lines) needed a scroll bar at 1280 x 720 in German while the
        dimensions' table above had room to spare, and the funding sources' long words
        needed more width than the statuses' beside them. A new width wraps the names
        anew, so the heights are measured once more after the widths changed."""
        changed = False
        for row in range(2):
            tables = TABLES[2 * row : 2 * row + 2]
            need = max(content_height(self.tables[t]) + self._box_room(t)[1] for t in tables)
            changed |= self._grid.rowStretch(row) != need
            self._grid.setRowStretch(row, need)
        for column in range(2):
            tables = TABLES[column::2]
            need = max(self._least_width(t) + self._box_room(t)[0] for t in tables)
            changed |= self._grid.columnStretch(column) != need
            self._grid.setColumnStretch(column, need)
        self._passes = self._passes + 1 if changed else 0
        if changed and self._passes < 3:  # settles in one or two; never loops
            self._balance.start(0)

    def _box_room(self, table: str) -> tuple[int, int]:
        """(width, height) of what the table's box holds besides the table."""
        view = self.tables[table]
        box = view.parentWidget()
        return box.width() - view.width(), box.height() - view.height()

    def _least_width(self, table: str) -> int:
        """The width ``table`` needs with its names on as many lines as they need."""
        view, header = self.tables[table], self.tables[table].horizontalHeader()
        figures = sum(header.sectionSize(c) for c in range(header.count()) if c != NAME)
        return figures + self._names[table].floor() + 2 * view.frameWidth()

    def _summary_text(self, overview: BudgetOverview) -> str:
        if not overview.currencies:
            return self.tr("No actions with a budget yet.")
        lines = []
        for currency in sorted(overview.currencies):
            total = overview.currencies[currency]
            share = spent_share_text(total.planned_cents, total.spent_cents)
            if share:
                text = self.tr("Planned: {planned}   Spent: {spent} ({share})   Actions: {count}")
            else:
                text = self.tr("Planned: {planned}   Spent: {spent}   Actions: {count}")
            lines.append(
                text.format(
                    planned=format_money(total.planned_cents, currency),
                    spent=format_money(total.spent_cents, currency),
                    share=share,
                    count=format_number(total.actions),
                )
            )
        return "\n".join(lines)
