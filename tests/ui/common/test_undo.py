"""The one undo policy of every area (ui/common/undo.py), on a command that writes into a
dict as a file would: a refused Undo or Redo is told and stays where it was; a record gone
is told and leaves; a clash is asked about, Keep mine writes over theirs, Use theirs leaves."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from toolbox_desktop.ui.common import undo
from toolbox_desktop.ui.common.undo import StoredChangeCommand, merge_id, register_stack


class ClashError(Exception):
    def __init__(self, stored) -> None:
        super().__init__("changed elsewhere")
        self.stored = stored


class GoneError(LookupError):
    pass


class File:
    """One value, with what makes writing it fail."""

    def __init__(self) -> None:
        self.value = "after"
        self.failing: Exception | None = None

    def write(self, value: str, expected: str) -> None:
        if self.failing is not None:
            raise self.failing
        if self.value != expected:
            raise ClashError(self.value)
        self.value = value


class SetValue(StoredChangeCommand):
    conflict_errors = (ClashError,)
    gone_errors = (GoneError,)
    write_errors = (GoneError, sqlite3.Error)

    def __init__(self, file: File, answers: list[bool]) -> None:
        super().__init__("Set value")
        self.file = file
        self.answers = answers
        self.told: list[str] = []
        self.reloads = 0
        self.expected: str | None = None

    def _write(self, value: str, expected: str) -> None:
        self.file.write(value, self.expected or expected)
        self.expected = None

    def write_redo(self) -> None:
        self._write("after", "before")

    def write_undo(self) -> None:
        self._write("before", "after")

    def keep_mine(self, conflict: Exception) -> bool:
        return self.answers.pop(0)

    def rebase(self, conflict: Exception) -> None:
        self.expected = conflict.stored

    def tell(self, error: Exception) -> None:
        self.told.append(str(error))

    def reload(self) -> None:
        self.reloads += 1


@pytest.fixture
def stack(qapp):
    stack = QUndoStack()
    register_stack(stack)
    return stack


def pushed(stack, answers=()) -> tuple[File, SetValue]:
    file = File()
    command = SetValue(file, list(answers))
    stack.push(command)  # already written: the first redo only records
    return file, command


def test_the_first_redo_only_records_and_undo_redo_write(stack):
    file, _command = pushed(stack)
    assert file.value == "after" and stack.undoText() == "Set value"
    stack.undo()
    assert file.value == "before"
    stack.redo()
    assert file.value == "after"


def test_a_refused_undo_is_told_and_stays_where_it_was(stack):
    file, command = pushed(stack)
    file.failing = sqlite3.OperationalError("disk I/O error")
    stack.undo()
    assert command.told == ["disk I/O error"] and command.reloads == 1
    assert (stack.count(), stack.index()) == (1, 1) and file.value == "after"
    file.failing = None
    stack.undo()
    assert (stack.count(), stack.index(), file.value) == (1, 0, "before")


def test_a_refused_redo_stays_too(stack):
    file, command = pushed(stack)
    stack.undo()
    file.failing = sqlite3.OperationalError("database is locked")
    stack.redo()
    assert (stack.count(), stack.index(), file.value) == (1, 0, "before")
    assert command.told == ["database is locked"]
    file.failing = None
    stack.redo()
    assert (stack.index(), file.value) == (1, "after")


def test_a_record_gone_is_told_and_leaves(stack):
    file, command = pushed(stack)
    file.failing = GoneError("deleted in another window")
    stack.undo()
    assert command.told == ["deleted in another window"]
    assert stack.count() == 0


def test_a_clash_asks_and_keep_mine_writes_over_theirs(stack):
    file, command = pushed(stack, answers=[True])
    file.value = "theirs"
    stack.undo()
    assert file.value == "before" and not command.answers
    assert (stack.count(), stack.index()) == (1, 0) and command.told == []


def test_a_clash_asks_and_use_theirs_leaves_with_nothing_written(stack):
    file, command = pushed(stack, answers=[False])
    file.value = "theirs"
    stack.undo()
    assert file.value == "theirs" and command.reloads == 1
    assert stack.count() == 0


def run_a_modal_loop() -> None:
    """What a message box's ``exec`` does to timers: they run inside it."""
    loop = QEventLoop()
    QTimer.singleShot(20, loop.quit)
    loop.exec()


class TypedText(QUndoCommand):
    """Text typed elsewhere, written when the Undo showed another record (and flushed it)."""

    def __init__(self, file: dict) -> None:
        super().__init__("Edit notes")
        self.file = file
        self.recorded = False

    def redo(self) -> None:
        if self.recorded:
            self.file["notes"] = "typed"
        self.recorded = True

    def undo(self) -> None:
        self.file["notes"] = ""


class FlushingSetValue(SetValue):
    """An Undo that first stores typed text (as switching the assessment shown does), then is
    refused (the assessment is final); the user is told in a modal box."""

    def __init__(self, file: File, stack: QUndoStack, notes: dict) -> None:
        super().__init__(file, [])
        self.stack = stack
        self.notes = notes

    def write_undo(self) -> None:
        self.notes["notes"] = "typed"
        undo.push(self.stack, TypedText(self.notes))
        super().write_undo()

    def tell(self, error: Exception) -> None:
        super().tell(error)
        run_a_modal_loop()


@pytest.mark.parametrize("refused", [True, False])
def test_a_change_stored_during_an_undo_is_offered_for_undo_not_redo(qtbot, stack, refused):
    notes = {"notes": ""}
    file = File()
    command = FlushingSetValue(file, stack, notes)
    stack.push(command)
    if refused:
        file.failing = sqlite3.OperationalError("the assessment is final")
    undo_action, redo_action = stack.createUndoAction(stack), stack.createRedoAction(stack)

    stack.undo()
    run_a_modal_loop()  # back in the window's event loop

    assert notes == {"notes": "typed"}, "the file has the typed text"
    assert undo_action.isEnabled() and undo_action.text() == "Undo Edit notes"
    if refused:
        assert command.told == ["the assessment is final"] and file.value == "after"
        assert not redo_action.isEnabled(), "nothing on the Redo side"
        assert [stack.command(i).text() for i in range(stack.count())] == [
            "Set value",
            "Edit notes",
        ]
    else:  # the typed text came after the Undo: it takes the Redo side's place, as any edit
        assert file.value == "before" and stack.count() == 1
    stack.undo()
    assert notes == {"notes": ""}


def test_merge_ids_are_one_per_kind_across_areas():
    assert merge_id("test/a") == merge_id("test/a")
    assert merge_id("test/a") != merge_id("test/b")
    assert merge_id("plan/action") not in {merge_id(f"assessment/{f}") for f in ("notes",)}
