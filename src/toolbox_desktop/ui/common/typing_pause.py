"""When typed text is handed on to be stored: after a short pause in the typing, and at the
latest a little later even while the user keeps typing.

A councillor who types a long paragraph of evidence without pausing must not lose it to a
crash or a power cut: the pause alone would wait for as long as they type. One object, used by
every free-text field, so that all fields keep the same promise (stored within two seconds).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

PAUSE_MS = 600
MAX_WAIT_MS = 1500  # from the first keystroke not yet stored; with the write, under 2 s


class TypingPause(QObject):
    """Call ``typed()`` on every change; ``due`` fires after a pause or the maximum wait."""

    due = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        pause_ms: int | None = None,
        max_wait_ms: int | None = None,
    ) -> None:
        """``None``: the module's ``PAUSE_MS`` and ``MAX_WAIT_MS``, read now (a test may
        shorten both to check the same promise in less time)."""
        super().__init__(parent)
        pause_ms = PAUSE_MS if pause_ms is None else pause_ms
        max_wait_ms = MAX_WAIT_MS if max_wait_ms is None else max_wait_ms
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(pause_ms)
        self.longest = QTimer(self)
        self.longest.setSingleShot(True)
        self.longest.setInterval(max_wait_ms)
        self.pause.timeout.connect(self._fire)
        self.longest.timeout.connect(self._fire)

    def typed(self, *_args) -> None:
        self.pause.start()
        if not self.longest.isActive():
            self.longest.start()

    def is_waiting(self) -> bool:
        return self.pause.isActive() or self.longest.isActive()

    def stop(self) -> None:
        self.pause.stop()
        self.longest.stop()

    def _fire(self) -> None:
        from toolbox_desktop.ui.common import conflicts

        if conflicts.is_asking():  # a "changed elsewhere" question is open: store after it
            self.pause.start()
            return
        self.stop()
        self.due.emit()
