"""Work is never lost: typed text that cannot be stored stays where the user typed it (and
goes in as soon as it can), switching benchmark or assessment keeps it with the benchmark it
belongs to, and an Undo or Redo that cannot be done leaves the history as it was."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.core.assessment import FINAL, Rating
from toolbox_desktop.ui.assessment import problems


@pytest.fixture
def warnings(monkeypatch):
    """The titles of the warning boxes shown (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, title, _text: shown.append(title))
    )
    return shown


class FailingWrites:
    """Writes of ratings fail while ``on``, as a full disk or a lost network drive does."""

    def __init__(self, repository, monkeypatch) -> None:
        self.on = True
        for name in ("save_rating", "clear_rating"):
            real = getattr(repository, name)

            def write(*args, _real=real, **kwargs):
                if self.on:
                    raise sqlite3.OperationalError("disk I/O error")
                return _real(*args, **kwargs)

            monkeypatch.setattr(repository, name, write)


def codes(workspace, count: int = 2) -> list[str]:
    return [b.code for b in workspace.content.benchmarks[:count]]


# -- 1. a refused text write keeps the typed text ------------------------------------------
def test_text_typed_while_finalised_elsewhere_stays_and_goes_in_after_reopening(
    page, workspace, other, qtbot, warnings
):
    editor = page.rating_screen.editor
    code = codes(workspace, 1)[0]
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    editor.evidence.setPlainText("Council decision 12/2024")
    other.update(aid, status=FINAL)  # another window finalised it a moment ago
    qtbot.waitUntil(lambda: bool(warnings), timeout=3000)  # the 600 ms pause

    assert warnings == ["Assessment is final"]
    assert editor.evidence.toPlainText() == "Council decision 12/2024"
    assert other.rating(aid, code) is None
    assert editor.unsaved_label.isVisibleTo(editor)
    assert "not saved yet" in editor.unsaved_label.text()
    assert page.final_banner.isVisible()

    other.update(aid, status="draft")  # reopened
    assert page.check_external_changes()
    qtbot.waitUntil(lambda: other.rating(aid, code) is not None, timeout=3000)
    assert other.rating(aid, code).evidence == "Council decision 12/2024"
    assert not editor.unsaved_label.isVisibleTo(editor)
    assert page.undo_stack.count() == 1


def test_text_stays_when_the_file_cannot_be_written(page, workspace, other, monkeypatch, warnings):
    editor = page.rating_screen.editor
    code = codes(workspace, 1)[0]
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    failing = FailingWrites(page.session.repository, monkeypatch)
    editor.notes.setPlainText("Ask the school about the language classes")
    editor.texts["notes"].flush()  # as the pause would

    assert warnings == ["Could not save"]
    assert editor.notes.toPlainText() == "Ask the school about the language classes"
    assert editor.unsaved_label.isVisibleTo(editor)
    assert page.undo_stack.count() == 0

    failing.on = False
    editor.texts["notes"].flush()  # the next time the field is left
    assert other.rating(aid, code).notes == "Ask the school about the language classes"
    assert not editor.unsaved_label.isVisibleTo(editor)
    assert warnings == ["Could not save"]


def test_text_stays_when_the_assessment_was_deleted_elsewhere(
    page, workspace, other, qtbot, warnings
):
    editor = page.rating_screen.editor
    code = codes(workspace, 1)[0]
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    editor.evidence.setPlainText("Minutes of 3 March")
    other.delete(aid)
    editor.texts["evidence"].flush()

    assert warnings == ["Assessment not found"]
    assert editor.evidence.toPlainText() == "Minutes of 3 March"
    qtbot.wait(700)  # no retry into nothing, no second box
    assert warnings == ["Assessment not found"]

    other.restore(aid)  # e.g. Undo in the other window
    assert page.check_external_changes()
    assert page.session.current_assessment().id == aid
    assert editor.evidence.toPlainText() == "Minutes of 3 March"
    editor.texts["evidence"].flush()
    assert other.rating(aid, code).evidence == "Minutes of 3 March"


def test_use_theirs_still_replaces_the_typed_text(page, workspace, other, monkeypatch):
    monkeypatch.setattr(problems, "ask_keep_mine", lambda _parent, _title: False)
    editor = page.rating_screen.editor
    code = codes(workspace, 1)[0]
    aid = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    editor.evidence.setPlainText("Mine")
    other.save_rating(aid, Rating(code, evidence="Theirs"))
    editor.texts["evidence"].flush()
    assert editor.evidence.toPlainText() == "Theirs"
    assert other.rating(aid, code).evidence == "Theirs"
    assert not editor.unsaved_label.isVisibleTo(editor)


