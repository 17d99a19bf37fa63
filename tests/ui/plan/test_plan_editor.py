"""The action editor: fields stored when their editing finishes, wrong values explained under
the field and never stored, and what the user typed never lost."""

from __future__ import annotations

from datetime import date

import pytest
from plan_helpers import cell
from PySide6.QtCore import QLocale, Qt, QTimer

from toolbox_desktop.core.plan import LONG, MEDIUM, SHORT, Action, Milestone
from toolbox_desktop.ui.plan import action_model
from toolbox_desktop.ui.plan.action_form import BUDGET_TAB, DATES_TAB
from toolbox_desktop.ui.plan.milestones import MILESTONE_DONE, MILESTONE_DUE, MILESTONE_TITLE
from toolbox_desktop.ui.plan.money import MoneyTextError, format_amount, format_money, parse_money

START, END = date(2025, 3, 1), date(2025, 12, 31)


@pytest.fixture
def page(make_plan_page):
    return make_plan_page(
        [
            Action(title="Language café", start=START, end=END),
            Action(title="Welcome guide", start=START, end=END, budget_cents=500_000),
        ]
    )


def finish(field) -> None:
    """As if the user pressed Enter or left the field."""
    (getattr(field, "edited", None) and field.edited.emit()) or field.editingFinished.emit()


def test_an_end_before_the_start_is_explained_and_nothing_is_stored(page, stored, plan_stack):
    editor = page.editor
    form = editor.form
    first = stored.actions()[0]
    assert editor.action_id == first.id

    form.end.set_text("2/1/2025")
    finish(form.end)

    assert stored.action(first.id) == first
    assert plan_stack.count() == 0
    assert form.problems["end"].text() == "The end date is before the start date."
    assert form.tabs.tabText(1).startswith("⚠")
    assert editor.banner.isVisibleTo(editor)
    assert editor.banner_label.text() == (
        "Not saved yet: The end date is before the start date. "
        "Your input is kept until you correct it."
    )

    form.end.set_text("2026-02-01")
    finish(form.end)
    assert stored.action(first.id).end == date(2026, 2, 1)
    assert form.problems["end"].text() == ""
    assert not form.tabs.tabText(1).startswith("⚠")
    assert not editor.banner.isVisibleTo(editor)
    assert form.end.text() == "2/1/2026", "shown again the way the locale writes dates"
    assert plan_stack.count() == 1


def test_a_year_typed_by_mistake_is_refused(page, stored):
    form = page.editor.form
    first = stored.actions()[0]
    form.start.set_text("3/1/1025")
    finish(form.start)
    assert form.problems["start"].text() == (
        "The year 1025 looks like a typing slip: use a year between 1990 and 2100."
    )
    assert stored.action(first.id).start == START


def test_money_is_typed_as_people_write_it_and_stored_in_cents(page, stored, plan_stack):
    form = page.editor.form
    form.tabs.setCurrentIndex(BUDGET_TAB)
    first = stored.actions()[0]
    form.budget.setText("12 500,50")
    finish(form.budget)
    assert stored.action(first.id).budget_cents == 1_250_050
    assert form.budget.text() == "12,500.50"
    assert cell(page.table.proxy, 0, action_model.BUDGET) == "€12,500.50"  # as on Budget tab

    form.spent.setText("-20")
    finish(form.spent)
    assert form.problems["spent_cents"].text() == "An amount of money cannot be negative."
    assert stored.action(first.id).spent_cents is None
    form.spent.setText("2,000,000,000,000")
    finish(form.spent)
    assert form.problems["spent_cents"].text() == (
        "The amount is implausibly large; check the number of digits."
    )
    form.spent.setText("a lot")
    finish(form.spent)
    assert form.problems["spent_cents"].text() == (
        "“a lot” is not an amount of money. Type it like 12,500.50."
    )
    assert form.spent.text() == "a lot", "what was typed stays"
    form.spent.setText("EUR 3,000.5")
    finish(form.spent)
    assert stored.action(first.id).spent_cents == 300_050
    assert form.budget_summary.text() == "Spent €3,000.50 of €12,500.50 (24 %)."
    assert plan_stack.count() == 2


