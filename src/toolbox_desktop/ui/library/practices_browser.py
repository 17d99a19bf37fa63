"""Browse the innovative practices: a table filtered by dimension and country."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.library.practices_model import PracticeFilterProxy, PracticeTableModel
from toolbox_desktop.ui.library.tree_model import CODE_ROLE


class PracticesBrowser(QWidget):
    """Emits ``code_selected`` with the code of the practice the user moves to."""

    code_selected = Signal(str)

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.model = PracticeTableModel(content, self)
        self.proxy = PracticeFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.dimension_filter = QComboBox()
        self.dimension_filter.addItem(self.tr("All dimensions"), "")
        for dimension in content.dimensions:
            self.dimension_filter.addItem(f"{dimension.number}. {dimension.title}", dimension.code)
        self.dimension_filter.setAccessibleName(self.tr("Filter practices by dimension"))
        # Long dimension names must not force a wide panel; the list pops up full width.
        self.dimension_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dimension_filter.setMinimumContentsLength(12)
        self.country_filter = QComboBox()
        self.country_filter.addItem(self.tr("All countries"), "")
        for country in content.countries():
            self.country_filter.addItem(country, country)
        self.country_filter.setAccessibleName(self.tr("Filter practices by country"))
        self.country_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country_filter.setMinimumContentsLength(8)
        for combo in (self.dimension_filter, self.country_filter):
            fit_combo(combo)  # "All ..." whole; a long dimension whole in its tooltip

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Innovative practices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 110), (3, 110)):  # the user can widen them
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        fit_titles(header)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.count_label = PlainLabel()

        dimension_label = PlainLabel(self.tr("&Dimension:"))
        dimension_label.setBuddy(self.dimension_filter)
        country_label = PlainLabel(self.tr("C&ountry:"))
        country_label.setBuddy(self.country_filter)
        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        filters.addRow(dimension_label, self.dimension_filter)
        filters.addRow(country_label, self.country_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.dimension_filter.currentIndexChanged.connect(self._apply_filters)
        self.country_filter.currentIndexChanged.connect(self._apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._update_count()

    def filters(self) -> tuple[str, str]:
        return self.dimension_filter.currentData() or "", self.country_filter.currentData() or ""

    def set_filters(self, dimension: str, country: str) -> None:
        for combo, value in ((self.dimension_filter, dimension), (self.country_filter, country)):
            position = combo.findData(value)
            combo.setCurrentIndex(position if position >= 0 else 0)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(*self.filters())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} practices shown").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.code_selected.emit(current.data(CODE_ROLE))

    def select(self, code: str) -> bool:
        """Select the practice ``code``, clearing filters that hide it."""
        source_row = self.model.row_of(code)
        if source_row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not proxy_index.isValid():
            self.set_filters("", "")
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(proxy_index)
        return True
