"""Migration 0013: the edit history accepts an assessment's details (title, date,
participants, status) and keeps every entry a 0012 file has."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import as_database
from toolbox_desktop.storage.edit_history import ASSESSMENT, history
from toolbox_desktop.storage.migrations import migrations
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_0012_file_keeps_its_history_and_records_assessment_details(tmp_path, pack_copy):
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0007.sqlite3", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        migrations.apply(as_database(conn), stop_before="0013_assessment_history")
        conn.execute(
            "INSERT INTO edit_history (record, record_id, field, old_value, new_value, writer, "
            "changed_at) VALUES ('advocacy-addressee', 'hou', 'name', '\"Alt — Ärger\"', "
            "'\"Neu\"', 'w', '2026-01-01T00:00:00+00:00')"
        )
        conn.commit()
        before = conn.execute("SELECT * FROM edit_history ORDER BY id").fetchall()
    workspace = open_workspace(path, pack_copy.parent)
    try:
        conn = workspace.conn
        assert conn.execute("SELECT * FROM edit_history ORDER BY id").fetchall() == before
        repository = AssessmentRepository(conn)
        made = repository.create("Selbstbewertung", "2026-03-01")
        repository.update(made.id, title="Selbstbewertung 2026 — Roßlau")
        assert [(r.field, r.old, r.new) for r in history(conn, ASSESSMENT, made.id)] == [
            ("title", "Selbstbewertung", "Selbstbewertung 2026 — Roßlau")
        ]
    finally:
        workspace.close()
