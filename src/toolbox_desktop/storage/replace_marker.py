"""The mark a restore from a backup leaves in the file, read without the backup modules: every
window reads it when it opens (``ui/window/backups``), and at each check for other windows'
writes, and importing ``backup_restore`` for one query cost start-up about 4 ms."""

from __future__ import annotations

import sqlite3

RESTORED_KEY = "replaced_from_backup"


def replaced_marker(conn: sqlite3.Connection) -> str | None:
    """Changes each time the file's data is replaced from a backup (see
    ``backup_restore.mark_replaced``)."""
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", [RESTORED_KEY]).fetchone()
    return row[0] if row else None
