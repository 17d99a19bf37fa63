"""What an edit overwrote, kept in the file: every earlier value of an action, an indicator,
an annual text, the profile or a fact sandwich (and an advocacy addressee a package import
overwrote), and the user's own version when they chose another window's.

Two windows on one file may change the same field; whichever the user keeps, the other value
stays here (as ``rating_history`` does for ratings), so that nothing typed is ever lost.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from toolbox_desktop.storage.version_stamp import version_stamp

ACTION, INDICATOR, ANNUAL, PROFILE = "action", "indicator", "annual", "profile"
ASSESSMENT = "assessment"  # an assessment's title, date, participants and status
FACT_SANDWICH = "fact-sandwich"
ADDRESSEE = "advocacy-addressee"  # keyed by dimension code; written by package imports
SET_ASIDE = "set-aside"
OTHER_WRITER = uuid.uuid4().hex  # for a plain connection (tests, tools): its own id
COALESCE_SECONDS = 600
_OTHER_WRITER: ContextVar[str] = ContextVar("edit_history_writer", default="")


@dataclass(frozen=True)
class EditRecord:
    field: str
    old: Any
    new: Any
    reason: str
    changed_at: str


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO text, dataclasses (milestones, measurements) as objects."""
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list, frozenset, set)):
        items = [_plain(item) for item in value]
        return sorted(items) if isinstance(value, (frozenset, set)) else items
    return value


def _json(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)


def record_changes(
    conn: sqlite3.Connection,
    record: str,
    record_id: object,
    before: Any,
    after: Any,
    fields: tuple[str, ...],
    reason: str = "",
) -> None:
    """Keep ``before``'s value of each of ``fields`` that ``after`` changes (call inside the
    write transaction that stores ``after``).

    Text is stored every second or two while the user types; keeping every step would grow
    the file by the square of the text's length. So a change that continues this program's
    own last change of the same field (same connection: ``WriterConnection``), within
    ``COALESCE_SECONDS``, extends that entry (its earlier value stays); a value another window
    wrote in between always keeps its own entry.
    """
    now = datetime.now(UTC)
    # When the new value dates from: now, or for an import the time its package was made
    # (``version_stamp``), which a later import compares its own package's time with.
    stamp = version_stamp()
    writer = _OTHER_WRITER.get() or getattr(conn, "writer", OTHER_WRITER)
    for name in fields:
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        old_json, new_json = _json(old), _json(new)
        latest = conn.execute(
            "SELECT id, new_value, reason, writer, changed_at FROM edit_history "
            "WHERE record = ? AND record_id = ? AND field = ? ORDER BY id DESC LIMIT 1",
            [record, str(record_id), name],
        ).fetchone()
        if (
            reason == ""
            and latest is not None
            and latest[1:4] == (old_json, "", writer)
            and (now - datetime.fromisoformat(latest[4])).total_seconds() < COALESCE_SECONDS
        ):
            conn.execute(
                "UPDATE edit_history SET new_value = ?, changed_at = ? WHERE id = ?",
                [new_json, stamp, latest[0]],
            )
            continue
        conn.execute(
            "INSERT INTO edit_history (record, record_id, field, old_value, new_value, reason, "
            "writer, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [record, str(record_id), name, old_json, new_json, reason, writer, stamp],
        )


@contextlib.contextmanager
def as_another_writer() -> Iterator[None]:
    """Changes recorded inside come from another writer (a package from another laptop):
    each keeps its own entry, never folded into this window's typing, nor typing into it."""
    token = _OTHER_WRITER.set(uuid.uuid4().hex)
    try:
        yield
    finally:
        _OTHER_WRITER.reset(token)


def history(conn: sqlite3.Connection, record: str, record_id: object) -> list[EditRecord]:
    """Every kept value of one record, oldest first."""
    rows = conn.execute(
        "SELECT field, old_value, new_value, reason, changed_at FROM edit_history "
        "WHERE record = ? AND record_id = ? ORDER BY id",
        [record, str(record_id)],
    )
    return [
        EditRecord(field, json.loads(old), json.loads(new), reason, at)
        for field, old, new, reason, at in rows
    ]


def set_aside(
    conn: sqlite3.Connection,
    record: str,
    record_id: object,
    theirs: Any,
    mine: Any,
    fields: tuple[str, ...],
) -> None:
    """Keep the user's own values of ``fields`` when they chose another window's instead."""
    from toolbox_desktop.storage.transactions import immediate_transaction

    with immediate_transaction(conn):
        record_changes(conn, record, record_id, theirs, mine, fields, SET_ASIDE)
