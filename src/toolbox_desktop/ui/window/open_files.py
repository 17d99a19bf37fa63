"""Opening a ``.toolbox`` package with the app: from the file manager, a mail attachment or
the command line (``toolbox-desktop FILE.toolbox``), the window starts on the import preview.

Linux and Windows hand the file over as an argument (the ``.desktop`` entry's ``%F``, the
Inno Setup association's ``"%1"``); macOS sends a ``QFileOpenEvent`` to the running app
instead, which the application hands to ``PackageOpener`` (``ui/common/application``). Either
way the same preview opens as File → Import package…: nothing is written until the user
presses Import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

PACKAGE_SUFFIX = ".toolbox"


def is_package(path: str | Path) -> bool:
    return str(path).lower().endswith(PACKAGE_SUFFIX)


def open_packages(window, paths: list[Path]) -> None:
    """Show the import preview of ``paths`` once the event loop runs (the window is shown
    first, so the preview has its parent on screen)."""
    if paths and window.conn is not None:
        QTimer.singleShot(0, lambda: window.import_packages([Path(p) for p in paths]))


class PackageOpener(QObject):
    """A package the system asks the app to open (macOS's ``QFileOpenEvent``, handed on by
    ``ToolboxApplication.open_file``) goes to the import preview of the window the user sees
    (``current()``, the one shown last); any other file, or with no such window open, is
    left to Qt."""

    def __init__(self, current: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = current

    def open(self, path: str) -> bool:
        """True when ``path`` went to an import preview."""
        if not is_package(path):
            return False
        window = self.current()
        if window is None or not window.isVisible():  # closed: its file is closed too
            return False
        open_packages(window, [Path(path)])
        return True
