"""What proves that an SQLite file is ours, so that the app never writes to another program's.

A file is ours when its header carries our application id (set on every file this version
opens), or, for files made before that, when sqlite-utils recorded our first migration in it
and it has our ``app_meta`` table: a table name alone proves nothing (another program may have
an ``app_meta`` too). A file with nothing in it is new, and so is one whose very first opening
was cut short before our first migration was recorded (only an empty migrations table in it):
neither holds anything to lose. Every other file is another program's, and is left alone.
"""

from __future__ import annotations

import contextlib
import sqlite3

from toolbox_desktop.storage.schema import MIGRATION_NAMES, MIGRATION_SET

# "LITB": Local Integration ToolBox, in the header's application id (offset 68).
APPLICATION_ID = 0x4C495442
_MIGRATIONS_TABLE = "_sqlite_migrations"
_MIGRATIONS_INDEX = "idx__sqlite_migrations_migration_set_name"


def is_ours(conn: sqlite3.Connection) -> bool:
    """Whether the database behind ``conn`` is one of ours (or new); reads only."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id == APPLICATION_ID:
        return True
    if application_id != 0:
        return False
    names = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    }
    if not names:
        return True
    try:
        recorded = {
            (row[0], row[1])
            for row in conn.execute(f"SELECT migration_set, name FROM {_MIGRATIONS_TABLE}")
        }
    except sqlite3.OperationalError:  # no such table, or not sqlite-utils' shape
        return False
    if names <= {_MIGRATIONS_TABLE, _MIGRATIONS_INDEX}:
        return not recorded
    return "app_meta" in names and (MIGRATION_SET, MIGRATION_NAMES[0]) in recorded


def claim(conn: sqlite3.Connection) -> None:
    """Write our application id into the header of a file that has none yet (a new file, or
    one made before the id was set): from then on ``is_ours`` knows it at once. Waits like
    any write; if another window holds the file that long, a later opening claims it."""
    if conn.execute("PRAGMA application_id").fetchone()[0] == 0:
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
