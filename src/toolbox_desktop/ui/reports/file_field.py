"""A report option that names a file (the region report's region file): a field to type or
paste the path, and Browse… to choose it. The report checks the file when it is made and says
what is wrong with it; the field only holds the path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from toolbox_desktop.ui.common import region_files


class FileField(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit()
        self.line_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        self.browse_button.setToolTip(self.tr("Choose the region file"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.line_edit)  # the row's label (Alt+letter) reaches the field
        self.browse_button.clicked.connect(self.browse)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line_edit.setAccessibleName(name)

    def path(self) -> str | None:
        text = self.line_edit.text().strip()
        return text or None

    def set_path(self, path: str | Path | None) -> None:
        self.line_edit.setText("" if path is None else str(path))

    def browse(self) -> None:
        chosen = region_files.choose_region_file(self, self.path())
        if chosen is not None:
            self.set_path(chosen)
