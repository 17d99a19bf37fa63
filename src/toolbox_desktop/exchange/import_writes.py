"""Write an import's changes, inside the transaction ``apply_import`` holds.

Plain SQL on the caller's connection (no sqlite-utils: its ``atomic()`` would nest its own
transaction handling). Every value was checked by ``package_schema`` and every conflict by
``package_import``, so these statements cannot break a constraint; if one fails anyway the
whole import is rolled back. A rating an import overwrites goes to ``rating_history``, as
every other change of a rating does; an import never deletes a rating (of the assessment or
of a workshop participant): ``package_import`` merges the package's ratings into the local
ones, and what is written here is that merge.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime

from toolbox_desktop.core.assessment import DEFAULT_PRIORITY, RATING_FIELDS
from toolbox_desktop.core.plan import Milestone
from toolbox_desktop.exchange import snapshot
from toolbox_desktop.exchange.changes import (
    ACTION,
    ADD,
    ANNUAL_TEXTS,
    ASSESSMENT,
    INDICATOR,
    PARTICIPANT,
    PEER_ASSESSMENT,
    PROFILE,
    UPDATE,
    Step,
)
from toolbox_desktop.exchange.package_schema import Known
from toolbox_desktop.storage.milestone_uids import replace_milestones


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_steps(conn: sqlite3.Connection, steps: list[Step], known: Known) -> None:
    """Write every added or updated item; actions before the indicators that refer to them."""
    stamp = now()
    # Indicators name their action by uid: local ids of the actions already here, and of
    # the added ones as they are written (actions come before indicators in ``steps``).
    action_ids = {
        step.record["uid"]: step.local.id
        for step in steps
        if step.change.item == ACTION and step.local is not None
    }
    for step in steps:
        change = step.change
        if change.action not in (ADD, UPDATE):
            continue
        if change.item == PROFILE:
            _profile(conn, step.record, stamp)
        elif change.item == ASSESSMENT and set(step.record) == {"workshop"}:  # participant
            conn.execute(
                "UPDATE assessments SET workshop = ?, updated_at = ? WHERE id = ?",
                [step.record["workshop"], stamp, step.local.id],
            )
        elif change.item == ASSESSMENT:
            _assessment(conn, step, known, stamp)
        elif change.item == ACTION:
            action_ids[step.record["uid"]] = _action(conn, step, known, stamp)
        elif change.item == INDICATOR:
            _indicator(conn, step, action_ids, known)
        elif change.item == ANNUAL_TEXTS:
            _annual_texts(conn, step.record, stamp)
        elif change.item == PEER_ASSESSMENT:
            _peer(conn, step, stamp)
        elif change.item == PARTICIPANT:
            _participant(conn, step.local.id, step.record, stamp)


def _profile(conn: sqlite3.Connection, record: dict, stamp: str) -> None:
    conn.execute(
        "INSERT INTO municipality (id, name, country, region, population, kind, newcomers, "
        "staff_time, competences, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country, "
        "region = excluded.region, population = excluded.population, kind = excluded.kind, "
        "newcomers = excluded.newcomers, staff_time = excluded.staff_time, "
        "competences = excluded.competences, updated_at = excluded.updated_at",
        [
            record["name"],
            record["country"],
            record["region"],
            record["population"],
            record["kind"],
            record["newcomers"],
            record["staff_time"],
            ",".join(record["competences"]),
            stamp,
        ],
    )


# -- assessments ---------------------------------------------------------------------------
_ASSESSMENT_FIELDS = ("title", "assessed_on", "participants", "status", "workshop")


def _assessment(conn: sqlite3.Connection, step: Step, known: Known, stamp: str) -> None:
    record = step.record
    values = [record[name] for name in _ASSESSMENT_FIELDS]
    if step.local is None:
        assessment_id = conn.execute(
            "INSERT INTO assessments (uid, title, assessed_on, participants, status, workshop, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [record["uid"], *values, stamp, stamp],
        ).lastrowid
        for rating in record["ratings"]:
            _put_rating(conn, assessment_id, rating, stamp)
        stored_participants: list[dict] = []
    else:
        assessment_id = step.local.id
        conn.execute(
            "UPDATE assessments SET title = ?, assessed_on = ?, participants = ?, status = ?, "
            "workshop = ?, updated_at = ?, deleted_at = NULL WHERE id = ?",
            [*values, stamp, assessment_id],
        )
        stored = step.local.record["ratings"]
        _update_ratings(conn, assessment_id, record["ratings"], stored, stamp)
        stored_participants = step.local.record["workshop_participants"]
    _participants(conn, assessment_id, record["workshop_participants"], stored_participants, stamp)


def _put_rating(conn: sqlite3.Connection, assessment_id: int, rating: dict, stamp: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO ratings (assessment_id, benchmark, level, exclusion, target, "
        "priority, evidence, links, notes, rated_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            assessment_id,
            rating["benchmark"],
            rating["level"],
            rating["exclusion"],
            rating["target"],
            rating["priority"],
            rating["evidence"],
            json.dumps(rating["links"], ensure_ascii=False),
            rating["notes"],
            rating["rated_by"],
            stamp,
        ],
    )


_EMPTY_RATING = {
    "level": None,
    "exclusion": "",
    "target": None,
    "priority": DEFAULT_PRIORITY,
    "evidence": "",
    "links": [],
    "notes": "",
    "rated_by": "",
}


def _update_ratings(conn, assessment_id: int, incoming: list, stored: list, stamp: str) -> None:
    """Add or change the ratings of ``incoming`` that differ from ``stored``, keeping every
    old value in the history. A stored rating that ``incoming`` does not hold is left as it
    is: an import adds and updates ratings, it never deletes one."""
    before = {rating["benchmark"]: rating for rating in stored}
    for new in incoming:
        code = new["benchmark"]
        old = before.get(code)
        if old == new:
            continue
        _put_rating(conn, assessment_id, new, stamp)
        old_values = old or {"benchmark": code, **_EMPTY_RATING}
        new_values = new
        conn.executemany(
            "INSERT INTO rating_history (assessment_id, benchmark, field, old_value, new_value, "
            "changed_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    assessment_id,
                    code,
                    name,
                    json.dumps(old_values[name], ensure_ascii=False),
                    json.dumps(new_values[name], ensure_ascii=False),
                    stamp,
                )
                for name in RATING_FIELDS
                if old_values[name] != new_values[name]
            ],
        )


def _participants(conn, assessment_id: int, merged: list[dict], stored: list[dict], stamp):
    """Add or update the workshop participants of ``merged`` that differ from ``stored``."""
    before = {participant["uid"]: participant for participant in stored}
    for participant in merged:
        old = before.get(participant["uid"])
        if old == participant:
            continue
        if old is None:
            _participant(conn, assessment_id, participant, stamp)
            continue
        participant_id = conn.execute(
            "SELECT id FROM workshop_participants WHERE uid = ?", [participant["uid"]]
        ).fetchone()[0]
        conn.execute(
            "UPDATE workshop_participants SET name = ?, source = ? WHERE id = ?",
            [participant["name"], participant["source"], participant_id],
        )
        _replace_participant_ratings(conn, participant_id, participant["ratings"], old["ratings"])


def _participant(conn, assessment_id: int, participant: dict, stamp: str) -> None:
    participant_id = conn.execute(
        "INSERT INTO workshop_participants (assessment_id, uid, number, name, source, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            assessment_id,
            participant["uid"],
            participant["number"],
            participant["name"],
            participant["source"],
            stamp,
        ],
    ).lastrowid
    _replace_participant_ratings(conn, participant_id, participant["ratings"], [])


def _replace_participant_ratings(conn, participant_id: int, incoming, stored) -> None:
    """Store ``incoming`` in place of ``stored``; for a participant already here, ``incoming``
    is the merge of ``package_import``, which holds every stored rating (none is lost)."""
    for rating in stored:  # only known benchmarks: others stay
        conn.execute(
            "DELETE FROM participant_ratings WHERE participant_id = ? AND benchmark = ?",
            [participant_id, rating["benchmark"]],
        )
    conn.executemany(
        "INSERT INTO participant_ratings (participant_id, benchmark, level, exclusion, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [(participant_id, r["benchmark"], r["level"], r["exclusion"], r["note"]) for r in incoming],
    )


# -- plan ----------------------------------------------------------------------------------
_ACTION_COLUMNS = snapshot.ACTION_FIELDS  # the same fields, read and written


def _action(conn: sqlite3.Connection, step: Step, known: Known, stamp: str) -> int:
    record = step.record
    values = [
        json.dumps(record[name]) if name == "partners" else record[name] for name in _ACTION_COLUMNS
    ]
    columns = ", ".join(f"[{name}]" for name in _ACTION_COLUMNS)
    if step.local is None:
        action_id = conn.execute(
            f"INSERT INTO actions (uid, {columns}, created_at, updated_at) "
            f"VALUES (?, {', '.join('?' * len(values))}, ?, ?)",
            [record["uid"], *values, stamp, stamp],
        ).lastrowid
        stale: list[str] = []
    else:
        action_id = step.local.id
        assignments = ", ".join(f"[{name}] = ?" for name in _ACTION_COLUMNS)
        conn.execute(
            f"UPDATE actions SET {assignments}, updated_at = ?, deleted_at = NULL WHERE id = ?",
            [*values, stamp, action_id],
        )
        stale = [  # links to benchmarks a content update removed: kept, after the others
            row[0]
            for row in conn.execute(
                "SELECT benchmark FROM action_benchmarks WHERE action_id = ? ORDER BY position",
                [action_id],
            )
            if row[0] not in known.benchmarks
        ]
    conn.execute("DELETE FROM action_benchmarks WHERE action_id = ?", [action_id])
    conn.executemany(
        "INSERT INTO action_benchmarks (action_id, benchmark, position) VALUES (?, ?, ?)",
        [(action_id, code, position) for position, code in enumerate(record["benchmarks"] + stale)],
    )
    # Packages carry no milestone uids: a milestone that matches one here keeps its uid.
    replace_milestones(
        conn,
        action_id,
        [
            Milestone(m["title"], date.fromisoformat(m["due"]) if m["due"] else None, m["done"])
            for m in record["milestones"]
        ],
    )
    return action_id


def _indicator(conn, step: Step, action_ids: dict[str, int], known: Known) -> None:
    record = step.record
    action_id = action_ids[record["action"]] if record["action"] is not None else None
    benchmark = record["benchmark"]
    values = [action_id, record["name"], record["unit"], record["baseline"], record["target"]]
    if step.local is None:
        indicator_id = conn.execute(
            "INSERT INTO indicators (uid, action_id, name, unit, baseline, target, benchmark) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [record["uid"], *values, benchmark],
        ).lastrowid
    else:
        indicator_id = step.local.id
        if not benchmark:  # keep a link to a benchmark a content update removed
            stored = conn.execute(
                "SELECT benchmark FROM indicators WHERE id = ?", [indicator_id]
            ).fetchone()[0]
            benchmark = "" if stored in known.benchmarks else stored
        conn.execute(
            "UPDATE indicators SET action_id = ?, name = ?, unit = ?, baseline = ?, target = ?, "
            "benchmark = ?, deleted_at = NULL WHERE id = ?",
            [*values, benchmark, indicator_id],
        )
        conn.execute("DELETE FROM measurements WHERE indicator_id = ?", [indicator_id])
    conn.executemany(
        "INSERT INTO measurements (indicator_id, measured_on, value, note) VALUES (?, ?, ?, ?)",
        [(indicator_id, m["measured_on"], m["value"], m["note"]) for m in record["measurements"]],
    )


def _annual_texts(conn: sqlite3.Connection, record: dict, stamp: str) -> None:
    conn.execute(
        "INSERT INTO annual_report_texts (year, summary, stories, next_focus, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET summary = excluded.summary, "
        "stories = excluded.stories, next_focus = excluded.next_focus, "
        "updated_at = excluded.updated_at",
        [record["year"], record["summary"], record["stories"], record["next_focus"], stamp],
    )


def _peer(conn: sqlite3.Connection, step: Step, stamp: str) -> None:
    record = step.record
    names = ("municipality", "country", "kind", "population", "title", "assessed_on")
    values = [record[name] for name in names]
    if step.local is None:
        peer_id = conn.execute(
            "INSERT INTO peer_assessments (uid, municipality, country, kind, population, title, "
            "assessed_on, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [record["uid"], *values, stamp],
        ).lastrowid
    else:
        peer_id = step.local.id
        conn.execute(
            "UPDATE peer_assessments SET municipality = ?, country = ?, kind = ?, "
            "population = ?, title = ?, assessed_on = ?, imported_at = ? WHERE id = ?",
            [*values, stamp, peer_id],
        )
        for rating in step.local.record["ratings"]:  # only known benchmarks: others stay
            conn.execute(
                "DELETE FROM peer_ratings WHERE peer_assessment_id = ? AND benchmark = ?",
                [peer_id, rating["benchmark"]],
            )
    conn.executemany(
        "INSERT INTO peer_ratings (peer_assessment_id, benchmark, level, exclusion, target) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (peer_id, r["benchmark"], r["level"], r["exclusion"], r["target"])
            for r in record["ratings"]
        ],
    )
