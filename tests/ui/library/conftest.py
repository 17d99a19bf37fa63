"""Fixtures for the library with the leaders' guide: the content root holds the shipped
Whole-COMM pack and the shipped leaders' guide, and a window on a database has the plan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_pseudo_translation import (  # noqa: F401  (the pseudo-translation's fixtures)
    backups_here,
    open_window,
    pseudo_language,
    pseudo_qm,
)

GUIDE = Path(__file__).resolve().parents[3] / "data" / "content" / "leaders-guide"


@pytest.fixture
def pack_copy(pack_copy: Path) -> Path:
    """The Whole-COMM copy, with a copy of the leaders' guide beside it."""
    shutil.copytree(GUIDE, pack_copy.parent / "leaders-guide")
    return pack_copy


@pytest.fixture
def guide_copy(pack_copy: Path) -> Path:
    return pack_copy.parent / "leaders-guide"
