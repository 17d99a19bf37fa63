"""The Fact Sandwich editor on the Reports page: shown with the worksheet, add, type, delete,
each a step Undo takes back and Redo does again, any script kept from the keyboard to the file
and the PDF, and the keep mine / use theirs question when another window changed the same
sandwich."""

from __future__ import annotations

import pytest
from cut_text import list_entries_cut
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from reports_ui_helpers import BUILD_TIMEOUT_MS, answer_save_dialog, pdf_text, save_and_wait

from toolbox_desktop.services.reports import FACT_SANDWICH, WORKSHEET
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich, FactSandwichRepository
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.reports import build_job
from toolbox_desktop.ui.reports.reports_page import ReportsPage

TOPIC = "Kadıköy · Пётрово · مریم‌آباد <b>&amp;"


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


@pytest.fixture
def page(qtbot, workspace, stack):
    page = ReportsPage(workspace.conn, workspace.content, undo_stack=stack)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.choose(FACT_SANDWICH)
    yield page
    assert build_job.wait_for_all(BUILD_TIMEOUT_MS), "a PDF build did not end"
    QApplication.processEvents()


@pytest.fixture
def stored(workspace):
    """The fact sandwiches as another program reading the file sees them."""
    conn = connect(workspace.path)
    yield FactSandwichRepository(conn)
    conn.close()


def listed(page) -> list[str]:
    editor = page.sandwich_editor
    return [editor.list.item(row).text() for row in range(editor.list.count())]


