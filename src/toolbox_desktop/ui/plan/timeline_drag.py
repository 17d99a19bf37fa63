"""What a drag on a bar does to its dates: move it, or move one of its ends.

The chart keeps one ``Drag`` while the mouse button is down and draws its ``preview``; only on
release does it hand the result on (the chart never changes an action itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from toolbox_desktop.core.plan import Action

MOVE, RESIZE_START, RESIZE_END = "move", "start", "end"
HANDLE_PX = 6.0  # how close to an end the pointer must be to resize instead of move


def zone_at(x: float, left: float, right: float) -> str | None:
    """Which part of a bar spanning ``left..right`` the pointer at ``x`` grabs."""
    handle = min(HANDLE_PX, (right - left) / 3)
    if x < left - 2 or x > right + 2:
        return None
    if x >= right - handle:
        return RESIZE_END
    if x <= left + handle:
        return RESIZE_START
    return MOVE


@dataclass
class Drag:
    """A drag in progress: the bar's dates when it was grabbed and the days moved since."""

    action: Action
    mode: str
    press_x: float
    start: date
    end: date
    days: int = 0
    active: bool = False  # the pointer has travelled past the start-drag distance

    def preview(self) -> tuple[date, date]:
        shift = timedelta(days=self.days)
        if self.mode == MOVE:
            return self.start + shift, self.end + shift
        if self.mode == RESIZE_START:
            return min(self.start + shift, self.end), self.end
        return self.start, max(self.end + shift, self.start)

    def changed(self) -> bool:
        return self.active and self.preview() != (self.start, self.end)

    def result(self) -> tuple[date | None, date | None]:
        """The new start and end: a move keeps a missing date missing; resizing an end
        sets both, since the bar then has a real length."""
        start, end = self.preview()
        if self.mode != MOVE:
            return start, end
        shift = timedelta(days=self.days)
        return (
            self.action.start + shift if self.action.start else None,
            self.action.end + shift if self.action.end else None,
        )
