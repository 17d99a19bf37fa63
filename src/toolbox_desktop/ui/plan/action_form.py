"""The fields of one action, laid out in tabs, with a message line under every field that can
be wrong. Only layout and conversion live here (widgets to an ``Action`` and back); what is
stored when is decided by ``ActionEditor``."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.plan import (
    DEFAULT_CURRENCY,
    FUNDING_SOURCES,
    PARTNER_KINDS,
    PHASES,
    STATUSES,
    Action,
)
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.form_scroll import DownwardScroll
from toolbox_desktop.ui.common.formatting import format_number, rounded
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line, limit_text, line_value
from toolbox_desktop.ui.plan.benchmark_links import BenchmarkLinks
from toolbox_desktop.ui.plan.fields import DateField, MoneyField, ProblemLabel
from toolbox_desktop.ui.plan.guide_origin import GuideOrigin
from toolbox_desktop.ui.plan.milestones import MilestonesEditor
from toolbox_desktop.ui.plan.money import MoneyTextError, format_money
from toolbox_desktop.ui.plan.texts import (
    BenchmarkNames,
    DateTextError,
    funding_name,
    missing_text,
    partner_name,
    phase_name,
    priority_name,
    status_name,
)

CURRENCIES = ("EUR", "CHF", "GBP", "PLN", "CZK", "HUF", "SEK", "DKK", "NOK", "RON", "BGN", "USD")
GENERAL_TAB, DATES_TAB, BUDGET_TAB = range(3)
TAB_OF_FIELD = {
    "title": GENERAL_TAB,
    "status": GENERAL_TAB,
    "priority": GENERAL_TAB,
    "progress": GENERAL_TAB,
    "partners": GENERAL_TAB,
    "start": DATES_TAB,
    "end": DATES_TAB,
    "phase": DATES_TAB,
    "milestones": DATES_TAB,
    "budget_cents": BUDGET_TAB,
    "spent_cents": BUDGET_TAB,
    "funding_source": BUDGET_TAB,
}
DATE_FIELDS = ("start", "end")
MONEY_FIELDS = ("budget_cents", "spent_cents")


def _scrolling(page: QWidget) -> DownwardScroll:
    return DownwardScroll(page)  # as wide as its fields need: never cut on the right


def _show_line(edit: QLineEdit, value: str) -> None:
    """Show ``value`` from its start, unless the field already shows it (perhaps with spaces
    the user is still typing around it): then the text and the cursor stay as they are."""
    if edit.text().strip() == value:
        return
    edit.setText(value)
    if not edit.hasFocus():
        edit.setCursorPosition(0)


def _set_data(combo: QComboBox, value, missing_label: str) -> None:
    """Choose ``value`` in ``combo``, adding it (marked as unknown) if it is not offered."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(missing_label, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class ActionForm(QWidget):
    def __init__(self, names: BenchmarkNames, dimensions: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.problems: dict[str, ProblemLabel] = {name: ProblemLabel() for name in TAB_OF_FIELD}
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What will be done, for whom, and why"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 4)
        self.description.setMaximumHeight(self.fontMetrics().height() * 7)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for priority in (1, 2, 3):
            self.priority.addItem(priority_name(priority), priority)
        self.progress = QSpinBox()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 100)
        self.progress.setSuffix(self.tr(" %"))
        self.progress.setKeyboardTracking(False)
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Dimension"))
        self.dimension.addItem(self.tr("(no dimension)"), "")
        for code, label in dimensions.items():
            self.dimension.addItem(label, code)
        self.links = BenchmarkLinks(names)
        self.origin = GuideOrigin()  # the quick win the action was made from, if any
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Responsible role"))
        self.role.setPlaceholderText(self.tr("e.g. Integration officer"))
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Responsible person"))
        self.person.setPlaceholderText(self.tr("Name"))
        self.partner_boxes = {kind: QCheckBox(partner_name(kind)) for kind in PARTNER_KINDS}
        self.partner_names = QLineEdit()
        self.partner_names.setAccessibleName(self.tr("Partner names"))
        self.partner_names.setPlaceholderText(self.tr("Who exactly, e.g. Caritas, Volkshochschule"))

        self.start = DateField(self.tr("Start date"))
        self.end = DateField(self.tr("End date"))
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Phase"))
        for phase in PHASES:
            self.phase.addItem(phase_name(phase), phase)
        self.phase_hint = PlainLabel()
        self.phase_hint.setWordWrap(True)
        self.use_phase = QToolButton()
        self.use_phase.setText(self.tr("Use suggestion"))
        self.use_phase.setAccessibleName(self.tr("Use suggestion"))
        self.milestones = MilestonesEditor()

        self.budget = MoneyField(self.tr("Budget"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.spent = MoneyField(self.tr("Spent so far"))
        self.budget_line = QLineEdit()
        self.budget_line.setAccessibleName(self.tr("Budget line"))
        self.budget_line.setPlaceholderText(
            self.tr("e.g. 4.3100 Integration – not general social aid")
        )
        self.funding = QComboBox()
        self.funding.setAccessibleName(self.tr("Funding source"))
        self.funding.addItem(self.tr("(not chosen yet)"), "")
        for source in FUNDING_SOURCES:
            self.funding.addItem(funding_name(source), source)
        for combo in (self.status, self.priority, self.dimension, self.phase, self.funding):
            fit_combo(combo, first_whole=False)  # the form's width stays; a cut entry: tooltip
        self.budget_summary = PlainLabel()
        self.budget_summary.setWordWrap(True)
        for edit, name in (
            (self.title, "title"),
            (self.role, "responsible_role"),
            (self.person, "responsible_person"),
            (self.partner_names, "partner_names"),
            (self.budget_line, "budget_line"),
        ):
            limit_line(edit, limits.ACTION[name])
        self.description_limit = limit_text(self.description, limits.ACTION["description"])

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Every tab's title whole ("Indikatoren", never "Indikat…" behind scroll arrows): the
        # editor asks for the width of all of them, and the table beside it gives way.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.addTab(_scrolling(self._general_page()), self.tr("General"))
        self.tabs.addTab(_scrolling(self._dates_page()), self.tr("Dates && &milestones"))
        self.tabs.addTab(_scrolling(self._budget_page()), self.tr("Budget"))
        self._tab_texts = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # -- layout ----------------------------------------------------------------------------
    def _row(self, form: QFormLayout, text: str, widget: QWidget, problem: str = "") -> None:
        label = PlainLabel(text)
        label.setBuddy(widget.focusProxy() or widget)
        if problem:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.problems[problem])
            form.addRow(label, column)
        else:
            form.addRow(label, widget)

    @staticmethod
    def _form(page: QWidget) -> QFormLayout:
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

    def _general_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self._row(form, self.tr("T&itle:"), self.title, "title")
        form.addRow(self.origin)
        self._row(form, self.tr("Des&cription:"), self.description)
        self._row(form, self.tr("&Status:"), self.status, "status")
        self._row(form, self.tr("Priorit&y:"), self.priority, "priority")
        self._row(form, self.tr("&Progress:"), self.progress, "progress")
        self._row(form, self.tr("Dimension:"), self.dimension)
        self._row(form, self.tr("Benchmar&ks:"), self.links)
        self._row(form, self.tr("Responsible &role:"), self.role)
        self._row(form, self.tr("Responsible perso&n:"), self.person)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.partner_boxes.values()):
            grid.addWidget(box, n // 2, n % 2)
        partners = QWidget()
        partners.setLayout(grid)
        partners.setFocusProxy(next(iter(self.partner_boxes.values())))
        self._row(form, self.tr("Partners:"), partners, "partners")
        self._row(form, self.tr("Partner names:"), self.partner_names)
        return page

    def _dates_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self._row(form, self.tr("&Start:"), self.start, "start")
        self._row(form, self.tr("E&nd:"), self.end, "end")
        phase_row = QHBoxLayout()
        phase_row.setContentsMargins(0, 0, 0, 0)
        phase_row.addWidget(self.phase, 1)
        phase_row.addWidget(self.use_phase)
        phase_box = QWidget()
        phase_box.setLayout(phase_row)
        phase_box.setFocusProxy(self.phase)
        self._row(form, self.tr("&Phase:"), phase_box, "phase")
        form.addRow("", self.phase_hint)
        self._row(form, self.tr("Milestones:"), self.milestones, "milestones")
        return page

    def _budget_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        amount = QHBoxLayout()
        amount.setContentsMargins(0, 0, 0, 0)
        amount.addWidget(self.budget, 1)
        amount.addWidget(self.currency)
        amount_box = QWidget()
        amount_box.setLayout(amount)
        amount_box.setFocusProxy(self.budget)
        self._row(form, self.tr("B&udget:"), amount_box, "budget_cents")
        self._row(form, self.tr("S&pent so far:"), self.spent, "spent_cents")
        self._row(form, self.tr("Budget l&ine:"), self.budget_line)
        note = PlainLabel(
            self.tr(
                "Keep integration money on its own budget line, apart from general social "
                "spending, so that it can be shown and defended."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self._row(form, self.tr("Funding sour&ce:"), self.funding, "funding_source")
        form.addRow("", self.budget_summary)
        return page

    # -- to and from an action -------------------------------------------------------------
    def fill(self, action: Action) -> None:
        """Show ``action`` (each widget is touched only when its value differs; a text that
        differs only by the spaces around it is what ``read`` stores, so it is left as typed)."""
        _show_line(self.title, action.title)
        if self.description.toPlainText() != action.description:
            self.description.setPlainText(action.description)
        _set_data(self.status, action.status, action.status)
        _set_data(self.priority, action.priority, str(action.priority))
        self.progress.setValue(max(0, min(100, action.progress)))
        _set_data(self.dimension, action.dimension, missing_text(action.dimension))
        self.links.set_codes(action.benchmarks)
        self.origin.show_code(action.guide_item)
        for widget, value in (
            (self.role, action.responsible_role),
            (self.person, action.responsible_person),
            (self.partner_names, action.partner_names),
            (self.budget_line, action.budget_line),
        ):
            _show_line(widget, value)
        for kind, box in self.partner_boxes.items():
            box.setChecked(kind in action.partners)
        self.start.set_day(action.start)
        self.end.set_day(action.end)
        _set_data(self.phase, action.phase, action.phase)
        self.milestones.model.set_milestones(action.milestones)
        self.budget.set_cents(action.budget_cents)
        self.spent.set_cents(action.spent_cents)
        if self.currency.currentText() != action.currency:
            self.currency.setCurrentText(action.currency)
        _set_data(self.funding, action.funding_source, action.funding_source)
        self.show_budget_summary(action)

    def read(self, base: Action) -> tuple[Action, dict[str, list[str]]]:
        """The action the fields describe, and the messages of texts that are no date or no
        amount (those fields keep ``base``'s value)."""
        problems: dict[str, list[str]] = {}
        values = {}
        for name, field in (("start", self.start), ("end", self.end)):
            try:
                values[name] = field.day()
            except DateTextError as error:
                problems[name] = [error.message]
                values[name] = getattr(base, name)
        for name, field in (("budget_cents", self.budget), ("spent_cents", self.spent)):
            try:
                values[name] = field.cents()
            except MoneyTextError as error:
                problems[name] = [error.message]
                values[name] = getattr(base, name)
        partners = tuple(k for k, box in self.partner_boxes.items() if box.isChecked())
        partners += tuple(p for p in base.partners if p not in PARTNER_KINDS)
        if set(partners) == set(base.partners):
            partners = base.partners  # the same partners in the stored order: no edit
        action = base.with_changes(
            title=line_value(self.title, base.title),
            description=self.description.toPlainText(),
            status=self.status.currentData(),
            priority=self.priority.currentData(),
            progress=self.progress.value(),
            dimension=self.dimension.currentData(),
            benchmarks=self.links.codes(),
            responsible_role=line_value(self.role, base.responsible_role),
            responsible_person=line_value(self.person, base.responsible_person),
            partners=partners,
            partner_names=line_value(self.partner_names, base.partner_names),
            phase=self.phase.currentData(),
            milestones=self.milestones.model.milestones(),
            currency=self.currency.currentText().strip().upper() or DEFAULT_CURRENCY,
            budget_line=line_value(self.budget_line, base.budget_line),
            funding_source=self.funding.currentData(),
            **values,
        )
        return action, problems

    def raw_texts(self) -> dict[str, str]:
        """What is typed in the date and money fields, to show again as typed."""
        return {
            "start": self.start.text(),
            "end": self.end.text(),
            "budget_cents": self.budget.text(),
            "spent_cents": self.spent.text(),
        }

    def restore_raw_texts(self, texts: dict[str, str]) -> None:
        self.start.set_text(texts.get("start", self.start.text()))
        self.end.set_text(texts.get("end", self.end.text()))
        if texts.get("budget_cents", self.budget.text()) != self.budget.text():
            self.budget.setText(texts["budget_cents"])
        if texts.get("spent_cents", self.spent.text()) != self.spent.text():
            self.spent.setText(texts["spent_cents"])

    def show_problems(self, problems: dict[str, list[str]]) -> None:
        """Messages under their fields, and a mark on every tab that has one."""
        for name, label in self.problems.items():
            label.show_messages(problems.get(name, []))
        marked = {TAB_OF_FIELD.get(name, GENERAL_TAB) for name in problems}
        for tab, text in enumerate(self._tab_texts):
            self.tabs.setTabText(tab, "⚠ " + text if tab in marked else text)

    def show_phase_hint(self, suggested: str, chosen: str) -> None:
        self.phase_hint.setText(
            self.tr("Suggested from the end date: {phase}").format(phase=phase_name(suggested))
        )
        self.use_phase.setVisible(suggested != chosen)
        self.use_phase.setProperty("phase", suggested)

    def show_budget_summary(self, action: Action) -> None:
        if action.budget_cents is None:
            self.budget_summary.setText("")
            return
        spent = action.spent_cents or 0
        share = format_number(
            rounded(100 * spent / action.budget_cents) if action.budget_cents else 0
        )
        self.budget_summary.setText(
            self.tr("Spent {spent} of {budget} ({share} %).").format(
                spent=format_money(spent, action.currency),
                budget=format_money(action.budget_cents, action.currency),
                share=share,
            )
        )

    def first_tab_with(self, problems: dict[str, list[str]]) -> int:
        return min((TAB_OF_FIELD.get(name, GENERAL_TAB) for name in problems), default=-1)
