"""Help → Open the training municipality: the fictional town in its own file and window.

The town is created once in a file of its own next to the user's database and opened in a
second window (a second process), so fictional data never mixes with the user's own work and
both stay open side by side during a workshop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import QApplication, QWidget

from toolbox_desktop.ui.common.message_boxes import warn

TRAINING_FILENAME = "training-municipality.sqlite3"


def training_database_path(own_database: Path) -> Path:
    return Path(own_database).with_name(TRAINING_FILENAME)


def ensure_training_database(path: Path) -> None:
    """Create the town in ``path`` unless it is already a training database.

    Raises ``TrainingTownError`` (the file holds someone's own work) or ``DatabaseOpenError``.
    """
    from toolbox_desktop.paths import content_root
    from toolbox_desktop.services.training_town import create_training_municipality
    from toolbox_desktop.storage.training_flag import is_training_municipality
    from toolbox_desktop.storage.workspace import open_workspace
    from toolbox_desktop.ui.common.language import current_language

    workspace = open_workspace(path, content_root())
    try:
        if not is_training_municipality(workspace.conn):
            # The town in the language chosen in the window (its second window, started with
            # the same settings, speaks it too); English when there is no story file for it.
            create_training_municipality(workspace.conn, language=current_language())
    finally:
        workspace.close()


def app_command(database: Path) -> tuple[str, list[str]]:
    """The program and arguments that open the app on ``database`` in a new process."""
    if getattr(sys, "frozen", False):  # a packaged build: the executable is the app
        return sys.executable, ["--db", str(database)]
    return sys.executable, ["-m", "toolbox_desktop", "--db", str(database)]


def open_training_municipality(parent: QWidget, own_database: Path) -> Path | None:
    """Create (if needed) and open the training town; returns its path, None on failure."""
    from toolbox_desktop.services.training_town import StoryFileError, TrainingTownError
    from toolbox_desktop.storage.database import DatabaseOpenError
    from toolbox_desktop.ui.common.messages import database_error_text

    path = training_database_path(own_database)
    title = QCoreApplication.translate("Training", "Training municipality")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        ensure_training_database(path)
    except StoryFileError as error:  # a damaged installation: the message names the key
        problem = str(error)
    except TrainingTownError:
        problem = QCoreApplication.translate(
            "Training",
            "The training town could not be created in {path}: that file already holds "
            "someone's own work, which is never mixed with fictional data. Rename or move that "
            "file, then try again.",
        ).format(path=str(path))
    except DatabaseOpenError as error:
        problem = database_error_text(error)
    else:
        problem = ""
    finally:
        QApplication.restoreOverrideCursor()
    if problem:
        warn(parent, title, problem)
        return None
    program, arguments = app_command(path)
    started, _pid = QProcess.startDetached(program, arguments)
    if not started:
        warn(
            parent,
            title,
            QCoreApplication.translate(
                "Training",
                "The training town is ready in {path}, but a second window could not be "
                'started. Start the app with: toolbox-desktop --db "{path}"',
            ).format(path=str(path)),
        )
    return path
