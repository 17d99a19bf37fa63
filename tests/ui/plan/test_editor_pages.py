"""The action editor builds its form when the first action is shown, and its "Dates &
milestones" and "Budget" tabs when first opened: until then what is stored and shown must be
exactly what it would be with every tab built."""

from __future__ import annotations

import sqlite3
from datetime import date

from toolbox_desktop.core.plan import MEDIUM, Action, Milestone
from toolbox_desktop.ui.plan import action_model
from toolbox_desktop.ui.plan.action_form import BUDGET_TAB, DATES_TAB

START, END = date(2025, 3, 1), date(2026, 6, 30)
FULL = Action(
    title="Language café",
    start=START,
    end=END,
    phase=MEDIUM,
    milestones=(Milestone("Review", date(2025, 9, 1)),),
    budget_cents=1_250_000,
    spent_cents=300_000,
    currency="CHF",
    budget_line="4.3100 Integration",
    funding_source="amif",
)


def test_an_empty_plan_shows_the_placeholder_and_the_first_action_its_fields(make_plan_page):
    page = make_plan_page()
    editor = page.editor
    assert editor.stack.currentWidget() is editor.placeholder
    action = page.create_action()
    assert editor.action_id == action.id
    assert editor.form.isVisible()
    assert editor.form.title.text() == action.title
    assert editor.form.title.selectedText() == action.title  # ready to type over


def test_a_change_on_the_general_tab_keeps_what_the_other_tabs_hold(make_plan_page, stored):
    page = make_plan_page([FULL])
    form = page.editor.form
    first = stored.actions()[0]
    assert not form.dates_tab.is_built() and not form.budget_tab.is_built()

    form.title.setText("Language café for parents")
    form.title.editingFinished.emit()

    assert stored.action(first.id) == first.with_changes(title="Language café for parents")
    form.tabs.setCurrentIndex(DATES_TAB)  # built now, showing the action as stored
    assert form.start.day() == START and form.end.day() == END
    assert form.phase.currentData() == MEDIUM
    assert form.milestones.model.milestones() == first.milestones
    suggested = page.session.suggested_phase(END)
    assert form.use_phase.isVisibleTo(form) == (suggested != MEDIUM)
    form.tabs.setCurrentIndex(BUDGET_TAB)
    assert form.budget.cents() == 1_250_000 and form.spent.cents() == 300_000
    assert form.currency.currentText() == "CHF"
    assert form.budget_line.text() == "4.3100 Integration"
    assert form.funding.currentData() == "amif"
    assert "3,000.00" in form.budget_summary.text()


def test_a_stored_wrong_date_is_shown_on_its_tab_when_another_field_is_edited(
    make_plan_page, stored, workspace
):
    stored.save_action(FULL)
    with workspace.conn:  # written by an older version, before the rules
        workspace.conn.execute('UPDATE actions SET "end" = ?', ("2025-01-01",))
    page = make_plan_page()
    form = page.editor.form
    form.title.setText("Language café for parents")
    form.title.editingFinished.emit()

    assert stored.actions()[0].title == "Language café"  # not stored: the dates are wrong
    assert form.tabs.tabText(DATES_TAB).startswith("⚠")
    form.tabs.setCurrentIndex(DATES_TAB)
    assert form.problems["end"].isVisible()
    assert form.problems["end"].text() == "The end date is before the start date."


SECOND = Action(title="Homework club", start=date(2025, 4, 1), end=date(2025, 8, 30))


def test_an_action_chosen_before_the_tabs_are_opened_shows_its_own_values(make_plan_page):
    page = make_plan_page([FULL, SECOND])
    first, second = (a.id for a in page.session.actions())
    form = page.editor.form
    page.show_action(second)  # looked at before the "Dates" and "Budget" tabs were opened
    form.tabs.setCurrentIndex(DATES_TAB)
    assert (form.start.day(), form.end.day()) == (SECOND.start, SECOND.end)
    assert form.milestones.model.milestones() == ()
    form.tabs.setCurrentIndex(BUDGET_TAB)
    assert form.budget.text() == "" and form.budget_line.text() == ""
    page.show_action(first)
    assert form.budget.cents() == 1_250_000 and form.budget_line.text() == "4.3100 Integration"


def test_another_window_s_change_on_a_tab_not_opened_is_kept(make_plan_page, stored):
    page = make_plan_page([FULL, SECOND])
    first = page.session.actions()[0]
    form = page.editor.form
    stored.save_action(first.with_changes(end=date(2027, 1, 31), budget_cents=990_000))

    form.title.setText("Language café for parents")  # before this window read their change
    form.title.editingFinished.emit()
    page.session.reload()  # what the window does when it sees the file changed
    form.person.setText("Anna Weber")  # and after
    form.person.editingFinished.emit()

    expected = first.with_changes(
        title="Language café for parents",
        responsible_person="Anna Weber",
        end=date(2027, 1, 31),
        budget_cents=990_000,
    )
    assert stored.action(first.id) == expected
    form.tabs.setCurrentIndex(BUDGET_TAB)
    assert form.budget.cents() == 990_000


def test_a_date_the_file_refused_from_the_table_is_kept_while_its_tab_is_not_opened(
    make_plan_page, stored, monkeypatch
):
    page = make_plan_page([FULL])
    first = page.session.actions()[0]
    repository = page.session.repository
    write = repository.save_action

    def full_disk(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(repository, "save_action", full_disk)
    model = page.table.source_model
    cell = model.index(model.row_of(first.id), action_model.END)
    assert not model.setData(cell, date(2026, 12, 31))  # from the table: the file refuses it
    form = page.editor.form
    assert page.editor.has_unsaved_changes(first.id)  # kept in the editor, not stored
    monkeypatch.setattr(repository, "save_action", write)

    form.title.setText("Language café for parents")
    form.title.editingFinished.emit()

    assert stored.action(first.id) == first.with_changes(
        title="Language café for parents", end=date(2026, 12, 31)
    )
    form.tabs.setCurrentIndex(DATES_TAB)
    assert form.end.day() == date(2026, 12, 31)


def test_a_long_milestone_shows_whole_in_the_editors_width(qtbot):
    """At 1280 x 720 the Dates tab cut "Progress table after the sum…" while its table had
    rows to spare: a milestone wraps, its row as tall as it needs."""
    from datetime import date

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.core.plan import Milestone
    from toolbox_desktop.ui.common.item_text import text_margin
    from toolbox_desktop.ui.plan.milestones import MILESTONE_TITLE, MilestonesEditor

    editor = MilestonesEditor()
    qtbot.addWidget(editor)
    long_title = "Progress table after the summer holidays, published on the town's website"
    editor.model.set_milestones(
        (Milestone("First table", date(2026, 3, 31)), Milestone(long_title, date(2026, 9, 30)))
    )
    editor.resize(330, 240)  # the milestones' room in the action editor at 1280 x 720
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    view = editor.view
    room = view.columnWidth(MILESTONE_TITLE) - 2 * text_margin(view)
    needed = QFontMetricsF(view.font()).boundingRect(
        QRectF(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, long_title
    )
    assert needed.height() > QFontMetricsF(view.font()).height() + 1, "it needs two lines here"
    assert view.rowHeight(1) >= needed.height()
    assert view.rowHeight(0) < view.rowHeight(1), "a short one stays one line high"
