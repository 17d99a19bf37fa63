"""Check an existing database file before anything writes to it, reading only.

The file must be SQLite, whole, not damaged, ours, not from a newer version of the app, and
readable. Whole means: every page the database has is in the main file or, after a crash, in
its write-ahead log (``wal_file``); SQLite reads such a file through its log, and so do these
checks. A file is never called damaged for what SQLite recovers by itself.

Checking never leaves a file that was not there, and never writes to the file: with nothing
beside it, the file is read as "immutable"; when SQLite would have to write beside it to
recover it (a log without its ``-shm``, or a rollback journal left by a crashed program), a
private copy is recovered and checked instead; only when both ``-wal`` and ``-shm`` exist
(after a crash, or while another window has the file open) is the file read in place, with
SQLite's usual locking.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

from toolbox_desktop import __version__
from toolbox_desktop.storage import open_errors as oe
from toolbox_desktop.storage.misread_values import DATE, LIST, NUMBER, WHOLE, first_misread_value
from toolbox_desktop.storage.open_errors import DatabaseOpenError
from toolbox_desktop.storage.ownership import is_ours
from toolbox_desktop.storage.schema import MIGRATION_NAMES, applied_migrations
from toolbox_desktop.storage.unreadable_values import first_unreadable_value
from toolbox_desktop.storage.wal_file import WalContents, read_wal

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def check_existing_file(path: Path) -> None:
    """Raise ``DatabaseOpenError`` if the file at ``path`` must not be opened."""
    header = _read_header(path, path)
    log, shared_memory = Path(f"{path}-wal"), Path(f"{path}-shm")
    if log.is_file() and shared_memory.exists():
        _check_recovered(path, path)
    elif _holds_something(log) or _holds_something(Path(f"{path}-journal")):
        _check_private_copy(path)
    else:
        _check_whole(path, header, None, path)
        with _reading(path.resolve().as_uri() + "?mode=ro&immutable=1", path) as conn:
            _check_contents(conn, path)


def _check_private_copy(path: Path) -> None:
    """A log without its ``-shm`` (copied, or left by a program that crashed), or a rollback
    journal left by one: SQLite must recover the file before it can be checked, and would
    write beside it to do so. So the file and what is beside it are copied to a private
    folder and recovered there. Without room for the copy, the file is read in place."""
    with tempfile.TemporaryDirectory(prefix="toolbox-check-") as folder:
        copy = Path(folder) / "check.sqlite3"
        try:
            shutil.copyfile(path, copy)
            for suffix in ("-wal", "-journal"):
                if Path(f"{path}{suffix}").is_file():
                    shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
        except OSError:
            _check_recovered(path, path)
            return
        _check_recovered(copy, path, mode="rw")


def _check_recovered(file: Path, shown: Path, mode: str = "ro") -> None:
    """The checks on one snapshot of the file as SQLite recovers it (through its log): while
    a read transaction is open, SQLite neither restarts the log nor lets a checkpoint pull
    pages from under it."""
    with _reading(f"{file.resolve().as_uri()}?mode={mode}", shown) as conn:
        conn.execute("BEGIN")
        conn.execute("PRAGMA user_version").fetchone()  # takes the snapshot, schema unread
        _check_whole(file, _read_header(file, shown), read_wal(Path(f"{file}-wal")), shown)
        _check_contents(conn, shown)


def _check_contents(conn: sqlite3.Connection, shown: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DatabaseOpenError(oe.MSG_DAMAGED, path=str(shown), detail=_first_problem(result))
    if not is_ours(conn):
        raise DatabaseOpenError(oe.MSG_FOREIGN, path=str(shown))
    if applied_migrations(conn) - set(MIGRATION_NAMES):
        raise DatabaseOpenError(oe.MSG_NEWER, path=str(shown), version=__version__)
    found = first_unreadable_value(conn)
    if found is not None:
        raise DatabaseOpenError(
            oe.MSG_UNREADABLE_VALUE,
            path=str(shown),
            table=found.table,
            column=found.column,
            row="?" if found.row is None else found.row,
        )
    misread = first_misread_value(conn)
    if misread is not None:
        raise DatabaseOpenError(
            oe.MSG_MISREAD_VALUE,
            path=str(shown),
            value=_shown_value(misread.value),
            table=misread.table,
            column=misread.column,
            row="?" if misread.row is None else misread.row,
            form=oe.detail(_FORMS[misread.form]),
        )


_FORMS = {
    DATE: oe.FORM_DATE,
    LIST: oe.FORM_LIST,
    WHOLE: oe.FORM_WHOLE_NUMBER,
    NUMBER: oe.FORM_NUMBER,
}
SHOWN_VALUE = 60  # characters of a misread value in the message; a longer one ends in "…"


def _shown_value(value: str) -> str:
    """The value on one line, cut to ``SHOWN_VALUE`` characters."""
    line = " ".join(value.split())
    return line if len(line) <= SHOWN_VALUE else line[: SHOWN_VALUE - 1] + "…"


def _check_whole(path: Path, header: bytes, log: WalContents | None, shown: Path) -> None:
    """Catch truncation: every page of the database must be in the file or in the log.

    Without a log the header says how many pages the file must hold; with one, SQLite takes
    the size of the last commit in the log and reads the pages the log holds from there."""
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">I I", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    size = path.stat().st_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(shown, oe.DETAIL_CUT_SHORT)
    have = size // page_size
    if log is not None and log.page_size == page_size:
        pages = log.database_pages
        missing = sum(1 for page in range(have + 1, pages + 1) if page not in log.pages)
        if missing:
            raise _damaged(shown, oe.DETAIL_PAGES_MISSING, have=pages - missing, pages=pages)
        return
    if size % page_size:
        raise _damaged(shown, oe.DETAIL_CUT_SHORT)
    if valid_for == change_counter and page_count and have < page_count:
        raise _damaged(shown, oe.DETAIL_PAGES_MISSING, have=have, pages=page_count)


def _first_problem(report: str) -> str:
    """The first problem quick_check names (it may list hundreds, one a line)."""
    lines = [line for line in report.splitlines() if line and not line.startswith("***")]
    return (lines[0] + (" …" if len(lines) > 1 else "")) if lines else report


def _holds_something(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _read_header(path: Path, shown: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            header = handle.read(SQLITE_HEADER_SIZE)
    except OSError as error:
        raise DatabaseOpenError(
            oe.MSG_READ_ONLY if isinstance(error, PermissionError) else oe.MSG_CANNOT_OPEN,
            path=str(shown),
            reason=error.strerror or str(error),
            detail=error.strerror or str(error),
        ) from error
    if len(header) < len(SQLITE_MAGIC) or not header.startswith(SQLITE_MAGIC):
        raise DatabaseOpenError(oe.MSG_NOT_SQLITE, path=str(shown))
    if len(header) < SQLITE_HEADER_SIZE:
        raise _damaged(shown, oe.DETAIL_CUT_SHORT)
    return header


@contextlib.contextmanager
def _reading(uri: str, shown: Path) -> Iterator[sqlite3.Connection]:
    """A connection for the checks; SQLite's errors become messages. Only what SQLite calls
    corrupt is "damaged": a locked or unreadable file is not."""
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            yield conn
    except sqlite3.DatabaseError as error:
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        damaged = code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
        template = oe.MSG_DAMAGED if damaged else oe.MSG_CANNOT_OPEN
        raise DatabaseOpenError(template, path=str(shown), detail=str(error)) from error


def _damaged(shown: Path, template: str, **params: object) -> DatabaseOpenError:
    return DatabaseOpenError(oe.MSG_DAMAGED, path=str(shown), detail=oe.detail(template, **params))
