"""Open everything a session needs: the database, refreshed content, the content itself.

The GUI and the command line both start here, so they always see the same data. sqlite-utils
is loaded only when something has to be written (see ``database.as_database``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop.core.content import Content
from toolbox_desktop.storage.content_repository import (
    DEFAULT_LANGUAGE,
    SyncResult,
    load_content,
    sync_packs,
)
from toolbox_desktop.storage.database import as_database, connect, migrate, needs_migration

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Workspace:
    conn: sqlite3.Connection
    path: Path
    content: Content
    sync_results: list[SyncResult]

    @cached_property
    def db(self) -> Database:
        """The same connection through sqlite-utils, for code that writes user data."""
        return as_database(self.conn)

    @property
    def failed_packs(self) -> list[SyncResult]:
        """Packs that could not be loaded (the last good content is still in use)."""
        return [result for result in self.sync_results if result.status == "failed"]

    def read_content(self, language: str) -> Content:
        """The content read again in ``language`` (each pack falls back to its base language),
        kept as ``content``: the window switched language; user data does not change."""
        self.content = load_content(self.conn, language)
        return self.content

    def close(self) -> None:
        self.conn.close()


def open_workspace(
    db_path: Path, content_root: Path, language: str = DEFAULT_LANGUAGE
) -> Workspace:
    """Open ``db_path`` (raising ``DatabaseOpenError``) and bring its content up to date;
    the content is read in ``language`` where a pack has it."""
    conn = connect(db_path)
    try:
        if needs_migration(conn):
            migrate(conn, db_path)
        results = sync_packs(conn, content_root)
        return Workspace(conn, Path(db_path), load_content(conn, language), results)
    except BaseException:
        conn.close()
        raise
