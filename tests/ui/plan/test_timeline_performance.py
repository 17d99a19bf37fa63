"""Many actions: the timeline paints only the rows in view, whatever their number. How fast it
is with 10,000 actions is measured by ``benchmarks/plan_scale.py`` (no timing in the tests)."""

import random
from datetime import timedelta

from PySide6.QtCore import Qt
from timeline_helpers import TODAY, make_content

from toolbox_desktop.core.plan import Action, Milestone
from toolbox_desktop.ui.plan.timeline_chart import ROW_HEIGHT
from toolbox_desktop.ui.plan.timeline_view import TimelineView


def many_actions(count: int) -> list[Action]:
    chance = random.Random(7)
    actions = []
    for number in range(1, count + 1):
        start = TODAY + timedelta(days=chance.randint(-1500, 1500))
        dated = number % 50 != 0
        actions.append(
            Action(
                id=number,
                title=f"Action {number}",
                dimension=chance.choice(["gov", "emp", "edu", ""]),
                start=start if dated else None,
                end=start + timedelta(days=chance.randint(0, 400)) if dated else None,
                status=chance.choice(["idea", "planned", "in-progress", "done", "dropped"]),
                milestones=(Milestone("m", start + timedelta(days=3)),) if number % 5 == 0 else (),
            )
        )
    return actions


def test_a_thousand_actions_are_shown_and_only_the_rows_in_view_painted(qtbot):
    view = TimelineView(make_content())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    actions = many_actions(1_000)

    view.set_actions(actions, TODAY)
    view.chart.viewport().grab()  # a full paint

    chart = view.chart
    assert len(chart.undated_ids()) == 20
    fits = chart.viewport().height() // ROW_HEIGHT + 2
    assert len(chart.visible_bar_ids()) <= fits
    chart.select_action(chart.rows()[1].action.id)  # scrolls to the earliest bar
    assert 0 < len(chart.visible_bar_ids()) <= fits
    view.set_grouping("phase")
    view.set_zoom("years")
    chart.verticalScrollBar().setValue(chart.verticalScrollBar().maximum() // 2)
    chart.viewport().grab()
    assert len(chart.visible_bar_ids()) <= fits

    view.select_action(999)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.bar_rect(chart.selected_action()) is not None
