"""The main window's frame: the areas list, the status bar, and content that is broken or
hostile (a content pack is a text file anyone can edit)."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from ui_helpers import shown_text

from pack_helpers import SHIPPED_VERSION
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.storage.content_repository import SyncResult
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.ui.library.search_model import HTML_ROLE
from toolbox_desktop.ui.main_window import MainWindow

AREAS = ["Library", "Assessment", "Action plan", "Reports"]
HOSTILE = '<b>bold</b> & <img src="x">'


def show(qtbot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_action(window: MainWindow, menu_title: str, action_title: str):
    for menu_action in window.menuBar().actions():
        if menu_action.text() == menu_title:
            for action in menu_action.menu().actions():
                if action.text() == action_title:
                    return action
    raise AssertionError(f"no {menu_title} > {action_title}")


# -- navigation frame ------------------------------------------------------------------------
def test_navigation_lists_the_areas_with_only_the_library_enabled(main_window):
    model = main_window.navigation.model()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == AREAS
    enabled = [
        bool(model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled)
        for row in range(model.rowCount())
    ]
    assert enabled == [True, False, False, False]
    for row in (1, 2, 3):
        assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == (
            "Arrives in a later version of the app"
        )
    assert main_window.navigation.currentIndex().data() == "Library"
    assert main_window.pages.currentWidget() is main_window.library
    assert main_window.library.isVisible()


def test_a_future_area_cannot_be_selected(main_window):
    navigation = main_window.navigation
    navigation.selectionModel().setCurrentIndex(
        navigation.model().index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert main_window.pages.currentWidget() is main_window.library
    assert main_window.library.isVisible()


def test_title_and_status_bar_name_the_database_and_content(main_window, workspace):
    assert workspace.path.name in main_window.windowTitle()
    assert main_window.content_label.text() == f"Content: whole-comm {SHIPPED_VERSION}"
    assert main_window.content_label.isVisible()
    assert str(workspace.path) in main_window.file_label.full_text
    assert main_window.file_label.isVisible()


def test_menus_offer_find_and_no_problems_when_the_pack_is_fine(main_window):
    assert menu_action(main_window, "&Edit", "&Find…").shortcut().toString() == "Ctrl+F"
    assert not menu_action(main_window, "&Help", "Content pack &problems…").isEnabled()


def test_find_from_the_menu_focuses_the_search_box(main_window, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    menu_action(main_window, "&Edit", "&Find…").trigger()
    assert main_window.library.search_edit.hasFocus()


# -- bad content -----------------------------------------------------------------------------
@pytest.fixture
def broken_pack(pack_copy):
    """The pack with a colon missing on line 30 of practices.txt ("country: Germany")."""
    path = pack_copy / "practices.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[29] == "country: Germany"
    lines[29] = "country Germany"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = load_pack(pack_copy)
    assert not result.ok
    return SyncResult(pack_copy, "whole-comm", "failed", problems=result.problems)


@pytest.fixture
def empty_window(qtbot, ui_state, db_path, broken_pack):
    return show(qtbot, MainWindow(Content(), ui_state, db_path, [broken_pack]))


def test_without_content_the_library_says_so(empty_window):
    library = empty_window.library
    assert shown_text(library).startswith("No content loaded")
    assert "The content pack could not be loaded" in shown_text(library)
    assert library.tree.model().rowCount() == 0
    assert library.practices.count_label.text() == "0 of 0 practices shown"
    assert empty_window.content_label.text() == "No content loaded"
    library.search_edit.setText("rosslau")
    assert library.result_label.text() == "No matches. Try fewer or shorter words."
    library.search_edit.setText("")
    assert shown_text(library).startswith("No content loaded")


def test_pack_problems_name_the_file_and_line(empty_window, qtbot):
    assert menu_action(empty_window, "&Help", "Content pack &problems…").isEnabled()
    empty_window.show_pack_problems()
    qtbot.waitUntil(lambda: bool(empty_window.findChildren(QMessageBox)))
    box = empty_window.findChildren(QMessageBox)[-1]
    try:
        qtbot.waitUntil(box.isVisible)
        assert box.windowTitle() == "Content pack has errors"
        assert "No content could be loaded, so the library is empty." in box.text()
        details = box.detailedText()
        assert "practices.txt:30" in details
        assert "neither 'field: value'" in details
        assert "whole-comm" in details.splitlines()[0]
    finally:
        box.close()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_pack_problems_from_the_help_menu_with_earlier_content_kept(
    qtbot, ui_state, db_path, pack_copy
):
    # A first run loads the good pack; then someone breaks it.
    open_workspace(db_path, pack_copy.parent).close()
    path = pack_copy / "benchmarks.txt"
    path.write_text(
        path.read_text(encoding="utf-8") + "\ncode: gov.strategic-planning.9\n", encoding="utf-8"
    )
    workspace = open_workspace(db_path, pack_copy.parent)
    try:
        assert workspace.failed_packs
        window = show(
            qtbot, MainWindow(workspace.content, ui_state, db_path, workspace.failed_packs)
        )
        assert window.library.tree.model().rowCount() == 5
        menu_action(window, "&Help", "Content pack &problems…").trigger()
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
        box = window.findChildren(QMessageBox)[-1]
        try:
            assert "The app goes on with the content it loaded before." in box.text()
            assert "benchmarks.txt:" in box.detailedText()
            assert "required field 'title' is missing" in box.detailedText()
        finally:
            box.close()
    finally:
        workspace.close()


# -- escaping --------------------------------------------------------------------------------
@pytest.fixture
def hostile_window(qtbot, ui_state, tmp_path, pack_copy):
    """The pack with HTML in a benchmark's text, loaded into a new database."""
    path = pack_copy / "benchmarks.txt"
    text = path.read_text(encoding="utf-8")
    original = "text: Agree on a clear vision of integration"
    assert text.count(original) == 1
    path.write_text(
        text.replace(original, f"text: {HOSTILE} Agree on a clear vision of integration"),
        encoding="utf-8",
    )
    workspace = open_workspace(tmp_path / "hostile.sqlite3", pack_copy.parent)
    assert not workspace.failed_packs
    window = show(qtbot, MainWindow(workspace.content, ui_state, workspace.path))
    yield window
    window.close()
    workspace.close()


