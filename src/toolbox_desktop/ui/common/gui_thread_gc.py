"""Run Python's cyclic garbage collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. While a
report is laid out on a worker thread, that is usually the worker, which would then destroy
unreachable Qt widgets outside the GUI thread and crash the app. So automatic collection is
switched off and a timer collects on the GUI thread instead, generation by generation as the
thresholds are crossed (the same recipe as pyqtgraph's GarbageCollector).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 300


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        gc.disable()
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold was crossed; returns objects freed."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


_installed: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """Install the collector once for the application (idempotent)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
        _installed.destroyed.connect(_forget)
    return _installed


def _forget(*_args) -> None:
    global _installed
    _installed = None
    gc.enable()
