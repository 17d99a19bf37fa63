"""The window's backup commands: restore from a backup (into a new file, or replacing the data),
and following a replace made in another window.

A replace changes what every row id means, so the Undo steps and kept drafts of the data as it
was must go, here and in every other window on the file (``check_replaced_elsewhere``, called
by the window's ``ChangePoller`` when another connection wrote).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class BackupCommands:
    """Part of ``MainWindow``: File → Restore from a backup, and its consequences."""

    def restore_from_backup(self):
        """File → Restore from a backup…; typed text is stored first, so the copy of the
        current state kept before a replace holds it too."""
        from toolbox_desktop.ui.backups.restore_dialog import RestoreDialog

        for area in (self.assessment_area, self.plan_area):
            if area is not None:
                area.page.flush_edits()
        if self.reports_page is not None:
            self.reports_page.save_texts()
        dialog = RestoreDialog(self.conn, self.database_path, self)
        dialog.restored_as_new.connect(self._open_restored_copy)
        dialog.replaced.connect(self._continue_after_replace)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _open_restored_copy(self, path: str) -> None:
        from toolbox_desktop.ui.backups.restore_dialog import open_in_new_window

        opened = open_in_new_window(Path(path))
        text = (
            QCoreApplication.translate(
                "MainWindow", "The backup was restored into {path} and opened in a new window."
            )
            if opened
            else QCoreApplication.translate(
                "MainWindow", "The backup was restored into {path}. Open that file to see it."
            )
        )
        self.statusBar().showMessage(text.format(path=path))

    def _watch_for_replace(self) -> None:
        """Another window may replace the file's data from a backup: then this window's Undo
        steps and kept drafts name rows that no longer mean the same, and must go."""
        from toolbox_desktop.storage.replace_marker import replaced_marker

        try:
            self._replaced = replaced_marker(self.conn)
        except sqlite3.Error:
            self._replaced = None
        # First among the subscribers: Undo steps of replaced data go before areas reload.
        self.poller.subscribe(self._replaced_elsewhere)
        self.poller.start()

    def check_replaced_elsewhere(self) -> bool:
        """True when another window replaced the data from a backup since the last check
        (then this window shows the new data, without the old Undo steps)."""
        try:
            return self._replaced_elsewhere()
        except sqlite3.Error:  # unreadable now: the poller tries again
            return False

    def _replaced_elsewhere(self) -> bool:
        from toolbox_desktop.storage.replace_marker import replaced_marker

        marker = replaced_marker(self.conn)
        if marker == self._replaced:
            return False
        self._replaced = marker
        self.undo_stack.clear()
        if self.plan_area is not None:
            self.plan_area.page.editor.forget_drafts()
        self.reload_after_import()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "The data was replaced from a backup in another window. This window shows "
                "it now; its Undo steps were cleared.",
            )
        )
        return True

    def _continue_after_replace(self, taken: str, safety: str) -> None:
        """The file now holds the backup's data: show it, and forget undo steps that belong
        to the data as it was (they would change the restored data)."""
        self.undo_stack.clear()
        with contextlib.suppress(sqlite3.Error):
            from toolbox_desktop.storage.replace_marker import replaced_marker

            self._replaced = replaced_marker(self.conn)  # our own replace
        self.reload_after_import()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "The data of {taken} was restored. The data as it was before is kept as a "
                "backup: {path}",
            ).format(taken=taken, path=safety)
        )