def test_refused_text_does_not_follow_into_another_assessment(
    page, workspace, other, qtbot, warnings
):
    session, editor = page.session, page.rating_screen.editor
    code = codes(workspace, 1)[0]
    baseline = session.current_assessment()
    review = session.create_assessment("Review", "2026-03-01")
    session.write_rating(review.id, code, Rating(code, evidence="Review evidence"), None)
    session.select_assessment(baseline.id)
    page.rating_screen.select_code(code)
    editor.evidence.setPlainText("Baseline evidence")
    other.update(baseline.id, status=FINAL)
    editor.texts["evidence"].flush()
    assert warnings == ["Assessment is final"]

    session.select_assessment(review.id)
    assert editor.evidence.toPlainText() == "Review evidence"
    assert not editor.unsaved_label.isVisibleTo(editor)
    qtbot.wait(700)
    editor.flush()
    assert other.rating(review.id, code).evidence == "Review evidence"

    session.select_assessment(baseline.id)  # the text is back where it was typed
    assert editor.evidence.toPlainText() == "Baseline evidence"
    assert editor.unsaved_label.isVisibleTo(editor)
    page.reopen_button.click()
    qtbot.waitUntil(lambda: other.rating(baseline.id, code) is not None, timeout=3000)
    assert other.rating(baseline.id, code).evidence == "Baseline evidence"
    assert other.rating(review.id, code).evidence == "Review evidence"


# -- 2. switching benchmark keeps text that waits ------------------------------------------
def test_switching_benchmark_while_a_question_is_open_keeps_the_text(
    page, workspace, other, monkeypatch
):
    screen, editor = page.rating_screen, page.rating_screen.editor
    first, second = codes(workspace)
    aid = page.session.current_assessment().id
    screen.select_code(first)
    editor.evidence.setPlainText("My evidence")
    editor.notes.setPlainText("My notes")
    other.save_rating(aid, Rating(first, evidence="Their evidence"))

    def keep_mine_after_switching(_parent, _title):
        screen.select_code(second)  # the benchmark changes while the question is open
        return True

    monkeypatch.setattr(problems, "ask_keep_mine", keep_mine_after_switching)
    editor.texts["evidence"].flush()
    assert screen.current_code() == second
    assert other.rating(aid, first).evidence == "My evidence"
    assert editor.notes.toPlainText() == ""  # the second benchmark's (empty) notes

    page.close()  # closing stores what waits, also for the benchmark not shown
    stored = other.rating(aid, first)
    assert (stored.evidence, stored.notes) == ("My evidence", "My notes")


def test_text_that_could_not_be_stored_comes_back_with_its_benchmark(
    page, workspace, other, qtbot, warnings
):
    screen, editor = page.rating_screen, page.rating_screen.editor
    first, second = codes(workspace)
    aid = page.session.current_assessment().id
    screen.select_code(first)
    editor.rated_by.setText("Ayşe, Мария")
    other.update(aid, status=FINAL)
    screen.select_code(second)  # storing is refused on the way
    assert warnings == ["Assessment is final"]
    assert editor.rated_by.text() == ""
    assert not editor.unsaved_label.isVisibleTo(editor)

    screen.select_code(first)
    assert editor.rated_by.text() == "Ayşe, Мария"
    assert editor.unsaved_label.isVisibleTo(editor)
    assert "not saved yet" in editor.unsaved_label.text()
    assert other.rating(aid, first) is None

    page.reopen_button.click()
    qtbot.waitUntil(lambda: other.rating(aid, first) is not None, timeout=3000)
    assert other.rating(aid, first).rated_by == "Ayşe, Мария"
    assert not editor.unsaved_label.isVisibleTo(editor)


# -- 3. a failed Undo or Redo keeps the history --------------------------------------------
def test_undo_on_a_final_assessment_keeps_every_history_entry(
    page, workspace, other, undo_stack, warnings
):
    screen = page.rating_screen
    first, second = codes(workspace)
    aid = page.session.current_assessment().id
    screen.select_code(first)
    screen.set_level(1)
    screen.select_code(second)
    screen.set_level(3)
    page.toggle_final()
    assert (undo_stack.count(), undo_stack.index()) == (2, 2)

    undo_stack.undo()
    undo_stack.undo()
    assert warnings == ["Assessment is final", "Assessment is final"]
    assert (undo_stack.count(), undo_stack.index()) == (2, 2)
    assert undo_stack.canUndo() and not undo_stack.canRedo()
    assert (other.rating(aid, first).level, other.rating(aid, second).level) == (1, 3)

    page.toggle_final()  # reopened: the changes can be undone after all
    undo_stack.undo()
    undo_stack.undo()
    assert other.rating(aid, first) is None and other.rating(aid, second) is None
    undo_stack.redo()
    assert other.rating(aid, first).level == 1


