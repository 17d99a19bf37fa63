"""Databases written by earlier versions open in this one, with nothing lost."""

import shutil
from pathlib import Path

from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.content_repository import load_content
from toolbox_desktop.storage.schema import MIGRATION_NAMES, applied_migrations
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_schema_0001_upgrades_with_a_backup(tmp_path, pack_copy):
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    workspace = open_workspace(path, pack_copy.parent)
    try:
        assert applied_migrations(workspace.conn) == set(MIGRATION_NAMES)
        assert len(load_content(workspace.conn).benchmarks) == 68
        repository = AssessmentRepository(workspace.conn)
        assert repository.assessments() == []
        created = repository.create("First", "2026-01-01")
        assert repository.assessment(created.id).title == "First"
    finally:
        workspace.close()
    backups = list(tmp_path.glob("town.before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert backups[0].read_bytes()[:16] == b"SQLite format 3\x00"