def test_html_in_content_is_shown_literally(hostile_window):
    library = hostile_window.library
    library.select_code("gov.strategic-planning.1")
    assert f"{HOSTILE} Agree on a clear vision of integration" in shown_text(library)
    html = library.detail.toHtml()
    assert "<img" not in html
    assert "&lt;img" in html
    # "bold" is not drawn bold: the tags are text, not markup.
    document = library.detail.document()
    position = document.toPlainText().index("bold</b>")
    cursor = library.detail.textCursor()
    cursor.setPosition(position + 1)
    assert cursor.charFormat().fontWeight() < 600


def as_qt_shows(text: str) -> str:
    """The text a label or tool tip shows for ``text``: Qt guesses whether it is HTML."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return " ".join(document.toPlainText().split())


def test_html_in_content_is_literal_in_search_results(hostile_window):
    library = hostile_window.library
    library.search_edit.setText("img")
    assert library.result_label.text() == "1 match"
    html = library.results.model().index(0, 0).data(HTML_ROLE)
    assert "<img" not in html
    assert HOSTILE in as_qt_shows(html)
    assert "<img" not in library.detail.toHtml()
    assert f"{HOSTILE} Agree" in shown_text(library)


def test_html_in_content_is_literal_in_the_tree_tool_tip(hostile_window):
    library = hostile_window.library
    library.select_code("gov.strategic-planning.1")
    tooltip = library.tree.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip
    assert as_qt_shows(tooltip).startswith(f"{HOSTILE} Agree on a clear vision of integration")


def test_practice_tool_tip_is_its_summary_as_text(main_window):
    table = main_window.library.practices.table
    tooltip = table.model().index(9, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert as_qt_shows(tooltip).startswith(
        "The Diversity Café began in 2016 as a local civil society initiative"
    )
