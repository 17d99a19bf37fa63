"""Fixtures for the assessment area: a page on the test database, a second connection that
plays "another window", and helpers to read what is stored."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect


@pytest.fixture
def undo_stack():
    return QUndoStack()


@pytest.fixture
def other(workspace):
    """Another connection to the same file, as a second window or app instance has."""
    conn = connect(workspace.path)
    yield AssessmentRepository(conn)
    conn.close()


@pytest.fixture
def make_page(qtbot, workspace, undo_stack, ui_state):
    from toolbox_desktop.ui.assessment.assessment_page import AssessmentPage

    def make(state=ui_state):
        page = AssessmentPage(workspace.conn, workspace.content, undo_stack, state)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        page.poller.stop()  # tests poll by hand unless they test the timer
        return page

    return make


@pytest.fixture
def page(make_page):
    """A page on a database with one draft assessment, shown."""
    p = make_page()
    p.session.create_assessment("Baseline", "2025-03-01", "Mayor, NGO")
    return p


@pytest.fixture
def active_page(page, qtbot):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page
