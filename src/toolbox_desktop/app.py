"""Start the GUI: build the QApplication, open the database, show the main window.

``TOOLBOX_DESKTOP_SMOKE_TEST=FILE`` (for ``packaging/smoke_test.py`` and start-up timing of
frozen builds): once the window is shown and painted, the app writes one JSON line to FILE
(what the window shows, where its data is) and quits; the caller times the process from
launch to exit. A file rather than stdout, because a windowed Windows build has no stdout.

PySide6 is imported inside the functions here, not at the top, so that importing this module
loads the workspace (``storage/``, ``core/``: no Qt) before the first ``ui`` module loads Qt.
The order matters for start-up: once PySide6 is loaded, it looks into every module an import
statement names from then on, once per module (``shibokensupport.feature``: does its source
mention PySide6?), which cost 10-15 ms of a start until ``ui/feature_hook.py`` made the
question cheap (about 3 ms now). A module loaded before PySide6 is looked into only if a later
import statement names it again; a frozen build has no sources, so nothing is read.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from toolbox_desktop import APP_ID, APP_NAME, ORGANIZATION, __version__
from toolbox_desktop.core.i18n import untranslated
from toolbox_desktop.paths import content_root, portable_data_folder, resources_dir
from toolbox_desktop.storage.workspace import Workspace
from toolbox_desktop.ui.common import gui_thread_gc
from toolbox_desktop.ui.common.app_icon import app_icon
from toolbox_desktop.ui.common.language import apply_language, remembered_language
from toolbox_desktop.ui.common.screen_fit import keep_windows_on_screen
from toolbox_desktop.ui.common.settings import UiState, default_settings
from toolbox_desktop.ui.main_window import MainWindow
from toolbox_desktop.ui.window.file_switch import WindowHost
from toolbox_desktop.ui.window.open_files import open_packages
from toolbox_desktop.ui.window.startup_problem import open_at_start

EXIT_DATABASE_ERROR = 2
SMOKE_TEST_ENV = "TOOLBOX_DESKTOP_SMOKE_TEST"
DESKTOP_FILE_NAME = "org.localintegration.Toolbox"  # packaging/linux/<this>.desktop

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def create_application(argv: list[str], state: UiState | None = None) -> QApplication:
    """The QApplication with our names, speaking the language chosen last time (at the first
    start the computer's language if the app ships it, else English): its catalogues are
    installed by ``ui/common/language.apply_language``, which the Language menu uses too."""
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.ui.common.application import ToolboxApplication

    app = QApplication.instance() or ToolboxApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # Wayland finds the icon and name by it
    apply_language(remembered_language(state or UiState(default_settings())))
    gui_thread_gc.install(app)
    return app


def translation_for(language: str):
    """The app's catalogue for ``language`` as a translate(context, text) function, or None
    when there is none. Qt's .qm files are read with Qt, so this lives here, beside the
    window's own translators; the command line borrows it for ``--lang``."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(f"toolbox_{language}", str(resources_dir() / "translations")):
        return None

    def translate(context: str, text: str, disambiguation=None, n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            return untranslated(context, text, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found  # as QCoreApplication does

    translate.translator = translator  # keep it alive as long as the function
    return translate


def build_main_window(workspace: Workspace, state: UiState) -> MainWindow:
    window = MainWindow(
        workspace.content,
        state,
        workspace.path,
        workspace.failed_packs,
        conn=workspace.conn,
        read_content=workspace.read_content,
    )
    if workspace.failed_packs:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.show_pack_problems)
    # The first backup check is due seconds after the start: its timer, and the backup
    # modules, wait until the window is on screen.
    window.after_first_paint(lambda: _start_backups(window, workspace.path))
    return window


def _start_backups(window: MainWindow, database: Path) -> None:
    from toolbox_desktop.ui.backups.auto_backup import start_automatic_backups

    start_automatic_backups(window, database)


def run_gui(db_path: Path | None, packages: list[Path] | None = None) -> int:
    """Run the app until its last window closes; return the exit code. ``packages``
    (``.toolbox`` files the app was asked to open) go to the import preview once the window
    is shown. Without ``db_path`` the file chosen last in File → New/Open is opened, else the
    default file; one that cannot be opened offers another file, a new one, or Quit
    (``ui/window/startup_problem``). File → New/Open show another file in a new window
    (``ui/window/file_switch.WindowHost``)."""
    state = UiState(default_settings())
    app = create_application(sys.argv, state)
    content = content_root()
    workspace = open_at_start(db_path, state, content)
    if workspace is None:
        return EXIT_DATABASE_ERROR
    host = WindowHost(state, build_main_window, content)
    window = host.show(workspace)
    if packages:  # their preview comes before the window's first paint: fitted as ever
        keep_windows_on_screen()
    open_packages(window, packages or [])
    report = os.environ.get(SMOKE_TEST_ENV, "").strip()
    if report:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: _report_shown_and_quit(window, Path(report)))
    try:
        return app.exec()
    finally:
        host.close_all()


def _report_shown_and_quit(window: MainWindow, report: Path) -> None:
    """The smoke test's proof that the window came up with its content (see the module's
    docstring); the window is closed as the user would, so its settings are written too."""
    import json
    import time

    from PySide6.QtWidgets import QApplication

    window.repaint()
    facts = {
        "shown_at": time.time(),  # for timing a start up to here (``frozen_startup.py``)
        "title": window.windowTitle(),
        "visible": window.isVisible(),
        "benchmarks_tree_rows": window.library.tree_model.rowCount(),
        "portable": portable_data_folder() is not None,
        "settings": window.state.settings.fileName(),
        "database": str(window.database_path),
        "pdf_renderer": _pdf_renderer(),
        "dialogs": [  # e.g. the import preview of a package the app was asked to open
            widget.windowTitle()
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not window
        ],
    }
    report.write_text(json.dumps(facts) + "\n", encoding="utf-8")
    window.close()
    QApplication.instance().quit()


def _pdf_renderer() -> str:
    """PDFium's version as the preview would load it, or why it cannot (a frozen build that
    lost its native library fails the smoke test here, not in a user's Reports area)."""
    try:
        import pypdfium2

        return f"pdfium {pypdfium2.PDFIUM_INFO}"
    except (ImportError, OSError, AttributeError) as error:
        return f"error: {error}"
