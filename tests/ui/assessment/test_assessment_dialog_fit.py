"""The assessment dialog's "Who took part" field shows five lines whole: sized as four times
the font's height, its fourth line showed cut through the middle at 1280 x 720, with no
scroll bar to say there was more."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from toolbox_desktop.core.assessment import Assessment
from toolbox_desktop.ui.assessment.assessment_dialog import AssessmentDialog


def shown(qtbot, participants: str) -> AssessmentDialog:
    assessment = Assessment(
        id=1, title="Review", assessed_on="2026-10-13", participants=participants
    )
    dialog = AssessmentDialog("Edit assessment", assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_five_lines_show_whole_and_a_sixth_brings_the_scroll_bar(qtbot):
    five = shown(qtbot, "\n".join(f"Person {n} (role {n})" for n in range(1, 6)))
    bar = five.participants.verticalScrollBar()
    assert bar.maximum() == 0, "five lines fit"
    viewport = five.participants.viewport().height()
    cursor = QTextCursor(five.participants.document().lastBlock())
    last = five.participants.cursorRect(cursor)
    assert last.bottom() < viewport, "the fifth line is whole"
    six = shown(qtbot, "\n".join(f"Person {n} (role {n})" for n in range(1, 7)))
    assert six.participants.verticalScrollBar().maximum() > 0, "a sixth says there is more"
    assert five.width() >= 600, "room for a line of names"
