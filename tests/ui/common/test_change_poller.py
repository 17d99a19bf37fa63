"""Following other windows: one poller per window notices another connection's writes to
the file, the areas shown read them at once, a hidden area only when it is shown."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QWidget

from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.common.change_poller import ChangePoller
from toolbox_desktop.ui.common.refresh import RefreshWhenShown
from toolbox_desktop.ui.main_window import ASSESSMENT_ROW, PLAN_ROW


@pytest.fixture
def other(workspace):
    """Another connection to the same file, as a second window has."""
    conn = connect(workspace.path)
    yield conn
    conn.close()


@pytest.fixture
def window(window):
    """The shared main window (``tests/ui/conftest.py``), its poller stopped: the test checks
    by hand."""
    window.poller.stop()
    return window


def test_a_write_on_another_connection_is_noticed_and_an_own_write_is_not(qtbot, workspace, other):
    poller = ChangePoller.for_connection(workspace.conn)
    heard = []
    poller.subscribe(lambda: heard.append("changed"))
    assert not poller.check()
    PlanRepository(workspace.conn).save_action(Action(title="Written in this window"))
    assert not poller.check() and heard == []
    PlanRepository(other).save_action(Action(title="Written in the other window"))
    assert poller.check() and heard == ["changed"]
    assert not poller.check() and heard == ["changed"], "told once per change"


def test_a_subscriber_that_could_not_read_hears_again_at_the_next_check(workspace, other):
    poller = ChangePoller.for_connection(workspace.conn)
    busy, calls = [True], {"busy": 0, "fine": 0}

    def reads_busy():
        calls["busy"] += 1
        if busy[0]:
            raise sqlite3.OperationalError("database is locked")

    poller.subscribe(reads_busy)
    poller.subscribe(lambda: calls.__setitem__("fine", calls["fine"] + 1))
    PlanRepository(other).save_action(Action(title="Elsewhere"))
    poller.poll()  # the timer's slot: the error does not escape
    busy[0] = False
    poller.poll()
    assert calls == {"busy": 2, "fine": 1}
    poller.poll()
    assert calls == {"busy": 2, "fine": 1}


def test_one_poller_per_window_stopped_when_the_window_closes(window):
    window.show_area(PLAN_ROW)
    window.show_area(ASSESSMENT_ROW)
    assert window.plan_area.poller is window.poller
    assert window.assessment_area.poller is window.poller
    window.poller.start()
    assert window.poller.is_active()
    window.close()
    assert not window.poller.is_active()


def test_a_hidden_area_reads_the_change_when_shown_not_before(window, other):
    window.show_area(PLAN_ROW)
    window.show_area(ASSESSMENT_ROW)  # the plan is hidden now
    plan = window.plan_area
    PlanRepository(other).save_action(Action(title="Added in the other window"))

    assert window.poller.check()
    assert plan.session.actions() == [], "a hidden area reads nothing yet"
    assert plan.changed_elsewhere.stale
    window.poller.check()
    assert plan.session.actions() == []

    window.show_area(PLAN_ROW)
    assert [a.title for a in plan.session.actions()] == ["Added in the other window"]
    assert plan.page.table.proxy.rowCount() == 1
    assert not plan.changed_elsewhere.stale


def test_the_area_shown_reads_the_change_at_once(window, other):
    window.show_area(PLAN_ROW)
    window.show_area(ASSESSMENT_ROW)
    area = window.assessment_area
    AssessmentRepository(other).create("Made in the other window", "2026-03-01")
    assert window.poller.check()
    assert [a.title for a in area.session.assessments()] == ["Made in the other window"]
    assert area.page.chooser.count() == 1


def test_refresh_when_shown_waits_for_the_widget(qtbot):
    shown = QWidget()
    qtbot.addWidget(shown)
    refreshed = []
    refresher = RefreshWhenShown(lambda: refreshed.append(1), shown)
    refresher.mark_stale()
    assert refreshed == [], "not on screen: not yet"
    shown.show()
    qtbot.waitExposed(shown)
    assert refreshed == [1]
    refresher.mark_stale()
    assert refreshed == [1, 1], "on screen: at once"
    shown.hide()
    shown.show()
    assert refreshed == [1, 1], "nothing changed: nothing read"
