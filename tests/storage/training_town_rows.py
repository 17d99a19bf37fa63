"""The rows a training town writes, for comparing two towns (or a town with a snapshot).

Columns that hold the time of writing or a random uid differ from run to run and are left
out; everything the story decides (texts, levels, dates, money, fixed uids) is kept.
"""

from __future__ import annotations

import sqlite3

TABLES = {
    "municipality": "id",
    "assessments": "id",
    "ratings": "assessment_id, benchmark",
    "rating_history": "id",
    "workshop_participants": "id",
    "participant_ratings": "participant_id, benchmark",
    "actions": "id",
    "action_benchmarks": "action_id, position",
    "milestones": "action_id, position",
    "indicators": "id",
    "measurements": "id",
    "annual_report_texts": "year",
    "app_meta": "key",
}
# Written from the clock, or random in every town.
VOLATILE = {"created_at", "updated_at", "changed_at", "deleted_at", "applied_at"}
RANDOM_UIDS = {"actions", "indicators", "milestones"}  # assessments and participants: fixed


def town_rows(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    rows = {}
    for table, order in TABLES.items():
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
        names = [d[0] for d in cursor.description]
        skip = VOLATILE | ({"uid"} if table in RANDOM_UIDS else set())
        rows[table] = [
            {n: v for n, v in zip(names, row, strict=True) if n not in skip} for row in cursor
        ]
    rows["app_meta"] = [r for r in rows["app_meta"] if r["key"] == "training_municipality"]
    return rows
