"""A crash never makes the app refuse a healthy file: after a kill, even one in the middle of a
checkpoint or of another program's transaction, the file opens with every committed row; a
file that really lost pages is still refused."""

from __future__ import annotations

import random
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from toolbox_desktop.storage.database import DatabaseOpenError, open_database
from toolbox_desktop.storage.workspace import open_workspace

# Writes rows 1, 2, 3... in transactions of five, one line "N" on stdout after each commit
# (every row below N is then committed); the database grows, so checkpoints extend the file.
# Arguments: the file, SQLite's automatic checkpoint in pages (0: no checkpoint at all), and
# how many transactions to write.
WRITER = """
import random, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = NORMAL")
conn.execute(f"PRAGMA wal_autocheckpoint = {int(sys.argv[2])}")
conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT)")
row = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM notes").fetchone()[0]
print("ready", flush=True)
for _ in range(int(sys.argv[3])):
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO notes (id, text) VALUES (?, ?)",
        [(row + k, "Roßlau " * random.randint(10, 600)) for k in range(5)],
    )
    conn.execute("COMMIT")
    row += 5
    print(row, flush=True)
    if int(sys.argv[2]) and row % 40 == 1:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
print("done", flush=True)
sys.stdin.read()
"""


def start_writer(path: Path, autocheckpoint: int, transactions: int) -> subprocess.Popen:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(autocheckpoint), str(transactions)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "ready"
    return writer


def kill(writer: subprocess.Popen) -> int:
    """SIGKILL the writer; return the first row number it had not acknowledged."""
    writer.send_signal(signal.SIGKILL)
    output, _ = writer.communicate()
    lines = output.splitlines(keepends=True)
    done = [int(line) for line in lines if line.endswith("\n") and line.strip().isdigit()]
    return max(done, default=1)


def newest_frame_of_page_one(log: bytes) -> bytes:
    (page_size,) = struct.unpack(">I", log[8:12])
    newest = None
    for start in range(32, len(log) - 24 - page_size + 1, 24 + page_size):
        if struct.unpack(">I", log[start : start + 4])[0] == 1:
            newest = log[start + 24 : start + 24 + page_size]
    assert newest is not None
    return newest


def pages(path: Path) -> tuple[int, int]:
    """(pages the header counts, pages the file holds)."""
    header = path.read_bytes()[:100]
    page_size = struct.unpack(">H", header[16:18])[0]
    return struct.unpack(">I", header[28:32])[0], path.stat().st_size // page_size


@pytest.fixture
def half_checkpointed(db_path: Path) -> Path:
    """Our database as a kill during a checkpoint leaves it: the log holds 200 committed
    transactions, and the main file already has the log's newest first page, whose header
    counts pages the file does not hold yet."""
    open_database(db_path).close()
    writer = start_writer(db_path, autocheckpoint=0, transactions=40)
    assert writer.stdout.readline().strip() == "6"  # after the first commit ...
    for line in writer.stdout:
        if line.strip() == "done":
            break
    kill(writer)
    assert Path(f"{db_path}-wal").stat().st_size > 0 and Path(f"{db_path}-shm").exists()
    with db_path.open("r+b") as main_file:
        main_file.write(newest_frame_of_page_one(Path(f"{db_path}-wal").read_bytes()))
    counted, held = pages(db_path)
    assert counted > held, "the main file must look cut short"
    return db_path


def rows(conn: sqlite3.Connection) -> tuple[int, str]:
    count = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    return count, conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_kill_during_a_checkpoint_opens_with_every_row(half_checkpointed, pack_copy):
    workspace = open_workspace(half_checkpointed, pack_copy.parent)
    try:
        assert rows(workspace.conn) == (200, "ok")
        assert len(workspace.content.benchmarks) == 68
    finally:
        workspace.close()
    assert not Path(f"{half_checkpointed}-wal").exists(), "closing checkpoints the log"
    counted, held = pages(half_checkpointed)
    assert counted == held


