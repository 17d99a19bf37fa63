"""Migration 0010's table: who holds the competence the town lacks, per dimension.

The advocacy letters are addressed from it: for every dimension (a benchmark pack's dimension
code, or ``other`` for every dimension without its own row) the level that holds the
competence (district, region, state, national ministry), the addressee's name and postal
address, and who signs. Kept apart from ``migrations.py`` (which registers it), as 0009 is.
A dimension code, not a foreign key: a content update must never touch the user's rows.
"""

from __future__ import annotations

from sqlite_utils import Database


def create_advocacy_addressees(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE advocacy_addressees (
            dimension TEXT PRIMARY KEY,
            level TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            sender_name TEXT NOT NULL DEFAULT '',
            sender_role TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )"""
    )
