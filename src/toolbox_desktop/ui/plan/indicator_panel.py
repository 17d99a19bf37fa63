"""How success is measured: the indicators of the action shown (or of one of its linked
benchmarks), each with a baseline, a target and the values measured over time, and a chart.

Every change is stored at once as an undoable step through the session: a field when its
editing finishes, a measurement when its cell is left, a name or unit also while the user keeps
typing (``ui.typing_pause``). Only the fields changed since the indicator was shown are written,
so that another window's change of another field is kept. Text that is no number or no date is
refused with a message under the fields and stays typed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.plan import Action, Indicator, Measurement
from toolbox_desktop.ui.common.cell_entry import cell_entry
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import LimitedLineDelegate, limit_line
from toolbox_desktop.ui.common.typing_pause import TypingPause
from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text
from toolbox_desktop.ui.plan.fields import ProblemLabel
from toolbox_desktop.ui.plan.indicator_chart import IndicatorChart, format_value
from toolbox_desktop.ui.plan.indicator_models import (
    NOTE,
    VALUE,
    IndicatorListModel,
    MeasurementModel,
    ValueTextError,
    parse_value,
)
from toolbox_desktop.ui.plan.session import PlanSession

ACTION_SCOPE, BENCHMARK_SCOPE = "action", "benchmark"


class IndicatorPanel(QWidget):
    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._action: Action | None = None
        self._loading = False
        self._refused = False  # the input shown could not be stored
        self._shown_id: int | None = None
        self._typing = TypingPause(self)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Indicators for"))
        # As wide as the editor's other fields, not as its longest entry (a long title of
        # another action widened the editor and squeezed the plan's table whenever this tab
        # was chosen); an entry cut short is whole in the open list and the tooltip.
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope.setMinimumContentsLength(20)
        fit_combo(self.scope, first_whole=False)  # an action's title whole in the tooltip
        self.list_model = IndicatorListModel(self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.list.setAccessibleName(self.tr("Indicators"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        self.add_button = QPushButton(self.tr("Add indi&cator"))
        self.remove_button = QPushButton(self.tr("Delete indicator"))
        self.name = limit_line(QLineEdit(), limits.INDICATOR["name"])
        self.name.setAccessibleName(self.tr("Indicator name"))
        self.unit = limit_line(QLineEdit(), limits.INDICATOR["unit"])
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setPlaceholderText(self.tr("e.g. participants, %, days"))
        self.baseline = QLineEdit()
        self.baseline.setAccessibleName(self.tr("Baseline"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Target"))
        self.measurement_model = MeasurementModel(self)
        self.measurements = cell_entry(QTableView())  # typed in cell by cell
        self.measurements.setModel(self.measurement_model)
        self.measurements.setItemDelegateForColumn(
            NOTE, LimitedLineDelegate(limits.MEASUREMENT["note"], self.measurements)
        )
        self.measurements.setAccessibleName(self.tr("Measured values"))
        self.measurements.verticalHeader().hide()
        self.measurements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.measurements.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        fit_titles(self.measurements.horizontalHeader())
        self.measurements.setMinimumHeight(self.fontMetrics().height() * 6)
        self.add_measurement_button = QPushButton(self.tr("Add value"))
        self.remove_measurement_button = QPushButton(self.tr("Remove value"))
        self.problem = ProblemLabel()
        self.chart = IndicatorChart()
        self.empty_label = PlainLabel(
            self.tr("No indicator yet. Add one to say how you will know that this works.")
        )
        self.empty_label.setWordWrap(True)
        self._lay_out()

        self.scope.activated.connect(lambda _i: self.reload())
        self.list.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.add_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.delete_current)
        for field in (self.name, self.unit, self.baseline, self.target):
            field.editingFinished.connect(self.commit)
        for field in (self.name, self.unit):
            field.textEdited.connect(self._typing.typed)
        self._typing.due.connect(self.commit)
        self.add_measurement_button.clicked.connect(self.add_measurement)
        self.remove_measurement_button.clicked.connect(self.remove_measurement)
        self.measurement_model.measurements_edited.connect(self._store_measurements)
        self.measurement_model.refused.connect(lambda text: self.problem.show_messages([text]))
        session.indicators_changed.connect(self.reload)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(PlainLabel(self.tr("&Indicators for:")))
        top.itemAt(0).widget().setBuddy(self.scope)
        top.addWidget(self.scope, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        numbers = QHBoxLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("Ba&seline:"), self.baseline),
            (self.tr("Ta&rget:"), self.target),
        ):
            label = PlainLabel(text)
            label.setBuddy(widget)
            numbers.addWidget(label)
            numbers.addWidget(widget, 1)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(numbers)
        form.addRow(self.problem)
        form.addRow(self.chart)
        form.addRow(self.measurements)
        value_buttons = QHBoxLayout()
        value_buttons.addWidget(self.add_measurement_button)
        value_buttons.addWidget(self.remove_measurement_button)
        value_buttons.addStretch(1)
        form.addRow(value_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details, 1)

    # -- what is shown ---------------------------------------------------------------------
    def show_action(self, action: Action | None) -> None:
        """Offer the action's own indicators and those of each benchmark it is linked to."""
        self._action = action
        chosen = self.scope.currentData()
        self.scope.clear()
        if action is not None:
            self.scope.addItem(self.tr("This action"), (ACTION_SCOPE, action.id))
            for code in action.benchmarks:
                label = self.tr("Benchmark {benchmark}").format(
                    benchmark=self.session.names.label(code)
                )
                self.scope.addItem(label, (BENCHMARK_SCOPE, code))
            index = self.scope.findData(chosen)
            self.scope.setCurrentIndex(max(0, index))
        self.reload()

    def reload(self) -> None:
        """Read the indicators of the chosen scope again, keeping the one shown."""
        current = self.current_indicator()
        scope = self.scope.currentData()
        if scope is None:
            indicators = []
        elif scope[0] == ACTION_SCOPE:
            indicators = self.session.indicators(action_id=scope[1])
        else:
            indicators = self.session.indicators(benchmark=scope[1])
        self.list_model.set_indicators(indicators)
        row = self.list_model.row_of(current.id if current else None)
        self._select_row(row if row >= 0 else 0)
        self._show_current()

    def _select_row(self, row: int) -> None:
        index = self.list_model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_indicator(self) -> Indicator | None:
        row = self.list.currentIndex().row()
        indicators = self.list_model.indicators()
        return indicators[row] if 0 <= row < len(indicators) else None

    def _show_current(self) -> None:
        indicator = self.current_indicator()
        has = indicator is not None
        self.details.setVisible(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(self.scope.currentData() is not None)
        self.empty_label.setVisible(not has)
        self.chart.set_indicator(indicator)
        if not has:
            self._shown_id = None
            return
        if self._refused and indicator.id == self._shown_id:
            return  # input that could not be stored stays as typed, with its message
        self._shown_id, self._refused = indicator.id, False
        self._loading = True
        try:
            for field, text in (
                (self.name, indicator.name),
                (self.unit, indicator.unit),
                (self.baseline, format_value(indicator.baseline)),
                (self.target, format_value(indicator.target)),
            ):
                # What ``commit`` stores is the text without the spaces around it: a field
                # that differs only by those is left as typed (the cursor stays put).
                if field.text().strip() != text:
                    field.setText(text)
            self.measurement_model.set_measurements(indicator.measurements)
        finally:
            self._loading = False
        self.problem.show_messages([])

    def has_unsaved_input(self) -> bool:
        """Typed values that could not be stored (shown with a message) are only here."""
        return self._refused

    # -- changing --------------------------------------------------------------------------
    def add_indicator(self) -> Indicator | None:
        scope = self.scope.currentData()
        if scope is None:
            return None
        name = self.tr("New indicator")
        if scope[0] == ACTION_SCOPE:
            new = Indicator(name=name, action_id=scope[1])
        else:
            new = Indicator(name=name, benchmark=scope[1])
        try:
            stored = self.session.add_indicator(new)
        except WRITE_ERRORS as error:
            self.problem.show_messages([error_text(error)])
            return None
        self._select_row(self.list_model.row_of(stored.id))
        self.name.setFocus()
        self.name.selectAll()
        return stored

    def delete_current(self) -> None:
        indicator = self.current_indicator()
        if indicator is not None:
            self.session.delete_indicator(indicator)

    def commit(self) -> bool:
        """Store the typed name, unit, baseline or target of the indicator shown."""
        self._typing.stop()
        indicator = self.current_indicator()
        if indicator is None or self._loading:
            return False
        try:
            changed = replace(
                indicator,
                name=self.name.text().strip(),
                unit=self.unit.text().strip(),
                baseline=parse_value(self.baseline.text(), indicator.baseline),
                target=parse_value(self.target.text(), indicator.target),
            )
        except ValueTextError as error:
            self._refused = True
            self.problem.show_messages([error.message])
            return False
        except RuntimeError:  # the window is being destroyed, its fields one by one
            return False
        if not changed.name:
            self._refused = True
            self.problem.show_messages([self.tr("An indicator needs a name.")])
            return False
        return self._store(indicator, changed, "fields")

    def add_measurement(self) -> None:
        indicator = self.current_indicator()
        if indicator is None:
            return
        latest = indicator.latest()
        value = latest.value if latest else (indicator.baseline or 0.0)
        measured = Measurement(self.session.today(), value)
        if self._store(
            indicator, replace(indicator, measurements=(*indicator.measurements, measured))
        ):
            rows = self.measurement_model.measurements()
            row = max(i for i, m in enumerate(rows) if m.measured_on == measured.measured_on)
            index = self.measurement_model.index(row, VALUE)
            self.measurements.setCurrentIndex(index)
            self.measurements.edit(index)

    def remove_measurement(self) -> None:
        indicator = self.current_indicator()
        row = self.measurements.currentIndex().row()
        if indicator is None or row < 0:
            return
        rows = list(self.measurement_model.measurements())
        del rows[row]
        self._store(indicator, replace(indicator, measurements=tuple(rows)))

    def _store_measurements(self, measurements: tuple) -> None:
        indicator = self.current_indicator()
        if indicator is not None:
            self._store(indicator, replace(indicator, measurements=measurements))

    def _store(self, before: Indicator, after: Indicator, field: str = "") -> bool:
        """``field`` makes consecutive saves of the typed fields one undo step."""
        self._refused = False
        try:
            self.session.save_indicator(before, after, field)
        except WRITE_ERRORS as error:
            self._refused = True
            self.problem.show_messages([error_text(error)])
            return False
        self.problem.show_messages([])
        return True
