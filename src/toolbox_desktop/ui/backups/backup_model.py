"""The table of backups: when each was taken, whose data it holds, and how big it is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from toolbox_desktop.core import formatting
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.storage.backup_summary import BackupSummary, read_summary
from toolbox_desktop.storage.backups import Backup

TAKEN, MUNICIPALITY, ASSESSMENTS, ACTIONS, SIZE = range(5)
# Marked for lupdate here, translated when shown (translators are loaded after import).
HEADERS = (
    QT_TRANSLATE_NOOP("Backups", "Taken"),
    QT_TRANSLATE_NOOP("Backups", "Municipality"),
    QT_TRANSLATE_NOOP("Backups", "Assessments"),
    QT_TRANSLATE_NOOP("Backups", "Actions"),
    QT_TRANSLATE_NOOP("Backups", "Size"),
)


@dataclass(frozen=True)
class BackupRow:
    backup: Backup
    summary: BackupSummary

    @property
    def restorable(self) -> bool:
        return self.summary.restorable


def load_rows(backups: list[Backup]) -> list[BackupRow]:
    return [BackupRow(backup, read_summary(backup.path)) for backup in backups]


def taken_text(backup: Backup, locale: QLocale | None = None) -> str:
    """Date and time in the user's time zone and locale, e.g. "14.03.2026 09:15" (the date
    as everywhere else: ``core.formatting``)."""
    name = (locale or QLocale()).name()
    return formatting.format_date_time(backup.taken.astimezone(), name)


def size_text(size: int, locale: QLocale | None = None) -> str:
    """ "284 kB", "12.5 MB": the units people know, a decimal only where it tells something."""
    return formatting.format_size(size, (locale or QLocale()).name())


class BackupModel(QAbstractTableModel):
    """Read-only rows; the user text (municipality names) is shown as plain text by the view."""

    def __init__(self, rows: list[BackupRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.refused: set[int] = set()  # rows the restore's checks refuse (``mark_refused``)

    def mark_refused(self, row: int) -> None:
        """Show ``row`` as unusable: its file failed the restore's checks when chosen."""
        if row not in self.refused:
            self.refused.add(row)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Backups", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # a long name in full; the file of a backup
            return str(row.backup.path) if column == TAKEN else self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ASSESSMENTS, ACTIONS, SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        refused = not row.restorable or index.row() in self.refused
        if role == Qt.ItemDataRole.ForegroundRole and refused:
            return Qt.GlobalColor.darkRed
        return None

    def _text(self, row: BackupRow, column: int) -> str:
        locale = QLocale()
        summary = row.summary
        if column == TAKEN:
            text = taken_text(row.backup, locale)
            if row.backup.before_restore:
                text = QCoreApplication.translate("Backups", "{taken} (before a restore)").format(
                    taken=text
                )
            return text
        if column == MUNICIPALITY:
            if not summary.readable:
                return QCoreApplication.translate("Backups", "Damaged: cannot be restored")
            if summary.newer:
                return QCoreApplication.translate(
                    "Backups", "From a newer version of the app: cannot be restored here"
                )
            return summary.municipality or QCoreApplication.translate("Backups", "(no name yet)")
        if column == SIZE:
            return size_text(row.backup.size, locale)
        if not summary.readable:
            return ""
        count = summary.assessments if column == ASSESSMENTS else summary.actions
        return formatting.format_number(count, locale.name())
