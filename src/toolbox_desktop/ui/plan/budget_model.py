"""One table of budget totals (by dimension, year, funding source or status) as a Qt model.

Rows come straight from ``core.plan.budget_overview``: one per currency and group, so that
amounts in different currencies sit in different rows and are never added up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import FUNDING_SOURCES, STATUSES, BudgetOverview, BudgetTotal
from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.plan.budget_format import format_money, spent_share_text, spent_summary
from toolbox_desktop.ui.plan.timeline_text import dimension_title, status_name

BY_DIMENSION, BY_YEAR, BY_FUNDING, BY_STATUS = "dimension", "year", "funding", "status"
TABLES = (BY_DIMENSION, BY_YEAR, BY_FUNDING, BY_STATUS)
NAME, ACTIONS, PLANNED, SPENT, SHARE = range(5)
CENTS_ROLE = Qt.ItemDataRole.UserRole  # planned or spent in cents, for sorting and tests
BAR_ROLE = Qt.ItemDataRole.UserRole + 1  # (planned, spent, the bar's full length: the larger)


@dataclass(frozen=True)
class BudgetRow:
    key: str
    label: str
    currency: str
    total: BudgetTotal


def group_label(table: str, key: str, content: Content) -> str:
    if table == BY_DIMENSION:
        return dimension_title(content, key)
    if table == BY_YEAR:
        return key or QCoreApplication.translate("Budget", "No dates")
    if table == BY_FUNDING:
        if not key:
            return QCoreApplication.translate("Budget", "Not specified")
        known = FUNDING_SOURCES.get(key)
        return QCoreApplication.translate("Plan", known) if known else key
    return status_name(key)


def _order(table: str, key: str, content: Content) -> tuple:
    """Toolbox order for dimensions, sources and statuses; years ascending; blanks last."""
    if table == BY_DIMENSION:
        numbers = {d.code: d.number for d in content.dimensions}
        return (not key, numbers.get(key, 1_000), key)
    if table == BY_FUNDING:
        known = list(FUNDING_SOURCES)
        return (not key, known.index(key) if key in known else len(known), key)
    if table == BY_STATUS:
        return (0, STATUSES.index(key) if key in STATUSES else len(STATUSES), key)
    return (not key, key)


def budget_rows(overview: BudgetOverview, table: str, content: Content) -> list[BudgetRow]:
    totals = {
        BY_DIMENSION: overview.by_dimension,
        BY_YEAR: overview.by_year,
        BY_FUNDING: overview.by_funding,
        BY_STATUS: overview.by_status,
    }[table]
    keys = sorted(totals, key=lambda k: (k[0], _order(table, k[1], content)))
    return [
        BudgetRow(key, group_label(table, key, content), cur, totals[cur, key]) for cur, key in keys
    ]


class BudgetTableModel(QAbstractTableModel):
    """Group, number of actions, planned, spent, and spent as a share of planned. The
    currency shows in every amount ("CHF 1,200.00", "€800.00"), so it needs no column."""

    def __init__(self, group_header: str = "", parent=None) -> None:
        super().__init__(parent)
        self._group_header = group_header or self.tr("Group")
        self._rows: list[BudgetRow] = []

    def set_rows(self, rows: list[BudgetRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def budget_row(self, row: int) -> BudgetRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self._group_header,
            self.tr("Actions"),
            self.tr("Planned"),
            self.tr("Spent"),
            self.tr("Spent of planned"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        total = row.total
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NAME: row.label,
                ACTIONS: format_number(total.actions),
                PLANNED: format_money(total.planned_cents, row.currency),
                SPENT: format_money(total.spent_cents, row.currency),
                SHARE: spent_share_text(total.planned_cents, total.spent_cents),
            }[column]
        if role == CENTS_ROLE:
            return {PLANNED: total.planned_cents, SPENT: total.spent_cents}.get(column)
        if role == BAR_ROLE and column == SHARE:
            # The column says "spent of planned" as a percentage, so its bar shows that share:
            # the whole bar is the planned amount (or the spending, when it is larger).
            full = max(total.planned_cents, total.spent_cents)
            return (total.planned_cents, total.spent_cents, full)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == SHARE:
                return spent_summary(total.planned_cents, total.spent_cents, row.currency)
            if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
                return as_typed(
                    self.tr("{group}, in {currency}").format(group=row.label, currency=row.currency)
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
