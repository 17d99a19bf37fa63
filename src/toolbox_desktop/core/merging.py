"""Three-way merge of one record: what this window changed, laid over what is stored now.

Two windows (or two laptops on a shared folder) may edit the same action, indicator, annual
text or profile. A window knows the record as it read it (``base``) and as the user left it
(``mine``); the file holds ``stored``. Only the fields the user changed are written, over the
stored record, so that another window's change of a different field survives. Where both
changed the same field to different values, nobody may silently win: that is a clash, and the
user decides (keep mine / take theirs).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Record = TypeVar("Record")


@dataclass(frozen=True)
class Merge(Generic[Record]):
    """The outcome: ``merged`` is ``stored`` with ``changed`` taken from ``mine``;
    ``clashes`` are changed fields that ``stored`` also changed, to another value."""

    merged: Record
    changed: tuple[str, ...]
    clashes: tuple[str, ...]


def field_names(record: Any, skip: tuple[str, ...] = ("id",)) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record) if f.name not in skip)


def changed_fields(base: Record, mine: Record, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name in names if getattr(mine, name) != getattr(base, name))


def merge(base: Record, mine: Record, stored: Record, names: tuple[str, ...]) -> Merge[Record]:
    """Lay ``mine``'s changes against ``base`` over ``stored`` (see the module doc)."""
    changed = changed_fields(base, mine, names)
    clashes = tuple(
        name
        for name in changed
        if getattr(stored, name) != getattr(base, name)
        and getattr(stored, name) != getattr(mine, name)
    )
    merged = dataclasses.replace(stored, **{name: getattr(mine, name) for name in changed})
    return Merge(merged, changed, clashes)


class ChangedElsewhereError(Exception):
    """Another window changed the same fields since this one read the record: nothing was
    written. ``stored`` is the record as it is now, ``fields`` the clashing fields."""

    def __init__(self, stored: Any, fields: tuple[str, ...]) -> None:
        super().__init__(f"changed elsewhere: {', '.join(fields)}")
        self.stored = stored
        self.fields = fields


def merge_or_refuse(
    base: Record, mine: Record, stored: Record, names: tuple[str, ...]
) -> Merge[Record]:
    """``merge``, refusing with ``ChangedElsewhereError`` (nothing to write) on a clash: what
    every repository does before it writes an edit made against ``base``."""
    outcome = merge(base, mine, stored, names)
    if outcome.clashes:
        raise ChangedElsewhereError(stored, outcome.clashes)
    return outcome
