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
    annual_text_times,
    annual_texts,
    existing_assessment_uids,
    fact_sandwiches,
    live_assessment_ids,
    participant_owners,
    profile_field_times,
    profile_record,
)
from toolbox_desktop.storage.town_identity import stored_town_id, town_id

__all__ = [
    "ACTION_FIELDS",
    "Local",
    "actions",
    "addressees",
    "annual_text_times",
    "annual_texts",
    "assessments_by_id",
    "assessments_by_uid",
    "existing_assessment_uids",
    "fact_sandwiches",
    "indicators",
    "known_content",
    "live_assessment_ids",
    "participant_owners",
    "peers",
    "peers_by_uid",
    "profile_field_times",
    "profile_record",
    "profile_with_town",
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


def peers(conn: sqlite3.Connection, known: Known) -> list[dict]:
    """Every other municipality's assessment kept here, as package records."""
    return [local.record for local in peers_by_uid(conn, known, store.peer_uids(conn)).values()]


def addressees(conn: sqlite3.Connection, known: Known) -> dict[str, dict]:
    """The advocacy addressees of the dimensions this content knows (and ``other``)."""
    return store.addressees(conn, known.dimensions)


def profile_with_town(conn: sqlite3.Connection, make: bool = False) -> dict:
    """The profile with the town's id (format version 2); ``make``: make the id if there is
    none yet (an export), else read only (None when there is none: an import compares)."""
    return {**profile_record(conn), "town_id": town_id(conn) if make else stored_town_id(conn)}
