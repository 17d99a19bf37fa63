"""Open the app's SQLite file safely: check it before writing a single byte, then migrate.

A councillor's database is years of work. Before anything is written we check that the file is
SQLite, is whole, is ours, is not from a newer version of the app, and can be written; if any
check fails the file is left exactly as it was and the user gets a message that says what to
do. Before a schema upgrade a copy of the file is kept beside it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop import __version__
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.storage.schema import MIGRATION_NAMES, MIGRATION_SET, applied_migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

CTX = "DatabaseError"
MSG_IS_FOLDER = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is a folder, not a database file. Choose a file name inside it instead.",
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "The folder '{folder}' does not exist. Create it first or choose another place.",
)
MSG_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is not a Local Integration Toolbox database (it is not an SQLite file). "
    "The file was not changed. Choose the right file, or a new file name to start afresh.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is damaged or incomplete ({detail}). The file was not changed. "
    "Open your most recent backup copy, or ask for help recovering it.",
)
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' is an SQLite database of another program, not of Local Integration Toolbox. "
    "The file was not changed. Choose a new file name to start a new database.",
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' was saved by a newer version of Local Integration Toolbox (this is version "
    "{version}). The file was not changed. Install the newer version to open it.",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "'{path}' cannot be changed: {reason}. The file was not changed. Copy it to a folder "
    "where you can save files (for example your Documents) and open the copy.",
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "DatabaseError", "'{path}' could not be opened: {detail}. The file was not changed."
)

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100


class DatabaseOpenError(Exception):
    """The database file cannot be used; ``template`` and ``params`` make the user message."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


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
        _check_existing_file(path)
    _check_writable(path, is_new)
    try:
        conn = sqlite3.connect(path)
        configure_connection(conn)
    except sqlite3.Error as error:
        raise DatabaseOpenError(MSG_CANNOT_OPEN, path=str(path), detail=str(error)) from error
    return conn


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
        migrations.apply(db)
        db["app_meta"].upsert_all(
            [
                {"key": "app_version", "value": __version__},
                {"key": "schema", "value": pending[-1].name},
            ],
            pk="key",
        )
    except sqlite3.Error as error:
        raise DatabaseOpenError(MSG_CANNOT_OPEN, path=str(path), detail=str(error)) from error


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


def _check_existing_file(path: Path) -> None:
    """Refuse files that are not ours or not whole, reading only (the file stays untouched)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(SQLITE_HEADER_SIZE)
    except OSError as error:
        raise DatabaseOpenError(
            MSG_READ_ONLY if isinstance(error, PermissionError) else MSG_CANNOT_OPEN,
            path=str(path),
            reason=error.strerror or str(error),
            detail=error.strerror or str(error),
        ) from error
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
        raise DatabaseOpenError(MSG_NOT_SQLITE, path=str(path))
    if len(header) < SQLITE_HEADER_SIZE:
        raise DatabaseOpenError(MSG_DAMAGED, path=str(path), detail="the file is cut short")
    _check_size(path, header)
    # Read-only; "immutable" when there is no write-ahead log to read, so that checking a
    # file never leaves -wal or -shm files beside it.
    has_wal = Path(f"{path}-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro" if has_wal else "?mode=ro&immutable=1")
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DatabaseOpenError(MSG_DAMAGED, path=str(path), detail=result)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if tables and "app_meta" not in tables:
                raise DatabaseOpenError(MSG_FOREIGN, path=str(path))
            if "_sqlite_migrations" in tables:
                applied = {
                    row[0]
                    for row in conn.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                        [MIGRATION_SET],
                    )
                }
                if applied - set(MIGRATION_NAMES):
                    raise DatabaseOpenError(MSG_NEWER, path=str(path), version=__version__)
    except sqlite3.DatabaseError as error:
        raise DatabaseOpenError(MSG_DAMAGED, path=str(path), detail=str(error)) from error


def _check_size(path: Path, header: bytes) -> None:
    """Catch truncation: the header says how many pages the file must hold."""
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">I I", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    size = path.stat().st_size
    if page_size < 512 or size % page_size:
        raise DatabaseOpenError(MSG_DAMAGED, path=str(path), detail="the file is cut short")
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise DatabaseOpenError(
            MSG_DAMAGED,
            path=str(path),
            detail=f"{size // page_size} of {page_count} pages are there",
        )


def _check_writable(path: Path, is_new: bool) -> None:
    """The file and its folder must be writable (SQLite keeps its journal beside the file)."""
    if not is_new and not os.access(path, os.W_OK):
        raise DatabaseOpenError(MSG_READ_ONLY, path=str(path), reason="the file is read-only")
    if not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(
            MSG_READ_ONLY, path=str(path), reason="its folder does not allow saving files"
        )
