"""File → Restore from a backup…: the list the user chooses from, replacing the current data
after the question (with a copy of it kept), restoring as a new file, and refusals."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.plan import Action
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.backups import list_backups, take_backup
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.backups import restore_dialog
from toolbox_desktop.ui.backups.backup_model import (
    ACTIONS,
    ASSESSMENTS,
    MUNICIPALITY,
    TAKEN,
    taken_text,
)
from toolbox_desktop.ui.main_window import ASSESSMENT_ROW, PLAN_ROW, MainWindow

MONDAY = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def user_data(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TOOLBOX_DESKTOP_PORTABLE", raising=False)
    return tmp_path / "data"


@pytest.fixture
def monday(workspace, user_data):
    """Kadıköy on Monday (one assessment, one action), backed up; then a bad Tuesday."""
    assessments = AssessmentRepository(workspace.conn)
    assessments.save_profile(Profile(name="Kadıköy <b>&</b> Moda"))
    assessments.create("Review 2025", "2025-05-01")
    PlanRepository(workspace.conn).save_action(Action(title="Welcome desk"))
    backup = take_backup(workspace.path, now=MONDAY)
    assessments.save_profile(Profile(name="Kadıköy, after the mistake"))
    assessments.create("Review 2026", "2026-05-01")
    PlanRepository(workspace.conn).save_action(Action(title="Language café"))
    return backup


@pytest.fixture
def window(qtbot, workspace, ui_state, monday):
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def town_in_file(path) -> str:
    with contextlib.closing(connect(path)) as conn:
        return AssessmentRepository(conn).profile().name


def cell(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def test_the_list_says_when_whose_data_and_how_much(window, monday):
    dialog = window.restore_from_backup()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.table
    assert dialog.model.rowCount() == 1
    local = MONDAY.astimezone()
    assert cell(dialog, 0, TAKEN) == taken_text(monday)
    assert "2026" in cell(dialog, 0, TAKEN) and local.strftime("%M") in cell(dialog, 0, TAKEN)
    assert cell(dialog, 0, MUNICIPALITY) == "Kadıköy <b>&</b> Moda", "shown as typed"
    assert (cell(dialog, 0, ASSESSMENTS), cell(dialog, 0, ACTIONS)) == ("1", "1")
    assert dialog.as_new_button.isEnabled() and dialog.replace_button.isEnabled()
    assert str(dialog.folder) in dialog.place.text()
    assert dialog.intro.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


def test_replace_after_the_question_and_the_window_shows_the_restored_data(
    window, workspace, monday, monkeypatch
):
    window.show_area(ASSESSMENT_ROW)  # the Assessment area, as the user left it
    session = window.assessment_area.session
    assert {a.title for a in session.assessments()} == {"Review 2025", "Review 2026"}
    window.undo_stack.push(QUndoCommand("an edit before the restore"))
    asked = []

    def confirm(parent, taken):
        asked.append(taken)
        return True

    monkeypatch.setattr(restore_dialog, "ask_replace", confirm)
    dialog = window.restore_from_backup()
    dialog.replace_button.click()
    assert asked == [cell(dialog, 0, TAKEN)]
    assert not dialog.isVisible()
    # What is in the file, read through another connection as another window would.
    assert town_in_file(workspace.path) == "Kadıköy <b>&</b> Moda"
    # What the window shows.
    assert [a.title for a in session.assessments()] == ["Review 2025"]
    assert session.profile().name == "Kadıköy <b>&</b> Moda"
    window.show_area(PLAN_ROW)
    assert [a.title for a in window.plan_area.session.actions()] == ["Welcome desk"]
    assert window.undo_stack.count() == 0, "undo steps of the replaced data are gone"
    # The state before is kept, and the status bar says where.
    safety = list_backups(workspace.path)[0]
    assert safety.before_restore
    assert str(safety.path) in window.statusBar().currentMessage()
    with contextlib.closing(connect(safety.path)) as conn:
        assert AssessmentRepository(conn).profile().name == "Kadıköy, after the mistake"


def test_saying_no_changes_nothing(window, workspace, monkeypatch):
    monkeypatch.setattr(restore_dialog, "ask_replace", lambda parent, taken: False)
    dialog = window.restore_from_backup()
    dialog.replace_button.click()
    assert dialog.isVisible()
    assert town_in_file(workspace.path) == "Kadıköy, after the mistake"
    assert len(list_backups(workspace.path)) == 1
    dialog.reject()


def test_restore_as_a_new_file_opens_it_beside_this_window(
    window, workspace, tmp_path, monkeypatch
):
    target = tmp_path / "kadikoy-monday.sqlite3"
    suggested, opened = [], []
    monkeypatch.setattr(
        restore_dialog,
        "choose_new_file",
        lambda parent, suggestion: suggested.append(suggestion) or target,
    )
    monkeypatch.setattr(restore_dialog, "open_in_new_window", lambda path: opened.append(path))
    dialog = window.restore_from_backup()
    dialog.as_new_button.click()
    assert suggested[0].parent == workspace.path.parent
    assert suggested[0].name.startswith("toolbox-2026-03-0")
    assert opened == [target]
    assert town_in_file(target) == "Kadıköy <b>&</b> Moda"
    assert town_in_file(workspace.path) == "Kadıköy, after the mistake", "this file is untouched"
    assert str(target) in window.statusBar().currentMessage()


def test_an_existing_file_is_refused_with_the_reason_and_the_dialog_stays(
    window, tmp_path, monkeypatch, qtbot
):
    existing = tmp_path / "minutes.sqlite3"
    existing.write_text("the clerk's minutes", encoding="utf-8")
    monkeypatch.setattr(restore_dialog, "choose_new_file", lambda parent, suggestion: existing)
    dialog = window.restore_from_backup()
    dialog.as_new_button.click()
    qtbot.waitUntil(lambda: dialog.problem_box is not None and dialog.problem_box.isVisible())
    assert "already exists" in dialog.problem_box.text()
    assert dialog.problem_box.textFormat() == Qt.TextFormat.PlainText
    assert existing.read_text(encoding="utf-8") == "the clerk's minutes"
    assert dialog.isVisible()
    dialog.problem_box.done(0)
    dialog.reject()


def test_a_damaged_backup_cannot_be_chosen(window, monday):
    monday.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 300)
    dialog = window.restore_from_backup()
    assert cell(dialog, 0, MUNICIPALITY) == "Damaged: cannot be restored"
    assert not dialog.as_new_button.isEnabled()
    assert not dialog.replace_button.isEnabled()
    dialog.reject()


def test_a_backup_from_a_newer_version_cannot_be_chosen(window, monday):
    with contextlib.closing(sqlite3.connect(monday.path)) as newer:
        newer.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('toolbox_desktop', '9999_from_the_future', '2030-01-01')"
        )
        newer.commit()
    dialog = window.restore_from_backup()
    assert cell(dialog, 0, MUNICIPALITY) == (
        "From a newer version of the app: cannot be restored here"
    )
    assert not dialog.as_new_button.isEnabled()
    assert not dialog.replace_button.isEnabled()
    dialog.reject()


def test_no_backups_yet(qtbot, workspace, ui_state, user_data):
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    dialog = window.restore_from_backup()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert "no backups" in dialog.empty.text()
    assert not dialog.as_new_button.isEnabled()
    dialog.reject()


def test_the_training_town_has_no_restore(qtbot, workspace, ui_state, user_data):
    create_training_municipality(workspace.conn)
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    assert not window.restore_backup_action.isEnabled()


def test_keyboard_and_screen_readers(window, qtbot):
    dialog = window.restore_from_backup()
    assert dialog.table.accessibleName()
    order = []
    widget = dialog.table
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert dialog.as_new_button in order and dialog.replace_button in order
    assert "&" in dialog.as_new_button.text() and "&" in dialog.replace_button.text()
    assert dialog.width() <= 1280 and dialog.height() <= 720
    dialog.reject()


def test_a_picture_of_the_dialog(window, qtbot):
    """Rendered offscreen to look at (/tmp/backups.png); nothing cut off at 1280 x 720."""
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    dialog.grab().save("/tmp/backups.png")
    header = dialog.table.horizontalHeader()
    for column in (TAKEN, ASSESSMENTS, ACTIONS):
        text = dialog.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= dialog.fontMetrics().horizontalAdvance(text)
    dialog.reject()


def test_a_backup_another_program_changed_says_why_when_chosen(window, workspace, monday):
    """Its counts read well, so the list cannot tell; chosen, it is checked as a restore
    checks it: both buttons off, the reason under the table, the row marked; another
    backup is still usable."""
    with contextlib.closing(sqlite3.connect(monday.path)) as other:
        other.execute("UPDATE actions SET start = '31.12.2026'")
        other.commit()
    good = take_backup(workspace.path, now=datetime(2026, 3, 3, 8, 30, tzinfo=UTC))
    dialog = window.restore_from_backup()
    assert [row.backup for row in dialog.model.rows] == [good, monday]
    assert dialog.as_new_button.isEnabled() and not dialog.refusal.isVisible()
    dialog.table.selectRow(1)
    assert not dialog.as_new_button.isEnabled() and not dialog.replace_button.isEnabled()
    assert dialog.refusal.isVisible()
    assert dialog.refusal.text().startswith("This backup cannot be restored: ")
    assert "“31.12.2026” in table 'actions', column 'start'" in dialog.refusal.text()
    assert dialog.refusal.textFormat() == Qt.TextFormat.PlainText
    assert dialog.model.index(1, MUNICIPALITY).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(dialog, 1, MUNICIPALITY) == "Kadıköy <b>&</b> Moda", "what it holds is still shown"
    dialog.table.selectRow(0)
    assert dialog.as_new_button.isEnabled() and not dialog.refusal.isVisible()
    assert dialog.model.index(0, MUNICIPALITY).data(Qt.ItemDataRole.ForegroundRole) is None
    dialog.reject()
