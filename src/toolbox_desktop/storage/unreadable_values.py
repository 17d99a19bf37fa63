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


@dataclass(frozen=True)
class UnreadableValue:
    table: str
    column: str
    row: int | None  # the rowid; None in a table without one


def first_unreadable_value(conn: sqlite3.Connection) -> UnreadableValue | None:
    """The first unreadable value in any table of ``conn``'s database, or ``None``.

    Every start reads the whole file so: first in two statements for all tables (is there
    binary data anywhere, does every text decode), which is what an ordinary file needs;
    only when one of them finds something is each table read in turn to name the place."""
    tables = _text_columns(conn)
    if not tables or not _anything_unreadable(conn, tables):
        return None
    for table, columns in tables.items():
        found = _first_blob(conn, table, columns) or _first_bad_text(conn, table, columns)
        if found:
            return found
    return None


def _text_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each table (in name order) with its columns that must hold text or numbers."""
    tables: dict[str, list[str]] = {}
    for table, column, declared in conn.execute(
        "SELECT m.name, p.name, p.type FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "AND m.sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY m.name, p.cid"
    ):
        if declared.strip().upper() != "BLOB":
            tables.setdefault(table, []).append(column)
    return tables


def _anything_unreadable(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> bool:
    """Whether any of ``tables`` holds binary data in a column of text or numbers, or text
    that is not UTF-8: each table's values joined by SQLite into one text, which sqlite3
    decodes in C (a failure to decode is the answer)."""
    blobs = " UNION ALL ".join(
        f"SELECT 1 FROM (SELECT 1 FROM {_quoted(table)} WHERE "
        + " OR ".join(f"typeof({_quoted(c)}) = 'blob'" for c in columns)
        + " LIMIT 1)"
        for table, columns in tables.items()
    )
    if conn.execute(f"SELECT EXISTS ({blobs})").fetchone()[0]:
        return True
    texts = " UNION ALL ".join(
        "SELECT (SELECT group_concat("
        + " || ".join(f"coalesce({_quoted(c)}, '')" for c in columns)
        + f", '') FROM {_quoted(table)})"
        for table, columns in tables.items()
    )
    try:
        conn.execute(texts).fetchall()
    except sqlite3.OperationalError as error:
        if "decode" not in str(error):
            raise
        return True
    return False


def _first_blob(conn: sqlite3.Connection, table: str, columns: list[str]) -> UnreadableValue | None:
    which = " ".join(
        f"WHEN typeof({_quoted(c)}) = 'blob' THEN {index}" for index, c in enumerate(columns)
    )
    where = " OR ".join(f"typeof({_quoted(c)}) = 'blob'" for c in columns)
    row = conn.execute(
        f"SELECT {_row_id(conn, table)}, CASE {which} END FROM {_quoted(table)} "
        f"WHERE {where} LIMIT 1"
    ).fetchone()
    return UnreadableValue(table, columns[row[1]], row[0]) if row else None


def _first_bad_text(
    conn: sqlite3.Connection, table: str, columns: list[str]
) -> UnreadableValue | None:
    """Reading every value is quick (sqlite3 decodes in C); only when that fails is the table
    read again as bytes to find the row."""
    selected = ", ".join(_quoted(c) for c in columns)
    try:
        for _row in conn.execute(f"SELECT {selected} FROM {_quoted(table)}"):
            pass
        return None
    except sqlite3.OperationalError as error:
        if "decode" not in str(error):
            raise
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for row in conn.execute(f"SELECT {_row_id(conn, table)}, {selected} FROM {_quoted(table)}"):
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


def _row_id(conn: sqlite3.Connection, table: str) -> str:
    try:
        conn.execute(f"SELECT rowid FROM {_quoted(table)} LIMIT 0")
    except sqlite3.OperationalError:  # a WITHOUT ROWID table
        return "NULL"
    return "rowid"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
