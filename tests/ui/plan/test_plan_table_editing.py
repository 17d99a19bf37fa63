"""Editing in the table: a cell with F2 and the keyboard, many rows at once, deleting; every
change is stored at once and is one step of Undo."""

from __future__ import annotations

from datetime import date

from plan_helpers import TODAY, cell, column_texts, row_of_title
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from toolbox_desktop.core.plan import DONE, IN_PROGRESS, PLANNED, Action
from toolbox_desktop.ui.plan import action_model, dialogs
from toolbox_desktop.ui.plan.action_model import END, OWNER, PROGRESS, STATUS, TITLE


def open_editor(qtbot, table, row: int, column: int):
    """Select a cell and press F2, as a user does; returns the cell's editor."""
    index = table.proxy.index(row, column)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    assert editor is not None, "F2 opens an editor in the cell"
    return editor


def press_enter(qtbot, table, widget) -> None:
    """Enter finishes the edit (the view commits it on its next turn of the event loop)."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_a_title_typed_in_the_cell_is_stored_and_undone(plan_page, stored, plan_stack, qtbot):
    table = plan_page.table
    action_id = table.proxy.index(2, TITLE).data(action_model.ID_ROLE)
    before = stored.action(action_id)

    editor = open_editor(qtbot, table, 2, TITLE)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, 'Welcome desk; "open" on Mondays')
    press_enter(qtbot, table, editor)

    assert stored.action(action_id).title == 'Welcome desk; "open" on Mondays'
    assert cell(table.proxy, 2, TITLE) == 'Welcome desk; "open" on Mondays'
    assert plan_stack.count() == 1
    assert plan_stack.undoText() == 'Rename “Welcome desk; "open" on Mondays”'
    plan_stack.undo()
    assert stored.action(action_id) == before
    assert cell(table.proxy, 2, TITLE) == before.title
    plan_stack.redo()
    assert stored.action(action_id).title == 'Welcome desk; "open" on Mondays'


def test_status_progress_and_owner_are_edited_in_place(plan_page, stored, plan_stack, qtbot):
    table = plan_page.table
    action_id = table.proxy.index(0, TITLE).data(action_model.ID_ROLE)
    assert stored.action(action_id).status == "idea"

    combo = open_editor(qtbot, table, 0, STATUS)
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Idea -> Planned, stored at once
    assert stored.action(action_id).status == PLANNED
    assert cell(table.proxy, 0, STATUS) == "Planned"

    spin = open_editor(qtbot, table, 0, PROGRESS)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "65")
    press_enter(qtbot, table, spin)
    assert stored.action(action_id).progress == 65
    assert cell(table.proxy, 0, PROGRESS) == "65 %"

    owner = open_editor(qtbot, table, 0, OWNER)
    qtbot.keyClicks(owner.role, "Integration office")
    owner.person.clear()
    qtbot.keyClicks(owner.person, "Jean-Luc Dubois")
    press_enter(qtbot, table, owner.person)
    action = stored.action(action_id)
    assert (action.responsible_role, action.responsible_person) == (
        "Integration office",
        "Jean-Luc Dubois",
    )
    assert cell(table.proxy, 0, OWNER) == "Integration office – Jean-Luc Dubois"
    assert plan_stack.count() == 3
    plan_stack.undo()
    plan_stack.undo()
    plan_stack.undo()
    assert stored.action(action_id).status == "idea"
    assert stored.action(action_id).progress == 0


def test_an_end_date_before_the_start_is_refused_with_a_message_and_kept(
    plan_page, stored, plan_stack, qtbot
):
    table = plan_page.table
    action_id = table.proxy.index(1, TITLE).data(action_model.ID_ROLE)
    before = stored.action(action_id)
    typed = "1/5/2024"  # before its start in 2024-11

    editor = open_editor(qtbot, table, 1, END)
    qtbot.keyClicks(editor, typed)
    press_enter(qtbot, table, editor)

    assert stored.action(action_id) == before, "nothing stored"
    assert plan_stack.count() == 0
    assert plan_page.notice.isVisibleTo(plan_page)
    assert plan_page.notice.text() == "The end date is before the start date."
    # The typed date is not lost: the editor shows it, with the message under the field.
    form = plan_page.editor.form
    assert plan_page.editor.action_id == action_id
    assert form.end.text() == typed
    assert form.problems["end"].text() == "The end date is before the start date."
    assert form.problems["end"].isVisibleTo(form)

    form.start.set_text("12/1/2023")  # fixing the other date stores both
    form.start.edited.emit()
    action = stored.action(action_id)
    assert (action.start, action.end) == (date(2023, 12, 1), date(2024, 1, 5))
    assert not form.problems["end"].isVisibleTo(form)


def test_text_that_is_no_date_is_refused_in_the_cell(plan_page, stored, qtbot):
    table = plan_page.table
    action_id = table.proxy.index(0, TITLE).data(action_model.ID_ROLE)
    editor = open_editor(qtbot, table, 0, END)
    qtbot.keyClicks(editor, "next spring")
    press_enter(qtbot, table, editor)
    assert stored.action(action_id).end is not None
    assert plan_page.notice.text().startswith("“next spring” is not a date. Type it like")
    form = plan_page.editor.form  # what was typed is kept, to be corrected in the editor
    assert form.end.text() == "next spring"
    assert form.problems["end"].text().startswith("“next spring” is not a date.")


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    centre = table.visualRect(table.proxy.index(row, TITLE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def test_three_selected_rows_change_status_in_one_undo_step(plan_page, stored, plan_stack, qtbot):
    table = plan_page.table
    click_row(qtbot, table, 0)
    click_row(qtbot, table, 3, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, table, 5, Qt.KeyboardModifier.ControlModifier)
    ids = table.selected_ids()
    assert len(ids) == 3
    before = {i: stored.action(i).status for i in ids}
    assert set(before.values()) != {DONE}

    table._context_menu(table.visualRect(table.proxy.index(5, TITLE)).center())
    status_menu = table._menu.actions()[0].menu()
    assert table._menu.actions()[0].text() == "Set &status of 3 actions"
    done = next(a for a in status_menu.actions() if a.text() == "Done")
    done.trigger()
    table._menu.close()

    assert {stored.action(i).status for i in ids} == {DONE}
    assert [cell(table.proxy, r, STATUS) for r in (0, 3, 5)] == ["Done"] * 3
    assert plan_stack.count() == 1
    assert plan_stack.undoText() == "Change status of 3 actions"
    plan_stack.undo()
    assert {i: stored.action(i).status for i in ids} == before
    plan_stack.redo()
    assert {stored.action(i).status for i in ids} == {DONE}


def test_the_owner_of_many_rows_is_set_through_the_dialog(
    plan_page, stored, plan_stack, monkeypatch
):
    table = plan_page.table
    table.select_rows([1, 2])
    ids = table.selected_ids()
    monkeypatch.setattr(dialogs, "ask_owner", lambda *_a: ("Mayor", "Ana Lisboa"))
    assert table.ask_owner_of_selected()
    assert {
        (stored.action(i).responsible_role, stored.action(i).responsible_person) for i in ids
    } == {("Mayor", "Ana Lisboa")}
    assert plan_stack.count() == 1
    monkeypatch.setattr(dialogs, "ask_owner", lambda *_a: None)  # cancelled: nothing changes
    assert not table.ask_owner_of_selected()
    assert plan_stack.count() == 1


def test_delete_asks_then_deletes_and_undo_brings_the_actions_back(
    plan_page, stored, plan_stack, no_questions, monkeypatch, qtbot
):
    table = plan_page.table
    titles = [cell(table.proxy, r, TITLE) for r in (4, 6)]
    table.select_rows([4, 6])
    ids = table.selected_ids()
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_Delete)

    assert no_questions == [titles]
    assert [a.id for a in stored.actions() if a.id in ids] == []
    assert len(stored.actions()) == 38
    assert table.proxy.rowCount() == 38
    assert all(t not in column_texts(table.proxy, TITLE) for t in titles)
    plan_stack.undo()
    assert sorted(a.id for a in stored.actions() if a.id in ids) == sorted(ids)
    assert table.proxy.rowCount() == 40
    assert [cell(table.proxy, r, TITLE) for r in (4, 6)] == titles, "back in their place"

    monkeypatch.setattr(dialogs, "confirm_delete", lambda *_a: False)  # "Cancel"
    table.select_rows([0])
    assert not table.delete_selected()
    assert len(stored.actions()) == 40


def test_delete_acts_on_the_action_shown_after_the_keyboard_moved_away(
    plan_page, stored, no_questions, qtbot
):
    """Down, Down, Ctrl+End, Delete: the editor showed the last action while the question
    named the old selected one, which "Yes" would have deleted. And after a delete, Delete
    again did nothing (the next action was shown but not selected)."""
    table = plan_page.table
    table.select_rows([2])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    shown = plan_page.editor.action_id
    assert shown == table.current_action_id() != stored.actions()[2].id
    title = stored.action(shown).title
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert no_questions == [[title]], "the question names the action on screen"
    assert shown not in [a.id for a in stored.actions()]
    assert len(stored.actions()) == 39, "and only that one is deleted"
    next_shown = plan_page.editor.action_id
    next_title = stored.action(next_shown).title
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert no_questions[-1] == [next_title]
    assert next_shown not in [a.id for a in stored.actions()]


def test_rows_chosen_with_ctrl_click_stay_the_selection(plan_page, qtbot):
    """Ctrl+clicking a row out of a selection makes it the current row: the selection is
    still the rows chosen, not that row."""
    table = plan_page.table
    table.select_rows([1, 2, 3])
    chosen = table.selected_ids()
    ctrl = QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(table.proxy.index(2, 0), ctrl)  # as Ctrl+click
    assert table.selected_ids() == [chosen[0], chosen[2]]


def test_a_new_action_is_stored_and_ready_to_rename(plan_page, stored, plan_stack, qtbot):
    """What File > New action (Ctrl+N, from anywhere: tests/ui/test_plan_keys_from_anywhere)
    does in the plan."""
    plan_page.table.setFocus()
    plan_page.create_action()
    assert len(stored.actions()) == 41
    new = stored.actions()[-1]
    assert new.title == "New action"
    assert plan_page.table.current_action_id() == new.id
    title = plan_page.editor.form.title
    assert title.text() == "New action" and title.selectedText() == "New action"
    title.setText("Info evening for landlords")
    title.editingFinished.emit()
    assert stored.action(new.id).title == "Info evening for landlords"
    assert plan_stack.count() == 2
    plan_stack.undo()
    plan_stack.undo()
    assert len(stored.actions()) == 40


def test_overdue_actions_are_marked_in_red_with_a_reason(make_plan_page, stored):
    late = Action(
        title="Late one", start=date(2025, 1, 1), end=date(2025, 5, 1), status=IN_PROGRESS
    )
    finished = late.with_changes(title="Finished one", status=DONE)
    page = make_plan_page([late, finished])
    model = page.table.proxy
    row = row_of_title(model, "Late one")
    assert cell(model, row, action_model.OVERDUE) == "Overdue"
    assert cell(model, row, action_model.OVERDUE, Qt.ItemDataRole.ToolTipRole) == (
        "Ended on 5/1/2025 and is not done: update its status or its dates."
    )
    colour = cell(model, row, END, Qt.ItemDataRole.ForegroundRole).color()
    assert colour == action_model.OVERDUE_COLOR
    assert cell(model, row, action_model.OVERDUE, Qt.ItemDataRole.DecorationRole) is not None
    done_row = row_of_title(model, "Finished one")
    assert cell(model, done_row, action_model.OVERDUE) == ""
    assert cell(model, done_row, END, Qt.ItemDataRole.ForegroundRole) is None
    assert late.end < TODAY


def test_sorting_by_a_column_keeps_empty_dates_last(make_plan_page):
    actions = [
        Action(title="B", end=date(2026, 3, 1)),
        Action(title="A"),
        Action(title="C", end=date(2025, 9, 1)),
    ]
    page = make_plan_page(actions)
    table = page.table
    table.sortByColumn(END, Qt.SortOrder.AscendingOrder)
    assert column_texts(table.proxy, TITLE) == ["C", "B", "A"]
    table.sortByColumn(END, Qt.SortOrder.DescendingOrder)
    assert column_texts(table.proxy, TITLE) == ["B", "C", "A"]
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert column_texts(table.proxy, TITLE) == ["A", "B", "C"]
    assert not table.proxy.index(0, 0).parent().isValid()
    assert QModelIndex() == table.proxy.index(0, 0).parent()


def test_the_table_sorts_from_the_keyboard_by_the_column_the_menu_is_on(plan_page, qtbot):
    """Sorting was a click on a column's header only; the Menu key (or Shift+F10) on a cell
    now offers to sort by that cell's column."""
    table = plan_page.table
    click_row(qtbot, table, 2)
    table.setCurrentIndex(table.proxy.index(2, END))
    table._context_menu(table.visualRect(table.proxy.index(2, END)).center())
    [sort_entry] = [a for a in table._menu.actions() if a.text().startswith("S&ort by")]
    assert sort_entry.text() == "S&ort by “End”"
    sort_menu = sort_entry.menu()
    next(a for a in sort_menu.actions() if a.text() == "&Descending").trigger()
    table._menu.close()

    header = table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        END,
        Qt.SortOrder.DescendingOrder,
    )
    ends = [
        table.source_model.action_at(table.proxy.mapToSource(table.proxy.index(r, 0)).row()).end
        for r in range(table.proxy.rowCount())
    ]
    dated = [day for day in ends if day is not None]
    assert dated == sorted(dated, reverse=True) and dated
