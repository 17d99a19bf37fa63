"""Progress and cancelling for a report being laid out, without changing every builder.

The GUI's worker thread installs a ``BuildMonitor`` for the duration of one build
(``monitoring``); ``build_pdf`` looks it up and hands reportlab a progress callback. A context
variable is per thread, so builds on other threads, or from the command line, see none.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass


class BuildCancelledError(Exception):
    """Raised inside reportlab's layout loop to stop a build the user cancelled."""


@dataclass
class BuildMonitor:
    report: Callable[[int], None]  # percent done, 0-100
    is_cancelled: Callable[[], bool]


_current: ContextVar[BuildMonitor | None] = ContextVar("report_build_monitor", default=None)


@contextlib.contextmanager
def monitoring(monitor: BuildMonitor) -> Iterator[None]:
    token = _current.set(monitor)
    try:
        yield
    finally:
        _current.reset(token)


def current_monitor() -> BuildMonitor | None:
    return _current.get()


class LayoutProgress:
    """reportlab's progress callback turned into one percentage over all layout passes.

    A report with a contents list is laid out twice (page numbers settle in the second pass);
    rarely a third pass is needed, which then stays at 99 %.
    """

    def __init__(self, monitor: BuildMonitor, passes: int) -> None:
        self.monitor = monitor
        self.passes = passes
        self.current_pass = 1
        self.total = 0
        self.last = -1

    def __call__(self, kind: str, value: int) -> None:
        if self.monitor.is_cancelled():
            raise BuildCancelledError
        if kind == "PASS":
            self.current_pass = value
        elif kind == "SIZE_EST":
            self.total = max(int(value), 1)
        elif kind == "PROGRESS" and self.total:
            done = (self.current_pass - 1 + min(value / self.total, 1.0)) / self.passes
            self._report(min(int(done * 100), 99))

    def _report(self, percent: int) -> None:
        if percent != self.last:
            self.last = percent
            self.monitor.report(percent)
