"""Open the app's SQLite file safely: check it before writing a single byte, then migrate.

A councillor's database is years of work. Before anything is written we check that the file is
SQLite, is whole, is ours, is not from a newer version of the app, and can be written; if any
check fails the file is left exactly as it was and the user gets a message that says what to
do (the checks: ``file_check``; the messages: ``open_errors``). A file this app opens is marked
as ours in its header (``ownership``). Before a schema upgrade a copy of the file is kept
beside it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop import __version__
from toolbox_desktop.storage.disk_full import MSG_DISK_FULL, is_disk_full
from toolbox_desktop.storage.file_check import check_existing_file
from toolbox_desktop.storage.open_errors import CTX as CTX  # re-exported for callers
from toolbox_desktop.storage.open_errors import (
    MSG_CANNOT_CREATE,
    MSG_CANNOT_OPEN,
    MSG_IS_FOLDER,
    MSG_NO_FOLDER,
    MSG_READ_ONLY,
    REASON_FILE_READ_ONLY,
    REASON_FOLDER_READ_ONLY,
    DatabaseOpenError,
    detail,
)
from toolbox_desktop.storage.ownership import claim
from toolbox_desktop.storage.schema import MIGRATION_NAMES, applied_migrations
from toolbox_desktop.storage.transactions import immediate_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database


def connect(path: Path | str) -> sqlite3.Connection:
    """A checked, configured connection to ``path`` (created if new); nothing migrated yet.

    Uses only the standard library so that start-up need not import sqlite-utils when the
    database is already up to date.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise DatabaseOpenError(MSG_IS_FOLDER, path=str(path))
    if not path.parent.is_dir():
        raise DatabaseOpenError(MSG_NO_FOLDER, folder=str(path.parent))
    is_new = not path.exists() or path.stat().st_size == 0
    if not is_new:
        check_existing_file(path)
    _check_writable(path, is_new)
    try:
        conn = sqlite3.connect(path, factory=WriterConnection)
        configure_connection(conn)
        claim(conn)
    except sqlite3.Error as error:
        raise _cannot_open(error, path) from error
    return conn


def _cannot_open(error: sqlite3.Error, path: Path) -> DatabaseOpenError:
    """SQLite's words, or "the disk is full" (and what to do) when that is why."""
    why = detail(MSG_DISK_FULL) if is_disk_full(error, path.parent) else str(error)
    return DatabaseOpenError(MSG_CANNOT_OPEN, path=str(path), detail=why)


class WriterConnection(sqlite3.Connection):
    """A connection with an id of its own (``writer``): the edit history folds a window's own
    typing steps together, but never a step of another window's into them."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # 128 random bits as 32 hex digits, like uuid4().hex; without the uuid module, whose
        # import (it loads platform) every start would pay.
        self.writer = os.urandom(16).hex()


def data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection commits to the file (SQLite's data_version):
    a cheap way for a window to notice edits made in another window."""
    return conn.execute("PRAGMA data_version").fetchone()[0]


def needs_migration(conn: sqlite3.Connection) -> bool:
    return applied_migrations(conn) != set(MIGRATION_NAMES)


def as_database(conn: sqlite3.Connection) -> Database:
    """Wrap ``conn`` in sqlite-utils (imported here, on first need, because it is slow)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def migrate(conn: sqlite3.Connection, path: Path | str) -> None:
    """Apply pending migrations, keeping a copy of an existing database first."""
    from toolbox_desktop.storage.migrations import migrations

    db = as_database(conn)
    try:
        pending = migrations.pending(db)
        if not pending:
            return
        if applied_migrations(conn):
            backup_copy(conn, Path(path), "before-upgrade")
        # Two windows opening an old file at once: the second waits, then finds nothing to do.
        with immediate_transaction(conn):
            pending = migrations.pending(db)
            if not pending:
                return
            migrations.apply(db)
            db["app_meta"].upsert_all(
                [
                    {"key": "app_version", "value": __version__},
                    {"key": "schema", "value": pending[-1].name},
                ],
                pk="key",
            )
    except sqlite3.Error as error:
        raise _cannot_open(error, Path(path)) from error


def open_database(path: Path | str) -> Database:
    """Open (or create) the database at ``path``: checked, migrated, wrapped in sqlite-utils."""
    conn = connect(path)
    if needs_migration(conn):
        migrate(conn, path)
    return as_database(conn)


def configure_connection(conn: sqlite3.Connection) -> None:
    """Settings every connection needs: foreign keys enforced, WAL, wait when busy."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def backup_copy(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    """Copy the whole database beside ``path`` (SQLite's online backup, safe while open)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.db'}")
    with contextlib.closing(sqlite3.connect(target)) as copy:
        conn.backup(copy)
    return target


def _check_writable(path: Path, is_new: bool) -> None:
    """The file and its folder must be writable (SQLite keeps its journal beside the file)."""
    if not is_new and not os.access(path, os.W_OK):
        raise DatabaseOpenError(MSG_READ_ONLY, path=str(path), reason=detail(REASON_FILE_READ_ONLY))
    if not os.access(path.parent, os.W_OK):
        if not path.exists():  # nothing to copy elsewhere: a new file is made elsewhere
            raise DatabaseOpenError(MSG_CANNOT_CREATE, path=str(path))
        reason = detail(REASON_FOLDER_READ_ONLY)
        raise DatabaseOpenError(MSG_READ_ONLY, path=str(path), reason=reason)


def is_open(conn: sqlite3.Connection) -> bool:
    """Whether ``conn`` can still be used (a window may outlive the file it showed)."""
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return False
    return True
