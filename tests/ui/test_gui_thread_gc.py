"""Python's garbage collector never destroys Qt objects on a report-building worker thread."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject

from toolbox_desktop.ui.common import gui_thread_gc


class Cycle:
    def __init__(self) -> None:
        self.me = self


class Tracked(QObject):
    """Records the thread that frees it (finalisers run in the collecting thread)."""

    freed_in: ClassVar[list[str]] = []

    def __del__(self) -> None:
        Tracked.freed_in.append(threading.current_thread().name)


def test_automatic_collection_is_off_while_the_app_runs(qapp):
    assert gui_thread_gc.install(qapp) is gui_thread_gc.install(qapp)
    assert not gc.isenabled()


def test_garbage_is_collected_on_the_gui_thread_not_on_a_worker(qapp):
    collector = gui_thread_gc.install(qapp)
    gc.collect()
    Tracked.freed_in.clear()
    unreachable = Tracked()
    unreachable.cycle = unreachable  # only the cyclic collector can free it
    del unreachable

    def allocate() -> None:  # what reportlab does on a worker thread, in miniature
        for _ in range(200_000):
            Cycle()

    worker = threading.Thread(target=allocate, name="report-worker")
    worker.start()
    worker.join()
    assert Tracked.freed_in == []
    assert gc.get_count()[0] > collector.thresholds[0]
    while collector.collect_due():
        pass
    gc.collect()
    assert Tracked.freed_in == [threading.main_thread().name]
