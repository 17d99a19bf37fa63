"""The options of the chosen report, made from the registry's option declarations.

One widget per option (``services.reports.OPTIONS``), each in a row of one form; choosing a
report shows the rows of the options it takes and hides the others. The page size, which every
report takes, sits below; the annual texts editor shows for a report that prints them, the
fact sandwich editor for the Fact Sandwich worksheet. A new report that takes existing options
needs nothing here; a new kind of option (``Entry``) needs its widget in ``_make``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.services.reports import (
    FIRST_YEAR,
    LAST_YEAR,
    LETTERS,
    OPTIONS,
    PAGE_SIZE,
    PROPOSAL,
    UNUSED_OPTIONS,
    Entry,
    ReportChoices,
    ReportKind,
    ReportOption,
)
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.formatting import format_date
from toolbox_desktop.ui.reports.action_picker import ActionPicker
from toolbox_desktop.ui.reports.file_field import FileField
from toolbox_desktop.ui.reports.kind_chooser import registry_text

# Where US Letter is the usual paper: CLDR's supplemental paper data (``paperSize``,
# "US-Letter": BZ CA CL CO CR GT MX NI PA PH PR SV US VE); everywhere else A4.
_COUNTRY = QLocale.Country
LETTER_TERRITORIES = frozenset(
    (
        _COUNTRY.Belize,
        _COUNTRY.Canada,
        _COUNTRY.Chile,
        _COUNTRY.Colombia,
        _COUNTRY.CostaRica,
        _COUNTRY.Guatemala,
        _COUNTRY.Mexico,
        _COUNTRY.Nicaragua,
        _COUNTRY.Panama,
        _COUNTRY.Philippines,
        _COUNTRY.PuertoRico,
        _COUNTRY.ElSalvador,
        _COUNTRY.UnitedStates,
        _COUNTRY.Venezuela,
    )
)


def default_page_size(locale: QLocale | None = None) -> str:
    """The paper a printer in the regional format's territory most likely holds."""
    return "Letter" if (locale or QLocale()).territory() in LETTER_TERRITORIES else "A4"


