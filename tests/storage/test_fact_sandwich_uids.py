"""Migration 0011: fact sandwiches get a uid (a municipality package matches them by it), the
rows a file already has as well as every new one."""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from pathlib import Path

from toolbox_desktop.storage.database import as_database
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich, FactSandwichRepository
from toolbox_desktop.storage.migrations import migrations
from toolbox_desktop.storage.town_identity import (
    adopt_town_id,
    database_id,
    stored_town_id,
    town_id,
)
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
UID = re.compile(r"^[0-9a-f]{32}$")


def test_sandwiches_of_a_0010_file_get_distinct_uids_and_new_ones_get_theirs(tmp_path, pack_copy):
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0007.sqlite3", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        migrations.apply(as_database(conn), stop_before="0011_fact_sandwich_uids")
        for topic in ("Jobs", "Schools — Ärger"):
            conn.execute(
                "INSERT INTO fact_sandwiches (topic, fact, created_at, updated_at) "
                "VALUES (?, 'x', '2026-01-01', '2026-01-01')",
                [topic],
            )
        conn.commit()
    workspace = open_workspace(path, pack_copy.parent)
    try:
        conn = workspace.conn
        rows = conn.execute("SELECT topic, uid FROM fact_sandwiches ORDER BY id").fetchall()
        assert [topic for topic, _ in rows] == ["Jobs", "Schools — Ärger"]
        uids = [uid for _, uid in rows]
        assert all(UID.match(uid) for uid in uids) and len(set(uids)) == 2
        repository = FactSandwichRepository(conn)
        made = repository.save(FactSandwich(topic="Housing"))
        given = repository.save(FactSandwich(topic="Health"), uid="c" * 32)
        stored = dict(conn.execute("SELECT id, uid FROM fact_sandwiches").fetchall())
        assert UID.match(stored[made.id]) and stored[made.id] not in uids
        assert stored[given.id] == "c" * 32
    finally:
        workspace.close()


def test_the_town_id_is_the_database_id_until_another_laptop_s_is_taken(workspace):
    conn = workspace.conn
    assert stored_town_id(conn) is None  # reading makes none
    made = town_id(conn)
    assert UID.match(made) and made == database_id(conn) == stored_town_id(conn)
    adopt_town_id(conn, "d" * 32)
    assert town_id(conn) == stored_town_id(conn) == "d" * 32
    assert database_id(conn) == made  # the calendar's UIDs stay
