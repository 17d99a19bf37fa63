"""Migration 0012: ``edit_history.record`` accepts advocacy addressees too, so that a package
import that overwrites this computer's addressee keeps what it held, as it keeps an action's
or an annual text's overwritten values. SQLite cannot change a CHECK, so the table is copied
(as 0009 did for fact sandwiches). Kept apart from ``migrations.py`` (which registers it).
"""

from __future__ import annotations

from sqlite_utils import Database


def history_keeps_addressees(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE edit_history_0012 (
            id INTEGER PRIMARY KEY,
            record TEXT NOT NULL CHECK (
                record IN (
                    'action', 'indicator', 'annual', 'profile', 'fact-sandwich',
                    'advocacy-addressee'
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
    db.execute("INSERT INTO edit_history_0012 SELECT * FROM edit_history")
    db.execute("DROP TABLE edit_history")
    db.execute("ALTER TABLE edit_history_0012 RENAME TO edit_history")
    db.execute("CREATE INDEX edit_history_record ON edit_history (record, record_id)")
