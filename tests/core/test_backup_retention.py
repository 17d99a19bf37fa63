"""The retention rule on dates alone: a week of days, five weeks of weeks, never the last."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from toolbox_desktop.core.backup_retention import backups_to_delete, taken_today


@dataclass(frozen=True)
class Stamp:
    taken: datetime
    before_restore: bool = False


def at(day: str, hour: int = 9) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def kept(backups, now):
    gone = backups_to_delete(backups, now)
    return sorted(b.taken.date().isoformat() for b in backups if b not in gone)


def test_a_week_of_days_then_one_per_week_for_five_weeks():
    now = at("2026-03-15", 10)  # a Sunday
    daily = [Stamp(at("2026-03-15") - timedelta(days=n)) for n in range(60)]
    assert kept(daily, now) == [
        "2026-02-15",  # the Sunday closing each of the four weeks before this one
        "2026-02-22",
        "2026-03-01",
        "2026-03-08",
        "2026-03-09",  # every day of the last seven
        "2026-03-10",
        "2026-03-11",
        "2026-03-12",
        "2026-03-13",
        "2026-03-14",
        "2026-03-15",
    ]


def test_the_newest_of_a_day_is_the_one_kept():
    now = at("2026-03-15", 18)
    morning, evening = Stamp(at("2026-03-15", 8)), Stamp(at("2026-03-15", 17))
    older = Stamp(at("2026-03-10"))
    assert backups_to_delete([morning, evening, older], now) == [morning]


def test_after_a_long_pause_the_last_two_stay():
    now = at("2026-09-01")
    old = [Stamp(at("2026-01-05")), Stamp(at("2026-01-06")), Stamp(at("2026-01-07"))]
    assert backups_to_delete(old, now) == [old[0]]
    assert backups_to_delete(old[:1], now) == []


def test_copies_before_a_restore_stay_five_weeks_and_future_dates_stay():
    now = at("2026-03-15")
    recent = Stamp(at("2026-02-20"), before_restore=True)
    expired = Stamp(at("2026-01-20"), before_restore=True)
    future = Stamp(at("2027-01-01"))
    newest = [Stamp(at("2026-03-15", 8)), Stamp(at("2026-03-14"))]
    assert backups_to_delete([recent, expired, future, *newest], now) == [expired]


def test_a_backup_is_due_once_per_calendar_day():
    late_evening = Stamp(at("2026-03-14", 23))
    assert taken_today([late_evening], at("2026-03-14", 23).replace(minute=30))
    assert not taken_today([late_evening], at("2026-03-15", 0).replace(minute=30))
    assert not taken_today([Stamp(at("2027-01-01"))], at("2026-03-15"))
