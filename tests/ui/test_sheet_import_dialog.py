"""Import actions from a spreadsheet in the window: mapping with a preview, nothing written
until Import, one Ctrl+Z takes the whole import back."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from sheet_helpers import export_plan, seed_plan
from toolbox_desktop.exchange.sheets.reading import read_spreadsheet
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.main_window import MainWindow
from toolbox_desktop.ui.plan.sheet_import_dialog import SheetImportDialog
from toolbox_desktop.ui.window.rows import PLAN_ROW


def office_file(tmp_path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "office.xlsx"
    book.save(path)
    return path


@pytest.fixture
def main_window(qtbot, workspace, ui_state):
    """The window on the workspace's own connection, with every area."""
    window = MainWindow(
        workspace.content, ui_state, workspace.path, workspace.failed_packs, conn=workspace.conn
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def plan_session(main_window):
    main_window._ensure_area(PLAN_ROW)
    main_window.show_area(PLAN_ROW)
    return main_window.plan_area.session


def test_import_shows_the_mapping_and_writes_only_on_import(main_window, qtbot, tmp_path):
    path = office_file(
        tmp_path,
        [
            ["Maßnahme", "Frist", "Kosten", "Irgendwas"],
            ["Sprachcafé", "31.12.2026", "1.250,50", "x"],
            ["Lotsen", "2026-02-30", "", "y"],
        ],
    )
    session = plan_session(main_window)
    dialog = SheetImportDialog(session, read_spreadsheet(path), main_window.state, main_window)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {0: "title", 1: "end", 2: "budget_cents"}
    assert dialog.table.item(1, 3).text() == "12/31/2026"
    assert dialog.summary.text() == "1 new action, 0 updated, 0 unchanged, 1 row left out"
    assert dialog.left_out.item(0).text().startswith("Row 3: Frist: “2026-02-30” is not a date")
    assert PlanRepository(main_window.conn).actions() == []

    dialog.set_field(3, "responsible_person")
    assert dialog.mapping()[3] == "responsible_person"
    dialog.accept()
    [action] = PlanRepository(main_window.conn).actions()
    assert (action.title, action.budget_cents, action.responsible_person) == (
        "Sprachcafé",
        125050,
        "x",
    )
    assert [a.title for a in session.actions()] == ["Sprachcafé"]

    again = SheetImportDialog(session, read_spreadsheet(path), main_window.state, main_window)
    qtbot.addWidget(again)
    assert again.mapping()[3] == "responsible_person"  # remembered for these headers


def test_one_undo_takes_the_whole_import_back(main_window, workspace, qtbot, tmp_path):
    stored = seed_plan(main_window.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(row=3, column=1, value="Welcome desk, renamed")
    sheet.append(["Brand new"])
    sheet.append(["Another new one"])
    book.save(path)

    session = plan_session(main_window)
    session.reload()
    dialog = SheetImportDialog(session, read_spreadsheet(path), main_window.state, main_window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "2 new actions, 1 updated, 2 unchanged, 0 rows left out"
    steps = main_window.undo_stack.count()
    dialog.accept()
    assert main_window.undo_stack.count() == steps + 1
    titles = [a.title for a in PlanRepository(main_window.conn).actions()]
    assert titles == [
        stored[0].title,
        "Welcome desk, renamed",
        "Just a title",
        "Brand new",
        "Another new one",
    ]

    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert PlanRepository(main_window.conn).actions() == stored
    assert [a.title for a in session.actions()] == [a.title for a in stored]

    main_window.undo_stack.redo()
    titles = [a.title for a in PlanRepository(main_window.conn).actions()]
    assert titles[1:] == ["Welcome desk, renamed", "Just a title", "Brand new", "Another new one"]


def test_an_import_changed_by_another_window_meanwhile_is_shown_again_first(
    main_window, workspace, qtbot, tmp_path
):
    """The user confirmed "1 updated"; another window then deleted that action, so the row
    would now add it again: nothing is written until the user has seen that and confirms."""
    stored = seed_plan(main_window.conn)
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    book.worksheets[0].cell(row=3, column=1, value="Welcome desk, renamed")
    book.save(path)
    session = plan_session(main_window)
    session.reload()
    dialog = SheetImportDialog(session, read_spreadsheet(path), main_window.state, main_window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "0 new actions, 1 updated, 2 unchanged, 0 rows left out"

    PlanRepository(main_window.conn).delete_actions([stored[1].id])  # the other window
    dialog.accept()

    assert dialog.imported is None and dialog.result() != dialog.DialogCode.Accepted
    assert "changed in another window" in dialog.summary.text()
    assert "1 new action, 0 updated" in dialog.summary.text()
    assert len(PlanRepository(main_window.conn).actions()) == 2
    dialog.accept()  # confirmed with the new summary in view
    titles = [a.title for a in PlanRepository(main_window.conn).actions()]
    assert titles == [stored[0].title, "Just a title", "Welcome desk, renamed"]


def test_the_file_menu_imports_and_says_why_a_file_cannot_be_read(
    main_window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(locked), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: told.append(text))
    assert main_window.import_sheet_action.isEnabled()
    main_window.import_sheet_action.trigger()
    assert len(told) == 1 and "protected by a password" in told[0]
    assert main_window.pages.currentWidget() is main_window.plan_area
    assert PlanRepository(main_window.conn).actions() == []


def test_the_indicators_are_imported_and_undone_in_the_same_step(
    main_window, workspace, qtbot, tmp_path
):
    seed_plan(main_window.conn)
    repository = PlanRepository(main_window.conn)
    before = repository.indicators()
    path = export_plan(workspace, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Indicators"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=3, column=headers.index("Value") + 1, value=41)
    uid = sheet.cell(row=2, column=1).value
    sheet.append([uid, "", "Volunteers", "people", None, 8])
    book.save(path)
    session = plan_session(main_window)
    session.reload()
    dialog = SheetImportDialog(session, read_spreadsheet(path), main_window.state, main_window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "0 new actions, 1 updated, 2 unchanged, 0 rows left out, 2 indicators added or updated"
    )
    steps = main_window.undo_stack.count()
    dialog.accept()
    assert main_window.undo_stack.count() == steps + 1
    visitors, volunteers = repository.indicators()
    assert [m.value for m in visitors.measurements] == [25.0, 41.0]
    assert volunteers.name == "Volunteers" and volunteers.action_id == visitors.action_id

    main_window.undo_stack.undo()
    assert repository.indicators() == before
    main_window.undo_stack.redo()
    assert repository.indicators() == [visitors, volunteers]