def test_an_amount_in_another_currency_is_refused_until_the_currency_is_changed(page, stored):
    """ "CHF 12" typed for an action in euros was kept as 12 euros."""
    form = page.editor.form
    form.tabs.setCurrentIndex(BUDGET_TAB)
    first = stored.actions()[0]
    form.budget.setText("CHF 1,200")
    finish(form.budget)
    assert form.problems["budget_cents"].text() == (
        "“CHF 1,200” is in another currency than EUR, the currency of these amounts. "
        "Type it in EUR, or change the currency first."
    )
    assert stored.action(first.id).budget_cents is None
    assert form.budget.text() == "CHF 1,200", "what was typed stays"

    form.budget_page().currency.setCurrentText("CHF")
    form.budget_page().currency.lineEdit().editingFinished.emit()
    assert form.problems["budget_cents"].text() == ""
    kept = stored.action(first.id)
    assert (kept.currency, kept.budget_cents) == ("CHF", 120_000)


@pytest.mark.parametrize(
    ("text", "language", "cents"),
    [
        ("12 500,50", QLocale.Language.German, 1_250_050),
        ("12.500,50", QLocale.Language.German, 1_250_050),
        ("12.500", QLocale.Language.German, 1_250_000),
        ("12,5", QLocale.Language.German, 1_250),
        ("12,500.50", QLocale.Language.English, 1_250_050),
        ("12,500", QLocale.Language.English, 1_250_000),
        ("12.5", QLocale.Language.English, 1_250),
        ("1.234.567,89 €", QLocale.Language.German, 123_456_789),
        ("12\u202f500,50", QLocale.Language.French, 1_250_050),
        ("-40", QLocale.Language.English, -4_000),
        ("", QLocale.Language.English, None),
    ],
)
def test_amounts_are_read_the_locale_s_way(text, language, cents):
    assert parse_money(text, QLocale(language)) == cents


def test_an_amount_that_could_mean_two_values_is_refused():
    # "12,500" in German used to be stored silently as 12,50 €: now the user is asked.
    with pytest.raises(MoneyTextError) as raised:
        parse_money("12,500", QLocale(QLocale.Language.German))
    assert "12500 or 12,50" in raised.value.message
    with pytest.raises(MoneyTextError):
        parse_money("12.500", QLocale(QLocale.Language.English))


@pytest.mark.parametrize("text", ["12,345.678", "twelve", "12-5", "1.2.3,4,5", "€"])
def test_text_that_is_no_amount_says_how_to_type_one(text):
    with pytest.raises(MoneyTextError) as raised:
        parse_money(text, QLocale(QLocale.Language.English))
    assert raised.value.message.startswith(f"“{text}”")


def test_amounts_are_shown_exactly_with_the_locale_s_separators():
    german = QLocale(QLocale.Language.German)
    assert format_amount(1_250_050, german) == "12.500,50"
    assert format_money(123_456_789_012_345, "EUR", german) == "1.234.567.890.123,45\xa0€"
    assert format_amount(-5, QLocale(QLocale.Language.English)) == "-0.05"


def test_typed_input_survives_looking_at_another_action(page, stored):
    editor = page.editor
    first, second = stored.actions()
    editor.form.end.set_text("1/1/2020")
    finish(editor.form.end)
    editor.form.title.setText("Language café for parents")
    finish(editor.form.title)
    assert stored.action(first.id).title == "Language café", "the action is not stored half"

    page.table.select_action(second.id)
    assert editor.form.title.text() == "Welcome guide"
    assert not editor.banner.isVisibleTo(editor)

    page.table.select_action(first.id)
    assert editor.form.title.text() == "Language café for parents"
    assert editor.form.end.text() == "1/1/2020"
    assert editor.form.problems["end"].text() == "The end date is before the start date."
    assert editor.discard_button.isVisibleTo(editor)
    editor.discard()
    assert editor.form.title.text() == "Language café"
    assert editor.form.end.text() == "12/31/2025"
    assert not editor.banner.isVisibleTo(editor)


def test_the_phase_follows_the_end_date_unless_chosen(page, stored):
    form = page.editor.form
    first = stored.actions()[0]
    assert first.phase == SHORT
    form.end.set_text("2027-01-31")  # 20 months after "today" (2025-06-01)
    finish(form.end)
    assert stored.action(first.id).phase == MEDIUM
    assert form.phase.currentData() == MEDIUM
    assert form.phase_hint.text() == (
        "Suggested from the end date: Medium term (1-3\u00a0years)"
    ), "the span in brackets never broken over two lines"

    form.tabs.setCurrentIndex(DATES_TAB)
    form.phase.setCurrentIndex(form.phase.findData(LONG))  # the user knows better
    form.phase.activated.emit(form.phase.currentIndex())
    assert stored.action(first.id).phase == LONG
    assert form.use_phase.isVisibleTo(form)
    form.end.set_text("2025-09-30")
    finish(form.end)
    assert stored.action(first.id).phase == LONG, "a chosen phase stays"
    form.use_phase.click()
    assert stored.action(first.id).phase == SHORT


