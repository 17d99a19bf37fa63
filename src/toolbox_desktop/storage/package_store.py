"""Read this database's own data in the shape of package records (``exchange.package_schema``).

Export writes these records; import reads the local ones the same way and compares them with
the package's, field by field, so that importing what was exported finds nothing to change.
A few queries per table, so that comparing a large package stays fast. Local ids,
timestamps and the history stay on this computer. Ratings and links of benchmarks that a
content update removed are left out: a package can only name benchmarks the content has
(``benchmarks``, the codes this database knows), and an import leaves such local rows alone.

Reads only: what an import writes goes through the repositories, so that their rules (the
rating history, a final assessment is read-only, the limits) hold for imports too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from toolbox_desktop.core.assessment import COMPETENCES


@dataclass(frozen=True)
class Local:
    """One row of this database as a package record, with what the record does not carry."""

    id: int
    deleted: bool
    record: dict
    # When it changed here (for what an import wrote: when its package was made, see
    # ``version_stamp``): an import keeps what was changed here after its package was made.
    # ``changed``: (``updated_at``, ``deleted_at``) of the row; ``field_times``: each field's
    # last change, from the edit history; ``rating_times``: each benchmark's rating's (a
    # rating removed too, from the rating history).
    changed: tuple[str | None, ...] = ()
    rating_times: dict[str, str] = field(default_factory=dict)
    field_times: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ContentCodes:
    """The content this database holds: what a package may refer to."""

    benchmarks: frozenset[str]
    dimensions: frozenset[str]
    pack: tuple[str, str] | None  # (id, version) of the pack with the most benchmarks


def content_codes(conn: sqlite3.Connection) -> ContentCodes:
    benchmarks = frozenset(row[0] for row in conn.execute("SELECT code FROM benchmarks"))
    dimensions = frozenset(row[0] for row in conn.execute("SELECT code FROM dimensions"))
    pack = conn.execute(
        "SELECT p.id, p.version FROM content_packs p JOIN benchmarks b ON b.pack_id = p.id "
        "GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"
    ).fetchone()
    return ContentCodes(benchmarks, dimensions, tuple(pack) if pack else None)


# -- profile -------------------------------------------------------------------------------
def profile_record(conn: sqlite3.Connection) -> dict:
    row = conn.execute(
        "SELECT name, country, region, population, kind, newcomers, staff_time, competences "
        "FROM municipality WHERE id = 1"
    ).fetchone()
    if row is None:
        row = ("", "", "", None, "", None, "", ",".join(COMPETENCES))
    *values, competences = row
    names = ("name", "country", "region", "population", "kind", "newcomers", "staff_time")
    chosen = set(competences.split(","))
    return {
        **dict(zip(names, values, strict=True)),
        "competences": [c for c in COMPETENCES if c in chosen],
    }


def field_times(conn: sqlite3.Connection, record: str) -> dict[str, dict[str, str]]:
    """When each field of each ``record`` (an ``edit_history`` kind) got the value it has:
    record id (as text) -> field -> the time of its last entry. Not the latest time of any
    entry: a value a package replaced later is stamped with that package's (older) time, and
    is as old as that. A value set aside (the user chose another window's) is no change of
    the field. A field never changed since the row was made (or imported) has none."""
    times: dict[str, dict[str, str]] = {}
    for record_id, name, moment in conn.execute(
        "SELECT record_id, field, changed_at FROM edit_history WHERE record = ? "
        "AND reason != 'set-aside' ORDER BY id",
        [record],
    ):
        times.setdefault(record_id, {})[name] = moment
    return times


def profile_field_times(conn: sqlite3.Connection) -> dict[str, str]:
    """When each field of the profile last changed here."""
    return field_times_of(conn, "profile", 1)


def field_times_of(conn: sqlite3.Connection, record: str, record_id: object) -> dict[str, str]:
    """``field_times`` of one record."""
    return dict(
        conn.execute(
            "SELECT field, changed_at FROM edit_history WHERE record = ? AND record_id = ? "
            "AND reason != 'set-aside' ORDER BY id",
            [record, str(record_id)],
        )
    )


# -- assessments ---------------------------------------------------------------------------
def assessment_stamp(conn: sqlite3.Connection, assessment_id: int) -> tuple[str, str] | None:
    """The assessment's uid and when it was made (or imported) here; None when missing."""
    row = conn.execute(
        "SELECT uid, created_at FROM assessments WHERE id = ?", [assessment_id]
    ).fetchone()
    return (row[0], row[1]) if row is not None else None


def assessments_by_id(
    conn: sqlite3.Connection, benchmarks: frozenset[str], ids: Iterable[int]
) -> list[Local]:
    return _assessments(conn, benchmarks, "id", list(ids))


def assessments_by_uid(
    conn: sqlite3.Connection, benchmarks: frozenset[str], uids: Iterable[str]
) -> dict[str, Local]:
    found = _assessments(conn, benchmarks, "uid", list(uids))
    return {local.record["uid"]: local for local in found}


def existing_assessment_uids(conn: sqlite3.Connection, uids: Iterable[str]) -> list[str]:
    """Those of ``uids`` that are assessments of this computer (deleted ones too)."""
    return [
        uid
        for uid in uids
        if conn.execute("SELECT 1 FROM assessments WHERE uid = ?", [uid]).fetchone()
    ]


def live_assessment_ids(conn: sqlite3.Connection) -> list[int]:
    """Assessments not deleted, oldest first (the order a package lists them)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM assessments WHERE deleted_at IS NULL ORDER BY assessed_on, id"
        )
    ]


def _assessments(conn, benchmarks: frozenset[str], column: str, keys: list) -> list[Local]:
    result = []
    for key in keys:
        row = conn.execute(
            "SELECT id, uid, title, assessed_on, participants, status, workshop, deleted_at, "
            f"updated_at FROM assessments WHERE {column} = ?",
            [key],
        ).fetchone()
        if row is None:
            continue
        row_id, uid, title, assessed_on, participants, status, workshop, deleted_at, updated = row
        record = {
            "uid": uid,
            "title": title,
            "assessed_on": assessed_on,
            "participants": participants,
            "status": status,
            "workshop": workshop,
            "ratings": ratings_of(conn, benchmarks, row_id),
            "workshop_participants": workshop_participants_of(conn, benchmarks, row_id),
        }
        result.append(
            Local(
                row_id,
                deleted_at is not None,
                record,
                (updated, deleted_at),
                _rating_times(conn, row_id),
                # An assessment whose details were last changed before the app kept their
                # history (migration 0013) has only its row's time, for all of them.
                field_times_of(conn, "assessment", row_id)
                or dict.fromkeys(("title", "assessed_on", "participants", "status"), updated),
            )
        )
    return result


def _rating_times(conn: sqlite3.Connection, assessment_id: int) -> dict[str, str]:
    """When each benchmark's rating got the value it has here: its row's time (its last
    write); for a rating removed, whose row is gone, its history's last entry."""
    times = dict(
        conn.execute(
            "SELECT benchmark, changed_at FROM rating_history WHERE assessment_id = ? ORDER BY id",
            [assessment_id],
        )
    )
    times.update(
        conn.execute(
            "SELECT benchmark, updated_at FROM ratings WHERE assessment_id = ?", [assessment_id]
        )
    )
    return times


def ratings_of(
    conn: sqlite3.Connection, benchmarks: frozenset[str], assessment_id: int
) -> list[dict]:
    rows = conn.execute(
        "SELECT benchmark, level, exclusion, target, priority, evidence, links, notes, rated_by "
        "FROM ratings WHERE assessment_id = ? ORDER BY benchmark",
        [assessment_id],
    )
    names = ("benchmark", "level", "exclusion", "target", "priority", "evidence")
    ratings = [
        {
            **dict(zip(names, row[:6], strict=True)),
            "links": list(json.loads(row[6])),
            "notes": row[7],
            "rated_by": row[8],
        }
        for row in rows
        if row[0] in benchmarks
    ]
    return sorted(ratings, key=_by_benchmark)


def _by_benchmark(item: dict) -> str:
    """Python's order, the one ``package_schema`` sorts by (SQL's may differ beyond ASCII)."""
    return item["benchmark"]


def workshop_participants_of(conn, benchmarks: frozenset[str], assessment_id: int) -> list[dict]:
    participants = []
    for row_id, uid, number, name, source in conn.execute(
        "SELECT id, uid, number, name, source FROM workshop_participants "
        "WHERE assessment_id = ? ORDER BY number",
        [assessment_id],
    ).fetchall():
        ratings = [
            {"benchmark": code, "level": level, "exclusion": exclusion, "note": note}
            for code, level, exclusion, note in conn.execute(
                "SELECT benchmark, level, exclusion, note FROM participant_ratings "
                "WHERE participant_id = ? ORDER BY benchmark",
                [row_id],
            )
            if code in benchmarks
        ]
        ratings.sort(key=_by_benchmark)
        participants.append(
            {"uid": uid, "number": number, "name": name, "source": source, "ratings": ratings}
        )
    return participants


def participant_owners(conn: sqlite3.Connection, uids: Iterable[str]) -> dict[str, str]:
    """Workshop participant uid -> the uid of the assessment that holds it, for ``uids``."""
    owners = {}
    for uid in uids:
        row = conn.execute(
            "SELECT a.uid FROM workshop_participants p JOIN assessments a ON a.id = "
            "p.assessment_id WHERE p.uid = ?",
            [uid],
        ).fetchone()
        if row is not None:
            owners[uid] = row[0]
    return owners


# -- plan ----------------------------------------------------------------------------------
ACTION_FIELDS = (
    "title",
    "description",
    "dimension",
    "responsible_role",
    "responsible_person",
    "partners",
    "partner_names",
    "start",
    "end",
    "phase",
    "status",
    "priority",
    "progress",
    "budget_cents",
    "spent_cents",
    "currency",
    "budget_line",
    "funding_source",
    "guide_item",
)


def actions(conn: sqlite3.Connection, benchmarks: frozenset[str]) -> dict[str, Local]:
    """Every action (deleted ones too, for matching), by uid, with benchmarks and milestones."""
    links: dict[int, list[str]] = {}
    for action_id, code in conn.execute(
        "SELECT action_id, benchmark FROM action_benchmarks ORDER BY action_id, position"
    ):
        if code in benchmarks:
            links.setdefault(action_id, []).append(code)
    milestones: dict[int, list[dict]] = {}
    for action_id, title, due, done in conn.execute(
        "SELECT action_id, title, due, done FROM milestones ORDER BY action_id, position"
    ):
        milestones.setdefault(action_id, []).append(
            {"title": title, "due": due, "done": bool(done)}
        )
    columns = ", ".join(f"[{name}]" for name in ACTION_FIELDS)
    times = field_times(conn, "action")
    result = {}
    for row_id, uid, deleted_at, updated, *values in conn.execute(
        f"SELECT id, uid, deleted_at, updated_at, {columns} FROM actions ORDER BY id"
    ):
        record = {"uid": uid, **dict(zip(ACTION_FIELDS, values, strict=True))}
        record["partners"] = list(json.loads(record["partners"]))
        record["benchmarks"] = links.get(row_id, [])
        record["milestones"] = milestones.get(row_id, [])
        result[uid] = Local(
            row_id,
            deleted_at is not None,
            _action_order(record),
            (updated, deleted_at),
            field_times=times.get(str(row_id), {}),
        )
    return result


def _action_order(record: dict) -> dict:
    order = ("uid", "title", "description", "dimension", "benchmarks", *ACTION_FIELDS[3:])
    return {key: record[key] for key in (*order, "milestones")}


def indicators(conn: sqlite3.Connection, benchmarks: frozenset[str]) -> dict[str, Local]:
    """Every indicator (deleted ones too), by uid; ``action`` is the action's uid. An
    indicator of a deleted action is hidden with it but not deleted itself."""
    measurements: dict[int, list[dict]] = {}
    for indicator_id, day, value, note in conn.execute(
        "SELECT indicator_id, measured_on, value, note FROM measurements "
        "ORDER BY indicator_id, measured_on, value, note"
    ):
        measurements.setdefault(indicator_id, []).append(
            {"measured_on": day, "value": value, "note": note}
        )
    for listed in measurements.values():  # in Python's order, as package_schema sorts them
        listed.sort(key=lambda m: (m["measured_on"], m["value"], m["note"]))
    times = field_times(conn, "indicator")
    result = {}
    for row_id, uid, deleted_at, action_uid, benchmark, *values in conn.execute(
        "SELECT i.id, i.uid, i.deleted_at, a.uid, i.benchmark, i.name, i.unit, "
        "i.baseline, i.target FROM indicators i LEFT JOIN actions a ON a.id = i.action_id "
        "ORDER BY i.id"
    ):
        name, unit, baseline, target = values
        record = {
            "uid": uid,
            "action": action_uid,
            "benchmark": benchmark if benchmark in benchmarks else "",
            "name": name,
            "unit": unit,
            "baseline": baseline,
            "target": target,
            "measurements": measurements.get(row_id, []),
        }
        result[uid] = Local(
            row_id,
            deleted_at is not None,
            record,
            (None, deleted_at),
            field_times=times.get(str(row_id), {}),
        )
    return result


# -- annual texts and peers ----------------------------------------------------------------
def annual_texts(conn: sqlite3.Connection) -> dict[int, dict]:
    return {
        row[0]: dict(zip(("year", "summary", "stories", "next_focus"), row, strict=True))
        for row in conn.execute(
            "SELECT year, summary, stories, next_focus FROM annual_report_texts ORDER BY year"
        )
    }


def annual_text_times(conn: sqlite3.Connection) -> dict[int, dict[str, str]]:
    """When each text of each year last changed here (``field_times``)."""
    return {int(year): texts for year, texts in field_times(conn, "annual").items()}


def peer_uids(conn: sqlite3.Connection) -> list[str]:
    """Every other municipality's assessment kept here, oldest first."""
    return [row[0] for row in conn.execute("SELECT uid FROM peer_assessments ORDER BY id")]


def peers_by_uid(
    conn: sqlite3.Connection, benchmarks: frozenset[str], uids: Iterable[str]
) -> dict[str, Local]:
    result = {}
    for uid in uids:
        row = conn.execute(
            "SELECT id, imported_at, municipality, country, kind, population, title, "
            "assessed_on FROM peer_assessments WHERE uid = ?",
            [uid],
        ).fetchone()
        if row is None:
            continue
        row_id, imported_at, *values = row
        names = ("municipality", "country", "kind", "population", "title", "assessed_on")
        ratings = [
            {"benchmark": code, "level": level, "exclusion": exclusion, "target": target}
            for code, level, exclusion, target in conn.execute(
                "SELECT benchmark, level, exclusion, target FROM peer_ratings "
                "WHERE peer_assessment_id = ? ORDER BY benchmark",
                [row_id],
            )
            if code in benchmarks
        ]
        ratings.sort(key=_by_benchmark)
        record = {"uid": uid, **dict(zip(names, values, strict=True)), "ratings": ratings}
        # When it arrived here (for an import: when its package was made, ``version_stamp``).
        result[uid] = Local(row_id, False, record, (imported_at, None))
    return result


# -- the town's own texts (format version 2) -----------------------------------------------
FACT_SANDWICH_FIELDS = ("topic", "fact", "myth", "why_wrong", "fact_again")
ADDRESSEE_FIELDS = ("level", "name", "address", "sender_name", "sender_role")


def fact_sandwiches(conn: sqlite3.Connection) -> dict[str, Local]:
    """Every fact sandwich (deleted ones too, for matching), by uid, oldest first."""
    rows = conn.execute(
        "SELECT id, deleted_at, updated_at, uid, "
        f"{', '.join(FACT_SANDWICH_FIELDS)} FROM fact_sandwiches ORDER BY id"
    )
    times = field_times(conn, "fact-sandwich")
    return {
        row[3]: Local(
            row[0],
            row[1] is not None,
            dict(zip(("uid", *FACT_SANDWICH_FIELDS), row[3:], strict=True)),
            (row[2], row[1]),
            field_times=times.get(str(row[0]), {}),
        )
        for row in rows
    }


def addressees(conn: sqlite3.Connection, dimensions: frozenset[str]) -> dict[str, dict]:
    """The advocacy letters' addressees, by dimension code (``other`` too); those of a
    dimension a content update removed are left out (a package names known codes only)."""
    rows = conn.execute(
        f"SELECT dimension, {', '.join(ADDRESSEE_FIELDS)} FROM advocacy_addressees "
        "ORDER BY dimension"
    )
    return {
        row[0]: dict(zip(("dimension", *ADDRESSEE_FIELDS), row, strict=True))
        for row in rows
        if row[0] in dimensions or row[0] == "other"
    }
