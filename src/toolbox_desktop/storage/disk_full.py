"""Whether a failed write failed because the disk is full, so the user reads that, and what to
do ("free some space"), instead of SQLite's "disk I/O error" with advice about other windows.

SQLite says "database or disk is full" (``SQLITE_FULL``) when a write finds no room; when the
write-ahead log or its index cannot grow it may only say "disk I/O error". So an I/O error
counts as a full disk when the file's folder has (almost) no free space left.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from pathlib import Path

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

ALMOST_NOTHING = 256 * 1024  # bytes free: SQLite cannot even add a page of the log
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "the disk is full. Free some space on it (delete or move files you no longer need), "
    "then try again",
)


def is_disk_full(error: BaseException, folder: Path | str | None = None) -> bool:
    """``error`` (from SQLite or the system) means no space was left; ``folder`` is where the
    file is, to look at the free space behind a bare I/O error."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == sqlite3.SQLITE_FULL:
        return True
    if getattr(error, "errno", None) == errno.ENOSPC:  # "No space left on device"
        return True
    if folder is None or code is None or code & 0xFF != sqlite3.SQLITE_IOERR:
        return False
    with contextlib.suppress(OSError):
        return shutil.disk_usage(folder).free < ALMOST_NOTHING
    return False


def database_folder(conn: sqlite3.Connection) -> Path | None:
    """The folder of ``conn``'s main database file (None in memory or when it cannot say)."""
    with contextlib.suppress(sqlite3.Error):
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main" and file:
                return Path(file).parent
    return None