def test_milestones_are_added_edited_ticked_and_removed(page, stored, plan_stack):
    form = page.editor.form
    first = stored.actions()[0]
    model = form.milestones.model
    form.milestones.add_milestone()
    form.milestones.view.closePersistentEditor(model.index(0, MILESTONE_TITLE))
    assert stored.action(first.id).milestones == (Milestone("New milestone"),)
    assert model.setData(model.index(0, MILESTONE_TITLE), "Rooms booked")
    assert model.setData(model.index(0, MILESTONE_DUE), "4/15/2025")
    assert model.setData(
        model.index(0, MILESTONE_DONE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert stored.action(first.id).milestones == (
        Milestone("Rooms booked", date(2025, 4, 15), True),
    )
    assert not model.setData(model.index(0, MILESTONE_DUE), "soon")
    assert form.problems["milestones"].text().startswith("“soon” is not a date.")
    assert model.setData(model.index(0, MILESTONE_DUE), "2025-04-15")
    form.milestones.add_milestone()
    booked = Milestone("Rooms booked", date(2025, 4, 15), True)
    assert stored.action(first.id).milestones == (booked, Milestone("New milestone"))
    assert model.setData(model.index(1, MILESTONE_DUE), "4/1/1025")
    assert form.problems["milestones"].text() == (
        "The year 1025 looks like a typing slip: use a year between 1990 and 2100."
    )
    assert stored.action(first.id).milestones[1].due is None, "the wrong date is not stored"
    assert model.index(1, MILESTONE_DUE).data() == "4/1/1025", "but it stays on screen"
    form.milestones.view.setCurrentIndex(model.index(1, 0))
    form.milestones.remove_current()
    assert stored.action(first.id).milestones == (booked,)
    assert form.problems["milestones"].text() == ""
    plan_stack.undo()
    assert stored.action(first.id).milestones == (booked, Milestone("New milestone"))
    assert [model.index(r, MILESTONE_TITLE).data() for r in range(2)] == [
        "Rooms booked",
        "New milestone",
    ]


def test_any_unicode_quotes_semicolons_and_newlines_are_kept(page, stored):
    form = page.editor.form
    first = stored.actions()[0]
    title = "Café «Begegnung»; \"Treff\" — مقهى اللغة 'Ünal'"
    description = 'Zeile 1; DROP TABLE actions;\n"Zeile" 2 — Пётр\n\n€ 5 000'
    form.title.setText(title)
    finish(form.title)
    form.description.setPlainText(description)
    form.description.setFocus()
    page.editor.flush()
    form.partner_names.setText("Caritas; „VHS“")
    finish(form.partner_names)
    action = stored.action(first.id)
    assert (action.title, action.description, action.partner_names) == (
        title,
        description,
        "Caritas; „VHS“",
    )
    assert cell(page.table.proxy, 0, action_model.TITLE) == title


def test_an_empty_title_is_refused(page, stored):
    form = page.editor.form
    first = stored.actions()[0]
    form.title.setText("   ")
    finish(form.title)
    assert form.problems["title"].text() == "An action needs a title."
    assert stored.action(first.id).title == "Language café"


def test_tab_moves_from_date_to_date_and_alt_down_opens_the_calendar(page, qtbot):
    """Tab went Start, its calendar button, Start... for ever: the phase, the milestones and
    everything after the dates were out of the keyboard's reach."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    form = page.editor.form
    form.tabs.setCurrentIndex(form.tabs.indexOf(form.dates_tab))
    dates = form.dates_page()
    dates.start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dates.start.line)
    QTest.keyClick(dates.start.line, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dates.end.line
    QTest.keyClick(dates.end.line, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (dates.end.line, dates.end.button, dates.start.line)
    QTest.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget() is dates.end.line

    # The labels' Alt+letters reach the dates' typing lines.
    QTest.keyClick(dates.end.line, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dates.start.line
    QTest.keyClick(dates.start.line, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dates.end.line

    shown = []
    dates.end.button.menu().aboutToShow.connect(lambda: shown.append(True))
    QTimer.singleShot(0, lambda: dates.end.button.menu().hide())
    QTest.keyClick(dates.end.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown == [True]