def test_the_log_alone_beside_the_file_is_enough(half_checkpointed):
    """Copied without its -shm (or the -shm lost): checked on a private copy, so that a
    refused file gets no -shm beside it; opened, SQLite recovers from the log."""
    Path(f"{half_checkpointed}-shm").unlink()
    db = open_database(half_checkpointed)
    assert rows(db.conn) == (200, "ok")
    db.close()


def test_a_cut_file_is_refused_when_the_log_lacks_its_pages(half_checkpointed):
    data = half_checkpointed.read_bytes()
    half_checkpointed.write_bytes(data[: 4 * 4096])  # pages 5 onwards were never in the log
    error = refused_keeping_files(half_checkpointed)
    assert "pages are there" in error.message


def test_a_cut_file_without_its_log_is_refused(half_checkpointed):
    Path(f"{half_checkpointed}-wal").unlink()
    Path(f"{half_checkpointed}-shm").unlink()
    error = refused_keeping_files(half_checkpointed)
    assert "pages are there" in error.message
    assert not Path(f"{half_checkpointed}-wal").exists()
    assert not Path(f"{half_checkpointed}-shm").exists()


def refused_keeping_files(path: Path) -> DatabaseOpenError:
    """Refused as damaged; no file appears or disappears, the file and its log unchanged
    (SQLite may rebuild the index of the log in -shm, which is what -shm is for)."""
    log = Path(f"{path}-wal")
    names = sorted(p.name for p in path.parent.iterdir())
    before = path.read_bytes(), log.read_bytes() if log.exists() else None
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert "damaged or incomplete" in caught.value.message
    assert "not changed" in caught.value.message
    assert sorted(p.name for p in path.parent.iterdir()) == names
    assert (path.read_bytes(), log.read_bytes() if log.exists() else None) == before
    return caught.value


def test_random_kills_while_writing_and_checkpointing(db_path):
    """A few dozen real kills at random moments: every file opens, passes integrity_check,
    and holds every row whose commit was acknowledged. (With checkpoints every 16 pages about
    one kill in ten lands inside a checkpoint that has extended the header but not the file,
    which the app used to refuse as damaged.)"""
    open_database(db_path).close()
    randomness = random.Random(20260)
    acknowledged = 1
    for _ in range(36):
        writer = start_writer(db_path, autocheckpoint=16, transactions=10_000)
        time.sleep(randomness.uniform(0.0, 0.05))
        acknowledged = max(acknowledged, kill(writer))
        db = open_database(db_path)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = db.execute("SELECT count(*) FROM notes WHERE id < ?", [acknowledged])
            assert present.fetchone()[0] == acknowledged - 1
        finally:
            db.close()
    assert acknowledged > 100, "the writer must have written between the kills"


# Changes every row in one transaction, in rollback-journal mode with a tiny cache, so that
# changed pages reach the main file before the commit; killed before it commits.
HALF_DONE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute("UPDATE notes SET text = ?", ["b" * 900])
conn.executemany("INSERT INTO notes (text) VALUES (?)", [("c" * 900,) for _ in range(300)])
print("ready", flush=True)
sys.stdin.read()
"""


def test_a_hot_rollback_journal_is_rolled_back_not_called_damage(db_path):
    """Another program (in rollback-journal mode) killed in the middle of a transaction:
    the main file is half written, its -journal holds what to undo. Read as it is, the file
    looked damaged; recovered on a private copy, it is whole."""
    db = open_database(db_path)
    db["notes"].insert_all([{"text": "a" * 500} for _ in range(300)])
    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", HALF_DONE, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "ready"
    kill(writer)
    assert Path(f"{db_path}-journal").stat().st_size > 0
    db = open_database(db_path)
    assert db.execute("SELECT count(*), min(text), max(text) FROM notes").fetchone() == (
        300,
        "a" * 500,
        "a" * 500,
    )
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
