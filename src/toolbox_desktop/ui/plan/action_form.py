"""The fields of one action, laid out in tabs, with a message line under every field that can
be wrong. Only layout and conversion live here (widgets to an ``Action`` and back); what is
stored when is decided by ``ActionEditor``."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.plan import DEFAULT_CURRENCY, PARTNER_KINDS, STATUSES, Action
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.form_scroll import DownwardScroll
from toolbox_desktop.ui.common.formatting import format_number, rounded
from toolbox_desktop.ui.common.lazy_tab import LazyTab
from toolbox_desktop.ui.common.text_limits import limit_line, limit_text, line_value
from toolbox_desktop.ui.common.whole_tab_titles import keep_tab_titles_whole
from toolbox_desktop.ui.plan.action_pages import BudgetPage, DatesPage, add_row, form_layout
from toolbox_desktop.ui.plan.benchmark_links import BenchmarkLinks
from toolbox_desktop.ui.plan.fields import ProblemLabel
from toolbox_desktop.ui.plan.guide_origin import GuideOrigin
from toolbox_desktop.ui.plan.money import MoneyTextError, format_money
from toolbox_desktop.ui.plan.texts import (
    BenchmarkNames,
    DateTextError,
    missing_text,
    partner_name,
    phase_name,
    priority_name,
    status_name,
)

GENERAL_TAB, DATES_TAB, BUDGET_TAB = range(3)
_BRACKETED = re.compile(r"\([^()]*\)")
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


def _line_as_shown(value: str, stored: str) -> str:
    """What ``line_value`` reads from a budget line field filled with ``value``."""
    most = limits.ACTION["budget_line"]
    if len(stored) > most and value[:most] == stored[:most]:
        return stored
    return value[:most].strip()


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
        # Every message line exists from the start (a page not built yet adopts its own).
        self.problems: dict[str, ProblemLabel] = {name: ProblemLabel(self) for name in TAB_OF_FIELD}
        # Called with a lazy page's tab number and its fields once it is built.
        self.page_built = None
        self._shown: Action | None = None  # the action the fields were last filled with
        self._phase_hint: tuple[str, str] | None = None  # shown once the dates page exists
        self._dates: DatesPage | None = None
        self._budget: BudgetPage | None = None
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

        for combo in (self.status, self.priority, self.dimension):
            fit_combo(combo, first_whole=False)  # the form's width stays; a cut entry: tooltip
        for edit, name in (
            (self.title, "title"),
            (self.role, "responsible_role"),
            (self.person, "responsible_person"),
            (self.partner_names, "partner_names"),
        ):
            limit_line(edit, limits.ACTION[name])
        self.description_limit = limit_text(self.description, limits.ACTION["description"])

        self.tabs = QTabWidget()
        keep_tab_titles_whole(self.tabs)
        self.tabs.setDocumentMode(True)
        # Every tab's title whole ("Indikatoren", never "Indikat…" behind scroll arrows): the
        # editor asks for the width of all of them, and the table beside it gives way.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.addTab(_scrolling(self._general_page()), self.tr("General"))
        # Built when first shown or asked for (see ``action_pages``).
        self.dates_tab = LazyTab(self._make_dates)
        self.budget_tab = LazyTab(self._make_budget)
        self.tabs.addTab(self.dates_tab, self.tr("Dates && &milestones"))
        self.tabs.addTab(self.budget_tab, self.tr("Budget"))
        self._tab_texts = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # -- layout ----------------------------------------------------------------------------
    def _general_page(self) -> QWidget:
        page = QWidget()
        form = form_layout(page)
        rows = (
            (self.tr("T&itle:"), self.title, "title"),
            (self.tr("Des&cription:"), self.description, ""),
            (self.tr("&Status:"), self.status, "status"),
            (self.tr("Priorit&y:"), self.priority, "priority"),
            (self.tr("&Progress:"), self.progress, "progress"),
            (self.tr("Dimension:"), self.dimension, ""),
            (self.tr("Benchmar&ks:"), self.links, ""),
            (self.tr("Responsible &role:"), self.role, ""),
            (self.tr("Responsible perso&n:"), self.person, ""),
        )
        for n, (text, widget, problem) in enumerate(rows):
            add_row(form, text, widget, self.problems.get(problem))
            if n == 0:
                form.addRow(self.origin)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.partner_boxes.values()):
            grid.addWidget(box, n // 2, n % 2)
        partners = QWidget()
        partners.setLayout(grid)
        partners.setFocusProxy(next(iter(self.partner_boxes.values())))
        add_row(form, self.tr("Partners:"), partners, self.problems["partners"])
        add_row(form, self.tr("Partner names:"), self.partner_names)
        return page

    def _make_dates(self) -> QWidget:
        self._dates = DatesPage(self.problems)
        self._fill_dates(self._shown)
        if self._phase_hint is not None:
            self.show_phase_hint(*self._phase_hint)
        return self._built(DATES_TAB, self._dates)

    def _make_budget(self) -> QWidget:
        self._budget = BudgetPage(self.problems)
        self._fill_budget(self._shown)
        if self._shown is not None:
            self.show_budget_summary(self._shown)
        return self._built(BUDGET_TAB, self._budget)

    def _built(self, tab: int, page: QWidget) -> QWidget:
        scrolling = _scrolling(page)
        if self.page_built is not None:
            self.page_built(tab, page)  # the editor connects the page's fields
        return scrolling

    def dates_page(self) -> DatesPage:
        """The "Dates & milestones" fields, built now if they were not yet."""
        self.dates_tab.content()
        return self._dates

    def budget_page(self) -> BudgetPage:
        """The "Budget" fields, built now if they were not yet."""
        self.budget_tab.content()
        return self._budget

    # The fields of the lazily built pages, as the form's own (asking builds the page).
    start = property(lambda self: self.dates_page().start)
    end = property(lambda self: self.dates_page().end)
    phase = property(lambda self: self.dates_page().phase)
    phase_hint = property(lambda self: self.dates_page().phase_hint)
    use_phase = property(lambda self: self.dates_page().use_phase)
    milestones = property(lambda self: self.dates_page().milestones)
    budget = property(lambda self: self.budget_page().budget)
    currency = property(lambda self: self.budget_page().currency)
    spent = property(lambda self: self.budget_page().spent)
    budget_line = property(lambda self: self.budget_page().budget_line)
    funding = property(lambda self: self.budget_page().funding)
    budget_summary = property(lambda self: self.budget_page().budget_summary)

    # -- to and from an action -------------------------------------------------------------
    def fill(self, action: Action) -> None:
        """Show ``action`` (each widget is touched only when its value differs; a text that
        differs only by the spaces around it is what ``read`` stores, so it is left as typed).
        A page not built yet is filled when it is built."""
        self._shown = action
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
        ):
            _show_line(widget, value)
        for kind, box in self.partner_boxes.items():
            box.setChecked(kind in action.partners)
        self._fill_dates(action)
        self._fill_budget(action)
        self.show_budget_summary(action)

    def _fill_dates(self, action: Action | None) -> None:
        page = self._dates
        if page is None or action is None:
            return
        page.start.set_day(action.start)
        page.end.set_day(action.end)
        _set_data(page.phase, action.phase, action.phase)
        page.milestones.model.set_milestones(action.milestones)

    def _fill_budget(self, action: Action | None) -> None:
        page = self._budget
        if page is None or action is None:
            return
        _show_line(page.budget_line, action.budget_line)
        page.budget.set_cents(action.budget_cents)
        page.spent.set_cents(action.spent_cents)
        if page.currency.currentText() != action.currency:
            page.currency.setCurrentText(action.currency)
        _set_data(page.funding, action.funding_source, action.funding_source)

    def read(self, base: Action) -> tuple[Action, dict[str, list[str]]]:
        """The action the fields describe, and the messages of texts that are no date or no
        amount (those fields keep ``base``'s value). The fields of a page not built yet hold
        what the form was last filled with, as they would if it had been built."""
        problems: dict[str, list[str]] = {}
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
            **self._read_dates(base, problems),
            **self._read_budget(base, problems),
        )
        return action, problems

    def _read_dates(self, base: Action, problems: dict[str, list[str]]) -> dict:
        page, shown = self._dates, self._shown or base
        if page is None:
            return {
                "start": shown.start,
                "end": shown.end,
                "phase": shown.phase,
                "milestones": shown.milestones,
            }
        values = {
            "phase": page.phase.currentData(),
            "milestones": page.milestones.model.milestones(),
        }
        for name, field in (("start", page.start), ("end", page.end)):
            try:
                values[name] = field.day()
            except DateTextError as error:
                problems[name] = [error.message]
                values[name] = getattr(base, name)
        return values

    def _read_budget(self, base: Action, problems: dict[str, list[str]]) -> dict:
        page, shown = self._budget, self._shown or base
        if page is None:
            return {
                "budget_cents": shown.budget_cents,
                "spent_cents": shown.spent_cents,
                "currency": shown.currency.strip().upper() or DEFAULT_CURRENCY,
                "budget_line": _line_as_shown(shown.budget_line, base.budget_line),
                "funding_source": shown.funding_source,
            }
        values = {
            "currency": page.currency.currentText().strip().upper() or DEFAULT_CURRENCY,
            "budget_line": line_value(page.budget_line, base.budget_line),
            "funding_source": page.funding.currentData(),
        }
        for name, field in (("budget_cents", page.budget), ("spent_cents", page.spent)):
            try:
                values[name] = field.cents(values["currency"])
            except MoneyTextError as error:
                problems[name] = [error.message]
                values[name] = getattr(base, name)
        return values

    def raw_texts(self) -> dict[str, str]:
        """What is typed in the date and money fields (of the pages built), to show again as
        typed."""
        texts = {}
        if self._dates is not None:
            texts.update(start=self._dates.start.text(), end=self._dates.end.text())
        if self._budget is not None:
            texts.update(budget_cents=self._budget.budget.text())
            texts.update(spent_cents=self._budget.spent.text())
        return texts

    def restore_raw_texts(self, texts: dict[str, str]) -> None:
        """Show texts as typed (a date or amount that could not be read), building their page
        if it was not yet."""
        for name in DATE_FIELDS:
            if name in texts:
                getattr(self, name).set_text(texts[name])
        for name, field in (("budget_cents", "budget"), ("spent_cents", "spent")):
            if name in texts and texts[name] != getattr(self, field).text():
                getattr(self, field).setText(texts[name])

    def show_problems(self, problems: dict[str, list[str]]) -> None:
        """Messages under their fields, and a mark on every tab that has one."""
        marked = {TAB_OF_FIELD.get(name, GENERAL_TAB) for name in problems}
        if DATES_TAB in marked:
            self.dates_page()  # its message lines need their page
        if BUDGET_TAB in marked:
            self.budget_page()
        for name, label in self.problems.items():
            label.show_messages(problems.get(name, []))
        for tab, text in enumerate(self._tab_texts):
            self.tabs.setTabText(tab, "⚠ " + text if tab in marked else text)

    def show_phase_hint(self, suggested: str, chosen: str) -> None:
        self._phase_hint = (suggested, chosen)
        page = self._dates
        if page is None:
            return  # shown when the page is built
        # The phase's span in brackets kept on one line ("Mittelfristig (1–3 / Jahre)")
        phase = _BRACKETED.sub(lambda m: m.group(0).replace(" ", "\u00a0"), phase_name(suggested))
        page.phase_hint.setText(self.tr("Suggested from the end date: {phase}").format(phase=phase))
        page.use_phase.setVisible(suggested != chosen)
        page.use_phase.setProperty("phase", suggested)

    def show_budget_summary(self, action: Action) -> None:
        page = self._budget
        if page is None:
            return  # shown, for the action then shown, when the page is built
        if action.budget_cents is None:
            page.budget_summary.setText("")
            return
        spent = action.spent_cents or 0
        share = format_number(
            rounded(100 * spent / action.budget_cents) if action.budget_cents else 0
        )
        page.budget_summary.setText(
            self.tr("Spent {spent} of {budget} ({share} %).").format(
                spent=format_money(spent, action.currency),
                budget=format_money(action.budget_cents, action.currency),
                share=share,
            )
        )

    def first_tab_with(self, problems: dict[str, list[str]]) -> int:
        return min((TAB_OF_FIELD.get(name, GENERAL_TAB) for name in problems), default=-1)
