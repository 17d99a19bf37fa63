"""Two windows on one file, as a councillor and an integration officer (or two laptops on a
shared folder) have them: neither silently overwrites the other, a clash is asked about, and
typed text reaches the file within two seconds even while the user keeps typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.annual_texts import AnnualTextRepository
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.edit_history import ACTION, SET_ASIDE, history
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.main_window import ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW, MainWindow
from toolbox_desktop.ui.window import closing

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def make_window(qtbot, workspace, ui_state):
    """A main window on the test file with a connection of its own (another window)."""
    conns = []

    def make(own_connection: bool = True) -> MainWindow:
        conn = connect(workspace.path) if own_connection else workspace.conn
        if own_connection:
            conns.append(conn)
        window = MainWindow(
            workspace.content, ui_state, workspace.path, workspace.failed_packs, conn=conn
        )
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        return window

    yield make
    for conn in conns:
        conn.close()


@pytest.fixture
def file(workspace):
    """What is in the file, read through a connection of its own."""
    conn = connect(workspace.path)
    yield conn
    conn.close()


@pytest.fixture
def language_cafe(workspace):
    return PlanRepository(workspace.conn).save_action(
        Action(title="Language café", description="Mondays")
    )


def editor_on(window: MainWindow, action_id: int):
    window.show_area(PLAN_ROW)
    window.plan_area.session.select_action(action_id)
    return window.plan_area.page.editor


def finish(line_edit) -> None:
    line_edit.editingFinished.emit()


def test_a_stale_window_keeps_the_newer_title_of_the_other(make_window, file, language_cafe):
    first, second = make_window(), make_window()
    mine, theirs = editor_on(first, language_cafe.id), editor_on(second, language_cafe.id)

    theirs.form.title.setText("Language café for parents")
    finish(theirs.form.title)
    mine.form.description.setPlainText("Mondays and Thursdays")
    mine.flush()

    stored = PlanRepository(file).action(language_cafe.id)
    assert stored.title == "Language café for parents"
    assert stored.description == "Mondays and Thursdays"
    assert first.plan_area.check_external_changes()
    assert mine.form.title.text() == "Language café for parents"

    second.close()  # the other window's form is stale now: closing must not write it back
    assert PlanRepository(file).action(language_cafe.id).description == "Mondays and Thursdays"


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_title_changed_in_both_windows_is_asked_about(
    make_window, file, language_cafe, monkeypatch, keep_mine
):
    first, second = make_window(), make_window()
    mine, theirs = editor_on(first, language_cafe.id), editor_on(second, language_cafe.id)
    asked = []
    monkeypatch.setattr(
        conflicts, "ask_keep_mine", lambda _parent, what: asked.append(what) or keep_mine
    )

    theirs.form.title.setText("Café for parents")
    finish(theirs.form.title)
    mine.form.title.setText("Café for everyone")
    finish(mine.form.title)

    assert asked == ["The action “Café for parents”"]
    stored = PlanRepository(file).action(language_cafe.id)
    kept = history(file, ACTION, language_cafe.id)
    if keep_mine:
        assert stored.title == "Café for everyone"
        assert ("Café for parents", "Café for everyone", "") in [
            (e.old, e.new, e.reason) for e in kept
        ]
    else:
        assert stored.title == "Café for parents"
        assert mine.form.title.text() == "Café for parents"
        assert ("Café for parents", "Café for everyone", SET_ASIDE) in [
            (e.old, e.new, e.reason) for e in kept
        ]


# The promise "stored within two seconds while typing" at a fifth of the time: the pause that
# stores typing and the longest wait shortened alike (``ui/common/typing_pause``, read when a
# field is made), the letters typed five times as fast. Same logic, a fifth of the waiting.
SCALE = 5
LETTER_MS = 150 // SCALE  # faster than the pause: only the longest wait can store


@pytest.fixture
def quick_typing(monkeypatch):
    from toolbox_desktop.ui.common import typing_pause

    monkeypatch.setattr(typing_pause, "PAUSE_MS", typing_pause.PAUSE_MS // SCALE)
    monkeypatch.setattr(typing_pause, "MAX_WAIT_MS", typing_pause.MAX_WAIT_MS // SCALE)
    assert typing_pause.PAUSE_MS > 2 * LETTER_MS  # never a pause between two letters


def type_slowly_and_read(qtbot, widget, read, most: int = 60) -> str:
    """Type a letter every ``LETTER_MS`` (faster than the pause that stores typing) and return
    what the file holds once four typed letters are stored, while the typing still goes on;
    after ``most`` letters, what it holds then.

    Counted in keystrokes, not seconds: on a busy machine the timers fire late, but they must
    still fire while the user types (``typing_pause.MAX_WAIT_MS``), never only at a pause."""
    widget.setFocus()
    if hasattr(widget, "moveCursor"):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    else:
        widget.end(False)
    before = read()
    seen = before
    for _letter in range(most):
        QTest.keyClick(widget, Qt.Key.Key_A)
        qtbot.wait(LETTER_MS)
        seen = read()
        if seen.count("a") >= before.count("a") + 4:
            break
    QTest.keyClick(widget, Qt.Key.Key_A)  # still typing after the reading
    return seen


def test_action_text_is_stored_within_two_seconds_while_typing(
    quick_typing, make_window, file, language_cafe, qtbot
):
    window = make_window(own_connection=False)
    editor = editor_on(window, language_cafe.id)
    for name in ("description", "title", "person", "partner_names", "budget_line"):
        widget = getattr(editor.form, name)
        if name == "budget_line":
            editor.form.tabs.setCurrentIndex(2)
        column = {"person": "responsible_person"}.get(name, name)
        before = getattr(PlanRepository(file).action(language_cafe.id), column)
        seen = type_slowly_and_read(
            qtbot,
            widget,
            lambda c=column: getattr(PlanRepository(file).action(language_cafe.id), c),
        )
        assert seen.startswith(before + "aaaa"), name


def test_evidence_is_stored_within_two_seconds_while_typing(
    quick_typing, make_window, workspace, file, qtbot
):
    window = make_window(own_connection=False)
    window.show_area(ASSESSMENT_ROW)
    created = window.assessment_area.session.create_assessment("2026", "2026-03-01")
    code = workspace.content.benchmarks[0].code
    window.assessment_area.page.rating_screen.select_code(code)
    editor = window.assessment_area.page.rating_screen.editor

    def evidence() -> str:
        rating = AssessmentRepository(file).rating(created.id, code)
        return rating.evidence if rating else ""

    assert type_slowly_and_read(qtbot, editor.evidence, evidence).startswith("aaaa")


def test_annual_text_is_stored_within_two_seconds_while_typing(
    quick_typing, make_window, file, qtbot
):
    window = make_window(own_connection=False)
    window.show_area(REPORTS_ROW)
    page = window.reports_page
    year = page.year_spin.value()
    seen = type_slowly_and_read(
        qtbot, page.summary_edit, lambda: AnnualTextRepository(file).texts(year).summary
    )
    assert seen.startswith("aaaa")


def test_indicator_name_is_stored_within_two_seconds_while_typing(
    quick_typing, make_window, workspace, file, language_cafe, qtbot
):
    PlanRepository(workspace.conn).save_indicator(
        Indicator(name="Visitors", action_id=language_cafe.id)
    )
    window = make_window(own_connection=False)
    editor = editor_on(window, language_cafe.id)
    panel = editor.indicators
    panel.show_action(window.plan_area.session.action(language_cafe.id))
    panel.name.setCursorPosition(len(panel.name.text()))
    seen = type_slowly_and_read(
        qtbot, panel.name, lambda: PlanRepository(file).indicators(language_cafe.id)[0].name
    )
    assert seen.startswith("Visitorsaaa")


def test_quitting_with_text_not_saved_yet_asks_first(
    make_window, file, language_cafe, monkeypatch, qtbot
):
    window = make_window(own_connection=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = editor_on(window, language_cafe.id)
    editor.form.start.set_text("31/31/2026")  # no date: refused, kept with "not saved yet"
    editor.form.start.edited.emit()
    assert editor.banner.isVisible()
    asked = []
    monkeypatch.setattr(closing, "ask_close_anyway", lambda box: asked.append(box.text()) or False)

    QTest.keyClick(window, Qt.Key.Key_Q, CTRL)

    assert window.isVisible()
    assert len(asked) == 1 and "Language café" in asked[0]
    assert editor.form.start.text() == "31/31/2026"
    monkeypatch.setattr(closing, "ask_close_anyway", lambda box: True)
    QTest.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def test_a_space_typed_before_a_pause_stays_and_the_cursor_does_not_jump(
    make_window, file, language_cafe, qtbot
):
    window = make_window(own_connection=False)
    title = editor_on(window, language_cafe.id).form.title
    title.setFocus()
    title.end(False)
    QTest.keyClicks(title, " Anna ")
    qtbot.waitUntil(
        lambda: PlanRepository(file).action(language_cafe.id).title == "Language café Anna"
    )
    QTest.keyClicks(title, "Rossi")
    assert title.text() == "Language café Anna Rossi"
    title.editingFinished.emit()
    assert PlanRepository(file).action(language_cafe.id).title == "Language café Anna Rossi"


def test_undo_after_keeping_mine_brings_back_theirs(make_window, file, language_cafe, monkeypatch):
    first, second = make_window(), make_window()
    mine, theirs = editor_on(first, language_cafe.id), editor_on(second, language_cafe.id)
    monkeypatch.setattr(conflicts, "ask_keep_mine", lambda _parent, _what: True)
    theirs.form.title.setText("Theirs")
    finish(theirs.form.title)
    mine.form.title.setText("Mine")
    finish(mine.form.title)
    assert PlanRepository(file).action(language_cafe.id).title == "Mine"

    first.undo_stack.undo()

    assert PlanRepository(file).action(language_cafe.id).title == "Theirs"


def test_using_theirs_still_stores_my_other_changes(make_window, file, language_cafe, monkeypatch):
    first, second = make_window(), make_window()
    mine, theirs = editor_on(first, language_cafe.id), editor_on(second, language_cafe.id)
    monkeypatch.setattr(conflicts, "ask_keep_mine", lambda _parent, _what: False)
    theirs.form.title.setText("Theirs")
    finish(theirs.form.title)
    first.plan_area.session.save_action(
        language_cafe.with_changes(title="Mine", responsible_person="Ayşe"), base=language_cafe
    )
    stored = PlanRepository(file).action(language_cafe.id)
    assert (stored.title, stored.responsible_person) == ("Theirs", "Ayşe")
    assert mine.form.title.text() == "Theirs"


@pytest.mark.parametrize(
    ("keep_mine", "undone", "redone", "text"),
    [
        (False, ["idea", "dropped"], ["done", "dropped"], "Change status of “One”"),
        (True, ["idea", "planned"], ["done", "done"], "Change status of 2 actions"),
    ],
)
def test_undoing_a_bulk_change_asks_only_about_the_action_changed_elsewhere(
    workspace, make_window, file, monkeypatch, keep_mine, undone, redone, text
):
    """Undo of a bulk change that clashes with another window's change of one action asks
    about that action, as the first write did: Use theirs leaves it at theirs and still
    undoes (and then redoes) the others; Keep mine undoes every action, theirs too."""
    plan = PlanRepository(workspace.conn)
    one = plan.save_action(Action(title="One", status="idea"))
    two = plan.save_action(Action(title="Two", status="planned"))
    window = make_window()
    window.show_area(PLAN_ROW)
    window.plan_area.session.update_actions([one.id, two.id], status="done")
    other = PlanRepository(file)
    other.save_action(
        other.action(two.id).with_changes(status="dropped"), base=other.action(two.id)
    )
    asked = []
    monkeypatch.setattr(
        conflicts, "ask_keep_mine", lambda _parent, what: asked.append(what) or keep_mine
    )
    session, stack = window.plan_area.session, window.undo_stack

    stack.undo()

    assert asked == ["The action “Two”"]
    assert [a.status for a in PlanRepository(file).actions()] == undone
    assert [a.status for a in session.actions()] == undone, "the plan shows the file"
    assert (stack.count(), stack.index()) == (1, 0), "the step stays for the others"
    assert stack.redoText() == text

    stack.redo()

    assert asked == ["The action “Two”"], "nothing more to ask"
    assert [a.status for a in PlanRepository(file).actions()] == redone
    assert [a.status for a in session.actions()] == redone
    assert stack.undoText() == text


def test_a_milestone_title_is_stored_within_two_seconds_while_typing(
    quick_typing, make_window, file, language_cafe, qtbot
):
    window = make_window(own_connection=False)
    editor = editor_on(window, language_cafe.id)
    milestones = editor.form.milestones
    editor.form.tabs.setCurrentIndex(1)
    milestones.add_milestone()  # opens the title's editor
    cell = milestones.view.viewport().findChild(QLineEdit)
    assert cell is not None and cell.isVisible()
    seen = type_slowly_and_read(
        qtbot, cell, lambda: PlanRepository(file).action(language_cafe.id).milestones[0].title
    )
    assert seen.startswith("New milestoneaaaa")


def test_a_replace_from_a_backup_in_one_window_clears_the_others_undo(
    make_window, workspace, file, language_cafe, tmp_path
):
    from toolbox_desktop.storage.backup_restore import replace_with_backup
    from toolbox_desktop.storage.backups import take_backup

    folder = tmp_path / "backups"
    backup = take_backup(workspace.path, folder)
    other = make_window()
    other.show_area(PLAN_ROW)
    temp = other.plan_area.session.create_action(Action(title="Temp"))
    assert other.undo_stack.count() == 1

    replace_with_backup(workspace.conn, workspace.path, backup, folder)  # in the first window
    important = PlanRepository(workspace.conn).save_action(Action(title="Important"))
    assert important.id == temp.id  # the same id means another action now

    assert other.check_replaced_elsewhere()
    assert other.undo_stack.count() == 0  # Undo can no longer hide "Important"
    assert {a.title for a in other.plan_area.session.actions()} == {"Language café", "Important"}
