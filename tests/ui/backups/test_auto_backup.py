"""The daily backup while the window is open: taken in the background, once a day, and a
failure only said in the status bar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from toolbox_desktop.cli import main
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.backups import list_backups
from toolbox_desktop.ui.backups.auto_backup import (
    AutoBackup,
    report_failure,
    start_automatic_backups,
)
from toolbox_desktop.ui.main_window import MainWindow


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(qtbot, workspace, ui_state, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    return window


def test_one_backup_a_day_in_the_background(window, workspace, tmp_path, qtbot):
    clock = Clock()
    auto = AutoBackup(workspace.path, window, tmp_path / "backups", clock)
    with qtbot.waitSignal(auto.taken) as first:
        assert auto.check()
    assert first.args[0] is not None
    with qtbot.waitSignal(auto.taken) as again:
        auto.check()
    assert again.args[0] is None, "not twice on one day"
    clock.now += timedelta(days=1)
    with qtbot.waitSignal(auto.taken) as next_day:
        auto.check()
    assert next_day.args[0] is not None
    assert len(list_backups(workspace.path, tmp_path / "backups")) == 2


def test_a_failure_is_said_quietly_and_retried(window, workspace, tmp_path, qtbot, capsys):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    auto = AutoBackup(workspace.path, window, blocked / "backups", Clock())
    auto.failed.connect(lambda error: report_failure(window, error))
    with qtbot.waitSignal(auto.failed):
        auto.check()
    message = window.statusBar().currentMessage()
    assert "The backup could not be saved" in message and "tries again later" in message
    assert "warning: The backup could not be saved" in capsys.readouterr().err
    blocked.unlink()
    with qtbot.waitSignal(auto.taken) as retried:
        auto.check()
    assert retried.args[0] is not None


@pytest.fixture
def sooner(monkeypatch):
    """The first check a tenth of a second after the window opened, not two seconds: what is
    checked is that it comes, not how long the app waits for the window to settle."""
    from toolbox_desktop.ui.backups import auto_backup

    monkeypatch.setattr(auto_backup, "FIRST_CHECK_MS", 100)


def test_the_window_starts_them_for_its_own_database_only(
    window, workspace, ui_state, qtbot, tmp_path, sooner
):
    auto = start_automatic_backups(window, workspace.path)
    assert auto is not None and auto.timer.isActive()
    with qtbot.waitSignal(auto.taken, timeout=10_000):
        pass  # the first check, shortly after the window opened
    auto.stop()  # as when the app quits
    assert not auto.timer.isActive() and not auto.check()
    assert len(list_backups(workspace.path)) == 1
    assert str(tmp_path / "data") in str(list_backups(workspace.path)[0].path)
    create_training_municipality(workspace.conn)
    training = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(training)
    assert start_automatic_backups(training, workspace.path) is None


def test_the_app_takes_the_days_backup_shortly_after_it_opens(qapp, tmp_path, monkeypatch, sooner):
    """Through the real start-up path; and once the app has quit, nothing checks any more."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    database = tmp_path / "town.sqlite3"
    polls = []

    def close_when_backed_up() -> None:
        polls.append(1)
        if list_backups(database) or len(polls) > 100:
            for widget in QApplication.topLevelWidgets():
                widget.close()
        else:
            QTimer.singleShot(100, close_when_backed_up)

    QTimer.singleShot(100, close_when_backed_up)
    assert main(["--db", str(database)]) == 0
    backups = list_backups(database)
    assert len(backups) == 1
    assert backups[0].path.is_relative_to(tmp_path / "data")
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    autos = [w.findChild(AutoBackup) for w in windows]
    assert autos and all(auto is None or not auto.timer.isActive() for auto in autos)
