"""`backup list|now|restore`: the same backups as the window, from the command line."""

from __future__ import annotations

import contextlib
import hashlib
import re
from datetime import UTC, datetime

import pytest

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.format_locale import formats_locale
from toolbox_desktop.core.formatting import format_date_time
from toolbox_desktop.core.plan import Action
from toolbox_desktop.paths import content_root
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.backups import backup_folder, list_backups, take_backup
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workspace import open_workspace
from toolbox_desktop.system_locale import system_locale


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def town(path) -> str:
    with contextlib.closing(connect(path)) as conn:
        return AssessmentRepository(conn).profile().name


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path, monkeypatch):
    """Kadıköy's file with a backup from last Monday and one from Tuesday (2 actions then),
    kept in a temporary user data folder; the file itself has moved on since."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TOOLBOX_DESKTOP_PORTABLE", raising=False)
    path = tmp_path / "kadikoy.sqlite3"
    workspace = open_workspace(path, content_root())
    try:
        assessments = AssessmentRepository(workspace.conn)
        assessments.save_profile(Profile(name="Kadıköy"))
        assessments.create("Review 2025", "2025-05-01")
        plan = PlanRepository(workspace.conn)
        plan.save_action(Action(title="Welcome desk"))
        take_backup(path, now=datetime(2026, 3, 2, 9, tzinfo=UTC))
        plan.save_action(Action(title="Language café"))
        take_backup(path, now=datetime(2026, 3, 3, 9, tzinfo=UTC))
        assessments.save_profile(Profile(name="Kadıköy, after the mistake"))
        assessments.create("Review 2026", "2026-05-01")
    finally:
        workspace.close()
    return path


def taken(backup, language: str = "en") -> str:
    """When a backup was taken, as the window and the command line write it (in ``language``
    on this computer: English on a Swedish one as "en_SE")."""
    return format_date_time(backup.taken.astimezone(), formats_locale(language, system_locale()))


def test_list_shows_number_date_municipality_and_counts(capsys, monkeypatch, database):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    code, out, err = run(capsys, "backup", "list", "--db", str(database))
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert str(backup_folder(database)) in lines[0]
    assert re.search(r"N\s+taken\s+assessments\s+actions\s+size\s+municipality", lines[1])
    tuesday, monday = (taken(backup) for backup in list_backups(database))
    assert re.match(r"3/[23]/2026 \d+:\d\d\W[AP]M$", tuesday)
    assert re.match(rf"\s+1\s+{re.escape(tuesday)}\s+1\s+2\s+\d+ kB\s+Kadıköy$", lines[2])
    assert re.match(rf"\s+2\s+{re.escape(monday)}\s+1\s+1\s+\d+ kB\s+Kadıköy$", lines[3])
    assert len(lines) == 4


def test_list_says_which_backup_cannot_be_restored_and_why(capsys, database):
    """Monday's copy was changed by another program (a date typed by hand): the list says so,
    with the restore's own reason, and the restore refuses it; Tuesday's is listed as it is."""
    import sqlite3

    _tuesday, monday = list_backups(database)
    with contextlib.closing(sqlite3.connect(monday.path)) as other:
        other.execute("UPDATE actions SET start = '31.12.2026'")
        other.commit()
    code, out, err = run(capsys, "backup", "list", "--db", str(database))
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert lines[2].endswith("Kadıköy") and lines[3].endswith("Kadıköy")
    assert lines[4].startswith(f"     Cannot be restored: '{monday.path.name}' holds “31.12.2026”")
    assert "in table 'actions', column 'start'" in lines[4]
    assert len(lines) == 5
    target = database.with_name("monday.sqlite3")
    code, _out, err = run(
        capsys, "backup", "restore", "2", "--to", str(target), "--db", str(database)
    )
    assert code == EXIT_ERROR and "“31.12.2026” in table 'actions'" in err
    assert not target.exists()
    code, out, _err = run(capsys, "backup", "list", "--db", str(database), "--lang", "de")
    assert "enthält „31.12.2026“ in Tabelle „actions“" in out.splitlines()[4], "in --lang's words"


@pytest.mark.parametrize(
    ("locale", "language", "day", "size"),
    [
        ("en_US", "en", "3/3/2026", "1.5 MB"),
        ("de_DE", "de", "03.03.2026", "1,5 MB"),
        ("nl_NL", "nl", "03-03-2026", "1,5 MB"),
        ("sv_SE", "en", "2026-03-03", "1,5 MB"),  # English as a Swede writes it
        ("de_DE", "en", "03/03/2026", "1,5 MB"),  # English as written in Germany
    ],
)
def test_list_writes_dates_and_sizes_as_the_window_does(
    capsys, monkeypatch, database, locale, language, day, size
):
    """The same date as on the dashboard and in the backup table of the window in that
    language on that computer, the same size as there (``core.formatting`` for all of them)."""
    from PySide6.QtCore import QLocale

    from toolbox_desktop.ui.backups.backup_model import size_text, taken_text
    from toolbox_desktop.ui.common import language as window_language
    from toolbox_desktop.ui.common.formatting import format_date

    monkeypatch.setenv("LC_ALL", f"{locale}.UTF-8")
    newest = list_backups(database)[0]
    with open(newest.path, "ab") as grown:  # 1.5 MB: a size with a decimal
        grown.truncate(1536 * 1024)
    newest = list_backups(database)[0]
    code, out, err = run(capsys, "backup", "list", "--db", str(database), "--lang", language)
    assert code == EXIT_OK, err
    line = out.splitlines()[2]
    shown = taken(newest, language)
    assert f"  {shown}  " in line and size in line
    local = newest.taken.astimezone()
    previous = QLocale()
    monkeypatch.setattr(window_language, "system_locale_name", lambda: locale)
    QLocale.setDefault(window_language.locale_for(language))
    try:
        assert shown == taken_text(newest)  # the window's backup table
        assert shown.startswith(format_date(local.date().isoformat()))  # dashboard's
        assert size_text(newest.size) == size
    finally:
        QLocale.setDefault(previous)
    if local.date().isoformat() == "2026-03-03":
        assert shown.startswith(day)


def test_no_backups_yet_is_not_an_error(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, _ = run(capsys, "backup", "list", "--db", str(tmp_path / "new.sqlite3"))
    assert code == EXIT_OK
    assert "No backups of" in out


def test_restore_into_a_new_file(capsys, database, tmp_path):
    target = tmp_path / "kadikoy-monday.sqlite3"
    code, out, err = run(
        capsys, "backup", "restore", "--db", str(database), "2", "--to", str(target)
    )
    assert code == EXIT_OK, err
    assert f'toolbox-desktop --db "{target}"' in out
    assert town(target) == "Kadıköy"
    assert town(database) == "Kadıköy, after the mistake"


def test_restore_over_the_data_keeps_the_state_before(capsys, database):
    code, out, err = run(capsys, "backup", "restore", "--db", str(database), "1", "--replace")
    assert code == EXIT_OK, err
    assert f"was replaced with the backup of {taken(list_backups(database)[1])}." in out
    assert town(database) == "Kadıköy"
    safety = list_backups(database)[0]
    assert safety.before_restore and str(safety.path) in out
    code, out, _ = run(capsys, "backup", "list", "--db", str(database))
    first = out.splitlines()[2]
    assert "Kadıköy, after the mistake  (copy kept before a restore)" in first
    assert re.search(r"\s2\s+2\s+\d+ kB", first), "two assessments, two actions"


def test_a_number_that_is_not_listed(capsys, database):
    before = digest(database)
    code, _, err = run(capsys, "backup", "restore", "--db", str(database), "7", "--replace")
    assert code == EXIT_ERROR
    assert "there is no backup number 7" in err and "backup list" in err
    assert digest(database) == before


def test_restore_never_writes_over_an_existing_file(capsys, database, tmp_path):
    other = tmp_path / "other.sqlite3"
    other.write_text("the clerk's notes", encoding="utf-8")
    code, _, err = run(capsys, "backup", "restore", "--db", str(database), "1", "--to", str(other))
    assert code == EXIT_ERROR
    assert "already exists" in err and "Nothing was changed" in err
    assert other.read_text(encoding="utf-8") == "the clerk's notes"


def test_a_damaged_database_can_still_be_restored_as_a_new_file(capsys, database, tmp_path):
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 3])  # cut short, as by a pulled USB stick
    code, out, _ = run(capsys, "backup", "list", "--db", str(database))
    assert code == EXIT_OK and "Kadıköy" in out
    code, _, err = run(capsys, "backup", "restore", "--db", str(database), "1", "--replace")
    assert code == EXIT_ERROR
    assert "damaged or incomplete" in err and "--to NEW_FILE" in err
    assert database.read_bytes() == data[: len(data) // 3]
    target = tmp_path / "rescued.sqlite3"
    code, _, err = run(capsys, "backup", "restore", "--db", str(database), "1", "--to", str(target))
    assert code == EXIT_OK, err
    assert town(target) == "Kadıköy"


def test_backup_now(capsys, database):
    code, out, err = run(capsys, "backup", "now", "--db", str(database))
    assert code == EXIT_OK, err
    newest = list_backups(database)[0]
    assert f"Backup saved: {newest.path}" in out
    assert not newest.before_restore


def test_no_backup_of_the_training_town(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "training.sqlite3"
    workspace = open_workspace(path, content_root())
    create_training_municipality(workspace.conn)
    workspace.close()
    code, _, err = run(capsys, "backup", "now", "--db", str(path))
    assert code == EXIT_ERROR and "training town" in err
    assert list_backups(path) == []


def test_backup_now_of_a_missing_file_creates_nothing(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "typo.sqlite3"
    code, _, err = run(capsys, "backup", "now", "--db", str(path))
    assert code == EXIT_ERROR and "does not exist" in err
    assert not path.exists()


def test_backup_now_on_an_emptied_file_keeps_the_good_copies(capsys, database):
    """A file cut to nothing was opened as a new, empty town, and its backup pushed the
    day's good copy out: the one the empty-file message sends the user to."""
    before = [backup.path.name for backup in list_backups(database)]
    database.write_bytes(b"")
    code, _out, err = run(capsys, "backup", "now", "--db", str(database))
    assert code == EXIT_ERROR
    assert err.startswith(f"error: {database} is empty (0 bytes)")
    assert database.read_bytes() == b""
    assert [backup.path.name for backup in list_backups(database)] == before
    code, _out, err = run(capsys, "backup", "restore", "--db", str(database), "1", "--replace")
    assert code == EXIT_ERROR and "is empty (0 bytes)" in err
    code, _out, err = run(
        capsys,
        "backup",
        "restore",
        "--db",
        str(database),
        "1",
        "--to",
        str(database.with_name("back.sqlite3")),
    )
    assert code == EXIT_OK, err
    assert town(database.with_name("back.sqlite3")) == "Kadıköy"
