"""Filtering the table: by dimension, status, phase, owner, overdue, and by text typed without
caring about case or accents; with 10,000 actions (its speed: ``benchmarks/plan_scale.py``);
a filter follows edits, new and deleted actions, and the day."""

from __future__ import annotations

from datetime import date

from plan_helpers import TODAY, column_texts
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from ui_helpers import type_text

from toolbox_desktop.core.plan import DONE, IN_PROGRESS, PLANNED, Action, Milestone
from toolbox_desktop.ui.plan.action_filter import ActionFilter, ActionFilterProxy
from toolbox_desktop.ui.plan.action_model import TITLE, ActionTableModel
from toolbox_desktop.ui.plan.session import PlanSession


def titles(page) -> list[str]:
    return column_texts(page.table.proxy, TITLE)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_filters_by_dimension_status_phase_and_owner(plan_page, workspace):
    filters = plan_page.filters
    everything = titles(plan_page)
    assert len(everything) == 40
    assert filters.count_label.text() == "40 actions"

    choose(filters.dimension, "edu")
    shown = plan_page.session.actions()
    expected = [a.title for a in shown if a.dimension == "edu"]
    assert titles(plan_page) == expected and len(expected) == 8
    assert filters.count_label.text() == "8 of 40"

    choose(filters.status, IN_PROGRESS)
    expected = [a.title for a in shown if a.dimension == "edu" and a.status == IN_PROGRESS]
    assert titles(plan_page) == expected and expected

    filters.clear()
    choose(filters.phase, "long")
    assert titles(plan_page) == [a.title for a in shown if a.phase == "long"]

    filters.clear()
    choose(filters.owner, "Olena Kovalenko")
    expected = [a.title for a in shown if a.responsible_person == "Olena Kovalenko"]
    assert titles(plan_page) == expected and len(expected) == 8
    choose(filters.owner, "Mayor")  # a role is an owner too
    assert titles(plan_page) == expected

    filters.clear()
    assert titles(plan_page) == everything
    assert not filters.clear_button.isEnabled()


def test_overdue_only_shows_late_open_actions(make_plan_page):
    page = make_plan_page(
        [
            Action(title="Ended, open", end=date(2025, 3, 1), status=IN_PROGRESS),
            Action(title="Ended, done", end=date(2025, 3, 1), status=DONE),
            Action(title="Runs on", end=date(2026, 3, 1), status=PLANNED),
            Action(
                title="Milestone missed",
                end=date(2026, 3, 1),
                milestones=(Milestone("Room booked", date(2025, 5, 1)),),
            ),
        ]
    )
    assert date(2025, 6, 1) == TODAY
    page.filters.overdue.setChecked(True)
    assert titles(page) == ["Ended, open", "Milestone missed"]
    page.filters.overdue.setChecked(False)
    assert len(titles(page)) == 4


def test_text_finds_words_without_case_or_accents(make_plan_page, qtbot):
    page = make_plan_page(
        [
            Action(title="Sprachcafé im Bürgerhaus Roßlau"),
            Action(title="Homework club", description="Mit der Schule in ROSSLAU"),
            Action(title="Welcome guide", responsible_person="Mehmet Yılmaz"),
            Action(title="Women's swimming", partner_names="Verein „Wasser“; Caritas"),
        ]
    )
    text = page.filters.text
    text.setText("Roßlau")
    assert titles(page) == ["Sprachcafé im Bürgerhaus Roßlau", "Homework club"]
    text.setText("rosslau sprachcafe")  # every word must match
    assert titles(page) == ["Sprachcafé im Bürgerhaus Roßlau"]
    text.setText("yilmaz")
    assert titles(page) == ["Welcome guide"]
    text.setText("caritas")
    assert titles(page) == ["Women's swimming"]
    text.setText("nowhere")
    assert titles(page) == []
    assert page.no_match_label.isVisibleTo(page)

    text.clear()
    text.setFocus()
    type_text(text, "bürgerhaus")  # typed key by key, as a user with an umlaut key does
    assert text.text() == "bürgerhaus"
    assert titles(page) == ["Sprachcafé im Bürgerhaus Roßlau"]
    assert not page.no_match_label.isVisibleTo(page)


