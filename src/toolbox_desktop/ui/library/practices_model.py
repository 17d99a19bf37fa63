"""The practices browser's table, and a proxy that filters it by dimension and country."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.library.rich_text import paragraphs
from toolbox_desktop.ui.library.tree_model import CODE_ROLE

DIMENSION_ROLE = Qt.ItemDataRole.UserRole + 3
COUNTRY_ROLE = Qt.ItemDataRole.UserRole + 4


class PracticeTableModel(QAbstractTableModel):
    """One row per innovative practice: name, place, country, dimension."""

    COLUMNS = ("name", "place", "country", "dimension")

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._practices = list(content.practices)
        self._dimension_titles = {d.code: d.title for d in content.dimensions}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._practices)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Practice"), self.tr("Place"), self.tr("Country"), self.tr("Dimension"))[
            section
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        practice = self._practices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = self.COLUMNS[index.column()]
            if column == "dimension":
                return self._dimension_titles.get(practice.dimension, practice.dimension)
            return getattr(practice, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return paragraphs(practice.summary, []) or None  # escaped HTML, see tree_model
        if role == CODE_ROLE:
            return practice.code
        if role == DIMENSION_ROLE:
            return practice.dimension
        if role == COUNTRY_ROLE:
            return practice.country
        return None

    def row_of(self, code: str) -> int:
        for row, practice in enumerate(self._practices):
            if practice.code == code:
                return row
        return -1


class PracticeFilterProxy(QSortFilterProxyModel):
    """Shows the practices of one dimension and/or one country ("" means any)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._dimension = ""
        self._country = ""

    def set_filters(self, dimension: str, country: str) -> None:
        self.beginFilterChange()
        self._dimension, self._country = dimension, country
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._dimension and index.data(DIMENSION_ROLE) != self._dimension:
            return False
        return not self._country or index.data(COUNTRY_ROLE) == self._country
