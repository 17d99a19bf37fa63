"""Which first steps a file already has: a named municipality, an assessment, an action.

The window's Getting started strip asks at every start, before any area is built. Three
one-row queries answer it; the repositories would load their modules and read the whole
plan (every action with its milestones) only to learn whether there is one.
"""

from __future__ import annotations

import sqlite3


def has_named_profile(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT name FROM municipality WHERE id = 1").fetchone()
    return row is not None and bool((row[0] or "").strip())


def has_assessment(conn: sqlite3.Connection) -> bool:
    """An assessment not deleted (one in the bin does not count)."""
    query = "SELECT 1 FROM assessments WHERE deleted_at IS NULL LIMIT 1"
    return conn.execute(query).fetchone() is not None


def has_action(conn: sqlite3.Connection) -> bool:
    """An action not deleted."""
    return (
        conn.execute("SELECT 1 FROM actions WHERE deleted_at IS NULL LIMIT 1").fetchone()
        is not None
    )
