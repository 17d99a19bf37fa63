"""Rolling backups of a database: where they live, taking one, and which to keep.

A backup is a complete SQLite file written with SQLite's online backup API, which copies a
consistent state even while a window is editing (committed changes still in the write-ahead
log included, a transaction in progress left out). It is written under a temporary name,
flushed to disk and only then renamed, so a backup cut short by a full disk or a power cut
never looks like a good one. Only files named like ours, in our folder, are ever deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from toolbox_desktop.core.backup_retention import backups_to_delete, taken_today
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from toolbox_desktop.storage.atomic_file import replacing
from toolbox_desktop.storage.training_flag import is_training_municipality

CTX = "Backups"
MSG_CANNOT_SAVE = QT_TRANSLATE_NOOP(
    "Backups",
    "The backup could not be saved in {folder}: {reason}. Your data is not affected; the app "
    "tries again later.",
)
MSG_CANNOT_READ = QT_TRANSLATE_NOOP(
    "Backups", "The database could not be read for a backup: {reason}. It is tried again later."
)
MSG_DAMAGED_SOURCE = QT_TRANSLATE_NOOP(
    "Backups",
    "No backup was taken: the database looks damaged ({detail}). The earlier backups are kept; "
    "File → Restore from a backup brings one back.",
)
MSG_CANNOT_SAVE_COPY = QT_TRANSLATE_NOOP(
    "Backups", "The copy could not be saved as {path}: {reason}. The open file is not affected."
)

SUFFIX = ".sqlite3"
BEFORE_RESTORE = "before-restore"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
PARTIAL_PREFIX = ".partial-"
ABOUT_FILE = "about.txt"
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The time now in the computer's time zone: backups are "one a day" by the user's days."""
    return datetime.now().astimezone()


class BackupError(Exception):
    """A backup could not be taken or used; ``message`` says why and what happens next."""

    def __init__(self, template: str, **params: object) -> None:
        self.message = Message(CTX, template, **params)
        super().__init__(self.message.format())


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # aware, UTC
    before_restore: bool  # the copy of the current state kept when a backup replaced it

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backup_folder(database: Path, data_folder: Path | None = None) -> Path:
    """Where the backups of ``database`` live (the folder may not exist yet).

    Normally in the user's data folder, one subfolder per database, named by the file's stem
    and a hash of its full path: two files both called ``toolbox.sqlite3`` in different
    folders never share backups, and a backup survives the loss of the stick the file was on.
    In portable use (``paths.is_portable``) they sit beside the file and travel with it.
    """
    from toolbox_desktop.paths import is_portable, user_data_folder

    resolved = Path(database).expanduser().resolve()
    if is_portable(resolved):
        return resolved.with_name(f"{resolved.name}-backups")
    key = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:12]
    root = data_folder if data_folder is not None else user_data_folder()
    return root / "backups" / f"{resolved.stem}-{key}"


def list_backups(database: Path, folder: Path | None = None) -> list[Backup]:
    """The backups of ``database``, newest first; other files in the folder are ignored."""
    folder = folder if folder is not None else backup_folder(database)
    pattern = _name_pattern(Path(database))
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = pattern.fullmatch(entry.name)
            if match and entry.is_file():
                taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
                found.append(Backup(entry, taken, match["kind"] is not None))
    # In one second, the copy before a restore is the newer: it was taken after the backup.
    return sorted(found, key=lambda b: (b.taken, b.before_restore), reverse=True)


def take_backup(
    database: Path,
    folder: Path | None = None,
    now: datetime | None = None,
    before_restore: bool = False,
) -> Backup:
    """Copy ``database`` into its backup folder now; raises ``BackupError``.

    Reads through a connection of its own, so it may run on any thread while a window edits.
    Callers make sure the file passed the open checks (``database.connect``).
    """
    database = Path(database).expanduser()
    folder = folder if folder is not None else backup_folder(database)
    with _reading(database) as source:
        return _copy(source, database, folder, now or local_now(), before_restore)


def backup_if_due(
    database: Path, folder: Path | None = None, clock: Clock = local_now
) -> Backup | None:
    """Take the day's backup unless one was taken today, then drop those no longer needed.

    Returns the new backup, or None when none was due or the file is the training town (its
    data is fictional and recreated on demand). Raises ``BackupError``; the caller reports it
    quietly and tries again later.
    """
    database = Path(database).expanduser()
    folder = folder if folder is not None else backup_folder(database)
    now = clock()
    if taken_today(list_backups(database, folder), now):
        return None
    with _reading(database) as source:
        if is_training_municipality(source):
            return None
        backup = _copy(source, database, folder, now, before_restore=False)
    prune(database, folder, now)
    return backup