def type_into(qtbot, widget, text: str) -> None:
    """Key presses carrying each character, as a keyboard of any script sends them
    (``keyClicks`` knows only ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def test_the_editor_shows_only_with_the_fact_sandwich_worksheet(page):
    editor = page.sandwich_editor
    assert editor.isVisible() and not page.summary_edit.isVisible()
    assert not editor.form_widget.isEnabled() and not editor.delete_button.isEnabled()
    page.choose(WORKSHEET)
    assert not editor.isVisible()


def test_add_type_and_delete_are_stored_and_undone(qtbot, page, stack, stored):
    editor = page.sandwich_editor
    editor.add_button.click()
    assert len(stored.sandwiches()) == 1 and listed(page) == ["Fact sandwich 1"]
    assert editor.form_widget.isEnabled() and editor.topic_edit.hasFocus()

    type_into(qtbot, editor.topic_edit, TOPIC)
    type_into(qtbot, editor.fact_edit, "Same rules for everyone.")
    editor.save_now()
    (sandwich,) = stored.sandwiches()
    assert (sandwich.topic, sandwich.fact) == (TOPIC, "Same rules for everyone.")
    assert listed(page) == [TOPIC]

    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == ["Add fact sandwich", "Edit fact sandwich", "Edit fact sandwich"]
    stack.undo()  # the fact
    assert stored.sandwich(sandwich.id).fact == "" and editor.fact_edit.toPlainText() == ""
    stack.undo()  # the topic
    assert stored.sandwich(sandwich.id).topic == "" and listed(page) == ["Fact sandwich 1"]
    stack.redo()
    stack.redo()
    assert stored.sandwich(sandwich.id) == sandwich
    assert editor.topic_edit.text() == TOPIC

    editor.delete_button.click()
    assert stored.sandwiches() == [] and listed(page) == []
    assert not editor.form_widget.isEnabled()
    stack.undo()
    assert stored.sandwiches() == [sandwich] and listed(page) == [TOPIC]
    stack.undo()
    stack.undo()
    stack.undo()  # the add
    assert stored.sandwiches() == [] and listed(page) == []
    stack.redo()
    assert listed(page) == ["Fact sandwich 1"]


def test_typing_is_stored_after_a_pause_and_when_another_is_chosen(qtbot, page, stored):
    editor = page.sandwich_editor
    editor.add_button.click()
    editor.add_button.click()
    first, second = stored.sandwiches()
    assert editor.current_id() == second.id
    type_into(qtbot, editor.myth_edit, "A short warning")
    qtbot.waitUntil(lambda: stored.sandwich(second.id).myth == "A short warning", timeout=3000)
    type_into(qtbot, editor.why_edit, "Why")
    editor.list.setCurrentRow(0)  # choosing another stores what was typed
    assert stored.sandwich(second.id).why_wrong == "Why"
    assert editor.current_id() == first.id and editor.why_edit.toPlainText() == ""


def test_text_that_cannot_be_stored_stays_when_another_is_chosen(qtbot, page, stored, monkeypatch):
    """The file is locked by another program: choosing another sandwich or adding one must
    not replace what was typed; it is stored once the file can be written again."""
    import sqlite3

    editor = page.sandwich_editor
    editor.add_button.click()
    editor.add_button.click()
    first, second = stored.sandwiches()
    type_into(qtbot, editor.fact_edit, "Typed while locked")
    real_save = editor.repository.save

    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(editor.repository, "save", locked)
    editor.list.setCurrentRow(0)
    assert editor.current_id() == second.id
    assert editor.fact_edit.toPlainText() == "Typed while locked"
    editor.add_button.click()
    assert len(stored.sandwiches()) == 2 and editor.unsaved()
    monkeypatch.setattr(editor.repository, "save", real_save)
    editor.list.setCurrentRow(0)
    assert stored.sandwich(second.id).fact == "Typed while locked"
    assert editor.current_id() == first.id and not editor.unsaved()


def test_the_worksheet_prints_the_sandwiches_as_typed(qtbot, page, stored, tmp_path, monkeypatch):
    editor = page.sandwich_editor
    editor.add_button.click()
    type_into(qtbot, editor.topic_edit, "Houses & <flats>")
    type_into(qtbot, editor.fact_edit, "Пётрово: same rules")
    type_into(qtbot, editor.again_edit, "One list <b>for all</b>")
    target = tmp_path / "worksheet.pdf"
    answer_save_dialog(monkeypatch, target)
    save_and_wait(qtbot, page, target)  # saving stores what is still being typed first
    text = pdf_text(target)
    for value in ("Houses & <flats>", "Пётрово: same rules", "One list <b>for all</b>"):
        assert value in text
    assert stored.sandwiches()[0].fact_again == "One list <b>for all</b>"


def test_the_file_name_is_the_worksheets(page):
    assert page.suggested_name() == "fact-sandwich-worksheet.pdf"


@pytest.mark.parametrize("keep_mine", [True, False])
def test_the_same_field_changed_in_another_window_is_asked_about(
    qtbot, page, stored, monkeypatch, keep_mine
):
    editor = page.sandwich_editor
    editor.add_button.click()
    (base,) = stored.sandwiches()
    stored.save(FactSandwich(base.id, "Their topic"), base)
    asked = []
    monkeypatch.setattr(
        conflicts, "ask_keep_mine", lambda _p, what: asked.append(what) or keep_mine
    )
    type_into(qtbot, editor.topic_edit, "My topic")
    type_into(qtbot, editor.fact_edit, "My fact")
    editor.save_now()
    assert asked == ["The fact sandwich “Their topic”"]
    now = stored.sandwich(base.id)
    assert now == FactSandwich(base.id, "My topic" if keep_mine else "Their topic", "My fact")
    assert editor.topic_edit.text() == now.topic and not editor.unsaved()


def test_a_sandwich_deleted_elsewhere_leaves_the_undo_stack(qtbot, page, stack, stored):
    editor = page.sandwich_editor
    editor.add_button.click()
    type_into(qtbot, editor.topic_edit, "Topic")
    editor.save_now()
    (sandwich,) = stored.sandwiches()
    stored.delete(sandwich.id)
    problems = []
    editor.problem.connect(problems.append)
    stack.undo()
    assert problems and "no longer exists" in problems[0]
    assert stack.count() == 1  # the edit left; the add stays
    assert editor.list.count() == 0


def test_the_list_is_read_again_when_the_page_is_shown(page, stored):
    stored.save(FactSandwich(topic="From another window"))
    page.refresh()
    assert listed(page) == ["From another window"]
    assert page.sandwich_editor.list.currentItem().flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_long_topic_wraps_in_the_list_and_is_read_whole(qtbot, page, stored):
    """A topic longer than the list is wide ran out of it sideways, its end out of sight."""
    stored.save(FactSandwich(topic="Newcomers take our flats: what the housing figures say " * 2))
    stored.save(FactSandwich(topic=TOPIC))
    page.resize(1280, 720)
    page.refresh()
    editor = page.sandwich_editor
    qtbot.waitUntil(lambda: editor.list.viewport().width() > 0)
    assert editor.list.viewport().width() < editor.list.fontMetrics().horizontalAdvance(
        editor.list.item(0).text()
    ), "it must wrap"
    assert list_entries_cut(editor.list) == []
    editor.list.setCurrentRow(0)
    topic = editor.topic_edit
    assert topic.cursorPosition() == 0, "a long topic shows its start, not its end"
