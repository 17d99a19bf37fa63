"""Migration 0013: ``edit_history.record`` accepts an assessment's details (title, date,
participants, status), so that what an edit or a package import overwrites in them is kept,
and an import can tell which of them were changed here after its package was made, as it can
for an action's fields. SQLite cannot change a CHECK, so the table is copied (as 0012 did).
Kept apart from ``migrations.py`` (which registers it).
"""

from __future__ import annotations

from sqlite_utils import Database


def history_keeps_assessment_details(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE edit_history_0013 (
            id INTEGER PRIMARY KEY,
            record TEXT NOT NULL CHECK (
                record IN (
                    'action', 'indicator', 'annual', 'profile', 'fact-sandwich',
                    'advocacy-addressee', 'assessment'
                )
            ),
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '' CHECK (reason IN ('', 'set-aside')),
            writer TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL
        )"""
    )
    db.execute("INSERT INTO edit_history_0013 SELECT * FROM edit_history")
    db.execute("DROP TABLE edit_history")
    db.execute("ALTER TABLE edit_history_0013 RENAME TO edit_history")
    db.execute("CREATE INDEX edit_history_record ON edit_history (record, record_id)")
