"""Find a value the app cannot read: bytes that are not UTF-8 in a text column, or binary data
(a BLOB) in a column that holds text or numbers.

The app never writes either; another program (or a failing disk) can. Python's sqlite3 then
raises "Could not decode to UTF-8 column" in the middle of a screen, and code that expects
text fails on bytes: a traceback instead of a message. So ``file_check`` looks for them once,
read-only, before the file is opened, and the user is told where the value is. A column
declared BLOB may hold bytes (the app has none today).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from toolbox_desktop.storage.table_scan import quoted, row_id, user_tables


@dataclass(frozen=True)
class UnreadableValue:
    table: str
    column: str
    row: int | None  # the rowid; None in a table without one


def first_unreadable_value(conn: sqlite3.Connection) -> UnreadableValue | None:
    """The first unreadable value in any table of ``conn``'s database, or ``None``."""
    for table in user_tables(conn):
        columns = [
            row[1]
            for row in conn.execute(f"PRAGMA table_info({quoted(table)})")
            if row[2].strip().upper() != "BLOB"
        ]
        if columns:
            found = _first_blob(conn, table, columns) or _first_bad_text(conn, table, columns)
            if found:
                return found
    return None


def _first_blob(conn: sqlite3.Connection, table: str, columns: list[str]) -> UnreadableValue | None:
    which = " ".join(
        f"WHEN typeof({quoted(c)}) = 'blob' THEN {index}" for index, c in enumerate(columns)
    )
    where = " OR ".join(f"typeof({quoted(c)}) = 'blob'" for c in columns)
    row = conn.execute(
        f"SELECT {row_id(conn, table)}, CASE {which} END FROM {quoted(table)} WHERE {where} LIMIT 1"
    ).fetchone()
    return UnreadableValue(table, columns[row[1]], row[0]) if row else None


def _first_bad_text(
    conn: sqlite3.Connection, table: str, columns: list[str]
) -> UnreadableValue | None:
    """Reading every value is quick (sqlite3 decodes in C); only when that fails is the table
    read again as bytes to find the row."""
    selected = ", ".join(quoted(c) for c in columns)
    try:
        for _row in conn.execute(f"SELECT {selected} FROM {quoted(table)}"):
            pass
        return None
    except sqlite3.OperationalError as error:
        if "decode" not in str(error):
            raise
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for row in conn.execute(f"SELECT {row_id(conn, table)}, {selected} FROM {quoted(table)}"):
            for column, value in zip(columns, row[1:], strict=True):
                if isinstance(value, bytes) and not _is_utf8(value):
                    return UnreadableValue(table, column, row[0])
    finally:
        conn.text_factory = factory
    return None


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
