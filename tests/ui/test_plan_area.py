"""The Action plan area in the main window, end to end: a gap on the dashboard becomes an
action, it is edited in the table, dragged on the timeline with the mouse, and undone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.ui.assessment.assessment_area import DASHBOARD_TAB
from toolbox_desktop.ui.main_window import ASSESSMENT_ROW, PLAN_ROW, MainWindow
from toolbox_desktop.ui.plan import action_model
from toolbox_desktop.ui.plan.plan_area import TABLE_TAB, TIMELINE_TAB

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2026, 3, 15)


@pytest.fixture
def window(qtbot, workspace, ui_state):
    window = MainWindow(
        workspace.content, ui_state, workspace.path, workspace.failed_packs, conn=workspace.conn
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_3_opens_the_plan(window):
    QTest.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.plan_area is not None
    assert window.pages.currentWidget() is window.plan_area


def test_gap_to_action_edit_drag_and_undo(window, workspace, stored, qtbot):
    # a gap on the dashboard
    window.show_area(ASSESSMENT_ROW)
    session = window.assessment_area.session
    assessment = session.create_assessment("2026", "2026-03-01")
    code = "gov.resources.3"
    session.write_rating(assessment.id, code, Rating(code, level=1, target=3), expected=None)
    dashboard = window.assessment_area.dashboard
    window.assessment_area.tabs.setCurrentIndex(DASHBOARD_TAB)
    dashboard.gap_table.selectRow(0)
    dashboard.create_action_button.click()

    # ... becomes an action in the plan, linked to the benchmark and its dimension
    assert window.pages.currentWidget() is window.plan_area
    [action] = stored.actions()
    assert action.benchmarks == (code,) and action.dimension == "gov"
    benchmark = workspace.content.item(code)
    assert benchmark.title in action.title
    # ... and the benchmark lists it in the rating screen
    editor = window.assessment_area.page.rating_screen.editor
    window.assessment_area.page.rating_screen.select_code(code)
    assert any(
        action.title in text
        for _id, text in window.plan_area.session.action_summaries_for_benchmark(code)
    )
    assert editor is not None

    # edit the title in the table (F2, type, Enter)
    area = window.plan_area
    area.tabs.setCurrentIndex(TABLE_TAB)
    table = area.page.table
    row = next(
        r
        for r in range(table.proxy.rowCount())
        if table.proxy.index(r, 0).data(action_model.ID_ROLE) == action.id
    )
    index = table.proxy.index(row, action_model.TITLE)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell_editor = table.indexWidget(index)
    cell_editor.selectAll()
    qtbot.keyClicks(cell_editor, "Separate budget line for integration")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert stored.action(action.id).title == "Separate budget line for integration"

    # give it dates, then drag its bar two weeks later on the timeline
    start, end = date(2026, 5, 1), date(2026, 8, 31)
    area.session.move_action(action.id, start, end)
    area._today = lambda: TODAY
    area.tabs.setCurrentIndex(TIMELINE_TAB)
    timeline = area.timeline
    timeline.set_zoom("months")
    timeline.select_action(action.id)
    chart = timeline.chart
    rect = chart.bar_rect(action.id)
    viewport = chart.viewport()
    first = rect.center().toPoint()
    last = (rect.center() + QPointF(14 * 4.0, 0)).toPoint()  # 4 px a day at month zoom
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, pos=first + (last - first) * step / 4)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last)
    moved = stored.action(action.id)
    assert (moved.start, moved.end) == (start + timedelta(days=14), end + timedelta(days=14))
    assert chart.bar_rect(action.id).left() == pytest.approx(rect.left() + 56, abs=1)

    # undo (Ctrl+Z) brings the dates back, twice more undoes the dates and the title
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert (stored.action(action.id).start, stored.action(action.id).end) == (start, end)
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stored.action(action.id).title == action.title


def test_an_action_leads_back_to_its_benchmark(window, stored):
    window.show_area(PLAN_ROW)
    plan = window.plan_area
    action = plan.create_action_from_benchmark("edu.parents.1")
    plan.page.editor.benchmark_activated.emit("edu.parents.1")
    assert window.pages.currentWidget() is window.assessment_area
    assert stored.action(action.id).benchmarks == ("edu.parents.1",)


def test_the_plan_state_is_kept_when_the_window_closes(window, stored):
    window.show_area(PLAN_ROW)
    window.plan_area.page.create_action()
    window.close()
    assert len(stored.actions()) == 1


def test_changes_from_another_window_appear_and_typed_text_is_kept(window, stored):
    from toolbox_desktop.core.plan import Action

    window.show_area(PLAN_ROW)
    area = window.plan_area
    mine = area.session.create_action(Action(title="Language café"))
    area.session.select_action(mine.id)
    editor = area.page.editor
    editor.form.title.setText("Language café every Tuesday")  # typed, not yet committed
    assert not area.check_external_changes()  # nothing new yet
    other = stored.save_action(Action(title="Welcome desk in the town hall"))
    assert area.check_external_changes()
    titles = {action.title for action in area.session.actions()}
    assert "Welcome desk in the town hall" in titles
    assert "Language café every Tuesday" in titles  # stored before the plan was read again
    assert stored.action(mine.id).title == "Language café every Tuesday"
    assert editor.form.title.text() == "Language café every Tuesday"
    assert stored.action(other.id).title == "Welcome desk in the town hall"


def test_an_area_not_built_yet_says_loading_with_the_wait_cursor_while_it_is_built(window):
    from PySide6.QtWidgets import QApplication, QStatusBar

    seen = {}
    build = window._factories[PLAN_ROW]  # the page of the plan is in its row

    def watched_build():
        page = window.pages.currentWidget()
        seen["page"] = page.label.text() if page.isVisible() else None
        cursor = QApplication.overrideCursor()
        seen["cursor"] = cursor.shape() if cursor is not None else None
        seen["status"] = window.findChild(QStatusBar).currentMessage()
        return build()

    window._factories[PLAN_ROW] = watched_build
    window.show_area(PLAN_ROW)
    assert seen == {
        "page": "Loading…",
        "cursor": Qt.CursorShape.WaitCursor,
        "status": "Loading…",
    }
    assert window.pages.currentWidget() is window.plan_area
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_a_tab_clicked_for_the_first_time_shows_the_wait_cursor_until_it_is_drawn(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.show_area(PLAN_ROW)
    tabs = window.plan_area.tabs
    bar = tabs.tabBar()
    cursors = []
    tabs.currentChanged.connect(
        lambda _i: cursors.append(getattr(QApplication.overrideCursor(), "shape", lambda: None)())
    )
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TIMELINE_TAB).center())
    assert tabs.currentIndex() == TIMELINE_TAB
    assert cursors == [Qt.CursorShape.WaitCursor]  # up while the tab was switched and drawn
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TABLE_TAB).center())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TIMELINE_TAB).center())
    assert cursors[1:] == [None, None]  # shown before: no busy state


def _cursor_when_switched(tabs) -> list:
    from PySide6.QtWidgets import QApplication

    cursors = []
    tabs.currentChanged.connect(
        lambda _i: cursors.append(getattr(QApplication.overrideCursor(), "shape", lambda: None)())
    )
    return cursors


def test_a_tab_reached_by_keyboard_for_the_first_time_shows_the_busy_state(window, qtbot):
    from PySide6.QtWidgets import QApplication, QStatusBar

    from toolbox_desktop.ui.plan.plan_area import BUDGET_TAB

    window.show_area(PLAN_ROW)
    tabs = window.plan_area.tabs
    status = []
    tabs.currentChanged.connect(
        lambda _i: status.append(window.findChild(QStatusBar).currentMessage())
    )
    cursors = _cursor_when_switched(tabs)
    tabs.currentWidget().setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == TIMELINE_TAB
    assert cursors == [Qt.CursorShape.WaitCursor]  # Ctrl+Tab from inside the page
    assert status == ["Loading…"]
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None)
    assert window.statusBar().currentMessage() == ""
    bar = tabs.tabBar()
    bar.setFocus()
    QTest.keyClick(bar, Qt.Key.Key_Right)  # the arrow keys on the tab bar
    assert tabs.currentIndex() == BUDGET_TAB
    assert cursors[1:] == [Qt.CursorShape.WaitCursor]
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None)
    QTest.keyClick(bar, Qt.Key.Key_Left)
    QTest.keyClick(bar, Qt.Key.Key_Right)
    QTest.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # around
    assert tabs.currentIndex() == TABLE_TAB
    assert cursors[2:] == [None, None, None]  # all shown before: no busy state
    assert QApplication.overrideCursor() is None


def test_a_key_that_leads_to_no_new_tab_shows_no_busy_state(window, monkeypatch):
    from contextlib import nullcontext

    from toolbox_desktop.ui.common import busy

    window.show_area(PLAN_ROW)
    tabs = window.plan_area.tabs
    bar = tabs.tabBar()
    bar.setFocus()
    shown = []
    monkeypatch.setattr(busy, "busy", lambda widget=None: shown.append(widget) or nullcontext())
    QTest.keyClick(bar, Qt.Key.Key_Left)  # on the first tab already: nothing to switch to
    QTest.keyClick(bar, Qt.Key.Key_Down)  # not a key the tab bar switches with
    assert tabs.currentIndex() == TABLE_TAB
    assert shown == []
    QTest.keyClick(bar, Qt.Key.Key_Right)  # the same watch does see a key that switches
    assert tabs.currentIndex() == TIMELINE_TAB
    assert shown == [tabs]


def test_a_tab_chosen_by_its_alt_letter_for_the_first_time_shows_the_busy_state(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.show_area(PLAN_ROW)
    tabs = window.plan_area.tabs
    cursors = _cursor_when_switched(tabs)
    tabs.currentWidget().setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentIndex() == TIMELINE_TAB
    assert cursors == [Qt.CursorShape.WaitCursor]
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None)
