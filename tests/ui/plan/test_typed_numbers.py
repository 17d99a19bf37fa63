"""Numbers typed in the plan are read by the user's locale, the value read is shown back, and
text with two readings is questioned, never stored as one of them (issue 15): "12.500" is
12500 in German and Dutch but could be 12.5 or 12500 in English. And a question about one
action says "1 action"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from toolbox_desktop.core.plan import Action
from toolbox_desktop.ui.plan.action_editor import INDICATORS_TAB
from toolbox_desktop.ui.plan.action_form import BUDGET_TAB
from toolbox_desktop.ui.plan.dialogs import confirm_delete
from toolbox_desktop.ui.plan.indicator_models import VALUE

LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
}


@pytest.fixture
def in_locale(make_plan_page):
    """``make(language)``: a plan page with one action, its editor on the indicators tab, in
    that language's number format (``make_plan_page`` sets English first)."""

    def make(language):
        page = make_plan_page([Action(title="Homework club")])
        QLocale.setDefault(LOCALES[language])
        page.editor.form.tabs.setCurrentIndex(INDICATORS_TAB)
        page.editor.indicators.add_indicator()
        return page

    return make


def type_into(field, text: str) -> None:
    field.setText(text)
    field.editingFinished.emit()


@pytest.mark.parametrize(
    ("language", "typed", "value", "shown"),
    [
        ("de", "12.500", 12500.0, "12.500"),
        ("nl", "12.500", 12500.0, "12.500"),
        ("en", "12,500", 12500.0, "12,500"),
        ("de", "12,5", 12.5, "12,5"),
        ("en", "12.5", 12.5, "12.5"),
        ("nl", "1.234,75", 1234.75, "1.234,75"),
    ],
)
def test_an_indicator_value_is_read_in_the_locale_and_shown_back(
    in_locale, stored, language, typed, value, shown
):
    panel = in_locale(language).editor.indicators
    type_into(panel.target, typed)
    (indicator,) = stored.indicators()
    assert indicator.target == value
    assert panel.target.text() == shown, "the value read, written the locale's way"
    assert not panel.problem.isVisibleTo(panel)


@pytest.mark.parametrize(
    ("language", "typed", "message"),
    [
        (
            "en",
            "12.500",
            "“12.500” could mean 12,500 or 12.5. Write it unambiguously: 12500 or 12.5.",
        ),
        (
            "de",
            "12,500",
            "“12,500” could mean 12.500 or 12,5. Write it unambiguously: 12500 or 12,5.",
        ),
        (
            "nl",
            "12,500",
            "“12,500” could mean 12.500 or 12,5. Write it unambiguously: 12500 or 12,5.",
        ),
    ],
)
def test_an_indicator_value_with_two_readings_is_questioned_not_stored(
    in_locale, stored, language, typed, message
):
    panel = in_locale(language).editor.indicators
    type_into(panel.baseline, typed)
    assert stored.indicators()[0].baseline is None, "neither reading is stored"
    assert panel.problem.text() == message
    assert panel.baseline.text() == typed, "what was typed stays, to be corrected"
    model = panel.measurement_model
    panel.baseline.setText("")
    panel.add_measurement()
    assert not model.setData(model.index(0, VALUE), typed)
    assert panel.problem.text() == message
    assert stored.indicators()[0].measurements[0].value == 0.0


def test_a_number_too_large_for_any_chart_is_refused_and_the_chart_still_draws(in_locale, stored):
    page = in_locale("en")
    panel = page.editor.indicators
    type_into(panel.target, "9" * 400)
    assert stored.indicators()[0].target is None
    assert "is implausibly large; check the number of digits." in panel.problem.text()
    chart = panel.chart
    chart._indicator = stored.indicators()[0].__class__(
        **{**stored.indicators()[0].__dict__, "target": float("inf")}
    )
    assert chart.ticks()[0] == 0.0  # an infinite value from an older file is left out
    chart.grab()  # paints without an error


def test_a_value_shown_with_three_decimals_is_not_questioned_when_left_as_shown(in_locale, stored):
    panel = in_locale("en").editor.indicators
    type_into(panel.baseline, "0.125")
    type_into(panel.target, "12.125")  # typed: ambiguous
    assert stored.indicators()[0].target is None
    type_into(panel.target, "12.1250")  # four digits: only a decimal reading
    assert stored.indicators()[0].target == 12.125
    assert panel.target.text() == "12.125"
    type_into(panel.name, "Children")  # stores every field: the shown "12.125" stays valid
    assert not panel.problem.isVisibleTo(panel)
    assert stored.indicators()[0].name == "Children"


@pytest.mark.parametrize(
    ("language", "typed", "cents", "shown"),
    [("de", "12.500", 1_250_000, "12.500,00"), ("nl", "12.500", 1_250_000, "12.500,00")],
)
def test_a_budget_is_read_in_the_locale_and_shown_back(
    make_plan_page, stored, language, typed, cents, shown
):
    page = make_plan_page([Action(title="Language café")])
    QLocale.setDefault(LOCALES[language])
    form = page.editor.form
    form.tabs.setCurrentIndex(BUDGET_TAB)
    type_into(form.budget, typed)
    assert stored.actions()[0].budget_cents == cents
    assert form.budget.text() == shown


def test_a_budget_of_12_500_in_english_is_questioned(make_plan_page, stored):
    page = make_plan_page([Action(title="Language café")])
    form = page.editor.form
    form.tabs.setCurrentIndex(BUDGET_TAB)
    type_into(form.budget, "12.500")
    assert stored.actions()[0].budget_cents is None
    assert form.problems["budget_cents"].text() == (
        "“12.500” could mean 12,500.00 or 12.50. Write it unambiguously: 12500 or 12.50."
    )


@pytest.mark.parametrize(("count", "question"), [(1, "Delete 1 action?"), (3, "Delete 3 actions?")])
def test_the_delete_question_counts_in_words_that_fit(qapp, count, question):
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append((box.windowTitle(), box.text()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert not confirm_delete(None, [f"Action {n}" for n in range(count)])
    assert seen == [("Delete action" if count == 1 else "Delete actions", question)]
