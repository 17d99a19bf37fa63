"""File → New…, Open…, Open recent and Save a copy…: working with files as in any desktop app.

Every edit is already stored as it is made, so there is no Save: New and Open show another
file (``file_switch.WindowHost`` builds a window on it; text that could not be stored yet is
asked about first, as when closing), and Save a copy writes the data as it is now into a new
file with SQLite's backup API, never a plain copy of the live file (its write-ahead log may
hold the latest changes). The file chosen in New or Open is the one the app opens next time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.messages import message_text
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.window import file_dialogs
from toolbox_desktop.ui.window.closing import unsaved_text_box

STATUS_MS = 15_000


class FileCommands:
    """Part of ``MainWindow``: the File menu's file commands. ``host`` (a ``WindowHost``) is
    set by the app; a window without one (a test's) opens another file in a new process."""

    host = None

    def new_file(self) -> bool:
        """File → New…: an empty database at a path the user chooses, then shown."""
        path = file_dialogs.choose_new_file(self)
        if path is None:
            return False
        problem = file_dialogs.new_file_problem(path)
        if problem:
            warn(self, QCoreApplication.translate("Files", "No new file made"), problem)
            return False
        return self._show_file(path)

    def open_file(self) -> bool:
        """File → Open…: another toolbox database; a file that is none says so, unchanged."""
        path = file_dialogs.choose_file_to_open(self)
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path) -> bool:
        problem = file_dialogs.open_file_problem(Path(path))
        if problem:
            warn(self, QCoreApplication.translate("Files", "Cannot open the file"), problem)
            return False
        return self._show_file(Path(path))

    def open_region_file(self, path: Path | None = None):
        """File → Open region file…: a region file in a read-only window of its own; this
        window stays on its file (``ui/region/opening.py``)."""
        from toolbox_desktop.ui.region.opening import open_region_file

        return open_region_file(self, path)

    def save_copy(self) -> Path | None:
        """File → Save a copy…: the data as it is now in a new file; this window stays on
        its own file. Returns the copy, None when none was written."""
        target = file_dialogs.choose_copy_path(self, self.database_path)
        if target is None:
            return None
        title = QCoreApplication.translate("Files", "Copy not saved")
        if file_dialogs.same_file(target, self.database_path):
            warn(
                self,
                title,
                QCoreApplication.translate(
                    "Files", "That is the file open now. Choose another name for the copy."
                ),
            )
            return None
        self._store_typing()  # what is being typed belongs in the copy too
        from toolbox_desktop.storage.backups import BackupError, save_copy  # not at start-up

        try:
            save_copy(self.database_path, target)
        except BackupError as error:
            warn(self, title, message_text(error.message))
            return None
        self.state.remember_file(target)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "Files", "A copy of the data was saved as {path}. This window stays on {name}."
            ).format(path=str(target), name=self.database_path.name),
            STATUS_MS,
        )
        return target

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Open recent: the files opened last, newest first, without the one shown; a file
        that is gone is listed greyed out, and "Clear the list" forgets them all."""
        menu.clear()
        files = [
            path
            for path in self.state.recent_files()
            if not file_dialogs.same_file(path, self.database_path)
        ]
        for number, path in enumerate(files, start=1):
            name = path.name.replace("&", "&&")
            text = f"&{number}  {name}" if number < 10 else name
            action = QAction(text, menu)
            action.setToolTip(as_typed(str(path)))
            action.setStatusTip(str(path))
            if not path.is_file():
                action.setText(
                    QCoreApplication.translate("Files", "{file} (not found)").format(file=text)
                )
                action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, path=path: self.open_path(path))
            menu.addAction(action)
        if not files:
            empty = menu.addAction(QCoreApplication.translate("Files", "No other files yet"))
            empty.setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction(QCoreApplication.translate("Files", "&Clear the list"))
        clear.triggered.connect(self._clear_recent_files)

    def _clear_recent_files(self) -> None:
        for path in self.state.recent_files():
            if not file_dialogs.same_file(path, self.database_path):
                self.state.forget_file(path)

    def may_leave_file(self) -> bool:
        """Before another file is shown: typed text is stored; what could not be stored
        (a wrong date, say) is only in this window, so the user is asked, as when closing."""
        self._store_typing()
        places = self.unsaved_work()
        if not places:
            return True
        question = QCoreApplication.translate(
            "Files",
            "Some of what you typed could not be stored yet. It is still shown with the "
            'note "not saved yet". Open the other file anyway and lose it?',
        )
        return ask_leave_anyway(unsaved_text_box(self, question, places))

    def leave_file(self) -> None:
        """Close this window for the new file's (the question was asked already), and let it
        go: its host closes the old file's connection once it is gone."""
        self._leaving_file = True
        if self.close():
            self.deleteLater()

    def _show_file(self, path: Path) -> bool:
        if self.host is not None:
            return self.host.switch_to(self, path)
        from toolbox_desktop.ui.backups.restore_dialog import open_in_new_window

        return open_in_new_window(path)


def ask_leave_anyway(box) -> bool:
    """True when the user chose to open the other file and lose the text (tests answer)."""
    from PySide6.QtWidgets import QMessageBox

    return box.exec() == QMessageBox.StandardButton.Discard
