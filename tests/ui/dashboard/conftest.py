"""Fixtures for the dashboard tests: the real content, and a fixed locale so that numbers
read the same on every machine ("58 %", "+2")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def english_numbers():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def content(workspace):
    return workspace.content
