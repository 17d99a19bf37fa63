"""The town's own fact sandwiches: a fact, a short warning about the myth, why the myth is
wrong, and the fact again, under a topic (the leaders' guide's method against misinformation).

They are printed in the Fact Sandwich worksheet. Written like the plan: every change at once
in a ``BEGIN IMMEDIATE`` transaction; an edit made against what the screen showed (``base``)
writes only the fields this window changed and refuses a clash with another window's change
(``core.merging``); a delete only sets ``deleted_at``, so that Undo brings the row back whole.
Every overwritten text, and the user's own when they took another window's, stays in
``edit_history`` (as an annual text's does).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from toolbox_desktop.core import limits
from toolbox_desktop.core.merging import field_names, merge_or_refuse
from toolbox_desktop.storage.edit_history import FACT_SANDWICH, record_changes, set_aside
from toolbox_desktop.storage.transactions import immediate_transaction
from toolbox_desktop.storage.version_stamp import version_stamp


@dataclass(frozen=True)
class FactSandwich:
    id: int | None = None
    topic: str = ""
    fact: str = ""
    myth: str = ""  # the short warning about the myth
    why_wrong: str = ""
    fact_again: str = ""


FIELDS = field_names(FactSandwich)  # every field but the id
_COLUMNS = "id, " + ", ".join(FIELDS)


class FactSandwichNotFoundError(LookupError):
    """The fact sandwich does not exist, or was deleted (in another window, perhaps)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FactSandwichRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def sandwiches(self) -> list[FactSandwich]:
        """Every fact sandwich not deleted, oldest first (the order they are printed in)."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM fact_sandwiches WHERE deleted_at IS NULL ORDER BY id"
        ).fetchall()
        return [FactSandwich(*row) for row in rows]

    def sandwich(self, sandwich_id: int) -> FactSandwich:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM fact_sandwiches WHERE id = ? AND deleted_at IS NULL",
            [sandwich_id],
        ).fetchone()
        if row is None:
            raise FactSandwichNotFoundError(sandwich_id)
        return FactSandwich(*row)

    def save(
        self, sandwich: FactSandwich, base: FactSandwich | None = None, uid: str | None = None
    ) -> FactSandwich:
        """Insert (``id`` None) or store an edited fact sandwich; returns it as stored now.

        A new row gets a random ``uid`` (migration 0011's trigger), or ``uid`` when given: a
        package import keeps the uid the fact sandwich has on the laptop it came from.

        With ``base`` (the sandwich as the screen read it) only the fields that differ from
        ``base`` are written, over what is stored now; when another window changed one of the
        same fields meanwhile, ``ChangedElsewhereError`` is raised and nothing is written.
        ``LimitError`` for a text over its limit (``core.limits.FACT_SANDWICH``)."""
        with immediate_transaction(self.conn):
            if sandwich.id is None:
                limits.check_texts(sandwich, limits.FACT_SANDWICH)
                stamp = _now()
                values = [getattr(sandwich, name) for name in FIELDS]
                new_id = self.conn.execute(
                    f"INSERT INTO fact_sandwiches ({', '.join(FIELDS)}, uid, created_at, "
                    f"updated_at) VALUES ({', '.join('?' * len(FIELDS))}, ?, ?, ?)",
                    [*values, uid, stamp, version_stamp()],
                ).lastrowid
                return replace(sandwich, id=new_id)
            stored = self.sandwich(sandwich.id)
            target = sandwich
            if base is not None:
                target = merge_or_refuse(base, sandwich, stored, FIELDS).merged
            changed = [name for name in FIELDS if getattr(stored, name) != getattr(target, name)]
            if not changed:
                return stored
            limits.check_texts(target, limits.FACT_SANDWICH)
            assignments = ", ".join(f"{name} = ?" for name in changed)
            self.conn.execute(
                f"UPDATE fact_sandwiches SET {assignments}, updated_at = ? WHERE id = ?",
                [*(getattr(target, name) for name in changed), version_stamp(), sandwich.id],
            )
            record_changes(self.conn, FACT_SANDWICH, sandwich.id, stored, target, tuple(changed))
        return target

    def delete(self, sandwich_id: int) -> None:
        """Hide the fact sandwich (``restore`` brings it back)."""
        with immediate_transaction(self.conn):
            self.sandwich(sandwich_id)  # raises when missing or deleted already
            self.conn.execute(
                "UPDATE fact_sandwiches SET deleted_at = ? WHERE id = ?", [_now(), sandwich_id]
            )

    def restore(self, sandwich_id: int) -> None:
        with immediate_transaction(self.conn):
            found = self.conn.execute(
                "UPDATE fact_sandwiches SET deleted_at = NULL WHERE id = ?", [sandwich_id]
            ).rowcount
            if not found:
                raise FactSandwichNotFoundError(sandwich_id)

    def set_aside(self, theirs: FactSandwich, mine: FactSandwich, fields: tuple[str, ...]) -> None:
        """Keep the user's own texts in the edit history when they took another window's."""
        set_aside(self.conn, FACT_SANDWICH, theirs.id, theirs, mine, fields)
