"""Migration 0009's tables: a guide pack's items and suggestions, the link from an action to
the quick win it came from, and the town's own fact sandwiches (whose overwritten texts the
edit history keeps).

Kept apart from ``migrations.py`` (which registers it) so that each module stays readable.
Content tables follow 0008's rule: one row per (pack, language, code), dropped with their
pack's language.
"""

from __future__ import annotations

from sqlite_utils import Database


def create_guide_tables(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE guide_items (
            pack_id TEXT NOT NULL,
            language TEXT NOT NULL,
            code TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            grp TEXT NOT NULL DEFAULT '',
            label TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            dimensions TEXT NOT NULL DEFAULT '',
            partners TEXT NOT NULL DEFAULT '',
            funding TEXT NOT NULL DEFAULT '',
            see TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (pack_id, language, code),
            FOREIGN KEY (pack_id, language) REFERENCES pack_languages(pack_id, language)
                ON DELETE CASCADE
        )"""
    )
    db.execute("CREATE INDEX guide_items_in_order ON guide_items (pack_id, language, position)")
    db.execute(
        """
        CREATE TABLE suggestions (
            pack_id TEXT NOT NULL,
            language TEXT NOT NULL,
            position INTEGER NOT NULL,
            target TEXT NOT NULL,
            item TEXT NOT NULL DEFAULT '',
            why TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (pack_id, language, position),
            FOREIGN KEY (pack_id, language) REFERENCES pack_languages(pack_id, language)
                ON DELETE CASCADE
        )"""
    )
    # The quick win an action was made from ("" for any other action). A code, not a foreign
    # key: a content update may remove the quick win, and the action must stay.
    db.execute("ALTER TABLE actions ADD COLUMN guide_item TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        CREATE TABLE fact_sandwiches (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL DEFAULT '',
            fact TEXT NOT NULL DEFAULT '',
            myth TEXT NOT NULL DEFAULT '',
            why_wrong TEXT NOT NULL DEFAULT '',
            fact_again TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    _history_keeps_fact_sandwiches(db)


def _history_keeps_fact_sandwiches(db: Database) -> None:
    """``edit_history.record`` accepts fact sandwiches too: what a user typed in one is kept
    like an annual text's. SQLite cannot change a CHECK, so the table is copied."""
    db.execute(
        """
        CREATE TABLE edit_history_0009 (
            id INTEGER PRIMARY KEY,
            record TEXT NOT NULL CHECK (
                record IN ('action', 'indicator', 'annual', 'profile', 'fact-sandwich')
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
    db.execute("INSERT INTO edit_history_0009 SELECT * FROM edit_history")
    db.execute("DROP TABLE edit_history")
    db.execute("ALTER TABLE edit_history_0009 RENAME TO edit_history")
    db.execute("CREATE INDEX edit_history_record ON edit_history (record, record_id)")
