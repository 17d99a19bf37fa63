"""A quick win goes into the action plan with a click: the action is pre-filled and linked,
the quick win's page says it is in the plan, Undo takes it out again, and the page follows
every change of the plan (a delete, another window). The action editor shows where an action
came from, also when the guide no longer has it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.core.plan import SHORT, Action
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.main_window import LIBRARY_ROW, PLAN_ROW
from toolbox_desktop.ui.plan.plan_area import TABLE_TAB

TRAIN = "qw.train-frontline-staff"
TRAIN_TITLE = "Train police officers, teachers and healthcare providers"
NOT_YET = "This quick win is not in your action plan yet."


@pytest.fixture
def bar(window):
    window.show_area(LIBRARY_ROW)
    window.library.select_code(TRAIN)
    return window.library.plan_bar


@pytest.fixture
def answers(monkeypatch):
    """The answers to "Add it again?", in turn; records the questions."""
    asked: list[str] = []
    replies: list[QMessageBox.StandardButton] = []

    def question(_parent, _title, text, *_rest):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, replies


def test_the_page_offers_to_add_a_quick_win_not_in_the_plan(bar):
    assert bar.isVisible()
    assert bar.status.text() == NOT_YET
    assert bar.add_button.text() == "&Add to plan"
    assert not bar.open_button.isVisible()


def test_the_bar_shows_only_on_a_quick_win(window, bar):
    window.library.select_code("eng.a.1")
    assert not bar.isVisible()
    window.library.select_code("qw.internships")
    assert bar.isVisible()


def test_add_to_plan_stores_an_action_filled_from_the_quick_win(window, bar, stored, workspace):
    bar.add_button.click()
    [action] = stored.actions()
    item = workspace.content.guide_item(TRAIN)
    assert action == Action(
        id=action.id,
        title=TRAIN_TITLE,
        description=item.text,
        dimension="gov",
        partners=("schools", "health-services"),
        phase=SHORT,
        guide_item=TRAIN,
        milestones=action.milestones,
    )
    # ... and the page says so, with a way to open it
    assert bar.status.text() == f"In the plan: “{TRAIN_TITLE}”"
    assert bar.add_button.text() == "&Add to plan again…"
    assert bar.open_button.isVisible()
    assert window.pages.currentWidget() is window.library  # the user stays where they were
    assert window.undo_stack.undoText() == f"Create action “{TRAIN_TITLE}”"


def test_funding_comes_with_the_quick_win(window, stored):
    window.library.select_code("qw.eu-funding")
    window.library.plan_bar.add_button.click()
    [action] = stored.actions()
    assert action.funding_source == "amif" and action.guide_item == "qw.eu-funding"


def test_open_in_the_action_plan_shows_the_action_in_its_editor(window, bar, stored):
    bar.add_button.click()
    [action] = stored.actions()
    bar.open_button.click()
    assert window.pages.currentWidget() is window.plan_area
    assert window.plan_area.tabs.currentIndex() == TABLE_TAB
    editor = window.plan_area.page.editor
    assert editor.action_id == action.id
    assert editor.form.title.text() == TRAIN_TITLE


def test_adding_it_again_asks_first(bar, stored, answers):
    asked, replies = answers
    bar.add_button.click()
    replies.append(QMessageBox.StandardButton.No)
    bar.add_button.click()
    assert asked == [
        f"“{TRAIN_TITLE}” is already in your action plan. Add it again as another action?"
    ]
    assert len(stored.actions()) == 1
    replies.append(QMessageBox.StandardButton.Yes)
    bar.add_button.click()
    assert [a.guide_item for a in stored.actions()] == [TRAIN, TRAIN]
    assert bar.status.text() == f"In the plan: “{TRAIN_TITLE}”, “{TRAIN_TITLE}”"
    assert bar.open_button.menu() is not None
    assert len(bar.open_button.menu().actions()) == 2


def test_undo_takes_the_action_out_and_the_page_follows(window, bar, stored):
    bar.add_button.click()
    assert len(stored.actions()) == 1
    window.undo_stack.undo()
    assert stored.actions() == []
    assert bar.status.text() == NOT_YET
    assert bar.add_button.text() == "&Add to plan"
    window.undo_stack.redo()
    assert len(stored.actions()) == 1
    assert bar.status.text() == f"In the plan: “{TRAIN_TITLE}”"


def test_undo_from_the_edit_menu_of_the_plan_area(window, bar, stored):
    bar.add_button.click()
    window.show_area(PLAN_ROW)
    undo = next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu().actions()[0]
    assert undo.isEnabled() and TRAIN_TITLE in undo.text()
    undo.trigger()
    assert stored.actions() == []
    window.show_area(LIBRARY_ROW)
    assert bar.status.text() == NOT_YET


def test_a_deleted_action_is_no_longer_shown_as_in_the_plan(window, bar, stored):
    bar.add_button.click()
    [action] = stored.actions()
    window.plan_area.session.delete_actions([action.id])
    assert bar.status.text() == NOT_YET


def test_another_window_adding_or_deleting_it_is_followed(window, bar, workspace):
    other = connect(workspace.path)
    try:
        repository = PlanRepository(other)
        added = repository.save_action(Action(title="Trained staff", guide_item=TRAIN))
        assert window.poller.check()
        assert bar.status.text() == "In the plan: “Trained staff”"
        repository.delete_actions([added.id])
        assert window.poller.check()
        assert bar.status.text() == NOT_YET
    finally:
        other.close()


def test_a_change_while_the_library_is_hidden_shows_when_it_is_back(window, bar, workspace):
    window.show_area(PLAN_ROW)
    other = connect(workspace.path)
    try:
        PlanRepository(other).save_action(Action(title="Trained staff", guide_item=TRAIN))
    finally:
        other.close()
    window.poller.check()
    window.show_area(LIBRARY_ROW)
    assert bar.status.text() == "In the plan: “Trained staff”"


def test_the_action_editor_says_which_quick_win_it_came_from(window, bar, stored):
    bar.add_button.click()
    bar.open_button.click()
    origin = window.plan_area.page.editor.form.origin
    assert origin.isVisible()
    assert origin.label.text() == f"From the leaders' guide: {TRAIN_TITLE}"
    origin.show_button.click()
    assert window.pages.currentWidget() is window.library
    assert window.library.current_code == TRAIN
    assert window.library.guidance.currentIndex().data() == TRAIN_TITLE


def test_an_action_without_a_quick_win_shows_no_origin(window, workspace):
    action = PlanRepository(workspace.conn).save_action(Action(title="Language café"))
    window.open_action(action.id)
    assert not window.plan_area.page.editor.form.origin.isVisible()


def test_a_quick_win_a_content_update_removed_keeps_its_action(window, workspace, stored):
    action = PlanRepository(workspace.conn).save_action(
        Action(title="Old measure", guide_item="qw.removed-long-ago")
    )
    window.open_action(action.id)
    editor = window.plan_area.page.editor
    origin = editor.form.origin
    assert origin.isVisible()
    assert origin.label.text() == (
        "This action came from a quick win that is no longer in the guide."
    )
    assert not origin.show_button.isVisible()
    # the action keeps working
    editor.form.title.setText("Old measure, kept")
    editor.form.title.editingFinished.emit()
    assert stored.action(action.id).title == "Old measure, kept"
    assert stored.action(action.id).guide_item == "qw.removed-long-ago"


def test_after_the_window_is_built_again_the_page_still_follows_the_plan(window, bar, stored):
    """A language switch builds every area again; the plan's session and undo steps stay."""
    bar.add_button.click()
    window.show_area(PLAN_ROW)
    window.show_area(LIBRARY_ROW)
    window.rebuild_in_language()
    library = window.library
    assert library.current_code == TRAIN
    new_bar = library.plan_bar
    assert new_bar is not bar and new_bar.isVisible()
    assert new_bar.status.text() == f"In the plan: “{TRAIN_TITLE}”"
    window.undo_stack.undo()
    assert stored.actions() == []
    assert new_bar.status.text() == NOT_YET


def test_a_change_read_only_by_the_assessment_yet_shows_on_the_quick_win(window, workspace, stored):
    """The assessment read the plan (for its rating screen) without building the plan area;
    another window then adds the quick win: its page, opened afterwards, says it is in the
    plan (and does not offer to add it as if it were not)."""
    from toolbox_desktop.storage.assessment_repository import AssessmentRepository
    from toolbox_desktop.ui.main_window import ASSESSMENT_ROW

    AssessmentRepository(workspace.conn).create("Review 2026", "2026-03-01")
    window.show_area(ASSESSMENT_ROW)
    assert window.plan_area is None
    window.show_area(LIBRARY_ROW)
    window.library.select_code("eng.a.1")
    stored.save_action(Action(title="Trained staff", guide_item=TRAIN))
    assert window.poller.check()
    window.library.select_code(TRAIN)
    assert window.library.plan_bar.status.text() == "In the plan: “Trained staff”"
