"""Reading a write-ahead log as SQLite's recovery does: only committed, intact frames count."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from toolbox_desktop.storage.wal_file import parse_wal, read_wal


def log_of_two_commits(tmp_path: Path) -> tuple[bytes, int]:
    """A log with two committed transactions, the second growing the database; returns it and
    the number of frames of the first."""
    path = tmp_path / "w.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x TEXT)")
    frames_first = (path.with_name("w.db-wal").stat().st_size - 32) // (24 + 4096)
    conn.execute("INSERT INTO t VALUES (?)", ["x" * 20_000])  # overflow pages: the file grows
    shutil.copy(path.with_name("w.db-wal"), tmp_path / "copy-wal")
    conn.close()
    return (tmp_path / "copy-wal").read_bytes(), frames_first


def test_committed_pages_and_size(tmp_path):
    log, _ = log_of_two_commits(tmp_path)
    contents = parse_wal(log)
    assert contents.page_size == 4096
    assert contents.database_pages == 6  # page 1, the table's root, four overflow pages
    assert set(range(1, contents.database_pages + 1)) == contents.pages


def test_a_torn_last_transaction_does_not_count(tmp_path):
    log, frames_first = log_of_two_commits(tmp_path)
    torn = bytearray(log)
    torn[-100] ^= 0xFF  # the last frame's page is not what its checksum says
    contents = parse_wal(bytes(torn))
    assert contents.database_pages == 2  # page 1 and the new table's root
    assert contents.pages == {1, 2}
    assert frames_first == 2


def test_frames_of_an_earlier_log_do_not_count(tmp_path):
    log, _ = log_of_two_commits(tmp_path)
    other_salt = bytearray(log)
    struct.pack_into(">I", other_salt, 32 + 8, 12345)  # the first frame's salt
    assert parse_wal(bytes(other_salt)) is None


def test_no_log(tmp_path):
    assert read_wal(tmp_path / "missing-wal") is None
    assert parse_wal(b"") is None
    assert parse_wal(b"\x37\x7f\x06\x82" + bytes(28)) is None
