"""The one question asked when another window changed what this one is storing.

Two windows on one file (or two laptops on a shared folder) may change the same field of an
action, an indicator, an annual text or the profile. Nothing is written silently over the
other's change: the user chooses, and the value that loses stays in the file's edit history.
Tests replace ``ask_keep_mine`` (looked up at call time) instead of clicking a modal box.

``store_asking`` (and ``resolve_clash``, its second half) is the one way to store an edit
made against what the screen showed, so that Keep mine and Use theirs mean the same
everywhere. Its users: ``ui/plan/session.py`` (an action's fields, an indicator),
``ui/assessment/session.py`` (the municipality profile) and
``ui/reports/annual_texts_editor.py`` (the annual report texts), each asking with ``ask``.
A bulk change of the plan asks per action with ``keep_mine_or_set_aside``; the plan's Undo
and Redo ask with ``ask`` too, under the policy of ``ui/common/undo.py``. Ratings have a
question of their own (``ui/assessment/problems.py``, built on ``keep_or_take_box`` and
``kept_mine``); ``is_asking`` holds back the poll (``change_poller.py``) and the typing
timers (``typing_pause.py``) while a question is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from toolbox_desktop.core.merging import ChangedElsewhereError
from toolbox_desktop.ui.common.message_boxes import plain_box

Record = TypeVar("Record")

ANSWER_DELAY_MS = 700


def keep_or_take_box(
    parent: QWidget | None, title: str, text: str, informative: str
) -> QMessageBox:
    """A warning with the two answers, Keep mine (default) and Use theirs (Esc); plain text,
    because ``text`` names the user's own records."""
    box = plain_box(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    keep = box.addButton(
        QCoreApplication.translate("Conflicts", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs = box.addButton(
        QCoreApplication.translate("Conflicts", "Use theirs"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("keep_mine")
    theirs.setObjectName("use_theirs")
    box.setDefaultButton(keep)
    box.setEscapeButton(theirs)
    # The question may open while the user is typing: the next keystroke must not answer it.
    for button in (keep, theirs):
        button.setEnabled(False)
        QTimer.singleShot(ANSWER_DELAY_MS, box, lambda b=button: b.setEnabled(True))
    return box


_asking = 0


def is_asking() -> bool:
    """True while the question is open. Its modal loop still runs timers: the poll for other
    windows' changes and the typing timers wait, or they would store or ask again over it."""
    return _asking > 0


def kept_mine(box: QMessageBox) -> bool:
    """Show ``box``; True when the user keeps their change, False when they take theirs."""
    global _asking
    _asking += 1
    try:
        box.exec()
    finally:
        _asking -= 1
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "keep_mine"


def conflict_box(parent: QWidget | None, what: str) -> QMessageBox:
    """``what`` names the record in a sentence, e.g. the action “Language café”."""
    return keep_or_take_box(
        parent,
        QCoreApplication.translate("Conflicts", "Changed elsewhere"),
        QCoreApplication.translate(
            "Conflicts",
            "{what} was changed in another window or by another copy of the app after this "
            "window showed it, in the same place you changed.",
        ).format(what=what),
        QCoreApplication.translate(
            "Conflicts",
            "Keep mine stores your change on top of theirs. Use theirs shows their version "
            "and drops your change. Nothing is lost either way: the other version stays in "
            "the file's edit history.",
        ),
    )


def ask_keep_mine(parent: QWidget | None, what: str) -> bool:
    """True when the user keeps their change, False when they take the other one."""
    return kept_mine(conflict_box(parent, what))


def ask(parent: QWidget | None, what: str) -> bool:
    """``ask_keep_mine`` looked up at call time, so that tests can answer instead."""
    import toolbox_desktop.ui.common.conflicts as module

    return module.ask_keep_mine(parent, what)


# -- storing an edit when another window changed the same record --------------------------
@dataclass(frozen=True)
class Stored(Generic[Record]):
    """What ``store_asking`` did: ``record`` is stored now; ``fields`` of the user's change
    were written over ``over`` (``base``, or the other window's version after the question);
    no ``fields`` when nothing of the user's change was written."""

    record: Record
    over: Record
    fields: tuple[str, ...]

    def replaced(self) -> dict[str, Any]:
        """The values the write replaced, by field (what Undo writes back)."""
        return {name: getattr(self.over, name) for name in self.fields}


def keep_mine_or_set_aside(conflict: ChangedElsewhereError, mine, question, set_aside) -> bool:
    """Ask about ``conflict`` (``question(theirs)``); True when the user keeps their change. When
    they take theirs, ``set_aside(theirs, mine, fields)`` keeps their clashing values in the
    edit history, so that nothing is lost."""
    if question(conflict.stored):
        return True
    set_aside(conflict.stored, mine, conflict.fields)
    return False


def resolve_clash(
    conflict: ChangedElsewhereError,
    mine: Record,
    fields: tuple[str, ...],
    save: Callable[[Record, Record], Record],
    question: Callable[[Record], bool],
    set_aside: Callable[[Record, Record, tuple[str, ...]], None],
) -> Stored[Record]:
    """After ``save(mine, base)`` refused with ``conflict``: ask. Keep mine writes all of
    ``mine``'s ``fields`` over theirs; Use theirs writes only the fields the other window did
    not change (their values win where both changed; mine go to the edit history)."""
    theirs = conflict.stored
    if not keep_mine_or_set_aside(conflict, mine, question, set_aside):
        fields = tuple(name for name in fields if name not in conflict.fields)
    if not fields:
        return Stored(theirs, theirs, ())
    target = replace(theirs, **{name: getattr(mine, name) for name in fields})
    return Stored(save(target, theirs), theirs, fields)


def store_asking(
    save: Callable[[Record, Record], Record],
    base: Record,
    mine: Record,
    fields: tuple[str, ...],
    question: Callable[[Record], bool],
    set_aside: Callable[[Record, Record, tuple[str, ...]], None],
) -> Stored[Record]:
    """Write ``mine``'s ``fields`` (those changed since ``base``, what the screen showed)
    with ``save(mine, base)``, which refuses with ``ChangedElsewhereError`` when another
    window changed one of them; then the user is asked (``resolve_clash``). Other errors of
    ``save`` reach the caller, as does a second clash (another write came in meanwhile)."""
    try:
        return Stored(save(mine, base), base, fields)
    except ChangedElsewhereError as conflict:
        return resolve_clash(conflict, mine, fields, save, question, set_aside)
