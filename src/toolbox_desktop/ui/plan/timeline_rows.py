"""The rows of the timeline: a header row per group, then one row per action.

Rows all have the same height, so finding the rows in view is a division, whatever the number
of actions; building them is one sort, which keeps a refresh of thousands of actions fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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


def _group_order(found: Iterable[str], grouping: str, content: Content) -> list[str]:
    """The groups present (``found``: their keys), in the content's or the phases' order."""
    found = set(found)
    known = list(PHASES) if grouping == PHASE else [d.code for d in content.dimensions]
    extra = sorted(found - set(known) - {""})
    return [key for key in known if key in found] + extra + ([""] if "" in found else [])


def build_rows(
    actions: list[Action],
    grouping: str,
    content: Content,
    group_title: Callable[[str], str],
    undated_title: str,
) -> list[Row]:
    """Group headers and action rows, dated actions by start date, undated ones last.

    The members are sorted as plain tuples (start, end, title, id, position), which Python
    compares without a key function: twice as fast as a key per action with 10,000 of them.
    """
    dated: dict[str, list[tuple]] = {}
    undated: list[Action] = []
    by_phase = grouping == PHASE
    for position, action in enumerate(actions):
        start, end = action.start or action.end, action.end or action.start
        if start is None:
            undated.append(action)
            continue
        if end < start:
            start, end = end, start
        key = action.phase if by_phase else action.dimension
        members = dated.get(key)
        if members is None:
            members = dated[key] = []
        members.append((start, end, action.title, action.id or 0, position))
    rows: list[Row] = []
    for key in _group_order(dated, grouping, content):
        members = dated[key]
        members.sort()
        first = members[0][0]
        last = max(member[1] for member in members)
        rows.append(Row(key, group_title(key), None, len(members), first, last))
        rows.extend(Row(key, member[2], actions[member[4]]) for member in members)
    if undated:
        undated.sort(key=lambda a: (a.title, a.id or 0))
        rows.append(Row(UNDATED, undated_title, None, len(undated)))
        rows.extend(Row(UNDATED, a.title, a) for a in undated)
    return rows


def date_range(actions: list[Action], today: date) -> tuple[date, date]:
    """The earliest and latest day the chart must show: bars, milestones and today."""
    days = [today]
    days.extend(a.start for a in actions if a.start is not None)
    days.extend(a.end for a in actions if a.end is not None)
    days.extend(m.due for a in actions for m in a.milestones if m.due is not None)
    return min(days), max(days)
