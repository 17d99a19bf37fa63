"""A full disk is named as the cause, with what to do: never hidden behind SQLite's "no such
savepoint" or "disk I/O error"."""

from __future__ import annotations

import sqlite3
from collections import namedtuple

import pytest

from toolbox_desktop.storage import disk_full
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.disk_full import database_folder, is_disk_full
from toolbox_desktop.storage.open_errors import DatabaseOpenError
from toolbox_desktop.storage.transactions import immediate_transaction


def full_after_now(conn: sqlite3.Connection) -> None:
    """The file may not grow by a page: SQLite's "database or disk is full", as on a disk
    with no space left."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_inside_a_nested_write_raises_the_full_disk_not_a_lost_savepoint():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE notes (text)")
    full_after_now(conn)
    with pytest.raises(sqlite3.OperationalError) as caught, immediate_transaction(conn):
        conn.execute("INSERT INTO notes VALUES ('kept or not at all')")
        with immediate_transaction(conn):
            conn.execute("INSERT INTO notes VALUES (?)", ["x" * 200_000])
    assert "full" in str(caught.value), "until now: 'no such savepoint: nested_write'"
    assert is_disk_full(caught.value)
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)


def test_a_bare_io_error_counts_as_a_full_disk_only_where_no_space_is_left(tmp_path, monkeypatch):
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(disk_full.shutil, "disk_usage", lambda _folder: usage(10, 10, 0))
    assert is_disk_full(error, tmp_path)
    assert not is_disk_full(error), "without the folder it cannot tell"
    monkeypatch.setattr(disk_full.shutil, "disk_usage", lambda _folder: usage(10, 1, 9 << 30))
    assert not is_disk_full(error, tmp_path)
    assert is_disk_full(OSError(28, "No space left on device"))


def test_opening_a_file_on_a_full_disk_says_so_and_what_to_do(tmp_path, monkeypatch):
    path = tmp_path / "town.sqlite3"
    connect(path).close()

    def full(*_args, **_kwargs):
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR
        raise error

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(disk_full.shutil, "disk_usage", lambda _folder: usage(10, 10, 0))
    monkeypatch.setattr("toolbox_desktop.storage.database.configure_connection", full)
    with pytest.raises(DatabaseOpenError) as caught:
        connect(path)
    assert str(caught.value) == (
        f"'{path}' could not be opened: the disk is full. Free some space on it (delete or "
        "move files you no longer need), then try again. The file was not changed."
    )


def test_the_folder_of_a_connection(tmp_path):
    conn = sqlite3.connect(tmp_path / "town.sqlite3")
    assert database_folder(conn) == tmp_path
    assert database_folder(sqlite3.connect(":memory:")) is None
