"""The one undo command base of every area, with one rule for an Undo or Redo that fails.

Every edit is written at once (there is no Save button), so a command is pushed after its
change was written: the stack's first ``redo`` only records it. Undo and Redo then write
again, through the area's session, and can fail because another window changed the file
meanwhile, the file cannot be written, or the record is gone. One policy for all of them
(``StoredChangeCommand``), chosen so that nothing the user did is lost and the stack never
claims a state the file does not have:

- **changed elsewhere, in the same place**: the user is asked, as for any edit (keep mine /
  use theirs), about the one record that clashed. Keep mine writes over the other window's
  change. Use theirs writes nothing of that record and the screen shows theirs; a command of
  several records (a bulk change) leaves that record out for good (``leave_out``) and writes
  the rest, keeping the step for them, as the first write of a bulk change does. The command
  leaves the stack only when nothing is left in it.
- **the record no longer exists** (deleted in another window): the user is told and the
  command leaves the stack: on top, it would block every Undo below it for good.
- **any other refusal or failure** (a final assessment, a value no longer allowed, a file
  that cannot be written): the user is told and the command stays where it was, to be undone
  or redone once that is possible. Dropping it would throw away history the user may need
  as soon as the assessment is reopened or the disk has room again.

After any failure the area reads the file again, so that the screen shows what is stored.
``QUndoStack`` moves its index past a command whatever its ``undo``/``redo`` did; a command
that stays puts the index back at once (``_stay_in_place``), with an opposite step that only
records. The Edit menu's texts are the commands' own (``QUndoCommand.text``).

A change stored while an Undo or Redo runs (typed text flushed because Undo shows another
assessment) is pushed only after the stack's ``undo``/``redo`` has returned (``push``): pushed
during it, Qt would set the stack's index over it afterwards and put it on the Redo side,
although the file has it. A question or message box opened by the replay runs an event loop,
so "later" must mean "after the replay", not "at the next timer".
"""

from __future__ import annotations

import contextlib
import sqlite3
import weakref
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

_replaying = 0
_waiting: list[tuple[QUndoStack, QUndoCommand]] = []  # pushed during a replay, in order
_stacks: weakref.WeakSet[QUndoStack] = weakref.WeakSet()
_merge_ids: dict[str, int] = {}


class Replay(Enum):
    """How an Undo or Redo ended."""

    DONE = "done"  # written
    THEIRS = "theirs"  # the user took the other window's change, nothing left to write: leaves
    FAILED = "failed"  # refused or failed; the user was told why: stays where it was
    GONE = "gone"  # the record no longer exists; the user was told: leaves


def merge_id(kind: str) -> int:
    """The ``QUndoCommand.id`` of commands of ``kind`` (e.g. "plan/action") that merge, such
    as typing in one field. One registry for every area, because all areas share one stack
    and Qt offers a new command to the top one whenever their ids are equal."""
    return _merge_ids.setdefault(kind, len(_merge_ids) + 1)


def register_stack(stack: QUndoStack) -> None:
    """Let commands on ``stack`` find it, so that a command whose Undo or Redo failed can
    stay in place. Every session that pushes commands registers its stack (once is enough)."""
    _stacks.add(stack)


def is_replaying() -> bool:
    """True while the stack runs an Undo or Redo of one of these commands: a change stored
    meanwhile (e.g. typed text flushed when Undo switches what is shown) must not be pushed
    now (``push`` waits)."""
    return _replaying > 0


@contextlib.contextmanager
def replaying():
    """Marks a running Undo or Redo; when the outermost ends, the changes pushed meanwhile go
    onto their stacks at the next turn of the event loop, when the stack's ``undo``/``redo``
    has returned (and set its index)."""
    global _replaying
    _replaying += 1
    try:
        yield
    finally:
        _replaying -= 1
        if not _replaying and _waiting:
            QTimer.singleShot(0, _release)


def push(stack: QUndoStack, command: QUndoCommand) -> None:
    """Push a change already written; while an Undo or Redo runs, once it has returned (any
    changes still waiting from one go first, so that the steps keep their order)."""
    if is_replaying():
        _waiting.append((stack, command))
        return
    _release()
    stack.push(command)


def _release() -> None:
    """Push what waited for a replay, in order. Not while another replay runs (a box of it
    runs this timer): that one releases them when it ends."""
    if is_replaying():
        return
    while _waiting:
        stack, command = _waiting.pop(0)
        with contextlib.suppress(RuntimeError):  # the window and its stack are gone
            stack.push(command)


