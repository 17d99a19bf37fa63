"""Small input widgets the plan's forms share: a date typed as text (with a calendar to pick
from), an amount of money, and the message shown under a field the user must correct."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from toolbox_desktop.ui.common.formatting import date_placeholder
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.plan.money import format_amount, parse_money
from toolbox_desktop.ui.plan.texts import format_day, parse_day

PROBLEM_COLOR = QColor("#b3261e")


class ProblemLabel(PlainLabel):
    """Red text under a field; hidden while there is nothing to correct."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOR)
        self.setPalette(palette)
        self.setVisible(False)

    def show_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


class DateField(QWidget):
    """A date typed in the locale's short format or as 2025-12-31, or picked from a calendar.

    ``edited()`` when the typing is finished or a day was picked. ``day()`` raises
    ``DateTextError`` for text that is no date.
    """

    edited = Signal()

    def __init__(self, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setAccessibleName(accessible_name)
        self.line.setPlaceholderText(date_placeholder())
        self.line.setClearButtonEnabled(True)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a day from a calendar"))
        self.button.setAccessibleName(self.tr("Calendar for {field}").format(field=accessible_name))
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Tab goes from this date to the next field; from the keyboard, Alt+Down or F4 in
        # the field opens the calendar, as in a drop-down list.
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        for keys in (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), QKeySequence(Qt.Key.Key_F4)):
            opener = QShortcut(keys, self.line, self.button.showMenu)
            opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        # Not a focus proxy: with its proxy among its own children, Qt closed the Tab chain
        # into a ring of the field, its clear button and the calendar button, and Tab never
        # left the date. A label's Alt+letter names ``line`` as its buddy (``add_row``);
        # focus given to the whole from code goes to the line.
        self.line.editingFinished.connect(self.edited)

    def focusInEvent(self, event) -> None:
        self.line.setFocus(event.reason())

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        if self.line.text() != text:
            self.line.setText(text)

    def set_day(self, day: date | None) -> None:
        self.set_text(format_day(day))

    def day(self) -> date | None:
        return parse_day(self.line.text())

    def _prepare_calendar(self) -> None:
        try:
            day = self.day()
        except ValueError:
            day = None
        if day is not None and 1 <= day.year <= 9999:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, picked: QDate) -> None:
        self._menu.hide()
        self.set_day(date(picked.year(), picked.month(), picked.day()))
        self.edited.emit()


class MoneyField(QLineEdit):
    """An amount typed as the user writes money; ``cents()`` raises ``MoneyTextError``."""

    def __init__(self, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(
            self.tr("none yet, e.g. {amount}").format(amount=format_amount(1_250_000))
        )
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def cents(self, currency: str | None = None) -> int | None:
        """The amount typed, in ``currency`` (another currency named beside it is refused)."""
        return parse_money(self.text(), currency=currency)

    def set_cents(self, cents: int | None) -> None:
        text = format_amount(cents)
        if self.text() != text:
            self.setText(text)
