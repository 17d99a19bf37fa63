"""Rating with the keyboard alone: digits in the list, Alt+digits anywhere, Alt+arrows to move
on; every rating is stored at once and can be undone and redone (stack and shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from ui_helpers import focused

from toolbox_desktop.ui.assessment.benchmark_list import RATING_COLUMN

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifier)


def stored_levels(repository, assessment_id) -> dict[str, int | None]:
    return {code: r.level for code, r in repository.ratings(assessment_id).items()}


def shown_rating(screen, row: int) -> str:
    return screen.table.model().index(row, RATING_COLUMN).data()


def test_digits_in_the_list_rate_and_alt_arrows_move_on(active_page, workspace, other):
    screen = active_page.rating_screen
    codes = [b.code for b in workspace.content.benchmarks]
    aid = active_page.session.current_assessment().id
    assert screen.progress_label.text() == "0 of 68 rated"
    screen.select_code(codes[0])
    screen.table.setFocus()
    assert focused() is screen.table

    press(Qt.Key.Key_3)
    press(Qt.Key.Key_Down, ALT)
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_PageDown, ALT)
    press(Qt.Key.Key_4)
    press(Qt.Key.Key_Up, ALT)
    press(Qt.Key.Key_0)  # the second one again: 1 becomes 0
    press(Qt.Key.Key_7)  # not a level: nothing happens

    assert stored_levels(other, aid) == {codes[0]: 3, codes[1]: 0, codes[2]: 4}
    assert screen.progress_label.text() == "3 of 68 rated"
    assert [shown_rating(screen, row) for row in range(4)] == [
        "3 Largely in place",
        "0 Not in place",
        "4 Fully in place and evaluated",
        "—",
    ]
    assert screen.current_code() == codes[1]
    assert screen.editor.title_label.text() == workspace.content.benchmarks[1].title
    assert screen.editor.level.buttons[0].isChecked()
    assert focused() is screen.table


def test_undo_and_redo_with_the_stack_and_the_shortcuts(active_page, workspace, other, undo_stack):
    screen = active_page.rating_screen
    undo_action = undo_stack.createUndoAction(active_page)
    undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo_action = undo_stack.createRedoAction(active_page)
    redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    active_page.addActions([undo_action, redo_action])
    codes = [b.code for b in workspace.content.benchmarks]
    aid = active_page.session.current_assessment().id
    screen.select_code(codes[0])
    screen.table.setFocus()
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_Down, ALT)
    press(Qt.Key.Key_4)
    press(Qt.Key.Key_1)  # the same benchmark again: 4 becomes 1
    assert stored_levels(other, aid) == {codes[0]: 2, codes[1]: 1}
    assert undo_stack.count() == 3
    assert undo_action.text() == "Undo Rate 1.1.2"

    undo_stack.undo()
    assert stored_levels(other, aid) == {codes[0]: 2, codes[1]: 4}
    assert shown_rating(screen, 1) == "4 Fully in place and evaluated"
    press(Qt.Key.Key_Z, CTRL)
    assert stored_levels(other, aid) == {codes[0]: 2}
    assert shown_rating(screen, 1) == "—"
    assert not any(b.isChecked() for b in screen.editor.level.buttons.values())
    press(Qt.Key.Key_Z, CTRL)
    assert stored_levels(other, aid) == {}
    assert screen.progress_label.text() == "0 of 68 rated"

    undo_stack.redo()
    assert stored_levels(other, aid) == {codes[0]: 2}
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored_levels(other, aid) == {codes[0]: 2, codes[1]: 1}
    assert screen.progress_label.text() == "2 of 68 rated"
    assert screen.editor.level.buttons[1].isChecked()


def test_alt_digits_rate_from_a_text_field_and_plain_digits_stay_text(
    active_page, workspace, other
):
    screen = active_page.rating_screen
    editor = screen.editor
    code = workspace.content.benchmarks[0].code
    aid = active_page.session.current_assessment().id
    screen.select_code(code)
    editor.evidence.setFocus()
    assert focused() is editor.evidence
    press(Qt.Key.Key_2, ALT)
    QTest.keyClicks(editor.evidence, "2024: 3 schools")
    assert editor.evidence.toPlainText() == "2024: 3 schools"
    assert other.rating(aid, code).level == 2
    press(Qt.Key.Key_Down, ALT)  # moving on stores the typed text at once
    assert screen.current_code() == workspace.content.benchmarks[1].code
    assert other.rating(aid, code).evidence == "2024: 3 schools"
    assert focused() is editor.evidence
    assert editor.evidence.toPlainText() == ""


def test_choosing_a_level_with_the_mouse_target_priority_and_clear(page, workspace, other):
    screen = page.rating_screen
    editor = screen.editor
    code = workspace.content.benchmarks[5].code
    aid = page.session.current_assessment().id
    screen.select_code(code)
    assert not editor.priority.isEnabled(), "a priority alone would not be stored"
    editor.level.buttons[6].click()  # outside our competence
    assert other.rating(aid, code).exclusion == "outside-competence"
    assert screen.table.currentIndex().siblingAtColumn(RATING_COLUMN).data() == (
        "Outside our competence"
    )
    editor.level.buttons[2].click()
    editor.target.setCurrentIndex(editor.target.findData(4))
    editor.target.activated.emit(editor.target.currentIndex())
    editor.priority.setCurrentIndex(editor.priority.findData(3))
    editor.priority.activated.emit(editor.priority.currentIndex())
    stored = other.rating(aid, code)
    assert (stored.level, stored.exclusion, stored.target, stored.priority) == (2, "", 4, 3)

    editor.clear_button.click()
    assert other.rating(aid, code) is None
    assert editor.target.currentText() == "No target"
    assert editor.priority.currentText() == "Medium"
    page.undo_stack.undo()
    assert other.rating(aid, code) == stored
    assert editor.target.currentText() == "4 Fully in place and evaluated"
    assert editor.priority.currentText() == "High"


def test_delete_in_the_list_takes_the_level_away_but_keeps_the_evidence(
    active_page, workspace, other, undo_stack
):
    screen = active_page.rating_screen
    code = workspace.content.benchmarks[0].code
    aid = active_page.session.current_assessment().id
    screen.select_code(code)
    screen.editor.evidence.setFocus()
    screen.editor.evidence.setPlainText("Council plan 2024")
    screen.table.setFocus()  # leaving the field stores the text
    assert other.rating(aid, code).evidence == "Council plan 2024"
    press(Qt.Key.Key_3)
    assert screen.progress_label.text() == "1 of 68 rated"
    press(Qt.Key.Key_Delete)
    stored = other.rating(aid, code)
    assert (stored.level, stored.evidence) == (None, "Council plan 2024")
    assert shown_rating(screen, 0) == "—"
    assert screen.progress_label.text() == "0 of 68 rated"
    undo_stack.undo()
    assert other.rating(aid, code).level == 3


def test_tab_into_the_levels_comes_to_the_level_chosen(active_page, workspace):
    """Tab landed on "0 Not in place" while 2 was chosen: Space there would rate 0."""
    screen = active_page.rating_screen
    codes = [b.code for b in workspace.content.benchmarks]
    screen.select_code(codes[0])
    screen.table.setFocus()
    press(Qt.Key.Key_2)
    screen.select_code(codes[1])
    screen.select_code(codes[0])  # shown again, from the stored rating
    levels = screen.editor.level
    first = levels.buttons[0]
    before = first.previousInFocusChain()
    while not (before.focusPolicy() & Qt.FocusPolicy.TabFocus and before.isVisible()):
        before = before.previousInFocusChain()
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert focused() is levels.buttons[2]
