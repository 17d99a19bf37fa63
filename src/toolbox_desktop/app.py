"""Start the GUI: build the QApplication, open the database, show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from toolbox_desktop import APP_ID, APP_NAME, ORGANIZATION, __version__
from toolbox_desktop.core.i18n import untranslated
from toolbox_desktop.paths import content_root, default_database_path, resources_dir
from toolbox_desktop.storage.database import DatabaseOpenError
from toolbox_desktop.storage.workspace import Workspace, open_workspace
from toolbox_desktop.ui.backups.auto_backup import start_automatic_backups
from toolbox_desktop.ui.common import gui_thread_gc
from toolbox_desktop.ui.common.language import apply_language, current_language, remembered_language
from toolbox_desktop.ui.common.messages import database_error_text
from toolbox_desktop.ui.common.settings import UiState, default_settings
from toolbox_desktop.ui.main_window import MainWindow

EXIT_DATABASE_ERROR = 2


def create_application(argv: list[str], state: UiState | None = None) -> QApplication:
    """The QApplication with our names, speaking the language chosen last time (at the first
    start the computer's language if the app ships it, else English): its catalogues are
    installed by ``ui/common/language.apply_language``, which the Language menu uses too."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    apply_language(remembered_language(state or UiState(default_settings())))
    gui_thread_gc.install(app)
    return app


def translation_for(language: str):
    """The app's catalogue for ``language`` as a translate(context, text) function, or None
    when there is none. Qt's .qm files are read with Qt, so this lives here, beside the
    window's own translators; the command line borrows it for ``--lang``."""
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
        QTimer.singleShot(0, window.show_pack_problems)
    start_automatic_backups(window, workspace.path)
    return window


def run_gui(db_path: Path | None) -> int:
    """Run the app until its window closes; return the exit code."""
    state = UiState(default_settings())
    app = create_application(sys.argv, state)
    try:
        workspace = open_workspace(
            db_path or default_database_path(), content_root(), language=current_language()
        )
    except DatabaseOpenError as error:
        text = database_error_text(error)
        print(f"error: {text}", file=sys.stderr)
        title = QCoreApplication.translate("App", "Cannot open the database")
        QMessageBox.critical(None, title, text)
        return EXIT_DATABASE_ERROR
    window = build_main_window(workspace, state)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
