"""A read-only table of figures the region view has already written as text.

The region view works every figure out once (``region_texts``), so a table, the chart and the
report say the same words; this model only shows them. A withheld cell ("fewer than 5 towns")
is set in italics, so it reads as a note, not as a value.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.common.roles import CODE_ROLE

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Cell:
    text: str
    number: bool = False  # right-aligned
    note: bool = False  # a withheld figure or a missing score: italics
    tooltip: str = ""


@dataclass(frozen=True)
class Row:
    code: str
    cells: tuple[Cell, ...]


class FigureTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._titles: tuple[str, ...] = ()
        self._rows: list[Row] = []

    def set_rows(self, titles: tuple[str, ...], rows: list[Row]) -> None:
        self.beginResetModel()
        self._titles = tuple(titles)
        self._rows = list(rows)
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row].cells[column].text

    def column_texts(self, column: int) -> list[str]:
        return [row.cells[column].text for row in self._rows]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        cell = row.cells[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_typed(cell.tooltip or cell.text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if cell.number and not cell.note else LEFT
        if role == Qt.ItemDataRole.FontRole and cell.note:
            font = QFont()
            font.setItalic(True)
            return font
        if role == CODE_ROLE:
            return row.code
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numbers = self._rows and self._rows[0].cells[section].number
            return RIGHT if numbers else LEFT
        return None


def figure_table(name: str, stretch_column: int | None = 0) -> tuple[QTableView, FigureTableModel]:
    """A table view over a new model: read-only, keyboard-navigable, columns as wide as their
    figures and titles, ``stretch_column`` taking the rest (long titles wrap in its tooltip)."""
    model = FigureTableModel()
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    if stretch_column is not None:
        model.modelReset.connect(lambda: _stretch(view, stretch_column))
    model.modelReset.connect(lambda: fit_titles(header))
    return view, model


def _stretch(view: QTableView, column: int) -> None:
    if column < view.model().columnCount():
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
