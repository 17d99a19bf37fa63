"""The app's ``QApplication``: it hands on a file the system asks the app to open.

macOS sends a file opened with the app (a double-clicked ``.toolbox`` package, also at launch)
to the running app as a ``QFileOpenEvent`` addressed to the application object; Linux and
Windows give it as an argument instead. The event is caught here, in the application's own
``event()``, which sees only the events sent to the application object: an event filter
installed on the application would see every event of every widget, each passed through
Python (thousands while a screen is built).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication


class ToolboxApplication(QApplication):
    """``open_file(path) -> bool`` takes a file the system asks the app to open (True: it was
    taken); None, or False, leaves the event to Qt."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.open_file: Callable[[str], bool] | None = None

    def event(self, event) -> bool:
        if (
            event.type() == QEvent.Type.FileOpen
            and self.open_file is not None
            and self.open_file(event.file())
        ):
            return True
        return super().event(event)
