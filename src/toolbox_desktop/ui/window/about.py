"""Help → About: what this program is, under which licence, whose content it carries and
where it keeps the user's data.

The last part is there for the trainer with a USB stick and the IT department alike: the
database, its backups and the settings file are named with their full paths, and whether the
app runs portable (everything beside the program) or not. Every text is a plain label: paths
and the pack's citation are shown as they are, never read as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop import APP_NAME, __version__
from toolbox_desktop.paths import portable_data_folder
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title

LICENCE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    """The About box; its labels are attributes so that tests read what a user reads."""

    def __init__(self, window, icon: QIcon | None = None) -> None:
        super().__init__(window)
        self.setWindowTitle(window_title(self.tr("About {app}").format(app=APP_NAME)))
        layout = QVBoxLayout(self)

        heading = QHBoxLayout()
        if icon is not None and not icon.isNull():
            picture = PlainLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            picture.setAccessibleName(self.tr("App icon"))
            heading.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        self.title_label = PlainLabel(
            self.tr("{app}, version {version}").format(app=APP_NAME, version=__version__)
        )
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)
        heading.addWidget(self.title_label, 1)
        layout.addLayout(heading)

        self.summary_label = _wrapped(
            self.tr(
                "Assess, plan and print local integration policy for migrants and refugees, "
                "offline. Built on the Whole-COMM toolbox. The app never connects to the "
                "internet: new versions are announced on the project's download page."
            )
        )
        layout.addWidget(self.summary_label)
        self.licence_label = _wrapped(
            self.tr(
                "Free software under the GNU General Public License, version 3 or any later "
                "version ({licence}). It comes with no warranty. You may share and change it "
                "under the terms of that licence (the file LICENSE beside the program)."
            ).format(licence=LICENCE)
        )
        layout.addWidget(self.licence_label)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.content_label = _wrapped(self._content_text(window.content))
        form.addRow(_wrapped(self.tr("Content:")), self.content_label)
        database = Path(window.database_path)
        self.database_label = _path_label(str(database))
        form.addRow(_wrapped(self.tr("Database:")), self.database_label)
        self.backups_label = _path_label(str(_backups_of(database)))
        form.addRow(_wrapped(self.tr("Backups:")), self.backups_label)
        self.settings_label = _path_label(window.state.settings.fileName())
        form.addRow(_wrapped(self.tr("Settings:")), self.settings_label)
        portable = portable_data_folder()
        if portable is not None:
            mode = self.tr(
                "Portable: everything is kept in {folder}, beside the program; nothing is "
                "written to this computer's user profile."
            ).format(folder=str(portable))
        else:
            mode = self.tr(
                "Installed: the data is kept in your user profile on this computer. For a USB "
                "stick, put an empty file named \u201cportable\u201d beside the program."
            )
        self.mode_label = _wrapped(mode)
        form.addRow(_wrapped(self.tr("Mode:")), self.mode_label)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _content_text(self, content) -> str:
        pack = content.benchmark_pack
        if pack is None:
            return self.tr("No content loaded")
        lines = [
            self.tr("{title}, version {version}").format(title=pack.title, version=pack.version)
        ]
        if pack.source:
            lines.append(
                self.tr("Source: {citation}").format(citation=" ".join(pack.source.split()))
            )
        if pack.licence:
            lines.append(" ".join(pack.licence.split()))
        return "\n".join(lines)

    def texts(self) -> list[str]:
        """Every text the dialog shows, for tests and screen readers alike."""
        return [label.text() for label in self.findChildren(QLabel) if label.text()]


def _backups_of(database: Path) -> Path:
    from toolbox_desktop.storage.backups import backup_folder

    return backup_folder(database)


def _wrapped(text: str) -> PlainLabel:
    label = PlainLabel(text)
    label.setWordWrap(True)
    return label


def _path_label(text: str) -> PlainLabel:
    """A path, selectable so that it can be copied into a file manager."""
    label = _wrapped(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_about(window: QWidget) -> AboutDialog:
    """Open the About box over ``window`` (a ``MainWindow``), not blocking it."""
    dialog = AboutDialog(window, window.windowIcon())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.about_dialog = dialog
    return dialog
