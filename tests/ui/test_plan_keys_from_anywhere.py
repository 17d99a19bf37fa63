"""Ctrl+N makes a new action from anywhere in the window (File > New action), its title ready
to type; Ctrl+F finds in the area shown: the plan's "Find actions" there, the library's
search elsewhere (it always went to the library, even from the plan's table)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.main_window import LIBRARY_ROW, PLAN_ROW


def press(window, key) -> None:
    QTest.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_in_the_library_opens_the_plan_with_a_new_action_to_type(window, qtbot, workspace):
    window.show_area(LIBRARY_ROW)
    before = len(PlanRepository(workspace.conn).actions())

    press(window, Qt.Key.Key_N)

    assert window.navigation.currentIndex().row() == PLAN_ROW
    assert len(PlanRepository(workspace.conn).actions()) == before + 1
    title = window.plan_area.page.editor.form.title
    qtbot.waitUntil(title.hasFocus)
    assert title.selectedText() == title.text() != ""  # typing replaces it
    assert "Ctrl+N" in window.new_action_action.shortcut().toString()


def test_ctrl_f_in_the_plan_finds_actions_and_in_the_library_searches_content(
    window, qtbot, workspace
):
    PlanRepository(workspace.conn).save_action(Action(title="Sprachcafé"))
    window.show_area(PLAN_ROW)
    window.plan_area.page.table.setFocus()
    window.plan_area.page.filters.text.setText("café")

    press(window, Qt.Key.Key_F)
    find = window.plan_area.page.filters.text
    qtbot.waitUntil(find.hasFocus)
    assert find.selectedText() == "café"  # typed over by the next search

    window.show_area(LIBRARY_ROW)
    press(window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: window.library.search_edit.hasFocus())


def test_an_action_opened_from_another_area_has_the_keyboard_in_the_table(window, qtbot, workspace):
    action = PlanRepository(workspace.conn).save_action(Action(title="Welcome walk"))
    window.show_area(LIBRARY_ROW)
    window.library.focus_search()

    window.open_action(action.id)  # as "Open in the action plan" under a quick win does

    table = window.plan_area.page.table
    qtbot.waitUntil(table.hasFocus)
    assert table.current_action_id() == action.id