class ReportOptionsBox(QGroupBox):
    def __init__(
        self,
        assessments: AssessmentRepository,
        texts_editor: QWidget,
        parent=None,
        sandwich_editor: QWidget | None = None,
        addressee_editor: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Options"), parent)
        self.assessments = assessments
        self.texts_editor = texts_editor
        self.sandwich_editor = sandwich_editor or QWidget()
        self.addressee_editor = addressee_editor or QWidget()  # the advocacy letters'
        self.form = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        for option in OPTIONS.values():
            if option.name != PAGE_SIZE:
                self.widgets[option.name] = self._add_row(self.form, option)
        common = QFormLayout()
        self.page_size_combo = self._add_row(common, OPTIONS[PAGE_SIZE])
        self.page_size_combo.setCurrentIndex(self.page_size_combo.findData(default_page_size()))

        self.assessment_combo = self._widget_for(Entry.ASSESSMENT)
        self.compare_combo = self._widget_for(Entry.EARLIER_ASSESSMENT)
        self.assessment_combo.currentIndexChanged.connect(self._fill_compare)

        self._column = QVBoxLayout(self)
        self._column.addLayout(self.form)
        self._column.addWidget(texts_editor, 1)
        self._column.addWidget(self.sandwich_editor, 1)
        self._column.addWidget(self.addressee_editor)
        self._column.addStretch(1)
        self._stretch_at = self._column.count() - 1
        self._column.addLayout(common)

    # -- the widgets ---------------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, option: ReportOption) -> QWidget:
        widget = self._make(option)
        widget.setAccessibleName(registry_text(option.accessible_name))
        if option.tooltip:
            widget.setToolTip(registry_text(option.tooltip))
        if option.entry == Entry.FLAG:
            form.addRow(widget)  # a check box carries its own label
        else:
            form.addRow(registry_text(option.label), widget)
        return widget

    def _make(self, option: ReportOption) -> QWidget:
        if option.entry == Entry.FLAG:
            return QCheckBox(registry_text(option.label))
        if option.entry == Entry.ACTIONS:
            return ActionPicker()  # the page gives it the plan (``loader``)
        if option.entry == Entry.FILE:
            return FileField()
        if option.entry == Entry.YEAR:
            spin = QSpinBox()
            spin.setRange(FIRST_YEAR, LAST_YEAR)
            spin.setValue(date.today().year)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # 4 digits
            return spin
        combo = QComboBox()
        for value, label in option.choices:  # none for assessments: see refresh_assessments
            combo.addItem(registry_text(label), value)
        fit_combo(combo, first_whole=bool(option.choices))  # an assessment's title: its tooltip
        return combo

    def _widget_for(self, entry: str) -> QWidget:
        (name,) = (option.name for option in OPTIONS.values() if option.entry == entry)
        return self.widgets[name]

    @property
    def group_combo(self) -> QComboBox:
        return self.widgets["group_by"]

    @property
    def facilitator_check(self) -> QCheckBox:
        return self.widgets["facilitator"]

    @property
    def year_spin(self) -> QSpinBox:
        return self.widgets["year"]

    # -- the chosen report ---------------------------------------------------------------------
    def show_report(self, kind: ReportKind) -> None:
        """Show the rows of the options ``kind`` takes, and the texts editor or the fact
        sandwich editor if it prints them (then it takes the room the empty space took)."""
        for name, widget in self.widgets.items():
            self.form.setRowVisible(widget, name in kind.options)
        self.texts_editor.setVisible(kind.prints_year_texts)
        self.sandwich_editor.setVisible(kind.prints_fact_sandwiches)
        self.addressee_editor.setVisible(kind.key == LETTERS)
        editing = kind.prints_year_texts or kind.prints_fact_sandwiches or kind.key == PROPOSAL
        self._column.setStretch(self._stretch_at, 0 if editing else 1)
        self._column.setStretch(0, 1 if kind.key == PROPOSAL else 0)  # its list of actions

    def set_format(self, format: str) -> None:
        """Options the chosen format has no use for stay in view, greyed out, saying why (a
        spreadsheet has no pages, no grouping, no comparison)."""
        unused = UNUSED_OPTIONS.get(format, frozenset())
        widgets = {**self.widgets, PAGE_SIZE: self.page_size_combo}
        for name, widget in widgets.items():
            off = name in unused
            widget.setEnabled(not off)
            tip = OPTIONS[name].tooltip
            widget.setToolTip(
                self.tr("Not used in a spreadsheet.") if off else registry_text(tip) if tip else ""
            )

    def choices(self, kind: ReportKind) -> ReportChoices:
        """What the widgets say for the options ``kind`` takes (the others keep their usual
        value, as on the command line)."""
        values = {name: self._value(OPTIONS[name], self.widgets[name]) for name in kind.options}
        return ReportChoices(page_size=self.page_size_combo.currentData(), **values)

    @staticmethod
    def _value(option: ReportOption, widget: QWidget) -> object:
        if option.entry == Entry.FLAG:
            return widget.isChecked()
        if option.entry == Entry.YEAR:
            return widget.value()
        if option.entry == Entry.ACTIONS:
            return widget.chosen()
        if option.entry == Entry.FILE:
            return widget.path()
        return widget.currentData()

    # -- assessments -----------------------------------------------------------------------------
    def refresh_assessments(self) -> bool:
        """Re-read the assessments; True if there is any."""
        current = self.assessment_combo.currentData()
        self.assessment_combo.blockSignals(True)
        self.assessment_combo.clear()
        for item in self.assessments.assessments():
            self.assessment_combo.addItem(self._assessment_label(item), item.id)
        index = self.assessment_combo.findData(current)
        self.assessment_combo.setCurrentIndex(max(index, 0))
        self.assessment_combo.blockSignals(False)
        self._fill_compare()
        return self.assessment_combo.count() > 0

    def _assessment_label(self, item) -> str:
        return self.tr("{title} ({date})").format(
            title=item.title, date=format_date(item.assessed_on)
        )

    def _fill_compare(self) -> None:
        chosen = self.assessment_combo.currentData()
        previous = self.compare_combo.currentData()
        self.compare_combo.clear()
        self.compare_combo.addItem(self.tr("No comparison"), None)
        seen = False
        for item in self.assessments.assessments():  # newest first: earlier ones follow
            if item.id == chosen:
                seen = True
            elif seen:
                self.compare_combo.addItem(self._assessment_label(item), item.id)
        self.compare_combo.setCurrentIndex(max(self.compare_combo.findData(previous), 0))
