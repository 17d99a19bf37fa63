"""Rolling backups: where they go, that each is a consistent copy, and which are kept."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import time
from datetime import date, timedelta

import pytest
from backup_helpers import Clock, add_work

from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage import atomic_file
from toolbox_desktop.storage.backup_summary import read_summary
from toolbox_desktop.storage.backups import (
    BackupError,
    backup_folder,
    backup_if_due,
    list_backups,
    prune,
    take_backup,
)
from toolbox_desktop.storage.workspace import open_workspace


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data" / "backups" / "town"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backups_of_two_files_with_the_same_name_never_mix(tmp_path, monkeypatch):
    monkeypatch.delenv("TOOLBOX_DESKTOP_PORTABLE", raising=False)
    data = tmp_path / "data"
    first = backup_folder(tmp_path / "office" / "toolbox.sqlite3", data)
    second = backup_folder(tmp_path / "stick" / "toolbox.sqlite3", data)
    assert first != second
    assert first.parent == second.parent == data / "backups"
    assert first.name.startswith("toolbox-") and second.name.startswith("toolbox-")


def test_in_portable_use_backups_sit_beside_the_file(tmp_path, monkeypatch):
    monkeypatch.delenv("TOOLBOX_DESKTOP_PORTABLE", raising=False)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "portable.txt").write_text("", encoding="utf-8")
    assert backup_folder(stick / "our-town.sqlite3") == stick / "our-town.sqlite3-backups"
    monkeypatch.setenv("TOOLBOX_DESKTOP_PORTABLE", "1")
    office = tmp_path / "office" / "toolbox.sqlite3"
    assert backup_folder(office) == office.with_name("toolbox.sqlite3-backups")


def test_a_backup_is_a_whole_copy_with_its_summary(workspace, folder):
    add_work(workspace.conn, town="Dessau-Roßlau", assessments=2, actions=3)
    backup = take_backup(workspace.path, folder)
    assert backup.path.parent == folder
    assert list_backups(workspace.path, folder) == [backup]
    with contextlib.closing(sqlite3.connect(backup.path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    summary = read_summary(backup.path)
    assert (summary.municipality, summary.assessments, summary.actions) == ("Dessau-Roßlau", 2, 3)
    assert not list(folder.glob(".partial-*")), "no temporary file is left behind"
    assert not list(folder.glob("*-wal")), "a backup is one self-contained file"


def test_a_backup_holds_what_was_committed_and_not_what_is_half_written(workspace, folder):
    """The window's committed edits may still be in the write-ahead log; a transaction in
    progress on another connection must not leak into the copy."""
    conn = workspace.conn
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep every commit in the -wal file
    add_work(conn, town="St. Pölten", assessments=1, actions=1)
    assert (workspace.path.with_name(workspace.path.name + "-wal")).stat().st_size > 0
    other = sqlite3.connect(workspace.path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE municipality SET name = 'half written'")
    other.execute(
        "INSERT INTO actions (title, created_at, updated_at) VALUES ('not yet', 'x', 'x')"
    )
    try:
        backup = take_backup(workspace.path, folder)
    finally:
        other.rollback()
        other.close()
    summary = read_summary(backup.path)
    assert (summary.municipality, summary.actions) == ("St. Pölten", 1)
    with contextlib.closing(sqlite3.connect(backup.path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_one_backup_a_day_and_the_rule_keeps_days_and_weeks(workspace, folder):
    """Opened every morning (and again in the afternoon) for eight weeks."""
    add_work(workspace.conn)
    clock = Clock("2026-01-05T09:00:00")  # a Monday
    taken = []
    for _day in range(56):
        taken.append(backup_if_due(workspace.path, folder, clock))
        clock.advance(hours=5)
        assert backup_if_due(workspace.path, folder, clock) is None, "once a day only"
        clock.advance(hours=19)
    assert all(backup is not None for backup in taken)
    remaining = [b.taken.date() for b in reversed(list_backups(workspace.path, folder))]
    sundays = [date(2026, 2, 1), date(2026, 2, 8), date(2026, 2, 15), date(2026, 2, 22)]
    last_week = [date(2026, 2, 23) + timedelta(days=n) for n in range(7)]  # to Sunday 1 March
    assert remaining == sundays + last_week


def test_no_backup_of_the_training_town(workspace, folder):
    create_training_municipality(workspace.conn)
    assert backup_if_due(workspace.path, folder, Clock()) is None
    assert not folder.exists()


def test_files_that_are_not_ours_are_never_touched(workspace, folder):
    folder.mkdir(parents=True)
    mine = folder / "notes.sqlite3"
    mine.write_text("the clerk's own file", encoding="utf-8")
    other_db = folder / "other-20250101T090000Z.sqlite3"  # another database's name
    other_db.write_bytes(b"x")
    clock = Clock("2026-01-05T09:00:00")
    for _day in range(50):
        backup_if_due(workspace.path, folder, clock)
        clock.advance(days=1)
    assert mine.read_text(encoding="utf-8") == "the clerk's own file"
    assert other_db.exists()


def test_a_full_disk_leaves_nothing_behind_and_is_retried(workspace, folder, monkeypatch):
    add_work(workspace.conn)
    before = digest(workspace.path)

    def disk_full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "fsync_file", disk_full)
    clock = Clock()
    with pytest.raises(BackupError) as caught:
        backup_if_due(workspace.path, folder, clock)
    assert "No space left on device" in str(caught.value)
    assert "tries again later" in str(caught.value)
    assert [p.name for p in folder.iterdir()] == ["about.txt"]
    assert digest(workspace.path) == before
    monkeypatch.undo()
    clock.advance(hours=1)
    assert backup_if_due(workspace.path, folder, clock) is not None, "retried later"


def test_a_folder_that_cannot_be_made_is_reported(workspace, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        backup_if_due(workspace.path, blocked / "town", Clock())
    assert str(blocked / "town") in str(caught.value)


def test_a_database_that_is_gone_is_reported_not_raised_as_a_crash(tmp_path, folder):
    with pytest.raises(BackupError):
        take_backup(tmp_path / "missing.sqlite3", folder)


def test_a_damaged_backup_is_listed_as_unreadable(workspace, folder):
    backup = take_backup(workspace.path, folder)
    backup.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert not read_summary(backup.path).readable


def test_the_backup_of_a_reopened_file_still_passes_the_open_checks(workspace, folder, pack_copy):
    add_work(workspace.conn)
    backup = take_backup(workspace.path, folder)
    reopened = open_workspace(backup.path, pack_copy.parent)
    try:
        assert reopened.content.benchmarks
    finally:
        reopened.close()


def test_a_file_damaged_while_open_does_not_push_good_backups_out(workspace, folder):
    add_work(workspace.conn)
    clock = Clock()
    good = backup_if_due(workspace.path, folder, clock)
    workspace.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.conn.close()
    data = bytearray(workspace.path.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = b"\xa5" * (3 * page)  # a few pages overwritten by garbage
    workspace.path.write_bytes(bytes(data))
    for _day in range(40):
        clock.advance(days=1)
        with pytest.raises(BackupError) as caught:
            backup_if_due(workspace.path, folder, clock)
    assert "looks damaged" in str(caught.value)
    assert list_backups(workspace.path, folder) == [good]
    assert not list(folder.glob(".partial-*"))


def test_a_copy_over_an_old_file_leaves_no_old_write_ahead_log_beside_it(tmp_path):
    """Replacing a file whose write-ahead log is still beside it: SQLite would replay that
    old log into the copy, so the copy must not keep it."""
    import sqlite3

    from toolbox_desktop.storage.backups import save_copy
    from toolbox_desktop.storage.database import connect

    live = tmp_path / "live.sqlite3"
    conn = connect(live)
    conn.execute("CREATE TABLE IF NOT EXISTS kept (value TEXT)")
    conn.execute("INSERT INTO kept VALUES ('ours')")
    conn.commit()
    old = tmp_path / "old.sqlite3"
    other = sqlite3.connect(old)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("CREATE TABLE theirs (x)")
    other.commit()
    (tmp_path / "old.sqlite3-wal").write_bytes(b"stale log of the old file")
    save_copy(live, old)
    assert not (tmp_path / "old.sqlite3-wal").exists()
    copy = sqlite3.connect(old)
    assert copy.execute("SELECT value FROM kept").fetchall() == [("ours",)]
    other.close()
    copy.close()
    conn.close()


def test_what_a_backup_cut_short_left_is_removed_a_day_later_journal_included(workspace, folder):
    """A backup killed while it wrote leaves its partial copy and SQLite's journal beside it;
    both go once they are a day old (the journal was kept for ever)."""
    add_work(workspace.conn)
    clock = Clock()
    backup_if_due(workspace.path, folder, clock)
    left = [folder / ".partial-abc.sqlite3", folder / ".partial-abc.sqlite3-journal"]
    fresh = folder / ".partial-new.sqlite3-journal"
    for path in [*left, fresh]:
        path.write_bytes(b"left by a backup that was killed")
    day_old = time.time() - 2 * 86_400
    for path in left:
        os.utime(path, (day_old, day_old))
    prune(workspace.path, folder, clock())
    assert [path.exists() for path in left] == [False, False]
    assert fresh.exists(), "a backup may be writing it right now"
    assert len(list_backups(workspace.path, folder)) == 1