def _position(stack: QUndoStack, running: str) -> int:
    """Where the command run by ``stack``'s ``running`` ("undo"/"redo") is on it."""
    return stack.index() - 1 if running == "undo" else stack.index()


def _stack_running(command: QUndoCommand, running: str) -> QUndoStack | None:
    """The registered stack whose ``running`` (undo or redo) is ``command``'s, if any (None
    while the command is pushed, when it is not on the stack yet)."""
    for stack in list(_stacks):
        with contextlib.suppress(RuntimeError):  # the stack was destroyed
            position = _position(stack, running)
            if 0 <= position < stack.count() and stack.command(position) is command:
                return stack
    return None


def _stay_in_place(command: StoredChangeCommand, stack: QUndoStack | None, failed: str) -> bool:
    """After ``command``'s ``failed`` ("undo"/"redo") wrote nothing, move ``stack``'s index
    back as soon as the stack has moved it, with the opposite step that only records. False
    when there is no stack to put it back on."""
    if stack is None:
        return False
    back = "redo" if failed == "undo" else "undo"

    def restore(_index: int) -> None:
        stack.indexChanged.disconnect(restore)
        position = _position(stack, back)
        if 0 <= position < stack.count() and stack.command(position) is command:
            command._skip = back
            getattr(stack, back)()

    stack.indexChanged.connect(restore)
    return True


class StoredChangeCommand(QUndoCommand):
    """A change stored in the file; Undo and Redo write it again under the module's policy.

    A subclass says how to write (``write_undo``, ``write_redo``), which errors mean what
    (``conflict_errors``, ``gone_errors``, ``write_errors``), and how its area asks
    (``keep_mine``), tells (``tell``) and reads the file again (``reload``). ``done``: the
    change was written before the push (the first ``redo`` only records it); False for a
    command whose push does the change (then a refusal at once drops it).
    """

    conflict_errors: tuple[type[Exception], ...] = ()
    gone_errors: tuple[type[Exception], ...] = ()
    write_errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, text: str, done: bool = True, merge: int = -1) -> None:
        super().__init__(text)
        self.merge = merge
        self._skip = "redo" if done else ""  # the next call of this only moves the stack

    # -- what a subclass provides ----------------------------------------------------------
    def write_redo(self) -> None:
        raise NotImplementedError

    def write_undo(self) -> None:
        raise NotImplementedError

    def keep_mine(self, conflict: Exception) -> bool:
        """Ask the user about ``conflict`` (one of ``conflict_errors``); True when they keep
        their change, False when they take the other window's."""
        del conflict
        return False

    def rebase(self, conflict: Exception) -> None:
        """The user keeps their change: the next attempt writes over what ``conflict`` found
        stored (e.g. remember ``conflict.stored`` as the record expected)."""
        raise NotImplementedError

    def leave_out(self, conflict: Exception) -> bool:
        """The user took the other window's version of the record ``conflict`` names: take it
        out of this command for good. True when records are left (the replay goes on with
        them and the step stays), False when none is (the command leaves the stack). A
        command of one record has nothing left."""
        del conflict
        return False

    def tell(self, error: Exception) -> None:
        """Say why ``error`` kept the change from being written, and what to do."""

    def reload(self) -> None:
        """Read the file again, so that the screen shows what is stored."""

    # -- QUndoCommand ----------------------------------------------------------------------
    def id(self) -> int:
        return self.merge

    def redo(self) -> None:
        self._replay("redo", self.write_redo)

    def undo(self) -> None:
        self._replay("undo", self.write_undo)

    def _replay(self, running: str, write: Callable[[], None]) -> None:
        if self._skip == running:
            self._skip = ""
            return
        stack = _stack_running(self, running)  # None while pushed
        with replaying():
            outcome = self.attempt(write)
        if outcome is Replay.DONE:
            return
        if outcome is Replay.FAILED and _stay_in_place(self, stack, running):
            return
        self.setObsolete(True)

    def attempt(self, write: Callable[[], None]) -> Replay:
        """Run ``write`` under the policy: ask on a clash (again after each keep mine; after
        use theirs, write the records left), tell on any other error; read the file again
        after anything but success."""
        while True:
            try:
                write()
                return Replay.DONE
            except self.conflict_errors as conflict:
                if self.keep_mine(conflict):
                    self.rebase(conflict)
                    continue
                self._reload()  # shows theirs
                if self.leave_out(conflict):
                    continue
                return Replay.THEIRS
            except self.write_errors as error:
                self.tell(error)
                self._reload()
                return Replay.GONE if isinstance(error, self.gone_errors) else Replay.FAILED

    def _reload(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # unreadable now: the next poll shows it
            self.reload()
