"""What the open checks decide beyond "is it SQLite and whole": whether a file is ours (another
program's file is never written to), and whether every value in it can be read."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from toolbox_desktop.cli import EXIT_ERROR, main
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import DatabaseOpenError, open_database
from toolbox_desktop.storage.ownership import APPLICATION_ID
from toolbox_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def files_beside(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def refused_untouched(path: Path, words: str) -> DatabaseOpenError:
    """Opening ``path`` is refused with ``words``; no byte of any file beside it changes and
    no file appears (no -wal, no -shm)."""
    before = files_beside(path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert words in caught.value.message
    assert "The file was not changed" in caught.value.message
    assert files_beside(path) == before
    return caught.value


def application_id(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[68:72], "big")


# -- whose file is it ---------------------------------------------------------------------
def test_another_program_with_an_app_meta_table_is_refused_untouched(tmp_path):
    path = tmp_path / "inventory.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO app_meta VALUES ('theme', 'dark')")
        conn.execute("CREATE TABLE items (name TEXT)")
    conn.close()
    refused_untouched(path, "another program")
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_another_program_in_wal_mode_with_its_log_gets_no_shm(tmp_path):
    """Its -wal beside it but no -shm (copied, or the program crashed on a stick): checked on
    a private copy, so no -shm appears beside another program's file."""
    live = tmp_path / "live"
    live.mkdir()
    conn = sqlite3.connect(live / "notes.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE app_meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO app_meta VALUES ('a', 'b')")
    copied = tmp_path / "stick"
    copied.mkdir()
    shutil.copy(live / "notes.db", copied / "notes.db")
    shutil.copy(live / "notes.db-wal", copied / "notes.db-wal")
    conn.close()
    assert (copied / "notes.db-wal").stat().st_size > 0
    refused_untouched(copied / "notes.db", "another program")


def test_another_programs_application_id_is_refused_even_with_our_tables(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA application_id = 1196444487")  # a GeoPackage's
    conn.close()
    refused_untouched(db_path, "another program")


def test_new_files_carry_our_application_id(db_path):
    open_database(db_path).close()
    assert application_id(db_path) == APPLICATION_ID


def test_an_old_genuine_file_opens_and_is_marked_ours(tmp_path, pack_copy):
    """Files made before the application id: our first migration and app_meta prove them."""
    path = tmp_path / "town.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    assert application_id(path) == 0
    open_workspace(path, pack_copy.parent).close()
    assert application_id(path) == APPLICATION_ID


def test_a_first_opening_cut_short_is_finished(db_path):
    """Killed after sqlite-utils made its migrations table and before our first migration:
    nothing to lose, so it is ours to finish (it used to be called another program's)."""
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, "
            "name TEXT, applied_at TEXT)"
        )
        conn.execute(
            "CREATE UNIQUE INDEX idx__sqlite_migrations_migration_set_name "
            "ON _sqlite_migrations (migration_set, name)"
        )
    conn.close()
    db = open_database(db_path)
    assert "app_meta" in db.table_names()
    db.close()


def test_another_programs_migrations_do_not_make_a_file_ours(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, "
            "name TEXT, applied_at TEXT)"
        )
        conn.execute("INSERT INTO _sqlite_migrations VALUES (1, 'other_app', '0001_x', '')")
        conn.execute("CREATE TABLE app_meta (key TEXT, value TEXT)")
    conn.close()
    refused_untouched(path, "another program")


# -- values that cannot be read ----------------------------------------------------------
@pytest.fixture
def town(workspace):
    """A database with an assessment (id returned); closed, so tests can damage it."""
    created = AssessmentRepository(workspace.conn).create("Review 2026", "2026-03-01", "Mayor")
    workspace.close()
    return workspace.path, created.id


def corrupt(path: Path, value_sql: str, row: int) -> None:
    """Another program writes ``value_sql`` into the assessment's title."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"UPDATE assessments SET title = {value_sql} WHERE id = ?", [row])
    conn.close()


@pytest.mark.parametrize(
    "value_sql",
    [
        "CAST(X'526576696577C328' AS TEXT)",  # "Review" and a broken two-byte character
        "X'00FF10'",  # binary data
    ],
)
def test_a_value_that_is_not_text_is_named_not_a_traceback(town, pack_copy, value_sql):
    path, row = town
    corrupt(path, value_sql, row)
    before = files_beside(path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(path, pack_copy.parent)
    message = caught.value.message
    assert f"table 'assessments', column 'title', row {row}" in message
    assert "not readable text" in message and "The file was not changed" in message
    assert files_beside(path) == before


@pytest.mark.parametrize(
    ("column", "value_sql"),
    [("title", "CAST(X'4265726C696EC328' AS TEXT)"), ("position", "X'01'")],
)
def test_an_unreadable_value_in_any_table_is_found_and_named(town, pack_copy, column, value_sql):
    """Not only where people type: here the library's sub-themes (a table late in the
    file), text that is not UTF-8 and binary data in a column of numbers."""
    path, _ = town
    conn = sqlite3.connect(path)
    with conn:
        row = conn.execute("SELECT max(rowid) FROM subthemes").fetchone()[0]
        conn.execute(f"UPDATE subthemes SET {column} = {value_sql} WHERE rowid = ?", [row])
    conn.close()
    before = files_beside(path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(path, pack_copy.parent)
    assert f"table 'subthemes', column '{column}', row {row}" in caught.value.message
    assert files_beside(path) == before


@pytest.mark.parametrize(("second_row", "second_column"), [(False, "source"), (True, "pack_id")])
def test_a_character_cut_in_two_values_is_found(town, pack_copy, second_row, second_column):
    """The first bytes of a character at the end of one value, the rest at the start of the
    next (the next column, or the first column of the next row): each value alone cannot
    be read, even though the two side by side would make a character."""
    path, _ = town
    conn = sqlite3.connect(path)
    with conn:
        first = conn.execute("SELECT min(rowid) FROM subthemes").fetchone()[0]
        conn.execute(
            "UPDATE subthemes SET title = CAST(X'4265726CC3' AS TEXT) WHERE rowid = ?", [first]
        )
        conn.execute(
            f"UPDATE subthemes SET {second_column} = CAST(X'A9696E' AS TEXT) WHERE rowid = ?",
            [first + 1 if second_row else first],
        )
    conn.close()
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(path, pack_copy.parent)
    assert f"table 'subthemes', column 'title', row {first}" in caught.value.message


def test_the_command_line_says_so_too(town, capsys):
    path, row = town
    corrupt(path, "CAST(X'C328' AS TEXT)", row)
    code = main(["assessment", "list", "--db", str(path)])
    out, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert err.startswith("error: ") and "column 'title', row" in err
    assert "Traceback" not in err and out == ""
