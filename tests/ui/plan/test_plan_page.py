"""The page as a whole: the empty state, typed text stored before the window closes, and the
layout remembered between runs."""

from __future__ import annotations

from plan_helpers import column_texts
from PySide6.QtCore import Qt

from toolbox_desktop.ui.plan.action_model import END, TITLE


def test_the_empty_plan_explains_and_creates_the_first_action(make_plan_page, stored, qtbot):
    page = make_plan_page()
    assert page.pages.currentWidget() is page.empty_state
    assert page.empty_state.create_button.text() == "Create the first action"
    qtbot.mouseClick(page.empty_state.create_button, Qt.MouseButton.LeftButton)
    assert [a.title for a in stored.actions()] == ["New action"]
    assert page.pages.currentWidget() is not page.empty_state
    assert page.editor.form.title.text() == "New action"
    assert page.filters.count_label.text() == "1 action"


def test_text_being_typed_is_stored_when_the_page_is_told_to(plan_page, stored):
    first = stored.actions()[0]
    description = plan_page.editor.form.description
    description.setPlainText("Neu: zweimal pro Woche, auch für Eltern")
    assert stored.action(first.id).description != description.toPlainText()
    plan_page.flush_edits()  # what the window does before it closes
    assert stored.action(first.id).description == "Neu: zweimal pro Woche, auch für Eltern"


def test_column_order_sizes_and_sorting_are_remembered(
    plan_page, make_plan_page, ui_state, workspace
):
    header = plan_page.table.horizontalHeader()
    header.moveSection(header.visualIndex(END), 1)
    header.resizeSection(TITLE, 333)
    plan_page.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    plan_page.splitter.setSizes([900, 380])
    expected = column_texts(plan_page.table.proxy, TITLE)
    plan_page.save_state(ui_state)

    again = make_plan_page()
    header = again.table.horizontalHeader()
    assert header.visualIndex(END) == 1
    assert header.sectionSize(TITLE) == 333
    assert column_texts(again.table.proxy, TITLE) == expected
    assert expected[0] > expected[-1]
    assert again.splitter.sizes()[0] > again.splitter.sizes()[1]
