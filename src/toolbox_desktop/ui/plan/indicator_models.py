"""Item models for the indicators screen: the indicators of an action or a benchmark, and the
values measured for one of them (date, value, note; oldest first, editable in place).

The measurement model never writes: it hands the whole new list on
(``measurements_edited``) for the panel to store as one undoable change, or says why a typed
value was refused (``refused``) and keeps the cell as it was.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)

from toolbox_desktop.core.formatting import FormatTextError
from toolbox_desktop.core.plan import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MSG_YEAR_RANGE,
    Indicator,
    Measurement,
)
from toolbox_desktop.ui.common.formatting import parse_number
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.plan.indicator_chart import format_value
from toolbox_desktop.ui.plan.texts import (
    DateTextError,
    format_day,
    one_line,
    parse_day,
    plan_text,
)

MEASURED_ON, VALUE, NOTE = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ValueTextError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_value(text: str, shown: float | None = None) -> float | None:
    """A number typed in the user's locale, by the one rule of ``core.formatting`` (its group
    and decimal signs, "12.500" refused as ambiguous in English); "" means no value. Text that
    is still what the app showed for ``shown`` is that value: the app writes 12.125 as
    "12.125", which typed would be ambiguous, and a field left as shown must not be refused."""
    if shown is not None and text.strip() == format_value(shown):
        return shown
    try:
        number = parse_number(text)
    except FormatTextError as error:
        raise ValueTextError(error.message) from None
    return None if number is None else float(number)


class IndicatorListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._indicators: list[Indicator] = []

    def set_indicators(self, indicators: list[Indicator]) -> None:
        self.beginResetModel()
        self._indicators = list(indicators)
        self.endResetModel()

    def indicators(self) -> list[Indicator]:
        return list(self._indicators)

    def row_of(self, indicator_id: int | None) -> int:
        return next((n for n, i in enumerate(self._indicators) if i.id == indicator_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._indicators)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        indicator = self._indicators[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if indicator.unit:
                return self.tr("{name} ({unit})").format(
                    name=one_line(indicator.name), unit=one_line(indicator.unit)
                )
            return one_line(indicator.name)
        if role == ID_ROLE:
            return indicator.id
        return None


class MeasurementModel(QAbstractTableModel):
    measurements_edited = Signal(tuple)
    refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Measurement] = []

    def set_measurements(self, measurements: tuple[Measurement, ...]) -> None:
        rows = sorted(measurements, key=lambda m: m.measured_on)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def measurements(self) -> tuple[Measurement, ...]:
        return tuple(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        measurement = self._rows[index.row()]
        column = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if column == MEASURED_ON:
                return format_day(measurement.measured_on)
            if column == VALUE:
                return format_value(measurement.value)
            return (
                measurement.note if role == Qt.ItemDataRole.EditRole else one_line(measurement.note)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE and measurement.note:
            return as_typed(measurement.note)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        old = self._rows[index.row()]
        column = index.column()
        try:
            if column == MEASURED_ON:
                day = value if isinstance(value, date) else parse_day(str(value))
                if day is None:
                    raise DateTextError(self.tr("A measured value needs the date it was measured."))
                if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
                    raise DateTextError(
                        plan_text(MSG_YEAR_RANGE).format(
                            year=day.year, earliest=EARLIEST_YEAR, latest=LATEST_YEAR
                        )
                    )
                new = Measurement(day, old.value, old.note)
            elif column == VALUE:
                number = (
                    value if isinstance(value, float | int) else parse_value(str(value), old.value)
                )
                if number is None:
                    raise ValueTextError(self.tr("Type the value that was measured."))
                new = Measurement(old.measured_on, float(number), old.note)
            else:
                new = Measurement(old.measured_on, old.value, str(value))
        except (DateTextError, ValueTextError) as error:
            self.refused.emit(error.message)
            return False
        if new != old:
            rows = list(self._rows)
            rows[index.row()] = new
            self.measurements_edited.emit(tuple(sorted(rows, key=lambda m: m.measured_on)))
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Measured on"), self.tr("Value"), self.tr("Note"))[section]
        return None
