"""Fixtures for package tests: a second laptop, and a municipality's data on the first."""

from __future__ import annotations

import pytest
from exchange_helpers import seed_town


@pytest.fixture
def town(workspace):
    """The first laptop, with a municipality's data; ``town.ids`` names its rows."""
    workspace.ids = seed_town(workspace.conn)
    return workspace


@pytest.fixture
def laptop(tmp_path, pack_copy):
    """Another computer: a fresh database with the same content."""
    from toolbox_desktop.storage.workspace import open_workspace

    ws = open_workspace(tmp_path / "laptop.sqlite3", pack_copy.parent)
    yield ws
    ws.close()
