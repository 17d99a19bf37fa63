"""Which database file the app shows, and switching to another: a new window on it.

Switching builds a new ``MainWindow`` on the new workspace and closes the old one, as the
simplest robust way: every area, session, undo step, change poller and backup timer belongs
to one file, so nothing of the old file can reach the new one (the language switch rebuilds
in place instead, because there the file stays the same). The new file is opened before the
old window goes: if it cannot be opened, the message says why and the old window stays as
it was. The old workspace's connection is closed once its window is gone.

``build`` (``app.build_main_window``) is handed in by ``app.py``, which the ``ui`` layer may
not import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from toolbox_desktop.paths import content_root
from toolbox_desktop.storage.database import DatabaseOpenError
from toolbox_desktop.storage.workspace import Workspace, open_workspace
from toolbox_desktop.ui.common.application import ToolboxApplication
from toolbox_desktop.ui.common.language import current_language
from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.messages import database_error_text
from toolbox_desktop.ui.common.settings import UiState
from toolbox_desktop.ui.window.file_dialogs import same_file
from toolbox_desktop.ui.window.open_files import PackageOpener

STATUS_MS = 10_000


def open_file_workspace(path: Path, content: Path | None = None) -> Workspace:
    """``path`` opened as the window opens files (raises ``DatabaseOpenError``)."""
    root = content if content is not None else content_root()
    return open_workspace(path, root, language=current_language())


class WindowHost(QObject):
    """Holds the app's windows with their workspaces; ``switch_to`` changes the file."""

    def __init__(
        self,
        state: UiState,
        build: Callable[[Workspace, UiState], object],
        content: Path | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        self.build = build
        self.content = content
        self.window = None  # the window shown last
        self._workspaces: dict[int, Workspace] = {}

    def show(self, workspace: Workspace):
        """A window on ``workspace``, shown; its file goes on the recent files."""
        window = self.build(workspace, self.state)
        window.host = self
        key = id(window)
        self._workspaces[key] = workspace
        window.destroyed.connect(lambda _=None, key=key: self._window_gone(key))
        # macOS sends a file to open as an event to the application (also at launch); Linux
        # and Windows give it as an argument, and the application never hears of one.
        app = QApplication.instance()
        if isinstance(app, ToolboxApplication) and self.findChild(PackageOpener) is None:
            app.open_file = PackageOpener(lambda: self.window, self).open
        if not window.is_training:  # the fictional town is opened from Help, not a file list
            self.state.remember_file(workspace.path)
        self.window = window
        window.show()
        return window

    def switch_to(self, window, path: Path) -> bool:
        """Show ``path`` instead of ``window``'s file; False when nothing changed (the user
        kept typed text that could not be stored, or the file cannot be opened)."""
        if same_file(path, window.database_path):
            window.statusBar().showMessage(
                QCoreApplication.translate("Files", "{name} is already open.").format(
                    name=Path(path).name
                ),
                STATUS_MS,
            )
            return False
        if not window.may_leave_file():
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = open_file_workspace(Path(path), self.content)
        except DatabaseOpenError as error:
            QApplication.restoreOverrideCursor()
            warn(
                window,
                QCoreApplication.translate("Files", "Cannot open the file"),
                database_error_text(error),
            )
            return False
        try:
            window.save_window_state()  # the new window opens where the old one was
            if not window.is_training:
                self.state.remember_file(window.database_path)  # first to go back to
            self.state.remember_file(workspace.path, open_next=True)
            new_window = self.show(workspace)
        finally:
            QApplication.restoreOverrideCursor()
        window.leave_file()
        new_window.activateWindow()
        return True

    def close_all(self) -> None:
        """The app ends: every connection still open is closed."""
        for workspace in self._workspaces.values():
            workspace.close()
        self._workspaces.clear()

    def _window_gone(self, key: int) -> None:
        workspace = self._workspaces.pop(key, None)
        if workspace is not None:
            workspace.close()
