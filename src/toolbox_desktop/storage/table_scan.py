"""Walking every table of a file another program may have written: which tables, how a name
goes into SQL, and how a row is named. Shared by the checks of ``file_check`` that look at
every value (``unreadable_values``, ``misread_values``)."""

from __future__ import annotations

import sqlite3


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Every ordinary table (not SQLite's own, not virtual), by name."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "ORDER BY name"
        )
    ]


def row_id(conn: sqlite3.Connection, table: str) -> str:
    """The expression that names a row of ``table``: its rowid, or NULL in a table without."""
    try:
        conn.execute(f"SELECT rowid FROM {quoted(table)} LIMIT 0")
    except sqlite3.OperationalError:  # a WITHOUT ROWID table
        return "NULL"
    return "rowid"


def quoted(name: str) -> str:
    """A table or column name as an SQL identifier, whatever it holds."""
    return '"' + name.replace('"', '""') + '"'
