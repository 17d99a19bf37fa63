"""Who this database is: a random id made once, kept in ``app_meta``.

``database_id`` names this database's calendar events (their UIDs stay the same at every
export). ``town_id`` names the town whose file this is, in every package that carries the
municipality profile (anonymised ones too), so that a region tells two towns of one name apart
and follows a renamed town: it is the database id, unless a municipality package from the
town's other laptop brought that laptop's town id here (``adopt_town_id``), so that a town
that moves laptops with a package keeps its id. Random: it identifies the file's town, not a
person, and reveals nothing else. A backup (a copy of the file) carries both.
"""

from __future__ import annotations

import sqlite3
import uuid
from types import SimpleNamespace

from toolbox_desktop.storage.edit_history import PROFILE, record_changes
from toolbox_desktop.storage.transactions import immediate_transaction


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def database_id(conn: sqlite3.Connection) -> str:
    """A random id of this database, made once: keeps calendar UIDs unique and stable."""
    found = _meta(conn, "database_id")
    if found:
        return found
    with immediate_transaction(conn):  # another window may make it at the same moment
        conn.execute(
            "INSERT OR IGNORE INTO app_meta (key, value) VALUES ('database_id', ?)",
            [uuid.uuid4().hex],
        )
    return _meta(conn, "database_id")


def town_id(conn: sqlite3.Connection) -> str:
    """The town's id, made (as the database id) when there is none yet."""
    return _meta(conn, "town_id") or database_id(conn)


def stored_town_id(conn: sqlite3.Connection) -> str | None:
    """The town's id if one was made; reads only (what an import compares with)."""
    return _meta(conn, "town_id") or _meta(conn, "database_id")


def adopt_town_id(conn: sqlite3.Connection, value: str) -> None:
    """Take the town id of the town's other laptop (a municipality package's profile). The
    database id, and with it the calendar UIDs, stays. An id this computer had is kept in the
    edit history (as the profile's ``town_id``): packages it sent carry it."""
    before = stored_town_id(conn)
    with immediate_transaction(conn):
        if before is not None and before != value:
            record_changes(
                conn,
                PROFILE,
                1,  # the profile's one row, as ``AssessmentRepository.save_profile`` records it
                SimpleNamespace(town_id=before),
                SimpleNamespace(town_id=value),
                ("town_id",),
            )
        conn.execute(
            "INSERT INTO app_meta (key, value) VALUES ('town_id', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [value],
        )
