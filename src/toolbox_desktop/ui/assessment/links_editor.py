"""Links from a rating to local files that back it up (minutes, plans, statistics).

Files move and get deleted; a link whose file is gone is shown as missing with a note that
says what to do, and opening it explains instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.message_boxes import inform
from toolbox_desktop.ui.common.plain_text import PlainLabel, as_typed
from toolbox_desktop.ui.common.text_limits import number

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING_COLOR = QColor("#b3261e")


def file_exists(path: str) -> bool:
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


class LinksModel(QAbstractListModel):
    """The linked files, each shown by name and folder; missing ones marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._paths: tuple[str, ...] = ()
        self._exists: dict[str, bool] = {}

    def set_paths(self, paths: tuple[str, ...]) -> None:
        self.beginResetModel()
        self._paths = tuple(paths)
        self._exists = {path: file_exists(path) for path in self._paths}
        self.endResetModel()

    def paths(self) -> tuple[str, ...]:
        return self._paths

    def missing(self) -> list[str]:
        return [path for path in self._paths if not self._exists[path]]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        path = self._paths[index.row()]
        missing = not self._exists[path]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = Path(path).name or path
            folder = str(Path(path).parent)
            if missing:
                return self.tr("{name} — missing (was in {folder})").format(
                    name=name, folder=folder
                )
            return self.tr("{name} — {folder}").format(name=name, folder=folder)
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return as_typed(
                    self.tr("{path} is no longer there: it was moved, renamed or deleted.").format(
                        path=path
                    )
                )
            return as_typed(path)
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return MISSING_COLOR
        if role == Qt.ItemDataRole.DecorationRole and missing:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == PATH_ROLE:
            return path
        if role == MISSING_ROLE:
            return missing
        return None


class LinksEditor(QWidget):
    """Emits ``links_changed(list)`` with all paths after the user adds or removes one."""

    links_changed = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = LinksModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Linked files"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setMaximumHeight(self.fontMetrics().height() * 5)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.missing_note = PlainLabel()
        self.missing_note.setWordWrap(True)
        self.missing_note.setStyleSheet(f"color: {MISSING_COLOR.name()};")
        self.missing_note.setVisible(False)

        self.add_button = QPushButton(self.tr("Add lin&k…"))
        self.add_button.setAccessibleName(self.tr("Add a link to a file"))
        self.remove_button = QPushButton(self.tr("Remove link"))
        self.open_button = QPushButton(self.tr("Open file"))
        self.add_button.clicked.connect(self.add_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self.open_selected)

        buttons = FlowLayout()  # wraps at the largest text rather than widen the window
        buttons.add_widget(self.add_button)
        buttons.add_widget(self.remove_button)
        buttons.add_widget(self.open_button)
        buttons.add_stretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.missing_note)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._read_only = False
        self._update_buttons()

    def set_paths(self, paths: tuple[str, ...]) -> None:
        if paths == self.model.paths():
            return
        self.model.set_paths(paths)
        missing = self.model.missing()
        if missing:
            count = len(missing)
            self.missing_note.setText(
                self.tr(
                    "%n linked file(s) cannot be found: moved, renamed or deleted. Put "
                    "the file back, or remove the link and add the file where it is now.",
                    "",
                    count,
                )
            )
        self.missing_note.setVisible(bool(missing))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _selected_paths(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.paths()[row] for row in rows]

    def _update_buttons(self, *_args) -> None:
        selected = bool(self.view.selectionModel().selectedRows())
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(selected and not self._read_only)
        self.open_button.setEnabled(selected)

    def add_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Link files to this rating"))
        new = list(
            dict.fromkeys(str(Path(f)) for f in files if str(Path(f)) not in self.model.paths())
        )
        too_long = [path for path in new if len(path) > limits.LINK]
        new = [path for path in new if len(path) <= limits.LINK]
        room = max(0, limits.LINKS_PER_RATING - len(self.model.paths()))
        too_many = new[room:]
        if new[:room]:
            self.links_changed.emit([*self.model.paths(), *new[:room]])
        if too_long or too_many:
            inform(self, self.tr("Not every file was linked"), self._left_out(too_long, too_many))

    def _left_out(self, too_long: list[str], too_many: list[str]) -> str:
        """Why files were not linked (``core.limits``), and what to do instead."""
        lines = []
        if too_long:
            count = len(too_long)
            lines.append(
                self.tr(
                    "%n file(s) not linked: the path is longer than {limit} characters. "
                    "Move the file to a folder with a shorter path, then link it.",
                    "",
                    count,
                ).format(limit=number(limits.LINK))
            )
        if too_many:
            count = len(too_many)
            lines.append(
                self.tr(
                    "%n file(s) not linked: a rating links at most {limit} files. Remove "
                    "a link you no longer need, then add the file again.",
                    "",
                    count,
                ).format(limit=number(limits.LINKS_PER_RATING))
            )
        return "\n\n".join(lines)

    def remove_selected(self) -> None:
        chosen = set(self._selected_paths())
        if chosen:
            self.links_changed.emit([p for p in self.model.paths() if p not in chosen])

    def open_selected(self) -> None:
        for path in self._selected_paths():
            if not file_exists(path):
                inform(
                    self,
                    self.tr("File not found"),
                    self.tr(
                        "{path} is no longer there: it was moved, renamed or deleted. Put the "
                        "file back, or remove the link and add the file where it is now."
                    ).format(path=path),
                )
            elif not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
                inform(
                    self,
                    self.tr("Cannot open the file"),
                    self.tr(
                        "No program is set up to open {path}. Open it from your file manager."
                    ).format(path=path),
                )
