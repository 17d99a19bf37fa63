"""Fixtures for the plan page tests: a page on the test database with a fixed "today", a
second connection that reads what was stored, and English number and date formats."""

from __future__ import annotations

import pytest
from plan_helpers import TODAY, sample_actions, store
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack

from toolbox_desktop.storage.plan_repository import PlanRepository


@pytest.fixture
def us_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def plan_stack():
    return QUndoStack()


@pytest.fixture
def make_plan_page(qtbot, workspace, plan_stack, ui_state, us_locale):
    from toolbox_desktop.ui.plan.plan_page import PlanPage

    def make(actions=()):
        if actions:
            store(PlanRepository(workspace.conn), list(actions))
        page = PlanPage(workspace.conn, workspace.content, plan_stack, ui_state)
        page.session.today = lambda: TODAY
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


@pytest.fixture
def plan_page(make_plan_page, workspace):
    """A page with 40 varied actions; the first one is selected."""
    return make_plan_page(sample_actions(workspace.content))


@pytest.fixture
def no_questions(monkeypatch):
    """Answer "Yes" to the delete question; records what was asked."""
    from toolbox_desktop.ui.plan import dialogs

    asked = []

    def confirm(_parent, titles):
        asked.append(list(titles))
        return True

    monkeypatch.setattr(dialogs, "confirm_delete", confirm)
    return asked