def test_redo_on_a_final_assessment_keeps_the_entry(page, workspace, other, undo_stack, warnings):
    screen = page.rating_screen
    code = codes(workspace, 1)[0]
    aid = page.session.current_assessment().id
    screen.select_code(code)
    screen.set_level(2)
    undo_stack.undo()
    page.toggle_final()

    undo_stack.redo()
    assert warnings == ["Assessment is final"]
    assert (undo_stack.count(), undo_stack.index()) == (1, 0)
    assert undo_stack.canRedo()
    assert other.rating(aid, code) is None

    page.toggle_final()
    undo_stack.redo()
    assert other.rating(aid, code).level == 2
    assert (undo_stack.count(), undo_stack.index()) == (1, 1)


def test_undo_that_cannot_write_the_file_keeps_the_entry(
    page, workspace, other, undo_stack, monkeypatch, warnings
):
    screen = page.rating_screen
    code = codes(workspace, 1)[0]
    aid = page.session.current_assessment().id
    screen.select_code(code)
    screen.set_level(4)
    failing = FailingWrites(page.session.repository, monkeypatch)
    undo_stack.undo()
    assert warnings == ["Could not save"]
    assert (undo_stack.count(), undo_stack.index()) == (1, 1)
    assert other.rating(aid, code).level == 4
    assert screen.editor.level.buttons[4].isChecked()

    failing.on = False
    undo_stack.undo()
    assert other.rating(aid, code) is None
    assert (undo_stack.count(), undo_stack.index()) == (1, 0)


def test_redo_of_a_delete_refused_keeps_the_entry(page, other, undo_stack, monkeypatch, warnings):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes)
    )
    baseline = page.session.current_assessment()
    page.delete_button.click()
    undo_stack.undo()
    page.toggle_final()
    undo_stack.redo()
    assert warnings == ["Assessment is final"]
    assert (undo_stack.count(), undo_stack.index()) == (1, 0)
    assert [a.id for a in other.assessments()] == [baseline.id]

    page.toggle_final()
    undo_stack.redo()
    assert other.assessments() == []
    undo_stack.undo()
    assert [a.id for a in other.assessments()] == [baseline.id]


def test_undo_in_an_assessment_deleted_elsewhere_says_so_and_drops_the_entry(
    page, workspace, other, undo_stack, warnings
):
    """The one failure that removes the entry: its assessment is gone, and keeping the
    entry on top would block every Undo below it."""
    screen = page.rating_screen
    code = codes(workspace, 1)[0]
    aid = page.session.current_assessment().id
    screen.select_code(code)
    screen.set_level(2)
    other.delete(aid)
    undo_stack.undo()
    assert warnings == ["Assessment not found"]
    assert undo_stack.count() == 0


def test_text_for_an_assessment_deleted_elsewhere_never_goes_into_another(
    page, workspace, other, qtbot, warnings
):
    session, editor = page.session, page.rating_screen.editor
    code = codes(workspace, 1)[0]
    baseline = session.current_assessment()
    review = session.create_assessment("Review", "2026-03-01")
    session.select_assessment(baseline.id)
    page.rating_screen.select_code(code)
    editor.notes.setPlainText("Call the job centre")
    other.delete(baseline.id)
    editor.texts["notes"].flush()
    assert warnings == ["Assessment not found"]
    assert session.current_assessment().id == review.id  # the list was read again
    assert editor.notes.toPlainText() == ""
    qtbot.wait(700)
    editor.flush()
    assert other.rating(review.id, code) is None

    other.restore(baseline.id)
    assert page.check_external_changes()
    session.select_assessment(baseline.id)
    assert editor.notes.toPlainText() == "Call the job centre"
    assert editor.unsaved_label.isVisibleTo(editor)
    editor.texts["notes"].flush()
    assert other.rating(baseline.id, code).notes == "Call the job centre"
    assert other.rating(review.id, code) is None
