"""The action editor's "Dates & milestones" and "Budget" tabs, each built the first time it is
shown or one of its fields is asked for (``ActionForm`` holds them in ``LazyTab`` pages).

Why: most visits to an action read or change its title, status and owner; building these two
tabs with the rest (date fields with their calendars, the milestones table, money fields, four
drop-down lists) was about half of what the editor cost when the plan opened. Until a tab is
built, the form answers for its fields with the action it last showed (``ActionForm.read``).

Layout helpers shared with the "General" tab live here too. Texts keep the ``ActionForm``
translation context they had when the form built every tab itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.plan import FUNDING_SOURCES, PHASES
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line
from toolbox_desktop.ui.plan.fields import DateField, MoneyField, ProblemLabel
from toolbox_desktop.ui.plan.milestones import MilestonesEditor
from toolbox_desktop.ui.plan.texts import funding_name, phase_name

CURRENCIES = ("EUR", "CHF", "GBP", "PLN", "CZK", "HUF", "SEK", "DKK", "NOK", "RON", "BGN", "USD")
DATES_PROBLEMS = ("start", "end", "phase", "milestones")
BUDGET_PROBLEMS = ("budget_cents", "spent_cents", "funding_source")


def form_layout(page: QWidget) -> QFormLayout:
    """A form at the top of ``page``; what is left of the height stays empty below."""
    inner = QWidget()
    form = QFormLayout(inner)
    form.setContentsMargins(0, 0, 0, 0)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer = QVBoxLayout(page)
    outer.addWidget(inner)
    outer.addStretch(1)
    return form


def add_row(
    form: QFormLayout, text: str, widget: QWidget, problem: ProblemLabel | None = None
) -> None:
    """A labelled row (the label's mnemonic goes to ``widget``), with its message line."""
    label = PlainLabel(text)
    # A date field's typing line (the field itself takes no focus: see ``DateField``).
    label.setBuddy(getattr(widget, "line", None) or widget.focusProxy() or widget)
    if problem is not None:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        form.addRow(label, column)
    else:
        form.addRow(label, widget)


def _box(*widgets: QWidget) -> QWidget:
    """Widgets side by side, the first taking the room; the focus goes to the first."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(widgets):
        row.addWidget(widget, 1 if n == 0 else 0)
    box = QWidget()
    box.setLayout(row)
    box.setFocusProxy(widgets[0])
    return box


class DatesPage(QWidget):
    """Start, end, phase (with the phase the end date suggests) and milestones."""

    def __init__(self, problems: dict[str, ProblemLabel], parent=None) -> None:
        super().__init__(parent)
        self.start = DateField(QCoreApplication.translate("ActionForm", "Start date"))
        self.end = DateField(QCoreApplication.translate("ActionForm", "End date"))
        self.phase = QComboBox()
        self.phase.setAccessibleName(QCoreApplication.translate("ActionForm", "Phase"))
        for phase in PHASES:
            self.phase.addItem(phase_name(phase), phase)
        fit_combo(self.phase, first_whole=False)  # the form's width stays; a cut entry: tooltip
        self.phase_hint = PlainLabel()
        self.phase_hint.setWordWrap(True)
        self.use_phase = QToolButton()
        self.use_phase.setText(QCoreApplication.translate("ActionForm", "Use suggestion"))
        self.use_phase.setAccessibleName(QCoreApplication.translate("ActionForm", "Use suggestion"))
        self.milestones = MilestonesEditor()
        form = form_layout(self)
        add_row(
            form, QCoreApplication.translate("ActionForm", "&Start:"), self.start, problems["start"]
        )
        add_row(form, QCoreApplication.translate("ActionForm", "E&nd:"), self.end, problems["end"])
        add_row(
            form,
            QCoreApplication.translate("ActionForm", "&Phase:"),
            _box(self.phase, self.use_phase),
            problems["phase"],
        )
        form.addRow("", self.phase_hint)
        add_row(
            form,
            QCoreApplication.translate("ActionForm", "Milestones:"),
            self.milestones,
            problems["milestones"],
        )


class BudgetPage(QWidget):
    """Budget with its currency, what was spent, the budget line and the funding source."""

    def __init__(self, problems: dict[str, ProblemLabel], parent=None) -> None:
        super().__init__(parent)
        self.budget = MoneyField(QCoreApplication.translate("ActionForm", "Budget"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setAccessibleName(QCoreApplication.translate("ActionForm", "Currency"))
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.spent = MoneyField(QCoreApplication.translate("ActionForm", "Spent so far"))
        self.budget_line = QLineEdit()
        self.budget_line.setAccessibleName(QCoreApplication.translate("ActionForm", "Budget line"))
        self.budget_line.setPlaceholderText(
            QCoreApplication.translate(
                "ActionForm", "e.g. 4.3100 Integration – not general social aid"
            )
        )
        limit_line(self.budget_line, limits.ACTION["budget_line"])
        self.funding = QComboBox()
        self.funding.setAccessibleName(QCoreApplication.translate("ActionForm", "Funding source"))
        self.funding.addItem(QCoreApplication.translate("ActionForm", "(not chosen yet)"), "")
        for source in FUNDING_SOURCES:
            self.funding.addItem(funding_name(source), source)
        fit_combo(self.funding, first_whole=False)
        self.budget_summary = PlainLabel()
        self.budget_summary.setWordWrap(True)
        form = form_layout(self)
        add_row(
            form,
            QCoreApplication.translate("ActionForm", "B&udget:"),
            _box(self.budget, self.currency),
            problems["budget_cents"],
        )
        add_row(
            form,
            QCoreApplication.translate("ActionForm", "S&pent so far:"),
            self.spent,
            problems["spent_cents"],
        )
        add_row(form, QCoreApplication.translate("ActionForm", "Budget l&ine:"), self.budget_line)
        note = PlainLabel(
            QCoreApplication.translate(
                "ActionForm",
                "Keep integration money on its own budget line, apart from general social "
                "spending, so that it can be shown and defended.",
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        add_row(
            form,
            QCoreApplication.translate("ActionForm", "Funding sour&ce:"),
            self.funding,
            problems["funding_source"],
        )
        form.addRow("", self.budget_summary)
