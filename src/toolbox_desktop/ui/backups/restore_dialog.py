"""File → Restore from a backup…: choose a backup, then restore it as a new file or in place.

Restoring as a new file is the safe choice (the current data stays as it is, and the copy opens
in a window of its own to compare or to copy from), so it comes first. Replacing the current
data asks first and keeps a copy of the current state as a backup, so it can be undone the
same way. The two questions are module functions so that tests can answer them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.backup_retention import DAILY_DAYS, WEEKLY_WEEKS
from toolbox_desktop.core.i18n import Message
from toolbox_desktop.storage.backups import Backup, BackupError, backup_folder, list_backups
from toolbox_desktop.ui.backups.backup_model import (
    MUNICIPALITY,
    BackupModel,
    BackupRow,
    load_rows,
    taken_text,
)
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.message_boxes import plain_box
from toolbox_desktop.ui.common.messages import message_text
from toolbox_desktop.ui.common.plain_text import PlainLabel

DATABASE_FILTER = "{databases} (*.sqlite3 *.db);;{all} (*)"


def ask_replace(parent: QWidget | None, taken: str) -> bool:
    """True when the user confirms replacing the current data with the backup of ``taken``."""
    box = plain_box(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Backups", "Replace the current data?"))
    box.setText(
        QCoreApplication.translate(
            "Backups", "Replace everything in this database with the backup of {taken}?"
        ).format(taken=taken)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "Everything changed since then is replaced: profile, assessments, ratings, "
            "actions and texts. A copy of the current data is kept first, as a backup marked "
            "“before a restore”, so you can return to it the same way.",
        )
    )
    replace = box.addButton(
        QCoreApplication.translate("Backups", "Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is replace


def choose_new_file(parent: QWidget | None, suggestion: Path) -> Path | None:
    """The new file to restore into; None when cancelled. Existing files are refused later
    with a clear reason instead of being overwritten."""
    filters = DATABASE_FILTER.format(
        databases=QCoreApplication.translate("Backups", "Toolbox databases"),
        all=QCoreApplication.translate("Backups", "All files"),
    )
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backups", "Restore the backup as a new file"),
        str(suggestion),
        filters,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def open_in_new_window(path: Path) -> bool:
    """Open ``path`` in a second window (a process of its own, as the training town does)."""
    from toolbox_desktop.ui.window.training import app_command

    program, arguments = app_command(path)
    started, _pid = QProcess.startDetached(program, arguments)
    return started


class RestoreDialog(QDialog):
    """Lists the backups of ``database``; restores one as asked and says what it did."""

    restored_as_new = Signal(str)  # the new file
    replaced = Signal(str, str)  # when the backup was taken, the copy of the state before

    def __init__(self, conn: sqlite3.Connection, database: Path, parent=None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.database = Path(database)
        self.folder = backup_folder(self.database)
        self.problem_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro = self._label(
            self.tr(
                "The app keeps a backup of this database every day it is used: the newest of "
                "each of the last {days} days and of each of the last {weeks} weeks. Choose "
                "the state to go back to."
            ).format(days=DAILY_DAYS, weeks=WEEKLY_WEEKS)
        )
        self.model = BackupModel(load_rows(list_backups(self.database, self.folder)), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MUNICIPALITY, QHeaderView.ResizeMode.Stretch)
        fit_titles(header)
        self.empty = self._label(
            self.tr(
                "There are no backups of this database yet. The first is taken shortly after "
                "the app opens it, then one each day."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Why the chosen backup cannot be restored, found when it is chosen (the list itself
        # reads only counts: a copy another program changed would look usable).
        self.refusal = self._label("")
        palette = self.refusal.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)  # as the row
        self.refusal.setPalette(palette)
        self.refusal.setVisible(False)
        self._refusals: dict[Path, Message | None] = {}
        self.place = self._label(self.tr("Kept in: {folder}").format(folder=str(self.folder)))
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.as_new_button = QPushButton(self.tr("Restore as a &new file…"))
        self.as_new_button.setToolTip(
            self.tr("The backup goes into a new file and opens in a second window; this one stays")
        )
        self.replace_button = QPushButton(self.tr("&Replace the current data…"))
        self.replace_button.setToolTip(
            self.tr("Asks first; a copy of the current data is kept as a backup")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.as_new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in (self.as_new_button, self.replace_button):
            button.setAutoDefault(False)
        self.as_new_button.clicked.connect(self.restore_as_new)
        self.replace_button.clicked.connect(self.replace_current)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # in the table's place when there is none
        layout.addWidget(self.refusal)
        layout.addWidget(self.place)
        layout.addWidget(buttons)
        has_rows = bool(self.model.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if has_rows:
            self.table.selectRow(0)
        self._update_buttons()
        self.table.setFocus()
        self.resize(900, 460)

    def _label(self, text: str) -> QLabel:
        label = PlainLabel(text)
        label.setWordWrap(True)
        return label

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, backup: Backup) -> None:
        for number, row in enumerate(self.model.rows):
            if row.backup == backup:
                self.table.selectRow(number)

    def _update_buttons(self) -> None:
        row = self.selected()
        refusal = self._refusal_of(row) if row is not None and row.restorable else None
        usable = row is not None and row.restorable and refusal is None
        self.as_new_button.setEnabled(usable)
        self.replace_button.setEnabled(usable and self.conn is not None)
        self.refusal.setVisible(refusal is not None)
        if refusal is not None:  # names the backup by its file's name: a path would not wrap
            self.refusal.setText(
                self.tr("This backup cannot be restored: {reason}").format(
                    reason=message_text(refusal)
                )
            )

    def _refusal_of(self, row: BackupRow) -> Message | None:
        """The restore's checks of the chosen backup's file (reading only), once per backup."""
        from toolbox_desktop.storage.backup_restore import restore_refusal

        path = row.backup.path
        if path not in self._refusals:
            self._refusals[path] = restore_refusal(row.backup)
            if self._refusals[path] is not None:
                self.model.mark_refused(self.model.rows.index(row))
        return self._refusals[path]

    def restore_as_new(self) -> Path | None:
        from toolbox_desktop.storage.backup_restore import restore_as_new

        row = self.selected()
        if row is None:
            return None
        day = row.backup.taken.astimezone().date().isoformat()
        suggestion = self.database.with_name(f"{self.database.stem}-{day}.sqlite3")
        target = choose_new_file(self, suggestion)
        if target is None:
            return None
        try:
            restored = restore_as_new(row.backup, target)
        except BackupError as error:
            self._problem(error)
            return None
        self.restored_as_new.emit(str(restored))
        self.accept()
        return restored

    def replace_current(self) -> bool:
        from toolbox_desktop.paths import content_root
        from toolbox_desktop.storage.backup_restore import replace_with_backup

        row = self.selected()
        if row is None:
            return False
        taken = taken_text(row.backup)
        if not ask_replace(self, taken):
            return False
        try:
            safety = replace_with_backup(
                self.conn, self.database, row.backup, self.folder, content_root=content_root()
            )
        except BackupError as error:
            self._problem(error)
            return False
        self.replaced.emit(taken, str(safety.path))
        self.accept()
        return True

    def _problem(self, error: BackupError) -> None:
        """Say why, and stay open: the user may pick another backup or another file."""
        box = plain_box(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The backup was not restored"))
        box.setText(message_text(error.message))
        box.open()
        self.problem_box = box
