"""Desktop integration: Help → About says what the app is and where the data is kept, the
window has the app's icon, and opening a ``.toolbox`` file with the app (what a file manager
does: ``toolbox-desktop FILE.toolbox``) starts on the import preview."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from toolbox_desktop import __version__, paths
from toolbox_desktop.cli import main
from toolbox_desktop.storage.backups import backup_folder
from toolbox_desktop.ui.exchange import import_dialog
from toolbox_desktop.ui.main_window import MainWindow
from toolbox_desktop.ui.window.about import AboutDialog


def menu_action(window, menu_title: str, text: str):
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title
    )
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def open_about(window, qtbot) -> AboutDialog:
    menu_action(window, "Help", "About Local Integration Toolbox").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_about_names_version_licence_content_and_where_the_data_is(main_window, qtbot, monkeypatch):
    monkeypatch.delenv(paths.PROGRAM_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.PORTABLE_ENV, raising=False)
    dialog = open_about(main_window, qtbot)
    text = "\n".join(dialog.texts())
    assert f"Local Integration Toolbox, version {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert "General Public License" in text
    pack = main_window.content.benchmark_pack
    assert f"{pack.title}, version {pack.version}" in text
    assert "Yilmaz, S. & Conte, C. (2024). Local Strategies for Effective Migrant" in text
    assert "grant agreement No 101004714" in text
    assert dialog.database_label.text() == str(main_window.database_path)
    assert dialog.backups_label.text() == str(backup_folder(main_window.database_path))
    assert dialog.settings_label.text() == main_window.state.settings.fileName()
    assert dialog.mode_label.text().startswith("Installed")
    assert "never connects to the internet" in text
    dialog.close()


def test_about_in_portable_mode_says_so(main_window, qtbot, tmp_path, monkeypatch):
    (tmp_path / "portable").write_text("")
    monkeypatch.setenv(paths.PROGRAM_DIR_ENV, str(tmp_path))
    dialog = open_about(main_window, qtbot)
    assert dialog.mode_label.text().startswith("Portable")
    assert str(tmp_path / "data") in dialog.mode_label.text()
    dialog.close()


def test_about_shows_user_paths_as_typed(qtbot, workspace, ui_state, tmp_path):
    odd = tmp_path / "<b>Kadıköy</b> & co" / "town.sqlite3"
    window = MainWindow(workspace.content, ui_state, odd)
    qtbot.addWidget(window)
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.database_label.text() == str(odd)
    assert dialog.database_label.textFormat().name == "PlainText"


def test_the_window_has_the_app_icon(main_window):
    from toolbox_desktop.ui.common.app_icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 48, 256}


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(paths.PROGRAM_DIR_ENV, raising=False)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    return tmp_path


def test_opening_a_package_with_the_app_shows_its_import_preview(
    qapp, user_folders, monkeypatch, capsys
):
    town = user_folders / "town.sqlite3"
    package = user_folders / "usb" / "Our town.toolbox"
    package.parent.mkdir()
    assert main(["demo", "--db", str(town)]) == 0
    assert main(["export", "municipality", "-o", str(package), "--db", str(town)]) == 0
    capsys.readouterr()
    laptop = user_folders / "laptop.sqlite3"
    shown: list[list[str]] = []

    def fake_exec(dialog):
        shown.append(dialog.lines())
        return 0  # the user closes the preview without importing

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", fake_exec)

    def close_later() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(500, close_later)
    assert main(["--db", str(laptop), str(package)]) == 0
    assert len(shown) == 1, "the preview opened once, for the package"
    assert any(line.startswith("Add · Assessment") for line in shown[0])
    with sqlite3.connect(laptop) as conn:
        assert conn.execute("SELECT COUNT(*) FROM assessments").fetchone() == (0,)


def test_the_import_command_is_still_a_command(qapp, user_folders, capsys):
    """``import FILE.toolbox`` stays the headless command; only a package where a command
    would stand opens the window."""
    missing = user_folders / "nothing.toolbox"
    code = main(["import", str(missing), "--dry-run", "--db", str(user_folders / "x.sqlite3")])
    assert code == 2
    assert "nothing.toolbox" in capsys.readouterr().err


def test_a_package_the_system_sends_as_an_event_opens_its_preview(
    qtbot, workspace, ui_state, tmp_path, monkeypatch
):
    """macOS hands a file opened with the app to the running app as a ``QFileOpenEvent``
    sent to the application object: a package goes to the import preview, any other file is
    left alone. The application's own ``event()`` catches it (not an event filter on the
    application, which would see every event of every widget); Linux and Windows give the
    file as an argument (tested above)."""
    from PySide6.QtGui import QFileOpenEvent

    from toolbox_desktop.app import build_main_window
    from toolbox_desktop.ui.common.application import ToolboxApplication
    from toolbox_desktop.ui.window import file_switch

    app = QApplication.instance()
    assert isinstance(app, ToolboxApplication)
    monkeypatch.setattr(app, "open_file", None)  # not left on the app for the tests after
    host = file_switch.WindowHost(ui_state, build_main_window)
    window = host.show(workspace)
    assert app.open_file is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    opened: list[list] = []
    monkeypatch.setattr(window, "import_packages", opened.append)
    package = tmp_path / "usb" / "Grünwald.toolbox"
    for path in (tmp_path / "minutes.pdf", package):
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))
    QApplication.processEvents()  # the preview opens once the event loop runs
    assert opened == [[package]]
    window.close()  # a closed window's file is closed: nothing goes to it any more
    QApplication.sendEvent(app, QFileOpenEvent(str(package)))
    QApplication.processEvents()
    assert opened == [[package]]
