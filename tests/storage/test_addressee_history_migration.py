"""Migration 0012: the edit history accepts advocacy addressees (a package import keeps what
it overwrites) and keeps every entry a 0011 file has."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from toolbox_desktop.storage.advocacy_addressees import TEXTS, Addressee
from toolbox_desktop.storage.database import as_database
from toolbox_desktop.storage.edit_history import ADDRESSEE, history, record_changes
from toolbox_desktop.storage.migrations import migrations
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_0011_file_keeps_its_history_and_takes_addressees(tmp_path, pack_copy):
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0007.sqlite3", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        migrations.apply(as_database(conn), stop_before="0012_addressee_history")
        conn.execute(
            "INSERT INTO edit_history (record, record_id, field, old_value, new_value, writer, "
            "changed_at) VALUES ('fact-sandwich', '1', 'fact', '\"Alt — Ärger\"', '\"Neu\"', "
            "'w', '2026-01-01T00:00:00+00:00')"
        )
        conn.commit()
        before = conn.execute("SELECT * FROM edit_history ORDER BY id").fetchall()
    workspace = open_workspace(path, pack_copy.parent)
    try:
        conn = workspace.conn
        assert conn.execute("SELECT * FROM edit_history ORDER BY id").fetchall() == before
        with conn:
            record_changes(
                conn, ADDRESSEE, "hou", Addressee("hou", name="Old"), Addressee("hou"), TEXTS
            )
        assert [(r.field, r.old, r.new) for r in history(conn, ADDRESSEE, "hou")] == [
            ("name", "Old", "")
        ]
    finally:
        workspace.close()