def prune(database: Path, folder: Path | None = None, now: datetime | None = None) -> list[Path]:
    """Delete the backups the retention rule no longer needs; returns what was deleted.

    A file that cannot be deleted is left for the next time: pruning never fails a backup.
    """
    folder = folder if folder is not None else backup_folder(database)
    deleted = []
    for backup in backups_to_delete(list_backups(database, folder), now or local_now()):
        with contextlib.suppress(OSError):
            backup.path.unlink()
            deleted.append(backup.path)
    _remove_stale_partials(folder)
    return deleted


def backup_name(database: Path, taken: datetime, before_restore: bool) -> str:
    kind = f"-{BEFORE_RESTORE}" if before_restore else ""
    return f"{Path(database).stem}-{taken.astimezone(UTC).strftime(STAMP_FORMAT)}{kind}{SUFFIX}"


def copy_database(source: sqlite3.Connection, target: Path, verify: bool = False) -> None:
    """Write ``source``'s committed state to the new file ``target`` as one self-contained
    file: written under a temporary name in the same folder, flushed, then renamed.

    With ``verify`` the copy must pass SQLite's quick check first (raises ``BackupError``):
    a file damaged while open must not push good backups out of the rotation.
    """
    with replacing(target, prefix=PARTIAL_PREFIX, suffix=SUFFIX) as partial:
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            # A single file with no -wal beside it: readable anywhere, even read-only.
            copy.execute("PRAGMA journal_mode = DELETE")
            result = copy.execute("PRAGMA quick_check").fetchone()[0] if verify else "ok"
        if result != "ok":
            raise BackupError(MSG_DAMAGED_SOURCE, detail=result)


def save_copy(database: Path, target: Path) -> None:
    """File → Save a copy…: ``database``'s committed state as a new, self-contained file
    ``target`` (SQLite's backup API through a connection of its own, never a plain copy of a
    live file, whose write-ahead log may hold the latest changes). Raises ``BackupError``."""
    database = Path(database).expanduser()
    target = Path(target)
    with _reading(database) as source:
        try:
            copy_database(source, target, verify=True)
            # A file replaced by the copy may have left its write-ahead log beside it: SQLite
            # would replay that old log into the copy when it is next opened.
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        except OSError as error:
            reason = error.strerror or str(error)
            raise BackupError(MSG_CANNOT_SAVE_COPY, path=str(target), reason=reason) from error


@contextlib.contextmanager
def _reading(database: Path):
    """A read-only connection to the live database (sees what other connections committed)."""
    try:
        conn = sqlite3.connect(database.resolve().as_uri() + "?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as error:
        raise BackupError(MSG_CANNOT_READ, reason=str(error)) from error
    try:
        yield conn
    except sqlite3.Error as error:
        if _is_damage(error):
            raise BackupError(MSG_DAMAGED_SOURCE, detail=str(error)) from error
        raise BackupError(MSG_CANNOT_READ, reason=str(error)) from error
    finally:
        conn.close()


def _is_damage(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def _copy(
    source: sqlite3.Connection, database: Path, folder: Path, now: datetime, before_restore: bool
) -> Backup:
    target = folder / backup_name(database, now, before_restore)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_about(folder, database)
        copy_database(source, target, verify=True)
    except sqlite3.Error as error:
        if _is_damage(error):
            raise BackupError(MSG_DAMAGED_SOURCE, detail=str(error)) from error
        raise BackupError(MSG_CANNOT_SAVE, folder=str(folder), reason=str(error)) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise BackupError(MSG_CANNOT_SAVE, folder=str(folder), reason=reason) from error
    return Backup(target, now.astimezone(UTC).replace(microsecond=0), before_restore)


def _write_about(folder: Path, database: Path) -> None:
    """A note for someone who opens the folder: whose backups these are."""
    about = folder / ABOUT_FILE
    if not about.exists():
        about.write_text(
            f"Backups of {database.resolve()}, made by Local Integration Toolbox.\n"
            "Restore them with File > Restore from a backup, or "
            "'toolbox-desktop backup restore'.\n",
            encoding="utf-8",
        )


def _name_pattern(database: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(database.stem)
        + rf"-(?P<stamp>\d{{8}}T\d{{6}}Z)(?P<kind>-{BEFORE_RESTORE})?{re.escape(SUFFIX)}"
    )


def _remove_stale_partials(folder: Path, older_than_seconds: int = 86_400) -> None:
    """Temporary files of a backup that was cut short (the app was killed): ours, and old;
    with what SQLite left beside them (a ``-journal``, a ``-wal``)."""
    limit = time.time() - older_than_seconds
    with contextlib.suppress(OSError):
        for entry in folder.glob(f"{PARTIAL_PREFIX}*{SUFFIX}*"):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < limit:
                    entry.unlink()
