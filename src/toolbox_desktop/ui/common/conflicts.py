"""The one question asked when another window changed what this one is storing.

Two windows on one file (or two laptops on a shared folder) may change the same field of an
action, an indicator, an annual text or the profile. Nothing is written silently over the
other's change: the user chooses, and the value that loses stays in the file's edit history.
Tests replace ``ask_keep_mine`` (looked up at call time) instead of clicking a modal box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from toolbox_desktop.ui.common.message_boxes import plain_box

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
