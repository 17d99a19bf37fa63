"""The row of filters above the table: free text, dimension, status, phase, who is
responsible, and "overdue only". Emits the whole filter each time one part changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from toolbox_desktop.core.plan import PHASES, STATUSES
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.plan.action_filter import ActionFilter
from toolbox_desktop.ui.plan.session import PlanSession
from toolbox_desktop.ui.plan.texts import phase_short_name, status_name


def _combo(name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class FilterBar(QWidget):
    filter_changed = Signal(object)  # an ActionFilter

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Find actions"))
        self.text.setPlaceholderText(self.tr("Find actions (title, owner, partners, notes…)"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(200)
        self.dimension = _combo(
            self.tr("Dimension filter"),
            self.tr("All dimensions"),
            [(label, code) for code, label in session.names.dimensions.items()],
        )
        self.dimension.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dimension.setMinimumContentsLength(14)
        self.status = _combo(
            self.tr("Status filter"),
            self.tr("All statuses"),
            [(status_name(s), s) for s in STATUSES],
        )
        self.phase = _combo(
            self.tr("Phase filter"),
            self.tr("All phases"),
            [(phase_short_name(p), p) for p in PHASES],
        )
        self.owner = _combo(self.tr("Responsible filter"), self.tr("Anyone responsible"), [])
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(12)
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setToolTip(
            self.tr("Actions past their end date, or with a milestone past its date, not done")
        )
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.count_label = PlainLabel()
        self.count_label.setAccessibleName(self.tr("Actions shown"))
        for combo in (self.dimension, self.status, self.phase, self.owner):
            fit_combo(combo)  # "All ..." whole; a longer choice whole in its tooltip
        layout = FlowLayout(self)  # wraps in longer languages rather than widen the window
        layout.setContentsMargins(0, 0, 0, 0)
        layout.add_widget(self.text, 3)
        for widget in (self.dimension, self.status, self.phase, self.owner):
            layout.add_widget(widget, 1)
        layout.add_widget(self.overdue)
        layout.add_widget(self.clear_button)
        layout.add_widget(self.count_label)

        self.text.textChanged.connect(self._changed)
        for combo in (self.dimension, self.status, self.phase, self.owner):
            combo.currentIndexChanged.connect(self._changed)
        self.overdue.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        session.actions_changed.connect(self.update_owners)
        self.update_owners()
        self._changed()

    def current_filter(self) -> ActionFilter:
        return ActionFilter(
            dimension=self.dimension.currentData(),
            status=self.status.currentData(),
            phase=self.phase.currentData(),
            owner=self.owner.currentData(),
            overdue_only=self.overdue.isChecked(),
            text=self.text.text(),
        )

    def set_filter(self, wanted: ActionFilter) -> None:
        """Show ``wanted`` in the widgets (one ``filter_changed`` at the end)."""
        widgets = (self.text, self.dimension, self.status, self.phase, self.owner, self.overdue)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.text.setText(wanted.text)
            for combo, value in (
                (self.dimension, wanted.dimension),
                (self.status, wanted.status),
                (self.phase, wanted.phase),
                (self.owner, wanted.owner),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.overdue.setChecked(wanted.overdue_only)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._changed()

    def clear(self) -> None:
        self.set_filter(ActionFilter())

    def show_count(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("%n action(s)", "", total)
        else:
            text = self.tr("{shown} of {total}").format(shown=shown, total=total)
        self.count_label.setText(text)

    def update_owners(self) -> None:
        """Offer every role and person named in the plan."""
        owners = set()
        for action in self.session.actions():
            owners.update(
                name.strip()
                for name in (action.responsible_role, action.responsible_person)
                if name.strip()
            )
        current = self.owner.currentData()
        wanted = sorted(owners, key=str.casefold)
        if wanted == [self.owner.itemData(i) for i in range(1, self.owner.count())]:
            return
        self.owner.blockSignals(True)
        try:
            while self.owner.count() > 1:
                self.owner.removeItem(1)
            for name in wanted:
                self.owner.addItem(name, name)
            self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        finally:
            self.owner.blockSignals(False)
        if self.owner.currentData() != current:
            self._changed()

    def _changed(self, *_args) -> None:
        self.clear_button.setEnabled(not self.current_filter().is_empty())
        self.filter_changed.emit(self.current_filter())
