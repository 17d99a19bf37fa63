"""Start the GUI: build the QApplication, open the database, show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from toolbox_desktop import APP_ID, APP_NAME, ORGANIZATION, __version__
from toolbox_desktop.paths import content_root, default_database_path, resources_dir
from toolbox_desktop.storage.database import DatabaseOpenError
from toolbox_desktop.storage.workspace import Workspace, open_workspace
from toolbox_desktop.ui.backups.auto_backup import start_automatic_backups
from toolbox_desktop.ui.common import gui_thread_gc
from toolbox_desktop.ui.common.messages import database_error_text
from toolbox_desktop.ui.common.settings import UiState, default_settings
from toolbox_desktop.ui.main_window import MainWindow

EXIT_DATABASE_ERROR = 2


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with our names and the translations for the user's language."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    install_translators(app, QLocale())
    gui_thread_gc.install(app)
    return app


def install_translators(app: QApplication, locale: QLocale) -> None:
    """Load Qt's own and the app's translations for ``locale`` when they exist."""
    qt_translator = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_path):
        app.installTranslator(qt_translator)
    own = QTranslator(app)
    if own.load(locale, "toolbox", "_", str(resources_dir() / "translations")):
        app.installTranslator(own)


def translation_for(language: str):
    """The app's catalogue for ``language`` as a translate(context, text) function, or None
    when there is none. Qt's .qm files are read with Qt, so this lives here, beside the
    window's own translators; the command line borrows it for ``--lang``."""
    translator = QTranslator()
    if not translator.load(f"toolbox_{language}", str(resources_dir() / "translations")):
        return None

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # keep it alive as long as the function
    return translate


def build_main_window(workspace: Workspace, state: UiState) -> MainWindow:
    window = MainWindow(
        workspace.content, state, workspace.path, workspace.failed_packs, conn=workspace.conn
    )
    if workspace.failed_packs:
        QTimer.singleShot(0, window.show_pack_problems)
    start_automatic_backups(window, workspace.path)
    return window


def run_gui(db_path: Path | None) -> int:
    """Run the app until its window closes; return the exit code."""
    app = create_application(sys.argv)
    try:
        workspace = open_workspace(db_path or default_database_path(), content_root())
    except DatabaseOpenError as error:
        text = database_error_text(error)
        print(f"error: {text}", file=sys.stderr)
        title = QCoreApplication.translate("App", "Cannot open the database")
        QMessageBox.critical(None, title, text)
        return EXIT_DATABASE_ERROR
    window = build_main_window(workspace, UiState(default_settings()))
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
