"""The budget overview: totals per currency, then planned against spent by dimension, year,
funding source and status.

A presentation widget: it is handed the actions and adds them up with the core's
``budget_overview``, so the screen, the exports and the reports agree on every total.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from toolbox_desktop.ui.common.name_column import NameColumn
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
        NameColumn(view, NAME)
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
