"""A clock a test moves on: the time the app reads when it stamps a change (``updated_at``)
and when it makes a package. On one machine a test's export, edit and import happen within
one second; moving the clock makes one of them come later, as on two laptops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from toolbox_desktop.exchange import later_changes, package_writer
from toolbox_desktop.storage import (
    assessment_repository,
    edit_history,
    fact_sandwich_repository,
    plan_repository,
    version_stamp,
    workshop_repository,
)

# Every module that reads the clock to stamp a change, a deletion, a history entry or a
# package, or to compare with it.
MODULES = (
    version_stamp,
    package_writer,
    later_changes,
    edit_history,
    assessment_repository,
    plan_repository,
    fact_sandwich_repository,
    workshop_repository,
)

START = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, monkeypatch) -> None:
        self.now = START
        clock = self

        class Moved(datetime):
            @classmethod
            def now(cls, tz=None):
                return clock.now if tz is not None else clock.now.replace(tzinfo=None)

        for module in MODULES:
            monkeypatch.setattr(module, "datetime", Moved)

    def later(self, **amount) -> None:
        self.now += timedelta(**amount)
