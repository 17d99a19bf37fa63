"""Bring a backup back: as a new file beside the current one, or in place of the current data.

Either way the backup is first copied to a private temporary folder and put through the same
checks and upgrades as any file the app opens (``database.connect`` and ``migrate``), so a
damaged backup, or one of an older version, is refused or upgraded before it reaches the
user's file. Replacing also keeps a copy of the current state first (a backup marked
"before restore"), so a restore itself can be undone by restoring that copy.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from toolbox_desktop.storage.atomic_file import fsync_file, put_in_place
from toolbox_desktop.storage.backup_summary import open_backup, read_summary
from toolbox_desktop.storage.backups import (
    CTX,
    Backup,
    BackupError,
    copy_database,
    take_backup,
)
from toolbox_desktop.storage.content_repository import sync_packs
from toolbox_desktop.storage.database import (
    CTX as DATABASE_CTX,
)
from toolbox_desktop.storage.database import (
    DatabaseOpenError,
    connect,
    migrate,
    needs_migration,
)
from toolbox_desktop.storage.file_check import check_existing_file
from toolbox_desktop.storage.replace_marker import RESTORED_KEY
from toolbox_desktop.storage.transactions import immediate_transaction

MSG_UNUSABLE = QT_TRANSLATE_NOOP(
    "Backups", "This backup cannot be restored. {detail} Nothing was changed."
)
MSG_DAMAGED = QT_TRANSLATE_NOOP("Backups", "'{path}' is damaged or incomplete ({reason}).")
MSG_NOT_OURS = QT_TRANSLATE_NOOP(
    "Backups", "'{path}' holds no data of this app: it is empty, damaged or another program's."
)
MSG_GONE = QT_TRANSLATE_NOOP(
    "Backups",
    "It was removed since the list was made: the app keeps only the newest backup of each "
    "of the last days and weeks. Choose another one.",
)
MSG_TARGET_EXISTS = QT_TRANSLATE_NOOP(
    "Backups",
    "{path} already exists. A backup is only restored into a new file: choose another name. "
    "Nothing was changed.",
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Backups", "The folder {folder} does not exist. Choose another place. Nothing was changed."
)
MSG_FAILED = QT_TRANSLATE_NOOP(
    "Backups", "The backup could not be restored: {reason}. Nothing was changed."
)
MSG_BUSY = QT_TRANSLATE_NOOP(
    "Backups", "A change is being stored right now. Try again in a moment. Nothing was changed."
)
MSG_NO_SAFETY_COPY = QT_TRANSLATE_NOOP(
    "Backups",
    "A copy of the current data could not be kept first ({reason}), so the backup was not "
    "restored. Nothing was changed.",
)


def restore_as_new(backup: Backup, target: Path) -> Path:
    """Write the backup to the new file ``target``, checked and upgraded; never overwrites."""
    target = Path(target).expanduser().absolute()
    if target.exists():
        raise BackupError(MSG_TARGET_EXISTS, path=str(target))
    if not target.parent.is_dir():
        raise BackupError(MSG_NO_FOLDER, folder=str(target.parent))
    try:
        with _workspace_beside(target) as work:
            prepared = _prepared_copy(backup, work / target.name)
            if target.exists():  # created meanwhile by someone else: still never overwritten
                raise BackupError(MSG_TARGET_EXISTS, path=str(target))
            put_in_place(prepared, target, synced=True)  # _prepared_copy flushed it
    except OSError as error:
        raise BackupError(MSG_FAILED, reason=error.strerror or str(error)) from error
    return target


def replace_with_backup(
    conn: sqlite3.Connection,
    database: Path,
    backup: Backup,
    folder: Path | None = None,
    now: datetime | None = None,
    content_root: Path | None = None,
) -> Backup:
    """Replace the data behind ``conn`` (the open ``database``) with the backup's.

    Returns the copy of the state before, taken first. SQLite's backup API writes into the
    live connection in one transaction, so other windows on the file simply see new data
    and a failure leaves the file as it was. ``conn`` must not be inside a transaction.
    With ``content_root`` the toolbox content is brought up to date again afterwards, as at
    every start (the backup holds the content of its day).
    """
    database = Path(database).expanduser()
    if conn.in_transaction:
        raise BackupError(MSG_BUSY)
    try:
        with _workspace_beside(database) as work:
            prepared = _prepared_copy(backup, work / database.name)
            try:
                safety = take_backup(database, folder, now, before_restore=True)
            except BackupError as error:
                params = error.message.params
                reason = params.get("reason") or str(params.get("detail", ""))
                raise BackupError(MSG_NO_SAFETY_COPY, reason=reason) from error
            with contextlib.closing(sqlite3.connect(prepared)) as source:
                source.backup(conn)
            mark_replaced(conn)
    except OSError as error:
        raise BackupError(MSG_FAILED, reason=error.strerror or str(error)) from error
    except sqlite3.Error as error:
        raise BackupError(MSG_FAILED, reason=str(error)) from error
    if content_root is not None:
        sync_packs(conn, content_root)
    return safety


def restore_refusal(backup: Backup) -> Message | None:
    """Why restoring ``backup`` would be refused, or None: the restore's own checks of the
    file (``file_check``: whole, not damaged, ours, not from a newer version, every value
    readable and in the form the app writes), made reading only, writing nothing anywhere.

    For the list of backups, so that a copy another program changed since it was taken (a
    date typed as "31.12.2026", bytes that are not text) is said to be unusable, with the
    reason, before it is chosen, not refused after. What remains for the restore itself is
    what only writing shows (a full disk). The backup is named by its file's name: a list
    says the folder once."""
    shown = backup.path.name
    problem = _missing_or_foreign(backup, shown)
    if problem is None:
        try:
            check_existing_file(Path(backup.path))
        except DatabaseOpenError as error:
            problem = _open_problem(error, shown)
    return problem


def _missing_or_foreign(backup: Backup, shown: str) -> Message | None:
    """Gone (another window's daily clean-up took it meanwhile), or holding no data of this
    app: an empty file (or another program's database) would pass the open checks as a new,
    empty file, and be restored as an empty town."""
    if not Path(backup.path).exists():
        return Message(CTX, MSG_GONE)
    if not read_summary(backup.path).readable:
        return Message(CTX, MSG_NOT_OURS, path=shown)
    return None


def _prepared_copy(backup: Backup, copy: Path) -> Path:
    """The backup copied to ``copy``, through the normal open checks and upgrades."""
    problem = _missing_or_foreign(backup, str(backup.path))
    if problem is not None:
        raise BackupError(MSG_UNUSABLE, detail=problem)
    try:
        with contextlib.closing(open_backup(backup.path)) as source:
            copy_database(source, copy)
    except sqlite3.Error as error:
        detail = Message(CTX, MSG_DAMAGED, path=str(backup.path), reason=str(error))
        raise BackupError(MSG_UNUSABLE, detail=detail) from error
    try:
        conn = connect(copy)
    except DatabaseOpenError as error:
        raise _unusable(backup, error) from error
    try:
        if needs_migration(conn):
            migrate(conn, copy)
    except DatabaseOpenError as error:
        raise _unusable(backup, error) from error
    finally:
        conn.close()  # the last connection: SQLite folds the -wal file back in
    fsync_file(copy)
    return copy


def _unusable(backup: Backup, error: DatabaseOpenError) -> BackupError:
    return BackupError(MSG_UNUSABLE, detail=_open_problem(error, str(backup.path)))


def _open_problem(error: DatabaseOpenError, shown: str) -> Message:
    """The open check's own words, naming the backup (``shown``) rather than the file
    checked, which may be a temporary copy."""
    return Message(DATABASE_CTX, error.template, **{**error.params, "path": shown})


@contextlib.contextmanager
def _workspace_beside(path: Path):
    """A private folder next to ``path`` (same disk, so the final rename is atomic), removed
    with everything in it, including an upgrade's "before-upgrade" copy of the backup."""
    with tempfile.TemporaryDirectory(
        prefix=f".{path.name}.restore-", dir=path.parent, ignore_cleanup_errors=True
    ) as work:
        yield Path(work)


def mark_replaced(conn: sqlite3.Connection) -> None:
    """Note in the file that its data was replaced (``replace_marker.replaced_marker`` reads
    it): another window on it must then forget its Undo steps and drafts, which name rows of
    the data as it was (ids are used again)."""
    import uuid  # here: every window reads the marker at start, and uuid loads platform

    with immediate_transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
            [RESTORED_KEY, uuid.uuid4().hex],
        )
