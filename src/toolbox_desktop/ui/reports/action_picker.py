"""The council proposal's actions: a list of the plan's actions to tick, with All and None.

Every action is listed; those done or dropped carry their status after the title and are not
ticked at first (a council is not asked to carry out what is finished), the open ones are,
as ``council_data.read_proposal`` chooses on the command line without ``--actions``.
The plan is read when the list is shown (``loader``), so an action added in the plan is there
when the user comes back; what was ticked stays ticked (by id). A new action is ticked only
while the usual choice was (every open action, no closed one). The Plan area's "Council
proposal from selected actions…" ticks exactly its selection (``choose``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.plan import CLOSED_STATUSES, STATUS_NAMES, Action
from toolbox_desktop.ui.common.plain_text import PlainLabel

ID_ROLE = Qt.ItemDataRole.UserRole
OPEN_ROLE = Qt.ItemDataRole.UserRole + 1  # True: not done or dropped (ticked by default)


class ActionPicker(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loader: Callable[[], list[Action]] | None = None
        self._wanted: set[int] | None = None  # ticked before the list was read; None: open
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
            usual = all(
                (self.list.item(row).checkState() == Qt.CheckState.Checked)
                == self.list.item(row).data(OPEN_ROLE)
                for row in range(self.list.count())
            )
            if self._wanted is None and not usual:
                self._wanted = set(self.chosen())
        wanted, self._wanted = self._wanted, None
        self.list.blockSignals(True)
        self.list.clear()
        for action in self.loader():
            title = action.title or self.tr("(untitled action)")
            is_open = action.status not in CLOSED_STATUSES
            if not is_open:
                name = STATUS_NAMES.get(action.status, action.status)
                status = QCoreApplication.translate("Plan", name)
                title = self.tr("{title} ({status})").format(title=title, status=status)
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, action.id)
            item.setData(OPEN_ROLE, is_open)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = is_open if wanted is None else action.id in wanted
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
