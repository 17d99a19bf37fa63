"""The one undo policy of every area (ui/common/undo.py), on a command that writes into a
dict as a file would: a refused Undo or Redo is told and stays where it was; a record gone
is told and leaves; a clash is asked about, Keep mine writes over theirs, Use theirs leaves."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QUndoStack

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


def test_merge_ids_are_one_per_kind_across_areas():
    assert merge_id("test/a") == merge_id("test/a")
    assert merge_id("test/a") != merge_id("test/b")
    assert merge_id("plan/action") not in {merge_id(f"assessment/{f}") for f in ("notes",)}
