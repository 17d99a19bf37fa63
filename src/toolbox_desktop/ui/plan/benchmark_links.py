"""The benchmarks an action works on: a short list, a chooser to add one, a button to remove
one. A benchmark that a content update removed stays linked and says so, in its own colour,
until the user removes it: the link is the user's data, not the content's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.plan.action_model import MISSING_COLOR
from toolbox_desktop.ui.plan.texts import BenchmarkNames

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2


class BenchmarkLinks(QWidget):
    """Emits ``links_changed(tuple)`` with the codes after Add or Remove, and
    ``benchmark_activated(str)`` when a known benchmark is double-clicked or Enter pressed."""

    links_changed = Signal(tuple)
    benchmark_activated = Signal(str)

    def __init__(self, names: BenchmarkNames, parent=None) -> None:
        super().__init__(parent)
        self.names = names
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Linked benchmarks"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFixedHeight(self.fontMetrics().height() * 4 + 10)
        # Long benchmark titles wrap: no sideways scrolling in the editor.
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setToolTip(self.tr("Double-click a benchmark to rate it."))
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Benchmark to link"))
        self.chooser.addItem(self.tr("Link a benchmark…"), "")
        for code in names.numbers:
            self.chooser.addItem(names.label(code), code)
        self.chooser.setMinimumContentsLength(18)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        fit_combo(self.chooser)  # its list as wide as the titles; a long one in the tooltip
        self.remove_button = QPushButton(self.tr("Unlink"))
        self.remove_button.setToolTip(self.tr("Remove the selected benchmark from this action"))
        self.remove_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.chooser.activated.connect(self._chosen)
        self.remove_button.clicked.connect(self.remove_current)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.remove_button.setEnabled(current.isValid())
        )

    def codes(self) -> tuple[str, ...]:
        return tuple(self.model.item(row).data(CODE_ROLE) for row in range(self.model.rowCount()))

    def set_codes(self, codes: tuple[str, ...]) -> None:
        if codes == self.codes():
            return
        self.model.clear()
        for code in codes:
            item = QStandardItem(self.names.label(code))
            item.setData(code, CODE_ROLE)
            missing = code not in self.names.benchmarks
            item.setData(missing, MISSING_ROLE)
            if missing:
                item.setForeground(QBrush(MISSING_COLOR))
                item.setToolTip(
                    self.tr(
                        "A content update removed this benchmark. The link is kept so that "
                        "nothing is lost; unlink it when it no longer matters."
                    )
                )
            self.model.appendRow(item)
        self.remove_button.setEnabled(False)

    def add(self, code: str) -> None:
        if code and code not in self.codes():
            self.set_codes((*self.codes(), code))
            self.links_changed.emit(self.codes())

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        codes = list(self.codes())
        del codes[row]
        self.set_codes(tuple(codes))
        self.links_changed.emit(self.codes())

    def _chosen(self, index: int) -> None:
        code = self.chooser.itemData(index)
        self.chooser.setCurrentIndex(0)
        self.add(code)

    def _activated(self, index) -> None:
        if not index.data(MISSING_ROLE):
            self.benchmark_activated.emit(index.data(CODE_ROLE))
