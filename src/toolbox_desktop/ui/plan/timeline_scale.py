"""Dates to pixels and back for the timeline, per zoom level.

Kept free of painting so that bar geometry, snapping and the axis ticks can be reasoned about
(and tested) as plain arithmetic: a day is a fixed number of pixels at each zoom, a bar covers
its start day up to the end of its end day, and a drag moves by whole days.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS, QUARTERS, YEARS = "months", "quarters", "years"
ZOOMS = (MONTHS, QUARTERS, YEARS)
PX_PER_DAY = {MONTHS: 4.0, QUARTERS: 1.3, YEARS: 0.36}
UNIT_MONTHS = {MONTHS: 1, QUARTERS: 3, YEARS: 12}
# The unit labelled on the lower header row (years are always on the upper one).
TICK_MONTHS = {MONTHS: 1, QUARTERS: 3, YEARS: 3}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of shorter months (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def unit_start(day: date, months: int) -> date:
    """The first day of the ``months``-long unit (month, quarter, year) that holds ``day``."""
    month = (day.month - 1) // months * months + 1
    return date(day.year, month, 1)


@dataclass(frozen=True)
class TimeScale:
    """Maps days to x positions (0 at ``origin``) and back."""

    origin: date
    last: date
    px_per_day: float

    @classmethod
    def covering(cls, first: date, last: date, zoom: str, min_width: float = 0.0) -> TimeScale:
        """A scale from a year before ``first`` to a year after ``last`` (room to drag bars
        and to zoom around any day), widened by whole years to fill ``min_width``."""
        per_day = PX_PER_DAY[zoom]
        end_year = last.year + 1
        origin = date(first.year - 1, 1, 1)
        while (date(end_year, 12, 31) - origin).days * per_day < min_width:
            end_year += 1
        return cls(origin, date(end_year, 12, 31), per_day)

    @property
    def width(self) -> float:
        return ((self.last - self.origin).days + 1) * self.px_per_day

    def x(self, day: date) -> float:
        """Left edge of ``day``."""
        return (day - self.origin).days * self.px_per_day

    def span(self, start: date, end: date) -> tuple[float, float]:
        """Left and right edge of a bar from ``start`` to ``end``, both days included."""
        return self.x(start), self.x(end) + self.px_per_day

    def day_at(self, x: float) -> date:
        return self.origin + timedelta(days=math.floor(x / self.px_per_day))

    def days_for(self, dx: float) -> int:
        """Whole days nearest to a horizontal distance (what a drag snaps to)."""
        return round(dx / self.px_per_day)

    def ticks(self, months: int, left: float, right: float) -> Iterator[tuple[date, date]]:
        """``(first, next)`` day of every ``months``-long unit overlapping ``left..right``."""
        first = unit_start(max(self.day_at(left), self.origin), months)
        end = min(self.day_at(right), self.last)
        while first <= end:
            following = add_months(first, months)
            yield first, following
            first = following


def shift_by_units(
    start: date | None, end: date | None, zoom: str, units: int
) -> tuple[date | None, date | None]:
    """Move a start/end pair by whole zoom units (months, quarters, years), keeping its
    length in days; a missing date stays missing."""
    anchor = start or end
    if anchor is None:
        return start, end
    moved = add_months(anchor, units * UNIT_MONTHS[zoom])
    delta = moved - anchor
    return (start + delta if start else None), (end + delta if end else None)
