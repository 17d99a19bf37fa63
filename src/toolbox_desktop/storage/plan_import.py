"""Actions imported from a spreadsheet: the uids an import matches on, the indicators it
matches against, and the one write.

``apply_import`` writes everything the user confirmed (actions, and their indicators with
their measurements) in one ``BEGIN IMMEDIATE`` transaction: all of it or, if anything is
refused (another window changed the same field of an action or indicator meanwhile, a value
the plan's rules refuse), none of it. Each write goes through
``PlanRepository``, so the rules, the edit history and the merge with another window's
changes are the same as for typing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.transactions import immediate_transaction


def action_uids(conn: sqlite3.Connection) -> dict[int, str]:
    """id -> uid of every action not deleted (a spreadsheet's stable ID column)."""
    return dict(conn.execute("SELECT id, uid FROM actions WHERE deleted_at IS NULL"))


def deleted_action_uids(conn: sqlite3.Connection) -> frozenset[str]:
    """The uids of deleted actions: taken (Undo may bring the action back)."""
    return frozenset(
        row[0] for row in conn.execute("SELECT uid FROM actions WHERE deleted_at IS NOT NULL")
    )


def stored_by_uid(repository: PlanRepository) -> dict[str, Action]:
    """uid -> action, every action not deleted."""
    uids = action_uids(repository.conn)
    return {uids[a.id]: a for a in repository.actions() if a.id in uids}


def action_indicators(repository: PlanRepository) -> dict[int, list[Indicator]]:
    """action id -> its indicators (not deleted); a benchmark's indicators are not the
    plan sheet's and are left out."""
    found: dict[int, list[Indicator]] = {}
    for indicator in repository.indicators():
        if indicator.action_id is not None:
            found.setdefault(indicator.action_id, []).append(indicator)
    return found


IndicatorPair = tuple[Indicator | None, Indicator]  # (before, after); before None: added


def apply_import(
    repository: PlanRepository,
    new: list[tuple[Action, str]],
    changed: list[tuple[Action, Action]],
    new_indicators: Sequence[tuple[Indicator, ...]] = (),
    changed_indicators: Sequence[IndicatorPair] = (),
) -> tuple[list[Action], list[Action], list[IndicatorPair]]:
    """Add ``new`` (action, uid or "" for a new one) and store ``changed`` (before, after:
    only the fields that differ are written, refused with ``ChangedElsewhereError`` when
    another window changed one of them since ``before`` was read). ``new_indicators`` (one
    tuple per new action, in its order) are created for the added actions;
    ``changed_indicators`` of stored actions are added (before None) or stored like the
    actions. Returns what is stored: (added, changed, (before, after) of each indicator
    written). One transaction."""
    with immediate_transaction(repository.conn):
        added = [repository.save_action(action, uid=uid or None) for action, uid in new]
        stored = [repository.save_action(after, before) for before, after in changed]
        written: list[IndicatorPair] = []
        for action, indicators in zip(added, new_indicators, strict=False):
            for indicator in indicators:
                fresh = replace(indicator, id=None, action_id=action.id, benchmark="")
                written.append((None, repository.save_indicator(fresh)))
        for before, after in changed_indicators:
            written.append((before, repository.save_indicator(after, before)))
    return added, stored, written