def test_selecting_a_hidden_action_clears_the_filters(plan_page):
    hidden = plan_page.session.actions()[1]  # dimension emp
    choose(plan_page.filters.dimension, "gov")
    assert hidden.title not in titles(plan_page)
    plan_page.session.select_action(hidden.id)
    assert plan_page.table.current_action_id() == hidden.id
    assert plan_page.filters.current_filter() == ActionFilter()
    assert plan_page.editor.form.title.text() == hidden.title


class MemoryRepository:
    """Just enough of PlanRepository to hand the session actions built here."""

    def __init__(self, actions):
        self._actions = actions

    def actions(self):
        return list(self._actions)


def test_ten_thousand_actions_are_filtered_by_text(workspace, us_locale):
    words = ["Sprachkurs für Geflüchtete", "Jobcenter Beratung", "Wohnungssuche Roßlau"]
    actions = [
        Action(
            id=n + 1,
            title=f"{words[n % 3]} {n}",
            description="Gemeinsam mit der Volkshochschule und dem Ehrenamt; Ziel: 40 Plätze.",
            responsible_person=f"Person {n % 50}",
            dimension="gov",
            end=date(2026, 1, 1 + n % 28),
        )
        for n in range(10_000)
    ]
    session = PlanSession(MemoryRepository(actions), workspace.content, QUndoStack())
    session.today = lambda: TODAY
    model = ActionTableModel(session)
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 10_000

    proxy.set_filter(ActionFilter(text="ROSSLAU"))
    assert proxy.rowCount() == 3333
    assert proxy.index(0, TITLE).data() == "Wohnungssuche Roßlau 2"
    proxy.set_filter(ActionFilter(text="gefluchtete 99"))
    assert proxy.rowCount() == len([n for n in range(0, 10_000, 3) if "99" in str(n)])
    proxy.set_filter(ActionFilter(text="jobcenter", status="idea"))
    assert proxy.rowCount() == 3333
    proxy.set_filter(ActionFilter(text="jobcenter", status="done"))
    assert proxy.rowCount() == 0
    proxy.set_filter(ActionFilter())
    assert proxy.rowCount() == 10_000


def test_the_filter_follows_edits_new_actions_sorting_and_the_day(make_plan_page):
    page = make_plan_page(
        [
            Action(title="Language café", end=date(2025, 5, 1), status=PLANNED),
            Action(title="Welcome desk", end=date(2025, 7, 1), status=PLANNED),
        ]
    )
    session = page.session
    page.filters.text.setText("café")
    assert titles(page) == ["Language café"]
    desk = next(a for a in session.actions() if a.title == "Welcome desk")
    session.save_action(desk.with_changes(title="Welcome café"), "title")
    assert titles(page) == ["Language café", "Welcome café"]  # now it matches
    session.create_action(Action(title="Café for parents"))
    assert sorted(titles(page)) == ["Café for parents", "Language café", "Welcome café"]
    page.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(page) == ["Welcome café", "Language café", "Café for parents"]
    cafe = next(a for a in session.actions() if a.title == "Language café")
    session.save_action(cafe.with_changes(title="Language lessons"), "title")
    assert titles(page) == ["Welcome café", "Café for parents"]  # no longer matches

    page.filters.text.clear()
    page.table.proxy.set_filter(ActionFilter(overdue_only=True))
    assert titles(page) == ["Language lessons"]  # ended on 1 May; the day is 1 June
    session.today = lambda: date(2025, 7, 15)
    proxy = page.table.proxy
    proxy.beginFilterChange()  # the rows asked about again, as a refresh of the table does
    proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    assert titles(page) == ["Welcome café", "Language lessons"]


def test_reading_the_plan_again_works_the_filter_out_once_not_once_per_row(
    make_plan_page, monkeypatch
):
    """Another window's change reloads every action; with a filter on, the answers must be
    worked out once for the whole reload (once per row made it quadratic: half a minute with
    10,000 actions), and the rows shown must follow the fresh data."""
    page = make_plan_page([Action(title=f"Club {n}", status=PLANNED) for n in range(300)])
    proxy = page.table.proxy
    proxy.set_filter(ActionFilter(text="club", status=PLANNED))
    assert proxy.rowCount() == 300
    calls = []
    real = ActionFilterProxy._answer_all
    monkeypatch.setattr(
        ActionFilterProxy,
        "_answer_all",
        lambda self, model: calls.append(1) or real(self, model),
    )
    page.session.reload()
    assert len(calls) <= 2
    assert proxy.rowCount() == 300
