"""The council proposal's actions: a list of the plan's actions to tick, with All and None.

The plan is read when the list is shown (``loader``), so an action added in the plan is there
when the user comes back; what was ticked stays ticked (by id). A new action is ticked only
while every action was (the proposal for the whole plan stays whole). The Plan area's "Council
proposal from selected actions…" ticks exactly its selection (``choose``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.plan import Action
from toolbox_desktop.ui.common.plain_text import PlainLabel

ID_ROLE = Qt.ItemDataRole.UserRole


class ActionPicker(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loader: Callable[[], list[Action]] | None = None
        self._wanted: set[int] | None = None  # ticked before the list was read; None: all
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Actions of the proposal"))
        self.list.setMinimumHeight(120)
        self.list.itemChanged.connect(lambda _item: self._changed())
        self.all_button = QPushButton(self.tr("&All"))
        self.all_button.setAccessibleName(self.tr("Tick every action"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("&None"))
        self.none_button.setAccessibleName(self.tr("Tick no action"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.count_label = PlainLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

    # -- what the report reads -----------------------------------------------------------------
    def chosen(self) -> tuple[int, ...]:
        """The ids of the ticked actions, in the plan's order."""
        if self.list.count() == 0 and self.loader is not None:
            self.reload()
        return tuple(
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def choose(self, ids: list[int]) -> None:
        """Tick exactly ``ids`` (read the plan first)."""
        self._wanted = set(ids)
        self.reload()

    # -- reading the plan ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.loader is None:
            return
        if self.list.count():
            every = all(
                self.list.item(row).checkState() == Qt.CheckState.Checked
                for row in range(self.list.count())
            )
            if self._wanted is None and not every:
                self._wanted = set(self.chosen())
        wanted, self._wanted = self._wanted, None
        self.list.blockSignals(True)
        self.list.clear()
        for action in self.loader():
            item = QListWidgetItem(action.title or self.tr("(untitled action)"))
            item.setData(ID_ROLE, action.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = wanted is None or action.id in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)
        self.list.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        ticked = sum(
            self.list.item(row).checkState() == Qt.CheckState.Checked
            for row in range(self.list.count())
        )
        self.count_label.setText(
            self.tr("%n action(s) chosen", "", ticked) if self.list.count() else ""
        )
        self.changed.emit()
