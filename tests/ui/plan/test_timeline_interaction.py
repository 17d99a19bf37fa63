"""Mouse and keyboard on the timeline: drags ask for new dates, the view never changes data."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from timeline_helpers import TODAY, action, make_content, press_move_release

from toolbox_desktop.ui.plan.timeline_scale import PX_PER_DAY
from toolbox_desktop.ui.plan.timeline_view import TimelineView

START, END = date(2026, 3, 25), date(2026, 4, 24)


@pytest.fixture(autouse=True)
def english_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def plan():
    return [
        action(1, "Welcome desk", dimension="gov", start=START, end=END, status="planned"),
        action(2, "Job fair", dimension="gov", start=date(2026, 4, 1), end=date(2026, 6, 1)),
        action(3, "Homework café", dimension="edu", start=date(2026, 2, 1), end=date(2026, 5, 1)),
        action(4, "Undated", dimension="edu"),
    ]


@pytest.fixture
def view(qtbot):
    widget = TimelineView(make_content())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_actions(plan(), TODAY)
    widget.set_zoom("months")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def record(signal) -> list:
    calls = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def test_dragging_a_bar_asks_to_move_it_by_whole_days(view, qtbot):
    chart = view.chart
    rect = chart.bar_rect(1)
    moved = record(view.action_moved)
    days = 12
    target = rect.center() + QPointF(days * PX_PER_DAY["months"], 3)
    press_move_release(qtbot, chart.viewport(), rect.center(), target)
    assert moved == [(1, START + timedelta(days=days), END + timedelta(days=days))]
    assert chart.bar_rect(1) == rect  # unchanged until the owner refreshes


def test_a_drag_shows_a_preview_until_release(view, qtbot):
    chart = view.chart
    rect = chart.bar_rect(1)
    viewport = chart.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.mouseMove(viewport, pos=(rect.center() + QPointF(40, 0)).toPoint())
    assert chart.drag().preview() == (START + timedelta(days=10), END + timedelta(days=10))
    assert viewport.cursor().shape() == Qt.CursorShape.ClosedHandCursor
    qtbot.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, pos=(rect.center() + QPointF(40, 0)).toPoint()
    )
    assert chart.drag() is None


def test_the_owner_applies_the_move_by_refreshing(view, qtbot):
    chart = view.chart
    rect = chart.bar_rect(1)

    def store(action_id, start, end):
        actions = [a.with_changes(start=start, end=end) if a.id == action_id else a for a in plan()]
        view.set_actions(actions, TODAY)

    view.action_moved.connect(store)
    press_move_release(qtbot, chart.viewport(), rect.center(), rect.center() + QPointF(20, 0))
    assert chart.bar_rect(1).left() == pytest.approx(rect.left() + 5 * PX_PER_DAY["months"])


def test_dragging_the_right_end_changes_only_the_end(view, qtbot):
    chart = view.chart
    rect = chart.bar_rect(1)
    moved = record(view.action_moved)
    grip = QPointF(rect.right() - 2, rect.center().y())
    qtbot.mouseMove(chart.viewport(), pos=grip.toPoint())
    assert chart.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    press_move_release(qtbot, chart.viewport(), grip, grip + QPointF(7 * 4, 0))
    assert moved == [(1, START, END + timedelta(days=7))]


def test_dragging_the_left_end_changes_only_the_start(view, qtbot):
    chart = view.chart
    rect = chart.bar_rect(1)
    moved = record(view.action_moved)
    grip = QPointF(rect.left() + 2, rect.center().y())
    press_move_release(qtbot, chart.viewport(), grip, grip - QPointF(5 * 4, 0))
    assert moved == [(1, START - timedelta(days=5), END)]


def test_escape_cancels_a_drag(view, qtbot):
    chart = view.chart
    rect = chart.bar_rect(1)
    viewport = chart.viewport()
    moved = record(view.action_moved)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.mouseMove(viewport, pos=(rect.center() + QPointF(60, 0)).toPoint())
    assert chart.drag() is not None
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.drag() is None
    qtbot.mouseMove(viewport, pos=(rect.center() + QPointF(80, 0)).toPoint())
    qtbot.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, pos=(rect.center() + QPointF(80, 0)).toPoint()
    )
    assert moved == []


def test_a_click_selects_without_moving(view, qtbot):
    chart = view.chart
    moved = record(view.action_moved)
    qtbot.mouseClick(
        chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_rect(2).center().toPoint()
    )
    assert view.selected_action() == 2
    assert moved == []


def test_alt_right_moves_the_selected_action_by_one_unit_of_the_zoom(view, qtbot):
    moved = record(view.action_moved)
    view.select_action(1)
    qtbot.keyClick(view.chart, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert moved == [(1, date(2026, 4, 25), date(2026, 5, 25))]  # a month later, same length
    view.set_zoom("quarters")
    qtbot.keyClick(view.chart, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert moved[-1] == (1, date(2025, 12, 25), date(2026, 1, 24))


def test_double_click_and_enter_activate_an_action(view, qtbot):
    chart = view.chart
    activated = record(view.action_activated)
    qtbot.mouseDClick(
        chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_rect(3).center().toPoint()
    )
    assert activated == [(3,)]
    view.select_action(4)  # an undated action can be opened to give it dates
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert activated[-1] == (4,)


def test_arrow_keys_move_the_selection_between_actions(view, qtbot):
    chart = view.chart
    order = [row.action.id for row in chart.rows() if row.action is not None]
    assert order == [1, 2, 3, 4]
    view.select_action(2)
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # over the "Education" header
    assert view.selected_action() == 3
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert view.selected_action() == 1
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert view.selected_action() == 4


def test_plus_minus_and_ctrl_wheel_zoom(view, qtbot):
    chart = view.chart
    anchor = chart.bar_rect(1).left()
    position = QPointF(anchor, chart.bar_rect(1).center().y())
    wheel = QWheelEvent(
        position,
        chart.viewport().mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart.viewport(), wheel)
    assert chart.zoom() == "quarters"
    assert chart.bar_rect(1).left() == pytest.approx(anchor, abs=2)  # the day under the mouse
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert chart.zoom() == "years"
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert chart.zoom() == "years"
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert chart.zoom() == "quarters"
