"""Migration 0011: every fact sandwich gets a ``uid``, as assessments, actions and indicators
got theirs in 0005, so that a municipality package can carry the town's fact sandwiches and
an import matches them (importing the same package twice changes nothing).

Existing rows get a random uid here; a trigger gives every new row one, so that code which
inserts rows need not know. Kept apart from ``migrations.py`` (which registers it).
"""

from __future__ import annotations

from sqlite_utils import Database

# A random 32-hex-digit identifier, the same on every laptop the row travels to.
NEW_UID = "lower(hex(randomblob(16)))"


def give_fact_sandwiches_uids(db: Database) -> None:
    db.execute("ALTER TABLE fact_sandwiches ADD COLUMN uid TEXT")
    db.execute(f"UPDATE fact_sandwiches SET uid = {NEW_UID} WHERE uid IS NULL")
    db.execute("CREATE UNIQUE INDEX fact_sandwiches_by_uid ON fact_sandwiches (uid)")
    db.execute(
        f"""
        CREATE TRIGGER fact_sandwiches_get_uid AFTER INSERT ON fact_sandwiches
        WHEN NEW.uid IS NULL
        BEGIN
            UPDATE fact_sandwiches SET uid = {NEW_UID} WHERE id = NEW.id;
        END"""
    )
