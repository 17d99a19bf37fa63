"""One way to write: take SQLite's write lock first, commit everything or nothing.

A deferred transaction (sqlite-utils' ``atomic()``) that reads before it writes fails at once
with "database is locked" while another window writes; ``BEGIN IMMEDIATE`` waits for the
connection's busy timeout instead. Nested use joins the outer transaction via a savepoint.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


@contextlib.contextmanager
def immediate_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested_write")
        try:
            yield
        except BaseException:
            # Some failures (a full disk, an I/O error) make SQLite roll the whole transaction
            # back at once: the savepoint is gone, and undoing to it would fail with "no such
            # savepoint", hiding why the write failed. The outer transaction ends it anyway.
            with contextlib.suppress(sqlite3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK TO nested_write")
                    conn.execute("RELEASE nested_write")
            raise
        conn.execute("RELEASE nested_write")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise
