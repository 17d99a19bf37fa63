"""Help where the user is (issue 15, point 6): F1 opens a short text for the area shown,
Help -> Keyboard shortcuts lists every key, and a new file shows the three first steps, each
a button that takes the user there, hidden for good once dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget

from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.window.rows import LIBRARY_ROW, PLAN_ROW


def open_window(workspace, ui_state, qtbot):
    from toolbox_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_f1_opens_the_help_of_the_area_shown(workspace, ui_state, qtbot):
    window = open_window(workspace, ui_state, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area(PLAN_ROW)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Help: The action plan"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Timeline: the actions on a calendar" in texts
    dialog.close()
    window.show_area(LIBRARY_ROW)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_dialog.windowTitle() == "Help: The library"
    window.help_dialog.close()


def test_keyboard_shortcuts_lists_the_menus_keys_and_the_screens(main_window):
    main_window.shortcuts_action.trigger()
    table = main_window.shortcuts_dialog.findChild(QTableWidget)
    rows = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert rows["Ctrl+3"] == "Go › Action plan"  # read from the menu's own action
    assert rows["F5"] == "Go › Present on a projector"
    assert rows["Ctrl+F"] == "Edit › Find"
    assert rows["F1"] == "Help › Help for this area"
    assert len(rows) == table.rowCount()  # each key once
    assert "Alt+0 … Alt+4" in rows  # the rating screen's keys, which no menu holds
    main_window.shortcuts_dialog.close()


def test_a_new_file_shows_the_first_steps_and_each_takes_the_user_there(
    workspace, ui_state, qtbot, monkeypatch
):
    window = open_window(workspace, ui_state, qtbot)
    strip = window.getting_started
    assert strip.isVisible()
    assert [button.text() for button in strip.buttons.values()] == [
        "1. Describe your municipality",
        "2. Start the first assessment",
        "3. Plan the first action",
    ]
    opened: list[str] = []

    def fill_in(_page, dialog: QDialog) -> bool:
        opened.append(type(dialog).__name__)
        if type(dialog).__name__ == "ProfileDialog":
            dialog.name.setText("Lindenau")
            return True
        return False

    from toolbox_desktop.ui.assessment.assessment_page import AssessmentPage

    monkeypatch.setattr(AssessmentPage, "open_dialog", fill_in)  # a user filling it in
    strip.buttons["profile"].click()  # builds the assessment area, then opens its dialog
    strip.buttons["assessment"].click()
    assert opened[-2:] == ["ProfileDialog", "AssessmentDialog"]
    assert strip.buttons["profile"].text() == "✓ 1. Describe your municipality (done)"
    assert strip.buttons["assessment"].text() == "2. Start the first assessment"

    strip.buttons["action"].click()
    assert window.pages.currentWidget() is window.plan_area
    assert len(window.plan_area.session.actions()) == 1
    assert strip.buttons["action"].text().startswith("✓")

    strip.close_button.click()
    assert not strip.isVisible()
    assert ui_state.number(UiState.GETTING_STARTED_DONE) == 1
    window.close()
    assert not open_window(workspace, ui_state, qtbot).getting_started.isVisible()


def test_the_first_steps_are_not_offered_on_a_file_with_work_in_it(workspace, ui_state, qtbot):
    window = open_window(workspace, ui_state, qtbot)
    window.show_area(PLAN_ROW)
    window.plan_area.page.create_action()
    window.close()
    again = open_window(workspace, ui_state, qtbot)
    assert not again.getting_started.isVisible()
    again.getting_started_action.trigger()  # Help -> Getting started: shown again
    assert again.getting_started.isVisible()
