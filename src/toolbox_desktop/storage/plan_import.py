"""Actions imported from a spreadsheet: the uids an import matches on, and the one write.

``apply_import`` writes everything the user confirmed in one ``BEGIN IMMEDIATE``
transaction: all of it or, if anything is refused (another window changed the same field of
an action meanwhile, a value the plan's rules refuse), none of it. Each write goes through
``PlanRepository``, so the rules, the edit history and the merge with another window's
changes are the same as for typing.
"""

from __future__ import annotations

import sqlite3

from toolbox_desktop.core.plan import Action
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


def apply_import(
    repository: PlanRepository,
    new: list[tuple[Action, str]],
    changed: list[tuple[Action, Action]],
) -> tuple[list[Action], list[Action]]:
    """Add ``new`` (action, uid or "" for a new one) and store ``changed`` (before, after:
    only the fields that differ are written, refused with ``ChangedElsewhereError`` when
    another window changed one of them since ``before`` was read). Returns the actions as
    stored: (added, changed). One transaction."""
    with immediate_transaction(repository.conn):
        added = [repository.save_action(action, uid=uid or None) for action, uid in new]
        stored = [repository.save_action(after, before) for before, after in changed]
    return added, stored
