"""The file to open at start-up, and what the user can do when it cannot be opened.

At start the app opens the file named on the command line, else the one chosen last in
File → New/Open, else the default file. When that fails (not a database, damaged, from a
newer version, gone), the message says why and offers Open another file…, Create a new
file… and Quit, instead of only quitting: a councillor who double-clicked the wrong file
should not be left without a window. The refused file is never changed.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.paths import default_database_path
from toolbox_desktop.storage.database import DatabaseOpenError
from toolbox_desktop.storage.workspace import Workspace
from toolbox_desktop.ui.common.message_boxes import plain_box
from toolbox_desktop.ui.common.messages import database_error_text
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.window import file_dialogs
from toolbox_desktop.ui.window.file_switch import open_file_workspace


class Choice(Enum):
    OPEN = "open"
    NEW = "new"
    QUIT = "quit"


def start_path(db_path: Path | None, state: UiState) -> tuple[Path, str | None]:
    """The file to open first, and why it cannot be, if that is known before trying: the
    file chosen last is gone (opening its path would quietly start an empty file there)."""
    if db_path is not None:
        return Path(db_path), None
    last = state.last_file()
    if last is None:
        return default_database_path(), None
    if not last.exists():
        problem = QCoreApplication.translate(
            "Files",
            "The file opened last time, '{path}', is not there any more (moved, renamed, or "
            "on a drive that is not connected). Open it where it is now, or create a new file.",
        ).format(path=str(last))
        return last, problem
    return last, None


def open_at_start(
    db_path: Path | None, state: UiState, content: Path | None = None
) -> Workspace | None:
    """The workspace to show, after asking as often as needed; None: the user chose Quit."""
    path, problem = start_path(db_path, state)
    chosen = False
    while True:
        if problem is None:
            try:
                workspace = open_file_workspace(path, content)
            except DatabaseOpenError as error:
                problem = database_error_text(error)
            else:
                if chosen:
                    state.remember_file(workspace.path, open_next=True)
                return workspace
        print(f"error: {problem}", file=sys.stderr)
        choice = ask_at_start(startup_box(problem))
        if choice is Choice.QUIT:
            return None
        picked = _pick(choice)
        if picked is None:
            continue  # cancelled: the same question again
        path, problem, chosen = picked[0], picked[1], True


def _pick(choice: Choice) -> tuple[Path, str | None] | None:
    """The file chosen for ``choice``, with why it cannot be used (None: cancelled)."""
    if choice is Choice.OPEN:
        path = file_dialogs.choose_file_to_open(None)
        return None if path is None else (path, file_dialogs.open_file_problem(path))
    path = file_dialogs.choose_new_file(None)
    return None if path is None else (path, file_dialogs.new_file_problem(path))


def startup_box(problem: str) -> QMessageBox:
    """Why the file cannot be opened, and the three ways on."""
    box = plain_box()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "Cannot open the database"))
    box.setText(problem)
    box.setInformativeText(
        QCoreApplication.translate(
            "Files", "Open another database file, create a new one, or quit the app."
        )
    )
    box.open_button = box.addButton(
        QCoreApplication.translate("Files", "&Open another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.new_button = box.addButton(
        QCoreApplication.translate("Files", "Create a &new file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.quit_button = box.addButton(
        QCoreApplication.translate("Files", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(box.open_button)
    box.setEscapeButton(box.quit_button)
    return box


def ask_at_start(box: QMessageBox) -> Choice:
    """The button pressed; closing the box any other way quits, as before."""
    box.exec()
    clicked = box.clickedButton()
    if clicked is box.open_button:
        return Choice.OPEN
    if clicked is box.new_button:
        return Choice.NEW
    return Choice.QUIT
