"""What a backup holds, in a line: the municipality, how many assessments and actions.

Enough for the user to recognise the right one ("before we deleted the 2024 assessment")
without opening it. Read-only and "immutable": reading a backup never changes it or leaves
files beside it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from toolbox_desktop.storage.schema import MIGRATION_NAMES, applied_migrations


@dataclass(frozen=True)
class BackupSummary:
    municipality: str = ""
    assessments: int = 0
    actions: int = 0
    readable: bool = True  # False: damaged or not ours; it cannot be restored either
    newer: bool = False  # saved by a newer version of the app: this one cannot restore it

    @property
    def restorable(self) -> bool:
        return self.readable and not self.newer


def open_backup(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup file that writes nothing, not even a -wal file
    ("immutable"), unless someone opened the backup itself and left a -wal to read."""
    path = Path(path).resolve()
    has_wal = Path(f"{path}-wal").exists()
    return sqlite3.connect(
        path.as_uri() + ("?mode=ro" if has_wal else "?mode=ro&immutable=1"), uri=True
    )


def read_summary(path: Path) -> BackupSummary:
    try:
        with contextlib.closing(open_backup(path)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "app_meta" not in tables:
                return BackupSummary(readable=False)
            name = ""
            if "municipality" in tables:
                row = conn.execute("SELECT name FROM municipality WHERE id = 1").fetchone()
                name = row[0] if row else ""
            return BackupSummary(
                municipality=name,
                assessments=_count_live(conn, tables, "assessments"),
                actions=_count_live(conn, tables, "actions"),
                newer=bool(applied_migrations(conn) - set(MIGRATION_NAMES)),
            )
    except sqlite3.Error:
        return BackupSummary(readable=False)


def _count_live(conn: sqlite3.Connection, tables: set[str], table: str) -> int:
    """Rows not in the undo bin (deleted rows stay until undo is impossible)."""
    if table not in tables:
        return 0
    return conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
