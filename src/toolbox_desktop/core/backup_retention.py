"""Which rolling backups to keep: a rule on dates only, so it can be checked without files.

A week of daily copies lets the user step back a few days after a mistake noticed late; a
copy per week for about a month covers the mistake noticed at the next committee meeting.
More would fill a laptop's disk with near-identical files.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Protocol, TypeVar

DAILY_DAYS = 7  # the newest backup of each of the last 7 days
WEEKLY_WEEKS = 5  # the newest backup of each of the last 5 ISO weeks
SAFETY_DAYS = 35  # copies taken before a restore stay as long as the weekly ones


class Dated(Protocol):
    @property
    def taken(self) -> datetime: ...

    @property
    def before_restore(self) -> bool: ...


B = TypeVar("B", bound=Dated)


def backups_to_delete(backups: Sequence[B], now: datetime) -> list[B]:
    """The backups the rule no longer needs; days and weeks are those of ``now``'s time zone.

    Never the newest (so never the only one), nor the newest of an earlier day than it: after
    a pause of months the state before the last session is still there. Never one dated
    after ``now`` either (the clock was changed: it waits until the clock catches up).
    """
    newest_first = sorted(backups, key=lambda backup: backup.taken, reverse=True)
    keep = _newest_and_the_day_before(newest_first, now)
    days: set[date] = set()
    weeks: set[date] = set()
    this_monday = _monday(now.date())
    for index, backup in enumerate(newest_first):
        taken = backup.taken.astimezone(now.tzinfo)
        if taken > now:
            keep.add(index)
            continue
        if backup.before_restore:
            if now - taken <= timedelta(days=SAFETY_DAYS):
                keep.add(index)
            continue
        day, monday = taken.date(), _monday(taken.date())
        if (now.date() - day).days < DAILY_DAYS and day not in days:
            days.add(day)
            keep.add(index)
        if (this_monday - monday).days // 7 < WEEKLY_WEEKS and monday not in weeks:
            weeks.add(monday)
            keep.add(index)
    return [backup for index, backup in enumerate(newest_first) if index not in keep]


def _newest_and_the_day_before(newest_first: Sequence[Dated], now: datetime) -> set[int]:
    if not newest_first:
        return set()
    last_day = newest_first[0].taken.astimezone(now.tzinfo).date()
    for index, backup in enumerate(newest_first):
        if backup.taken.astimezone(now.tzinfo).date() < last_day:
            return {0, index}
    return {0}


def taken_today(backups: Sequence[Dated], now: datetime) -> bool:
    """Whether a backup was already taken on ``now``'s calendar day (then none is due).

    A calendar day rather than 24 hours: someone who opens the app at nine every morning gets
    one copy per day, not one every other day.
    """
    return any(backup.taken.astimezone(now.tzinfo).date() == now.date() for backup in backups)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
