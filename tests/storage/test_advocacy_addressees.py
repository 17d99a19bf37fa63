"""The advocacy letters' addressees: migration 0010 adds their table to a file of schema 0009
without touching anything in it, and the repository stores, replaces and removes a row."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.storage.advocacy_addressees import (
    OTHER,
    Addressee,
    AdvocacyAddresseeRepository,
)
from toolbox_desktop.storage.database import as_database
from toolbox_desktop.storage.migrations import migrations
from toolbox_desktop.storage.schema import CONTENT_TABLES, MIGRATION_NAMES, applied_migrations
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_migration_0010_keeps_everything_a_0009_file_has(tmp_path, pack_copy):
    """A file with user data (the 0007 fixture) brought to 0009 as that version did, then
    opened by this one."""
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0007.sqlite3", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        migrations.apply(as_database(conn), stop_before="0010_advocacy_addressees")
        conn.commit()
        assert applied_migrations(conn) == set(MIGRATION_NAMES[:9])
        before = _row_counts(conn)
        ratings = conn.execute("SELECT * FROM ratings ORDER BY rowid").fetchall()
        actions = conn.execute("SELECT * FROM actions ORDER BY id").fetchall()
    assert before["ratings"] and before["actions"]  # there is something to keep

    workspace = open_workspace(path, pack_copy.parent)
    try:
        conn = workspace.conn
        assert applied_migrations(conn) == set(MIGRATION_NAMES)
        after = _row_counts(conn)
        assert after.pop("advocacy_addressees") == 0
        # 0010 and every migration after it
        assert after.pop("_sqlite_migrations") == before.pop("_sqlite_migrations") + len(
            MIGRATION_NAMES[9:]
        )
        for table, count in before.items():
            if table not in (*CONTENT_TABLES, "app_meta"):  # content: reloaded from the pack
                assert after[table] == count, table
        assert conn.execute("SELECT * FROM ratings ORDER BY rowid").fetchall() == ratings
        assert conn.execute("SELECT * FROM actions ORDER BY id").fetchall() == actions
        stored = AdvocacyAddresseeRepository(conn).save(Addressee("hou", "state", "Ministry"))
        assert AdvocacyAddresseeRepository(conn).addressees() == {"hou": stored}
    finally:
        workspace.close()


def test_an_addressee_is_stored_replaced_and_removed_when_emptied(workspace):
    repository = AdvocacyAddresseeRepository(workspace.conn)
    assert repository.addressees() == {}
    assert repository.addressee("hou") == Addressee("hou")
    first = Addressee("hou", "state", "Ministry of Housing", "Main Street 1\n10115 Capital")
    repository.save(first)
    repository.save(
        Addressee(OTHER, "region", "Region Nord", sender_name="Mia", sender_role="Mayor")
    )
    assert repository.addressee("hou") == first
    changed = Addressee("hou", "district", "District", "Kreisweg 2", "Ana", "Officer")
    repository.save(changed)
    assert repository.addressees() == {
        "hou": changed,
        OTHER: Addressee(OTHER, "region", "Region Nord", "", "Mia", "Mayor"),
    }
    repository.save(Addressee("hou", name="  "))
    assert set(repository.addressees()) == {OTHER}


def test_an_addressee_over_its_limits_is_refused_whole(workspace):
    repository = AdvocacyAddresseeRepository(workspace.conn)
    with pytest.raises(LimitError):
        repository.save(Addressee("hou", name="x" * 301))
    assert repository.addressees() == {}
