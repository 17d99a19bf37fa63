"""A clock a test moves on: the time the app reads when it stamps a change (``updated_at``)
and when it makes a package. On one machine a test's export, edit and import happen within
one second; moving the clock makes one of them come later, as on two laptops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from toolbox_desktop.exchange import package_writer
from toolbox_desktop.storage import version_stamp

START = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, monkeypatch) -> None:
        self.now = START
        clock = self

        class Moved(datetime):
            @classmethod
            def now(cls, tz=None):
                return clock.now if tz is not None else clock.now.replace(tzinfo=None)

        for module in (version_stamp, package_writer):
            monkeypatch.setattr(module, "datetime", Moved)

    def later(self, **amount) -> None:
        self.now += timedelta(**amount)
