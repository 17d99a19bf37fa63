"""Portable mode: a file named ``portable`` beside the program keeps everything in a ``data``
folder beside it (database, settings, backups, exports) and nothing in the user's profile."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from toolbox_desktop import paths
from toolbox_desktop.cli import main
from toolbox_desktop.storage.backups import backup_folder
from toolbox_desktop.ui.main_window import MainWindow


@pytest.fixture
def profile(tmp_path, monkeypatch):
    """A fake home and XDG folders: whatever the app writes to the profile lands here."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.delenv(paths.PORTABLE_ENV, raising=False)
    monkeypatch.delenv(paths.PROGRAM_DIR_ENV, raising=False)
    yield home
    # default_settings() sent Qt's own settings to the stick for the whole process: put the
    # user scope back where the rest of the tests expect it.
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / ".config"))
        QSettings.setPath(settings_format, QSettings.Scope.SystemScope, "/etc/xdg")


@pytest.fixture
def stick(tmp_path, monkeypatch, profile):
    """A program folder on a "USB stick" with the ``portable`` marker (pip install: named by
    the environment variable)."""
    program = tmp_path / "stick" / "toolbox"
    program.mkdir(parents=True)
    (program / "portable").write_bytes(b"")
    monkeypatch.setenv(paths.PROGRAM_DIR_ENV, str(program))
    return program


def files_in(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())


def test_without_a_marker_the_app_is_not_portable(tmp_path, profile, monkeypatch):
    monkeypatch.setenv(paths.PROGRAM_DIR_ENV, str(tmp_path))
    assert paths.portable_data_folder() is None
    assert paths.settings_file() is None
    assert paths.default_database_path() == profile / ".local/share/toolbox-desktop/toolbox.sqlite3"
    assert paths.documents_folder() == profile


def test_a_marker_beside_the_program_puts_every_default_in_data_beside_it(stick):
    data = stick / "data"
    assert paths.portable_data_folder() == data
    assert paths.default_database_path() == data / "toolbox.sqlite3"
    assert paths.user_data_folder() == data
    assert paths.settings_file() == data / "settings.ini"
    assert paths.documents_folder() == data
    database = paths.default_database_path()
    assert backup_folder(database) == data / "toolbox.sqlite3-backups"
    # another database opened from the stick's app keeps its backups beside it, too
    other = stick.parent / "elsewhere" / "town.sqlite3"
    assert backup_folder(other) == other.parent.resolve() / "town.sqlite3-backups"


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_a_frozen_build_looks_beside_its_executable(tmp_path, monkeypatch, profile, marker):
    program = tmp_path / "Toolbox"
    program.mkdir()
    (program / marker).write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "toolbox-desktop"))
    assert paths.program_folder() == program
    assert paths.portable_data_folder() == program / "data"


def test_a_macos_app_looks_beside_the_app_bundle(tmp_path, monkeypatch, profile):
    stick = tmp_path / "stick"
    macos = stick / "Local Integration Toolbox.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (stick / "portable").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(macos / "toolbox-desktop"))
    assert paths.portable_data_folder() == stick / "data"


def test_a_folder_named_portable_is_no_marker(tmp_path, monkeypatch, profile):
    (tmp_path / "portable").mkdir()
    monkeypatch.setenv(paths.PROGRAM_DIR_ENV, str(tmp_path))
    assert paths.portable_data_folder() is None


def test_the_portable_app_keeps_everything_on_the_stick(qapp, stick, profile):
    seen: list = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.isVisible())
        seen.append(window.windowTitle())
        seen.append(window.state.settings.fileName())
        window.close()  # as the user does: the window state is written
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox):
                widget.done(0)

    QTimer.singleShot(300, look)
    assert main([]) == 0
    title, settings_path = seen
    assert title.endswith("— portable")
    data = stick / "data"
    assert Path(settings_path) == data / "settings.ini"
    settings = (data / "settings.ini").read_text(encoding="utf-8")
    assert "geometry" in settings, "the window's state went into the INI file on the stick"
    assert (data / "toolbox.sqlite3").is_file()
    assert files_in(profile) == [], "nothing was written into the user's profile"


def test_qt_own_settings_go_to_the_stick_too(qapp, stick, profile):
    from toolbox_desktop.ui.common.settings import default_settings

    default_settings()
    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")  # e.g. the file dialogs'
    qt_own.setValue("FileDialog/lastVisited", "file:///media/stick")
    qt_own.sync()
    assert Path(qt_own.fileName()).is_relative_to(stick / "data")
    assert files_in(profile) == []
