"""The Gantt chart's plain arithmetic: its time axis, its rows, and labels cut to fit.

Kept apart from the drawing so that the choice of axis unit, the rows drawn and the cutting of
labels can be reasoned about (and tested) without a canvas.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth

from toolbox_desktop.core.plan import Action, add_months
from toolbox_desktop.reports.fonts import FAMILY
from toolbox_desktop.reports.text import clean, visual

FONT_SIZE = 7.5  # of the labels


@dataclass(frozen=True)
class Axis:
    """The time span of the chart, from ``first`` up to (not including) ``end``, in units of
    ``months`` months (1, 3 or 12)."""

    first: date
    end: date
    months: int

    @classmethod
    def covering(cls, days: list[date]) -> Axis:
        low, high = min(days), max(days)
        span = (high.year - low.year) * 12 + high.month - low.month + 1
        unit = 1 if span <= 18 else 3 if span <= 72 else 12
        first = date(low.year, (low.month - 1) // unit * unit + 1, 1)
        end = add_months(date(high.year, (high.month - 1) // unit * unit + 1, 1), unit)
        if unit == 1:  # a few months at least, or one bar fills the width
            end = max(end, add_months(first, 3))
        return cls(first, end, unit)

    def fraction(self, day: date) -> float:
        return (day - self.first).days / (self.end - self.first).days

    def units(self) -> Iterator[date]:
        day = self.first
        while day < self.end:
            yield day
            day = add_months(day, self.months)


@dataclass(frozen=True)
class Row:
    """A line of the chart: an action, or (``action`` None) the heading of a group."""

    label: str
    action: Action | None = None
    group: str = ""


def elide(text: str, width: float, font: str = FAMILY, size: float = FONT_SIZE) -> str:
    """``text`` on one line as drawn (shaped when right-to-left), cut with "…" to ``width``."""
    text = " ".join(clean(text).split())[:400]
    if stringWidth(visual(text), font, size) <= width:
        return visual(text)
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(visual(text[:middle].rstrip() + "…"), font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return visual(text[:low].rstrip() + "…") if low else ""


def chart_rows(groups: list[tuple[str, list[Action]]]) -> list[Row]:
    """Group headings and the actions that have a date to draw, in print order."""
    rows: list[Row] = []
    for name, actions in groups:
        dated = [a for a in actions if a.start or a.end]
        if dated:
            rows.append(Row(name, None, name))
            rows += [Row(a.title, a, name) for a in dated]
    return rows


def chart_days(rows: list[Row]) -> list[date]:
    days: list[date] = []
    for row in rows:
        if row.action is not None:
            action = row.action
            days += [d for d in (action.start, action.end) if d]
            days += [m.due for m in action.milestones if m.due]
    return days
