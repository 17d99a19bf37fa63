"""The council proposal and the advocacy letters in the window: ticking the proposal's actions
(on the Reports page, or from the Plan area's selection) and making it; the letters'
addressees edited, stored as typed and undone; and the message when there is nothing to write."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from reports_ui_helpers import BUILD_TIMEOUT_MS, answer_save_dialog, pdf_text, save_and_wait

from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE, Profile, Rating
from toolbox_desktop.core.plan import DONE, DROPPED, Action
from toolbox_desktop.services.reports import LETTERS, PROPOSAL
from toolbox_desktop.storage.advocacy_addressees import (
    OTHER,
    Addressee,
    AdvocacyAddresseeRepository,
)
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.main_window import MainWindow
from toolbox_desktop.ui.reports import build_job
from toolbox_desktop.ui.reports.reports_page import ReportsPage
from toolbox_desktop.ui.window.rows import REPORTS_ROW

TITLES = ("Welcome desk", "Language café", "Job mentoring")


@pytest.fixture
def plan(workspace):
    AssessmentRepository(workspace.conn).save_profile(Profile(name="Lindenau"))
    repository = PlanRepository(workspace.conn)
    return [repository.save_action(Action(title=title)) for title in TITLES]


@pytest.fixture
def page(workspace, qtbot):
    stack = QUndoStack()
    page = ReportsPage(workspace.conn, workspace.content, undo_stack=stack)
    page.undo_stack = stack  # kept alive with the page
    qtbot.addWidget(page)
    page.show()
    yield page
    assert build_job.wait_for_all(BUILD_TIMEOUT_MS)
    QApplication.processEvents()


def _ticked(page) -> list[str]:
    items = [page.action_picker.list.item(row) for row in range(page.action_picker.list.count())]
    return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]


def test_the_ticked_actions_make_the_proposal(plan, page, qtbot, monkeypatch, tmp_path):
    page.choose(PROPOSAL)
    assert page.action_picker.isVisible() and not page.addressee_editor.isVisible()
    assert _ticked(page) == list(TITLES)  # every action, until the user unticks one
    page.action_picker.none_button.click()
    assert page.choices().actions == ()
    page.action_picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    page.action_picker.list.item(2).setCheckState(Qt.CheckState.Checked)
    assert page.action_picker.count_label.text() == "2 actions chosen"
    assert page.choices().actions == (plan[0].id, plan[2].id)
    target = tmp_path / "proposal.pdf"
    answer_save_dialog(monkeypatch, target)
    save_and_wait(qtbot, page, target)
    text = pdf_text(target)
    assert "Council proposal" in text and "Lindenau" in text
    assert "Welcome desk" in text and "Job mentoring" in text
    assert "Language café" not in text


def test_done_and_dropped_actions_are_listed_but_not_ticked(workspace, plan, page, qtbot):
    repository = PlanRepository(workspace.conn)
    repository.save_action(replace(plan[0], status=DONE), plan[0])
    repository.save_action(replace(plan[2], status=DROPPED), plan[2])
    page.choose(PROPOSAL)
    items = [page.action_picker.list.item(row) for row in range(page.action_picker.list.count())]
    assert [item.text() for item in items] == [
        "Welcome desk (Done)",
        "Language café",
        "Job mentoring (Dropped)",
    ]
    assert _ticked(page) == ["Language café"]
    assert page.choices().actions == (plan[1].id,)
    sports = repository.save_action(Action(title="Sports club"))  # a new open action joins
    page.action_picker.reload()
    assert _ticked(page) == ["Language café", "Sports club"]
    page.action_picker.list.item(0).setCheckState(Qt.CheckState.Checked)  # the user's choice
    assert page.choices().actions == (plan[0].id, plan[1].id, sports.id)
    page.action_picker.all_button.click()
    assert len(_ticked(page)) == 4


def test_no_action_ticked_is_told_not_made(plan, page, monkeypatch, tmp_path):
    page.choose(PROPOSAL)
    page.action_picker.none_button.click()
    answer_save_dialog(monkeypatch, tmp_path / "proposal.pdf")
    page.save_button.click()
    assert "No action is chosen" in page.status_label.text()
    assert not (tmp_path / "proposal.pdf").exists()


def test_the_plans_selection_opens_the_proposal_of_those_actions(plan, workspace, ui_state, qtbot):
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.show()
    window.open_action(plan[1].id)
    table = window.plan_area.page.table
    table.selectAll()
    table.selectionModel().select(
        table.proxy.index(0, 0), table.selectionModel().SelectionFlag.Deselect
    )
    chosen = table.selected_ids()
    assert len(chosen) == 2
    table._context_menu(table.visualRect(table.proxy.index(1, 0)).center())
    [entry] = [a for a in table._menu.actions() if "Council proposal" in a.text()]
    entry.trigger()
    assert window.navigation.currentIndex().row() == REPORTS_ROW
    page = window.reports_page
    assert page.kind() == PROPOSAL
    assert page.choices().actions == tuple(a.id for a in plan if a.id in chosen)


@pytest.fixture
def outside(workspace):
    assessments = AssessmentRepository(workspace.conn)
    assessment = assessments.create("Spring", "2026-04-01")
    code = next(b.code for b in workspace.content.benchmarks if b.dimension == "hou")
    assessments.save_rating(assessment.id, Rating(code, exclusion=OUTSIDE_COMPETENCE))
    return code


def test_an_addressee_is_stored_as_typed_and_undone(workspace, outside, page, qtbot):
    page.refresh()
    page.choose(LETTERS)
    editor = page.addressee_editor
    assert editor.isVisible()
    repository = AdvocacyAddresseeRepository(workspace.conn)
    editor.dimension_combo.setCurrentIndex(editor.dimension_combo.findData("hou"))
    editor.level_combo.setCurrentIndex(editor.level_combo.findData("state"))
    qtbot.keyClicks(editor.name_edit, "Ministry of Housing")
    editor.address_edit.setPlainText("Main Street 1\n10115 Capital")
    editor.save_now()
    stored = Addressee("hou", "state", "Ministry of Housing", "Main Street 1\n10115 Capital")
    assert repository.addressee("hou") == stored
    qtbot.keyClicks(editor.sender_edit, "Mia")
    editor.dimension_combo.setCurrentIndex(editor.dimension_combo.findData(OTHER))  # stores
    assert repository.addressee("hou").sender_name == "Mia"
    assert editor.name_edit.text() == ""  # "Other dimensions" has none yet

    stack = page.undo_stack
    assert stack.count() == 1  # typing in one dimension is one step
    stack.undo()
    assert repository.addressees() == {}
    assert editor.dimension() == "hou" and editor.name_edit.text() == ""
    stack.redo()
    assert repository.addressee("hou").name == "Ministry of Housing"
    assert editor.name_edit.text() == "Ministry of Housing"


def test_letters_with_nothing_outside_our_competence_say_so(workspace, page, monkeypatch, tmp_path):
    assessments = AssessmentRepository(workspace.conn)
    assessment = assessments.create("Spring", "2026-04-01")
    assessments.save_rating(assessment.id, Rating(workspace.content.benchmarks[0].code, level=2))
    page.refresh()
    page.choose(LETTERS)
    answer_save_dialog(monkeypatch, tmp_path / "letters.pdf")
    page.save_button.click()
    assert page.status_label.text().startswith(
        "No benchmark is marked “outside our competence” in the assessment “Spring”"
    )
    assert not (tmp_path / "letters.pdf").exists()
