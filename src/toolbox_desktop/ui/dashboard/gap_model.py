"""The gap list as a table: what to work on first, in the order core/scoring.py gives."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.scoring import Gap
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    format_number,
    level_name,
    priority_name,
)
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.common.roles import CODE_ROLE, SORT_ROLE, VALUE_ROLE

CODE, TITLE, DIMENSION, CURRENT, TARGET, PRIORITY, WEIGHTED = range(7)
NUMERIC = (CURRENT, TARGET, WEIGHTED)


class GapTableModel(QAbstractTableModel):
    """One row per benchmark whose target is above its level, largest weighted gap first."""

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._titles = {b.code: b.title for b in content.benchmarks}
        self._content = content  # numbers "1.1.2" as the rating list shows them
        self._order = {b.code: n for n, b in enumerate(content.benchmarks)}
        self._dimensions = {d.code: (d.number, d.title) for d in content.dimensions}
        self._gaps: list[Gap] = []

    def set_gaps(self, gaps: Sequence[Gap]) -> None:
        self.beginResetModel()
        self._gaps = list(gaps)
        self.endResetModel()

    def gaps(self) -> tuple[Gap, ...]:
        return tuple(self._gaps)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._gaps)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def _dimension(self, code: str) -> str:
        number, title = self._dimensions.get(code, (0, code))
        return dimension_label(number, title)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        gap = self._gaps[index.row()]
        column = index.column()
        if role == CODE_ROLE:
            return gap.benchmark
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(gap, column)
        if role in (SORT_ROLE, VALUE_ROLE):  # the proxy's stable sort keeps ties in gap order
            return self._value(gap, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (CURRENT, TARGET):
                level = gap.level if column == CURRENT else gap.target
                return level_name(level)
            if column == WEIGHTED:
                return self.tr("Gap {gap} × priority {priority}").format(
                    gap=format_number(gap.gap), priority=format_number(gap.priority)
                )
            if column == TITLE:
                return as_typed(self._titles.get(gap.benchmark, ""))
            if column == DIMENSION:
                return as_typed(self._dimension(gap.dimension))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, gap: Gap, column: int):
        if column == CODE:  # sorted in the toolbox's order ("1.10.1" after "1.9.1")
            return self._order.get(gap.benchmark, len(self._order))
        return (
            gap.benchmark,
            self._titles.get(gap.benchmark, ""),
            self._dimension(gap.dimension),
            gap.level,
            gap.target,
            gap.priority,
            gap.weighted,
        )[column]

    def _text(self, gap: Gap, column: int) -> str:
        if column == CODE:
            return self._content.benchmark_number(gap.benchmark)
        if column == PRIORITY:
            return priority_name(gap.priority)
        value = self._value(gap, column)
        return format_number(value) if isinstance(value, int) else value

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Benchmark"),
                self.tr("Dimension"),
                self.tr("Now"),
                self.tr("Target"),
                self.tr("Priority"),
                self.tr("Weighted gap"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                None,
                None,
                self.tr("Current level (0–4)"),
                self.tr("Target level (0–4)"),
                None,
                self.tr("(Target − current level) × priority (low 1, medium 2, high 3)"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
