"""Opening the database: a new file is created and migrated; bad files are refused untouched."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from toolbox_desktop.storage import database
from toolbox_desktop.storage.database import DatabaseOpenError, open_database
from toolbox_desktop.storage.schema import CONTENT_TABLES, MIGRATION_NAMES


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_ours(path: Path) -> None:
    open_database(path).close()


def test_new_file_is_created_migrated_and_configured(db_path):
    db = open_database(db_path)
    assert db_path.exists()
    assert set(CONTENT_TABLES) <= set(db.table_names())
    applied = {row["name"] for row in db["_sqlite_migrations"].rows}
    assert applied == set(MIGRATION_NAMES)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with pytest.raises(sqlite3.IntegrityError):
        db["subthemes"].insert(
            {"code": "x.y", "pack_id": "nope", "dimension": "nope", "position": 0, "title": "t"}
        )
    db.close()


def test_schema_lists_the_migrations_in_order():
    from sqlite_utils import Database

    from toolbox_desktop.storage.migrations import migrations

    names = tuple(m.name for m in migrations.pending(Database(memory=True)))
    assert names == MIGRATION_NAMES


def test_opening_twice_applies_nothing_again(db_path):
    make_ours(db_path)
    db = open_database(db_path)
    assert db["_sqlite_migrations"].count == len(set(MIGRATION_NAMES))
    db.close()


def test_empty_file_is_treated_as_new(db_path):
    db_path.write_bytes(b"")
    open_database(db_path).close()
    assert db_path.stat().st_size > 0


def refused(path: Path, expected: str) -> DatabaseOpenError:
    before = digest(path) if path.is_file() else None
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert expected in caught.value.message
    if before is not None:
        assert digest(path) == before, "the file must be left untouched"
        assert not Path(f"{path}-wal").exists()
    return caught.value


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Meeting notes: Dessau-Roßlau, 12 May\n" * 50, encoding="utf-8")
    error = refused(path, "is not a Local Integration Toolbox database")
    assert "not changed" in error.message


def test_truncated_database_is_refused(db_path):
    db = open_database(db_path)
    db["notes"].insert_all([{"text": "x" * 500} for _ in range(200)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    refused(db_path, "damaged or incomplete")


def test_header_only_fragment_is_refused(db_path):
    make_ours(db_path)
    db_path.write_bytes(db_path.read_bytes()[:60])
    refused(db_path, "damaged or incomplete")


def test_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Ayşe')")
    conn.close()
    refused(path, "another program")


def test_database_from_a_newer_version_is_refused(db_path):
    make_ours(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('toolbox_desktop', '9999_from_the_future', '2030-01-01')"
        )
    conn.close()
    refused(db_path, "newer version")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file_is_refused(db_path):
    make_ours(db_path)
    db_path.chmod(0o444)
    try:
        refused(db_path, "cannot be changed")
    finally:
        db_path.chmod(0o644)


@pytest.fixture
def deny_writing(monkeypatch):
    """Call it to make the medium write-protected (a USB stick): from then on the OS says
    no write access (even to root)."""
    real_access = os.access

    def deny() -> None:
        monkeypatch.setattr(
            database.os,
            "access",
            lambda path, mode: False if mode == os.W_OK else real_access(path, mode),
        )

    return deny


def test_read_only_medium_is_refused(db_path, deny_writing):
    make_ours(db_path)
    deny_writing()
    refused(db_path, "cannot be changed")


def test_folder_and_missing_folder(tmp_path):
    refused(tmp_path, "is a folder")
    refused(tmp_path / "missing" / "x.db", "does not exist")


def test_upgrade_keeps_a_backup_copy(db_path, monkeypatch):
    make_ours(db_path)
    from toolbox_desktop.storage import migrations as module

    @module.migrations(name="9000_test_only_upgrade")
    def _upgrade(db):
        db["upgrade_marker"].insert({"done": 1})

    monkeypatch.setattr(
        database, "MIGRATION_NAMES", (*database.MIGRATION_NAMES, "9000_test_only_upgrade")
    )
    try:
        db = open_database(db_path)
        assert db["upgrade_marker"].count == 1
        db.close()
        backups = list(db_path.parent.glob("toolbox.before-upgrade-*.sqlite3"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as copy:
            names = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        assert "upgrade_marker" not in names and "dimensions" in names
    finally:
        module.migrations._migrations.pop()


def test_a_new_file_in_a_folder_that_allows_no_saving_says_choose_another_folder(
    tmp_path, deny_writing
):
    """It said the file "cannot be changed … Copy it to a folder…": there was no file."""
    deny_writing()
    new = tmp_path / "new.sqlite3"
    refused(new, "cannot be created: its folder does not allow saving files")
    assert not new.exists()


def test_the_reasons_of_a_refusal_are_translated(db_path, monkeypatch, deny_writing):
    """The command line put the English reason into a German message."""
    from toolbox_desktop.cli import translation

    make_ours(db_path)
    deny_writing()
    with pytest.raises(DatabaseOpenError) as caught:
        database.connect(db_path)
    monkeypatch.setattr(translation, "_language", "de")
    translation.use_language("de")
    try:
        text = translation.database_error_text(caught.value)
    finally:
        translation.use_language("en")
    assert "the file is read-only" not in text and "schreibgeschützt" in text
