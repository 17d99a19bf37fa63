"""English on a computer of another country writes and reads dates and numbers as that country
does (``core.format_locale``): a Swede sees and types 2026-12-07 and "12 500,50", an Italian
07/12/2026, where English as such would show 12/7/2026 and "12,500.50"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from toolbox_desktop.core.plan import Action
from toolbox_desktop.ui.common import language
from toolbox_desktop.ui.plan.action_form import BUDGET_TAB, DATES_TAB

NBSP = "\u00a0"


@pytest.fixture
def english_on(monkeypatch):
    """``english_on("sv_SE")``: the window's English formats on a computer set to that locale
    (the locale ``apply_language("en")`` makes the default); the locale is put back after."""
    previous = QLocale()

    def set_up(system: str) -> QLocale:
        monkeypatch.setattr(language, "system_locale_name", lambda: system)
        QLocale.setDefault(language.locale_for("en"))
        return QLocale()

    yield set_up
    QLocale.setDefault(previous)


def finish(field) -> None:
    (getattr(field, "edited", None) and field.edited.emit()) or field.editingFinished.emit()


def test_english_on_a_swedish_computer_shows_iso_dates_and_swedish_signs(
    make_plan_page, stored, english_on
):
    locale = english_on("sv_SE")
    assert locale.name() == "en_SE"
    assert (locale.decimalPoint(), locale.groupSeparator()) == (",", NBSP)
    page = make_plan_page(
        [Action(title="Language café", end=date(2026, 12, 7), budget_cents=1_250_050)]
    )
    form = page.editor.form
    form.tabs.setCurrentIndex(DATES_TAB)
    assert form.end.text() == "2026-12-07"
    form.tabs.setCurrentIndex(BUDGET_TAB)
    assert form.budget.text() == f"12{NBSP}500,50"
    form.budget.setText("13 400,5")  # as a Swede types it, with a plain space
    form.budget.editingFinished.emit()
    assert stored.actions()[0].budget_cents == 1_340_050
    assert form.budget.text() == f"13{NBSP}400,50"
    form.tabs.setCurrentIndex(DATES_TAB)
    form.end.set_text("2027-01-31")
    finish(form.end)
    assert stored.actions()[0].end == date(2027, 1, 31)
    assert form.end.text() == "2027-01-31"


def test_english_on_an_italian_computer_writes_the_day_first(make_plan_page, stored, english_on):
    locale = english_on("it_IT")
    assert locale.name() == "en_IT"
    page = make_plan_page([Action(title="Language café", end=date(2026, 12, 7))])
    form = page.editor.form
    form.tabs.setCurrentIndex(DATES_TAB)
    assert form.end.text() == "07/12/2026"  # 7 December, not 12 July
    form.end.set_text("05/01/2027")
    finish(form.end)
    assert stored.actions()[0].end == date(2027, 1, 5)
    assert form.end.text() == "05/01/2027"
    form.tabs.setCurrentIndex(BUDGET_TAB)
    form.budget.setText("12.500,50")
    form.budget.editingFinished.emit()
    assert stored.actions()[0].budget_cents == 1_250_050
    assert form.budget.text() == "12.500,50"


@pytest.mark.parametrize(
    ("system", "shown"),
    [("en_GB", "en_GB"), ("de_AT", "en_AT"), ("el_GR", "en_150"), ("C", "C"), ("en_US", "en_US")],
)
def test_english_elsewhere_follows_the_country_or_europe(english_on, system, shown):
    assert english_on(system).name() == shown


def test_german_keeps_the_austrian_computer_and_is_german_on_a_swedish_one(monkeypatch):
    monkeypatch.setattr(language, "system_locale_name", lambda: "de_AT")
    assert language.locale_for("de").name() == "de_AT"
    monkeypatch.setattr(language, "system_locale_name", lambda: "sv_SE")
    assert language.locale_for("de").name() == "de_DE"
