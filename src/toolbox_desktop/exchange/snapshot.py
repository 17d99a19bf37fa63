"""The database's own data as package records: the shape ``package_schema`` checks.

Export writes these records; import reads the local ones the same way and compares them with
the package's, field by field, so that importing what was exported finds nothing to change.
The reads themselves live in ``storage.package_store`` (no SQL outside storage); this module
only passes them what this database's content knows (``Known``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from toolbox_desktop.exchange.package_schema import Known
from toolbox_desktop.storage import package_store as store
from toolbox_desktop.storage.package_store import (
    ACTION_FIELDS,
    Local,
    annual_texts,
    existing_assessment_uids,
    live_assessment_ids,
    participant_owners,
    profile_record,
)

__all__ = [
    "ACTION_FIELDS",
    "Local",
    "actions",
    "annual_texts",
    "assessments_by_id",
    "assessments_by_uid",
    "existing_assessment_uids",
    "indicators",
    "known_content",
    "live_assessment_ids",
    "participant_owners",
    "peers_by_uid",
    "profile_record",
]


def known_content(conn: sqlite3.Connection) -> Known:
    codes = store.content_codes(conn)
    return Known(codes.benchmarks, codes.dimensions, codes.pack)


def assessments_by_id(conn: sqlite3.Connection, known: Known, ids: Iterable[int]) -> list[Local]:
    return store.assessments_by_id(conn, known.benchmarks, ids)


def assessments_by_uid(
    conn: sqlite3.Connection, known: Known, uids: Iterable[str]
) -> dict[str, Local]:
    return store.assessments_by_uid(conn, known.benchmarks, uids)


def actions(conn: sqlite3.Connection, known: Known) -> dict[str, Local]:
    """Every action (deleted ones too, for matching), by uid, with benchmarks and milestones."""
    return store.actions(conn, known.benchmarks)


def indicators(conn: sqlite3.Connection, known: Known) -> dict[str, Local]:
    """Every indicator (deleted ones too), by uid; ``action`` is the action's uid."""
    return store.indicators(conn, known.benchmarks)


def peers_by_uid(conn: sqlite3.Connection, known: Known, uids: Iterable[str]) -> dict:
    return store.peers_by_uid(conn, known.benchmarks, uids)
