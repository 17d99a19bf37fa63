"""Fixtures for the GUI tests (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

import pytest

from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.plan_repository import PlanRepository


@pytest.fixture
def stored(workspace):
    """The plan as another window (or program) reading the file sees it: a connection of
    its own."""
    conn = connect(workspace.path)
    yield PlanRepository(conn)
    conn.close()


@pytest.fixture
def library(main_window):
    """The library area of the main window."""
    return main_window.library


@pytest.fixture
def active_window(main_window, qtbot):
    """The main window, activated so that keyboard focus and shortcuts behave as on a desktop."""
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window


@pytest.fixture
def window(qtbot, workspace, ui_state):
    """A main window on the test file (so with an action plan), 1280 x 720."""
    from toolbox_desktop.ui.main_window import MainWindow

    window = MainWindow(
        workspace.content, ui_state, workspace.path, workspace.failed_packs, conn=workspace.conn
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window
