"""The rows of the timeline: a header row per group, then one row per action.

Rows all have the same height, so finding the rows in view is a division, whatever the number
of actions; building them is one sort, which keeps a refresh of thousands of actions fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.plan import PHASES, Action

DIMENSION, PHASE = "dimension", "phase"
GROUPINGS = (DIMENSION, PHASE)
ROW_HEIGHT = 28  # pixels; every row the same, so the rows in view are found by division
UNDATED = "\x00undated"  # a group key no dimension or phase code can take


@dataclass(frozen=True, slots=True)
class Row:
    """A group header (``action`` is None) or an action of the group ``group``."""

    group: str
    label: str
    action: Action | None = None
    count: int = 0
    first: date | None = None  # a header's earliest start and latest end
    last: date | None = None


def bar_dates(action: Action) -> tuple[date, date] | None:
    """The days a bar covers; an action with only one date is drawn as that single day."""
    start, end = action.start or action.end, action.end or action.start
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def _group_order(actions: list[Action], grouping: str, content: Content) -> list[str]:
    if grouping == PHASE:
        known = list(PHASES)
        found = {a.phase for a in actions}
    else:
        known = [d.code for d in content.dimensions]
        found = {a.dimension for a in actions}
    extra = sorted(found - set(known) - {""})
    return [key for key in known if key in found] + extra + ([""] if "" in found else [])


def build_rows(
    actions: list[Action],
    grouping: str,
    content: Content,
    group_title: Callable[[str], str],
    undated_title: str,
) -> list[Row]:
    """Group headers and action rows, dated actions by start date, undated ones last."""
    dated: dict[str, list[tuple[date, date, Action]]] = {}
    undated: list[Action] = []
    for action in actions:
        days = bar_dates(action)
        if days is None:
            undated.append(action)
            continue
        key = action.phase if grouping == PHASE else action.dimension
        dated.setdefault(key, []).append((days[0], days[1], action))
    rows: list[Row] = []
    for key in _group_order([t[2] for g in dated.values() for t in g], grouping, content):
        members = sorted(dated[key], key=lambda t: (t[0], t[1], t[2].title, t[2].id or 0))
        first = min(t[0] for t in members)
        last = max(t[1] for t in members)
        rows.append(Row(key, group_title(key), None, len(members), first, last))
        rows.extend(Row(key, t[2].title, t[2]) for t in members)
    if undated:
        undated.sort(key=lambda a: (a.title, a.id or 0))
        rows.append(Row(UNDATED, undated_title, None, len(undated)))
        rows.extend(Row(UNDATED, a.title, a) for a in undated)
    return rows


def date_range(actions: list[Action], today: date) -> tuple[date, date]:
    """The earliest and latest day the chart must show: bars, milestones and today."""
    first = last = today
    for action in actions:
        for day in (action.start, action.end):
            if day is not None:
                first = min(first, day)
                last = max(last, day)
        for milestone in action.milestones:
            if milestone.due is not None:
                first = min(first, milestone.due)
                last = max(last, milestone.due)
    return first, last
