"""Start-up work the first sight of the window does not need waits until the window has been
painted (``MainWindow.after_first_paint``); nothing the user can reach behaves differently."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from toolbox_desktop.ui.common.screen_fit import (
    ScreenFit,
    available_area,
    fits,
    keep_windows_on_screen,
)
from toolbox_desktop.ui.main_window import MainWindow


def test_work_left_for_after_the_first_paint_runs_once_the_window_is_painted(
    qtbot, workspace, ui_state
):
    window = MainWindow(workspace.content, ui_state, workspace.path)
    qtbot.addWidget(window)
    done = []
    window.after_first_paint(lambda: done.append("first"))
    QApplication.processEvents()
    assert done == []  # not shown, so not painted
    window.show()
    qtbot.waitUntil(lambda: done == ["first"])
    window.after_first_paint(lambda: done.append("later"))  # painted already: at once
    assert done == ["first", "later"]


def without_screen_fit() -> QApplication:
    """The application as if no window had installed ``ScreenFit`` yet (one earlier in this
    test run did)."""
    app = QApplication.instance()
    earlier = app.findChild(ScreenFit)
    if earlier is not None:
        earlier.setParent(None)  # and gone with the last reference: its watching with it
        del earlier
    return app


def test_the_window_brings_the_screen_fit_once_it_is_painted(qtbot, workspace, ui_state):
    app = without_screen_fit()
    window = MainWindow(workspace.content, ui_state, workspace.path)
    qtbot.addWidget(window)
    assert app.findChild(ScreenFit) is None  # not with the window: after its first paint
    window.show()
    qtbot.waitUntil(lambda: app.findChild(ScreenFit) is not None)


def test_a_dialog_shown_before_the_screen_fit_came_is_fitted_when_it_comes(qtbot):
    """A dialog may open before the window's first paint (a content pack with errors, a
    package the app was started with): it is fitted when ``ScreenFit`` is installed."""
    app = without_screen_fit()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(1500, 1000)
    dialog.resize(2500, 1400)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = available_area(dialog)
    assert not fits(dialog, available)  # nothing fitted it yet
    assert keep_windows_on_screen() is app.findChild(ScreenFit)
    qtbot.waitUntil(lambda: available.contains(dialog.frameGeometry()))
    assert fits(dialog, available)


def test_a_package_the_app_was_started_with_is_previewed_in_a_dialog_that_fits(
    qapp, tmp_path, monkeypatch, capsys
):
    """``toolbox-desktop FILE.toolbox`` (a double-click in the file manager) opens the import
    preview at once, before the window's first paint: on a screen too small for it, it is
    fitted when it appears, as every dialog is, not moments later."""
    from PySide6.QtCore import QSettings, Qt, QTimer

    from toolbox_desktop import paths
    from toolbox_desktop.cli import main
    from toolbox_desktop.ui.exchange import import_dialog

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(paths.PROGRAM_DIR_ENV, raising=False)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    town, package = tmp_path / "town.sqlite3", tmp_path / "Our town.toolbox"
    assert main(["demo", "--db", str(town)]) == 0
    assert main(["export", "municipality", "-o", str(package), "--db", str(town)]) == 0
    capsys.readouterr()
    without_screen_fit()
    fitted_when_shown = []

    def shown_too_large_for_the_screen(dialog) -> int:
        dialog.setMinimumSize(1500, 1000)
        dialog.resize(2500, 1400)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() shows it
        dialog.show()
        fitted_when_shown.append(fits(dialog, available_area(dialog)))
        dialog.close()
        return 0  # the user closes the preview without importing

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", shown_too_large_for_the_screen)

    def close_later() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(500, close_later)
    assert main(["--db", str(tmp_path / "laptop.sqlite3"), str(package)]) == 0
    assert fitted_when_shown == [True]


def test_the_smoke_report_says_what_the_window_shows_and_when_it_was_painted(main_window, tmp_path):
    """What ``packaging/smoke_test.py`` checks of a build and ``benchmarks/frozen_startup.py``
    times it by: the report is written once the window has been painted with its content."""
    import json
    import time

    from toolbox_desktop.app import _report_shown_and_quit

    report = tmp_path / "shown.json"
    before = time.time()
    _report_shown_and_quit(main_window, report)
    facts = json.loads(report.read_text(encoding="utf-8"))
    assert before <= facts["shown_at"] <= time.time()
    assert facts["benchmarks_tree_rows"] == 5
    assert facts["visible"] is True
    assert facts["database"] == str(main_window.database_path)
    assert not main_window.isVisible()  # closed as the user would close it


def test_nothing_filters_every_event_of_the_application(qtbot, workspace, ui_state, monkeypatch):
    """An event filter on the application would see every event of every widget, each passed
    through Python (thousands while a screen is built): the window, its areas and its
    dialogs never install one."""
    from toolbox_desktop.app import build_main_window
    from toolbox_desktop.ui.window import file_switch
    from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW

    app = without_screen_fit()
    installed = []
    real = QApplication.installEventFilter

    def recording(self, watcher):
        installed.append(type(watcher).__name__)
        real(self, watcher)

    monkeypatch.setattr(QApplication, "installEventFilter", recording)
    monkeypatch.setattr(app, "open_file", None)
    host = file_switch.WindowHost(ui_state, build_main_window)
    window = host.show(workspace)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: app.findChild(ScreenFit) is not None)  # after the first paint
    for row in (ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW):
        window.show_area(row)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.close()
    assert installed == []
