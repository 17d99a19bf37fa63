"""Choosing a region file (many towns' pooled assessments, made with ``toolbox-desktop region
merge``): the one file dialog of File → Open region file… and of the region report's option.
A module function, so that tests can answer it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from toolbox_desktop.paths import documents_folder


def choose_region_file(parent: QWidget | None, start: str | Path | None = None) -> Path | None:
    """An existing file chosen in the system's dialog; None when the user cancelled."""
    filters = ";;".join(
        (
            QCoreApplication.translate("RegionFiles", "Region files (*.sqlite3 *.sqlite *.db)"),
            QCoreApplication.translate("RegionFiles", "All files (*)"),
        )
    )
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RegionFiles", "Open a region file"),
        str(start or documents_folder()),
        filters,
    )
    return Path(name) if name else None
