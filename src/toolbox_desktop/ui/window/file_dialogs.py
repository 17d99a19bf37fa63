"""Choosing a database file: the file dialogs of New, Open and Save a copy, and the checks
made before a chosen file is opened.

Shared by the File menu (``file_actions``) and the start-up problem dialog
(``startup_problem``). The dialogs are module functions so that tests can answer them. The
checks refuse, before anything opens the file, what ``storage.database.connect`` would
otherwise quietly turn into a new database: a file that is gone (its folder may still be
there) or an empty one. A chosen file is never changed by being refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from toolbox_desktop.paths import documents_folder

SUFFIX = ".sqlite3"
NEW_NAME = "toolbox.sqlite3"


def database_filters() -> str:
    return ";;".join(
        (
            QCoreApplication.translate("Files", "Toolbox databases (*.sqlite3 *.sqlite *.db)"),
            QCoreApplication.translate("Files", "All files (*)"),
        )
    )


def choose_file_to_open(parent: QWidget | None) -> Path | None:
    """File → Open…: an existing file, or None when the user cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Files", "Open a database file"),
        str(documents_folder()),
        database_filters(),
    )
    return Path(name) if name else None


def choose_new_file(parent: QWidget | None) -> Path | None:
    """File → New…: where the new, empty file goes (an existing file is refused:
    ``new_file_problem``)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Files", "New database file"),
        str(documents_folder() / NEW_NAME),
        database_filters(),
        options=QFileDialog.Option.DontConfirmOverwrite,  # refused below, never replaced
    )
    return with_suffix(Path(name)) if name else None


def choose_copy_path(parent: QWidget | None, database: Path) -> Path | None:
    """File → Save a copy…: where the copy goes (Qt's dialog asks before replacing a file)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Files", "Save a copy of the data"),
        str(documents_folder() / f"{database.stem}-copy{SUFFIX}"),
        database_filters(),
    )
    return with_suffix(Path(name)) if name else None


def with_suffix(path: Path) -> Path:
    """A name typed without an extension gets ``.sqlite3``, as the file type says."""
    return path if path.suffix else path.with_name(path.name + SUFFIX)


def open_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be opened as it is (None: try it, the open checks do the rest)."""
    if not path.exists():
        return QCoreApplication.translate(
            "Files",
            "'{path}' is not there any more (moved, renamed, or on a drive that is not "
            "connected). Nothing was changed.",
        ).format(path=str(path))
    if path.is_file() and path.stat().st_size == 0:
        return QCoreApplication.translate(
            "Files",
            "'{path}' is empty, so it is not a Local Integration Toolbox database. The file "
            "was not changed. Choose the right file, or create a new one.",
        ).format(path=str(path))
    return None


def new_file_problem(path: Path) -> str | None:
    """Why no new database can be made at ``path`` (None: go ahead)."""
    if path.exists():
        return QCoreApplication.translate(
            "Files",
            "'{path}' already exists. A new file never replaces another: choose a new name, "
            "or open that file (File → Open…).",
        ).format(path=str(path))
    return None


def same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    except OSError:
        return Path(a) == Path(b)
