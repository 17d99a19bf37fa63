"""Milestones keep their ``uid`` when an action's milestones are written again.

An action's milestones are stored as a whole list (deleted and inserted again on every change),
so their uid must be carried over by hand: a calendar knows a milestone's event by it, and
removing or reordering the others must not hand it to another milestone. A milestone that
comes with a uid keeps it; one without (a new one, one from a package, which carries no uid,
or one a screen gave back without it) takes the uid of a stored milestone of the same action
that it matches and that nobody else claimed: same title, date and state first, then the same
title, then the same date; otherwise it gets a new uid. Plain SQL, so that an import can call
it inside its own transaction.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from toolbox_desktop.core.plan import Milestone


def new_uid() -> str:
    """32 hex digits, as the database's own ``lower(hex(randomblob(16)))``."""
    return uuid.uuid4().hex


def stored_milestones(conn: sqlite3.Connection, action_id: int) -> list[Milestone]:
    return [
        Milestone(title, date.fromisoformat(due) if due else None, bool(done), uid or "")
        for title, due, done, uid in conn.execute(
            "SELECT title, due, done, uid FROM milestones WHERE action_id = ? ORDER BY position",
            [action_id],
        )
    ]


def with_uids(
    stored: Sequence[Milestone], milestones: Sequence[Milestone]
) -> tuple[Milestone, ...]:
    """``milestones``, each with a uid, none twice (see the module doc)."""
    result: list[Milestone | None] = [None] * len(milestones)
    taken: set[str] = set()
    for index, milestone in enumerate(milestones):  # uids given win over any matching
        if milestone.uid and milestone.uid not in taken:
            taken.add(milestone.uid)
            result[index] = milestone
    free = [m for m in stored if m.uid and m.uid not in taken]
    for same in (
        lambda a, b: (a.title, a.due, a.done) == (b.title, b.due, b.done),
        lambda a, b: a.title == b.title,
        lambda a, b: a.due is not None and a.due == b.due,
    ):
        for index, milestone in enumerate(milestones):
            if result[index] is not None:
                continue
            match = next((m for m in free if same(m, milestone)), None)
            if match is not None:
                free.remove(match)
                taken.add(match.uid)
                result[index] = replace(milestone, uid=match.uid)
    return tuple(
        done if done is not None else replace(milestone, uid=new_uid())
        for done, milestone in zip(result, milestones, strict=True)
    )


def replace_milestones(
    conn: sqlite3.Connection, action_id: int, milestones: Sequence[Milestone]
) -> tuple[Milestone, ...]:
    """Store ``milestones`` as the action's list, keeping uids; returns them with their uids.
    Call inside a write transaction."""
    kept = with_uids(stored_milestones(conn, action_id), milestones)
    conn.execute("DELETE FROM milestones WHERE action_id = ?", [action_id])
    conn.executemany(
        "INSERT INTO milestones (action_id, position, title, due, done, uid) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (action_id, position, m.title, m.due.isoformat() if m.due else None, int(m.done), m.uid)
            for position, m in enumerate(kept)
        ],
    )
    return kept
