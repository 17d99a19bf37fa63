"""The one empty-state panel every area uses: a short message centred, a guide with a tip and
first-step buttons, and the palette's further series colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from toolbox_desktop.ui.assessment.empty_state import assessment_empty_state
from toolbox_desktop.ui.common.empty_state import EmptyState
from toolbox_desktop.ui.common.palette import SERIES_COLORS, series_color
from toolbox_desktop.ui.plan.empty_state import plan_empty_state


def test_a_short_message_is_centred_without_tip_or_buttons(qtbot):
    state = EmptyState("Nothing here", "Do this first.")
    qtbot.addWidget(state)
    state.show()
    assert state.text_label.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert state.text_label.accessibleName() == "Nothing here"
    assert not state.hint_label.isVisible()


def test_buttons_keep_their_order_and_the_default_answers_enter(qtbot):
    state = EmptyState("Title", "Text", "Tip: a tip.")
    qtbot.addWidget(state)
    first = state.add_button("First")
    second = state.add_button("Second", default=True)
    state.show()
    assert state.hint_label.isVisible()
    assert first.x() < second.x()
    assert second.isDefault() and not first.isDefault()


def test_the_areas_keep_their_texts_and_buttons(qtbot):
    assessment = assessment_empty_state(65)
    plan = plan_empty_state()
    qtbot.addWidget(assessment)
    qtbot.addWidget(plan)
    assert assessment.title_label.text() == "No assessment yet"
    assert "65" in assessment.text_label.text()
    assert assessment.profile_button.text() == "Fill in the profile…"
    assert assessment.create_button.isDefault()
    assert not assessment.hint_label.isWindow()
    assert plan.title_label.text() == "No actions yet"
    assert plan.create_button.text() == "Create the first action"


def test_series_colours_repeat_and_lighten_on_dark():
    light = QPalette(QColor("#ffffff"))
    dark = QPalette(QColor("#202020"))
    assert series_color(0, light) == QColor(SERIES_COLORS[0])
    assert series_color(len(SERIES_COLORS), light) == series_color(0, light)
    assert series_color(0, dark) != series_color(0, light)
