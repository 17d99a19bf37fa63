"""Build one PDF off the GUI thread.

The builder writes to a temporary file beside the target; only when it has finished, and the
user has not cancelled, the GUI thread renames it over the target. A failed or cancelled build
therefore never touches an existing file. The build reports its progress through a
``BuildMonitor``; the same hook stops reportlab's layout loop soon after Cancel. The job keeps
itself alive (``_LIVE``) until its thread has finished, whatever happens to the page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from toolbox_desktop.reports.progress import BuildMonitor, monitoring
from toolbox_desktop.storage.atomic_file import discard, fsync_file, put_in_place, temporary_beside

_LIVE: set[BuildJob] = set()


def running_jobs() -> list[BuildJob]:
    return [job for job in _LIVE if job.isRunning()]


def wait_for_all(timeout_ms: int = 60_000) -> bool:
    """Block until every build has finished (at exit and in tests); True if all did."""
    finished = True
    for job in list(_LIVE):
        finished = job.wait(timeout_ms) and finished
    QCoreApplication.sendPostedEvents()
    return finished


class BuildJob(QThread):
    """``build(path)`` writes the PDF to ``path``; it must not touch Qt widgets or sqlite."""

    succeeded = Signal(str)
    progressed = Signal(int)  # percent of the layout done
    failed = Signal(str, bool)  # message, is_os_error

    def __init__(self, build: Callable[[Path], None], target: Path) -> None:
        super().__init__()
        self.build = build
        self.target = Path(target)
        self.cancelled = False
        self.temporary: Path | None = None
        self.error: BaseException | None = None
        self.build_thread: QThread | None = None
        self.finished.connect(self._settle)
        _LIVE.add(self)

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:  # the worker thread
        self.build_thread = QThread.currentThread()
        try:
            self.temporary = temporary_beside(self.target)
            if not self.cancelled:
                monitor = BuildMonitor(self.progressed.emit, lambda: self.cancelled)
                with monitoring(monitor):
                    self.build(self.temporary)
                fsync_file(self.temporary)  # here, not on the GUI thread
        except BaseException as error:
            self.error = error
            self._discard()

    def _discard(self) -> None:
        discard(self.temporary)

    def _settle(self) -> None:  # the GUI thread, once run() has returned
        try:
            if self.cancelled:
                self._discard()
            elif self.error is not None:
                self.failed.emit(_describe(self.error), isinstance(self.error, OSError))
            else:
                try:  # removes the temporary file when it fails
                    put_in_place(self.temporary, self.target, synced=True)
                except OSError as error:
                    self.failed.emit(_describe(error), True)
                else:
                    self.succeeded.emit(str(self.target))
        finally:
            _LIVE.discard(self)
            self.deleteLater()


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error) or type(error).__name__
