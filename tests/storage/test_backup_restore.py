"""Restoring a backup as a new file or over the open data; refusals change nothing."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from backup_helpers import Clock, add_work, town_name

from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.backup_restore import replace_with_backup, restore_as_new
from toolbox_desktop.storage.backup_summary import read_summary
from toolbox_desktop.storage.backups import BackupError, list_backups, take_backup
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.schema import MIGRATION_NAMES, applied_migrations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "backups"


@pytest.fixture
def last_week(workspace, folder):
    """Kadıköy with one assessment, backed up; then the file moves on."""
    add_work(workspace.conn, town="Kadıköy", assessments=1, actions=2)
    backup = take_backup(workspace.path, folder, Clock("2026-03-02T09:00:00")())
    add_work(workspace.conn, town="Kadıköy (renamed)", assessments=2, actions=1)
    return backup


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_as_a_new_file(workspace, last_week, tmp_path):
    target = tmp_path / "restored" / "kadikoy-march.sqlite3"
    target.parent.mkdir()
    assert restore_as_new(last_week, target) == target
    with contextlib.closing(connect(target)) as conn:
        assert town_name(conn) == "Kadıköy"
        assert [a.title for a in AssessmentRepository(conn).assessments()] == ["Review 1"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["kadikoy-march.sqlite3"]
    assert town_name(workspace.conn) == "Kadıköy (renamed)", "the open file is untouched"


def test_restore_as_new_never_overwrites_a_file(last_week, tmp_path):
    target = tmp_path / "minutes.sqlite3"
    target.write_text("minutes of the committee", encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        restore_as_new(last_week, target)
    assert "already exists" in str(caught.value)
    assert target.read_text(encoding="utf-8") == "minutes of the committee"


def test_replace_keeps_a_copy_of_the_current_state_first(workspace, last_week, folder):
    other_window = connect(workspace.path)
    try:
        assert town_name(other_window) == "Kadıköy (renamed)"
        clock = Clock("2026-03-09T10:00:00")
        safety = replace_with_backup(workspace.conn, workspace.path, last_week, folder, clock())
        assert town_name(workspace.conn) == "Kadıköy"
        assert len(AssessmentRepository(workspace.conn).assessments()) == 1
        assert town_name(other_window) == "Kadıköy", "another window on the file sees it too"
    finally:
        other_window.close()
    assert safety.before_restore
    assert read_summary(safety.path).municipality == "Kadıköy (renamed)"
    assert read_summary(safety.path).assessments == 3
    assert list_backups(workspace.path, folder) == [safety, last_week]
    assert workspace.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert workspace.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # and the copy undoes the restore
    replace_with_backup(workspace.conn, workspace.path, safety, folder)
    assert town_name(workspace.conn) == "Kadıköy (renamed)"


def test_an_old_backup_is_upgraded_on_its_way_in(workspace, folder, tmp_path):
    """A backup from an older version of the app has the older tables; restoring it brings
    them up to date exactly as opening the file would."""
    folder.mkdir()
    old = folder / "toolbox-20250101T090000Z.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    backup = list_backups(workspace.path, folder)[0]
    replace_with_backup(workspace.conn, workspace.path, backup, folder)
    assert applied_migrations(workspace.conn) == set(MIGRATION_NAMES)
    assert digest(old) == digest(FIXTURES / "schema-0001.sqlite3"), "the backup is untouched"
    assert not [p for p in workspace.path.parent.iterdir() if ".restore-" in p.name]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"not a database at all" * 50, id="not-sqlite"),
        pytest.param(None, id="cut-short"),
        # An empty file is an empty database to SQLite: it was restored as a new, empty town
        # over the user's data (the list said it "cannot be restored").
        pytest.param(b"", id="empty"),
        pytest.param("foreign", id="another-program"),
    ],
)
def test_a_damaged_backup_is_refused_and_nothing_changes(workspace, last_week, folder, damage):
    data = last_week.path.read_bytes()
    if damage == "foreign":
        last_week.path.unlink()
        with contextlib.closing(sqlite3.connect(last_week.path)) as other:
            other.execute("CREATE TABLE notes (text)")
            other.commit()
    else:
        last_week.path.write_bytes(damage if damage is not None else data[: len(data) // 2])
    assert not read_summary(last_week.path).readable, "the list marks it"
    before = digest(workspace.path)
    with pytest.raises(BackupError) as caught:
        replace_with_backup(workspace.conn, workspace.path, last_week, folder)
    assert "cannot be restored" in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert str(last_week.path) in str(caught.value), "names the backup, not a temporary copy"
    assert town_name(workspace.conn) == "Kadıköy (renamed)"
    assert digest(workspace.path) == before
    assert [b.before_restore for b in list_backups(workspace.path, folder)] == [False]
    assert not [p for p in workspace.path.parent.iterdir() if ".restore-" in p.name]


def test_an_empty_backup_is_not_restored_as_a_new_file_either(last_week, tmp_path):
    last_week.path.write_bytes(b"")
    target = tmp_path / "restored.sqlite3"
    with pytest.raises(BackupError) as caught:
        restore_as_new(last_week, target)
    assert "holds no data of this app" in str(caught.value)
    assert not target.exists()


def test_no_copy_of_the_current_state_means_no_restore(workspace, last_week, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the backup folder should be", encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        replace_with_backup(workspace.conn, workspace.path, last_week, blocked / "town")
    assert "could not be kept first" in str(caught.value)
    assert town_name(workspace.conn) == "Kadıköy (renamed)"


def test_a_change_being_stored_is_never_cut_off(workspace, last_week, folder):
    workspace.conn.execute("BEGIN")
    workspace.conn.execute("UPDATE municipality SET name = 'typing'")
    try:
        with pytest.raises(BackupError) as caught:
            replace_with_backup(workspace.conn, workspace.path, last_week, folder)
        assert "Try again in a moment" in str(caught.value)
    finally:
        workspace.conn.rollback()
    assert town_name(workspace.conn) == "Kadıköy (renamed)"


def test_restoring_into_a_missing_folder_is_refused(last_week, tmp_path):
    with pytest.raises(BackupError) as caught:
        restore_as_new(last_week, tmp_path / "nowhere" / "town.sqlite3")
    assert str(tmp_path / "nowhere") in str(caught.value)


def test_the_backup_file_itself_is_never_changed_by_a_restore(workspace, last_week, tmp_path):
    before = digest(last_week.path)
    restore_as_new(last_week, tmp_path / "copy.sqlite3")
    with contextlib.closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert digest(last_week.path) == before
    assert sorted(p.name for p in last_week.path.parent.iterdir() if "-wal" in p.name) == []


def test_a_backup_from_a_newer_version_is_marked_in_the_list_not_only_refused(
    workspace, last_week, folder
):
    """It was listed like any copy (with its counts), then refused when chosen."""
    from toolbox_desktop.cli.backup import backup_lines

    with contextlib.closing(sqlite3.connect(last_week.path)) as newer:
        newer.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('toolbox_desktop', '9999_from_the_future', '2030-01-01')"
        )
        newer.commit()
    summary = read_summary(last_week.path)
    assert (summary.readable, summary.newer, summary.restorable) == (True, True, False)
    assert summary.municipality == "Kadıköy", "what it holds is still shown"
    with pytest.raises(BackupError) as caught:
        replace_with_backup(workspace.conn, workspace.path, last_week, folder)
    assert "newer version" in str(caught.value)
    [line] = backup_lines(workspace.path, [last_week])[1:]
    assert line.endswith("Kadıköy  (from a newer version of the app: cannot be restored here)")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        pytest.param(
            "UPDATE actions SET start = '31.12.2026'",
            "“31.12.2026” in table 'actions', column 'start'",
            id="a-date-typed-by-hand",
        ),
        pytest.param(
            "UPDATE actions SET title = CAST(X'4B6164C4' AS TEXT)",
            "not readable text (table 'actions', column 'title'",
            id="bytes-that-are-not-text",
        ),
    ],
)
def test_a_backup_another_program_changed_is_known_unusable_before_it_is_chosen(
    workspace, last_week, tmp_path, change, named
):
    """The list read only the counts: such a copy looked restorable and was refused once
    chosen. ``restore_refusal`` runs the restore's checks of the file, reading only."""
    from toolbox_desktop.storage.backup_restore import restore_refusal

    assert restore_refusal(last_week) is None, "an untouched backup can be restored"
    with contextlib.closing(sqlite3.connect(last_week.path)) as other:
        other.execute(change)
        other.commit()
    before = digest(last_week.path)
    beside = sorted(p.name for p in last_week.path.parent.iterdir())
    assert read_summary(last_week.path).restorable, "the counts alone do not show it"
    reason = restore_refusal(last_week)
    assert reason is not None and named in reason.format()
    assert reason.format().startswith(f"'{last_week.path.name}' "), (
        "by its name: a list says the folder"
    )
    with pytest.raises(BackupError) as caught:
        restore_as_new(last_week, tmp_path / "restored.sqlite3")
    same = reason.format().replace(last_week.path.name, str(last_week.path))
    assert same in str(caught.value), "the restore gives the same reason (naming the whole path)"
    assert digest(last_week.path) == before, "the check writes nothing"
    assert sorted(p.name for p in last_week.path.parent.iterdir()) == beside


def test_a_damaged_or_foreign_backup_has_its_reason_too(last_week):
    from toolbox_desktop.storage.backup_restore import restore_refusal

    last_week.path.write_bytes(b"")
    reason = restore_refusal(last_week)
    assert reason is not None and "holds no data of this app" in reason.format()


def test_a_backup_removed_since_the_list_was_made_is_said_to_be_gone(last_week, tmp_path):
    """Another window's daily clean-up may take a listed copy; it was then called empty,
    damaged or another program's."""
    from toolbox_desktop.storage.backup_restore import restore_refusal

    last_week.path.unlink()
    reason = restore_refusal(last_week)
    assert reason is not None and reason.format().startswith("It was removed since the list")
    with pytest.raises(BackupError) as caught:
        restore_as_new(last_week, tmp_path / "restored.sqlite3")
    assert "removed since the list was made" in str(caught.value)
    assert not (tmp_path / "restored.sqlite3").exists()
