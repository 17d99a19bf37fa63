"""Reads and writes of the region file's raw tables (towns, assessments, ratings, scores,
settings); ``region.merge`` decides what to write, ``region.publish`` what may be shown.

Rows keep their ids when a package is merged again (an update, not a delete and insert), so
merging the same package twice leaves every table as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class StoredAssessment:
    id: int
    town_id: int
    package_created_at: str
    package_digest: str


# -- settings --------------------------------------------------------------------------------
def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def put_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# -- towns -----------------------------------------------------------------------------------
def town_by_key(conn: sqlite3.Connection, key: str) -> tuple[int, str] | None:
    """(id, package_created_at) of the town with ``key``."""
    row = conn.execute("SELECT id, package_created_at FROM towns WHERE key = ?", (key,)).fetchone()
    return None if row is None else (row[0], row[1])


def insert_town(conn: sqlite3.Connection, key: str, values: Sequence) -> int:
    """``values``: name, country, kind, population, size_band, package_created_at."""
    cursor = conn.execute(
        "INSERT INTO towns (key, name, country, kind, population, size_band, "
        "package_created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (key, *values),
    )
    return int(cursor.lastrowid)


def update_town(conn: sqlite3.Connection, town_id: int, values: Sequence) -> None:
    conn.execute(
        "UPDATE towns SET name = ?, country = ?, kind = ?, population = ?, size_band = ?, "
        "package_created_at = ? WHERE id = ?",
        (*values, town_id),
    )


def drop_towns_without_assessments(conn: sqlite3.Connection) -> None:
    conn.execute(
        "DELETE FROM towns WHERE NOT EXISTS "
        "(SELECT 1 FROM assessments a WHERE a.town_id = towns.id)"
    )


# -- assessments, ratings, scores ------------------------------------------------------------
def assessment_by_uid(conn: sqlite3.Connection, uid: str) -> StoredAssessment | None:
    row = conn.execute(
        "SELECT id, town_id, package_created_at, package_digest FROM assessments WHERE uid = ?",
        (uid,),
    ).fetchone()
    return None if row is None else StoredAssessment(*row)


def put_assessment(
    conn: sqlite3.Connection,
    existing: StoredAssessment | None,
    uid: str,
    values: Sequence,
    ratings: Iterable[Sequence],
    scores: Iterable[Sequence],
) -> int:
    """Insert or update one assessment with its ratings and scores. ``values``: town_id,
    title, assessed_on, year, content_pack, content_version, package_created_at,
    package_digest; ``ratings``: (benchmark, level, exclusion, target); ``scores``: (scope,
    percent, target_percent, counted, excluded, outside, total, missing)."""
    if existing is None:
        cursor = conn.execute(
            "INSERT INTO assessments (uid, town_id, title, assessed_on, year, content_pack, "
            "content_version, package_created_at, package_digest) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, *values),
        )
        assessment_id = int(cursor.lastrowid)
    else:
        assessment_id = existing.id
        conn.execute(
            "UPDATE assessments SET town_id = ?, title = ?, assessed_on = ?, year = ?, "
            "content_pack = ?, content_version = ?, package_created_at = ?, "
            "package_digest = ? WHERE id = ?",
            (*values, assessment_id),
        )
        conn.execute("DELETE FROM ratings WHERE assessment_id = ?", (assessment_id,))
        conn.execute("DELETE FROM scores WHERE assessment_id = ?", (assessment_id,))
    conn.executemany(
        "INSERT INTO ratings (assessment_id, benchmark, level, exclusion, target) "
        "VALUES (?, ?, ?, ?, ?)",
        ((assessment_id, *rating) for rating in ratings),
    )
    conn.executemany(
        "INSERT INTO scores (assessment_id, scope, percent, target_percent, counted, "
        "excluded, outside, total, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((assessment_id, *score) for score in scores),
    )
    return assessment_id


def all_ratings(conn: sqlite3.Connection) -> dict[int, list[tuple]]:
    """Every assessment's ratings, (benchmark, level, exclusion, target), by assessment id."""
    found: dict[int, list[tuple]] = {}
    for assessment_id, *rating in conn.execute(
        "SELECT assessment_id, benchmark, level, exclusion, target FROM ratings"
    ):
        found.setdefault(assessment_id, []).append(tuple(rating))
    return found


def replace_scores(conn: sqlite3.Connection, assessment_id: int, scores: Iterable[Sequence]):
    """The assessment's scores, rows as ``put_assessment`` takes them, instead of its old."""
    conn.execute("DELETE FROM scores WHERE assessment_id = ?", (assessment_id,))
    conn.executemany(
        "INSERT INTO scores (assessment_id, scope, percent, target_percent, counted, "
        "excluded, outside, total, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((assessment_id, *score) for score in scores),
    )


# -- reads for publishing and the view -------------------------------------------------------
def town_year_scores(conn: sqlite3.Connection) -> list[tuple]:
    """(year, size_band, scope, percent) of every town's assessment for a year (the latest
    of that year, view ``town_years``) that has a score in ``scope``."""
    return conn.execute(
        "SELECT ty.year, t.size_band, s.scope, s.percent FROM town_years ty "
        "JOIN towns t ON t.id = ty.town_id "
        "JOIN scores s ON s.assessment_id = ty.assessment_id "
        "WHERE s.percent IS NOT NULL"
    ).fetchall()


def town_year_levels(conn: sqlite3.Connection) -> list[tuple]:
    """(year, size_band, benchmark, level, target) of every rating with a level (not
    excluded) of the assessments that stand for a town in a year."""
    return conn.execute(
        "SELECT ty.year, t.size_band, r.benchmark, r.level, r.target FROM town_years ty "
        "JOIN towns t ON t.id = ty.town_id "
        "JOIN ratings r ON r.assessment_id = ty.assessment_id "
        "WHERE r.level IS NOT NULL AND r.exclusion = ''"
    ).fetchall()


def towns_per_year(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(year, number of towns with an assessment that year)."""
    return conn.execute(
        "SELECT year, count(DISTINCT town_id) FROM assessments GROUP BY year ORDER BY year"
    ).fetchall()


def towns_per_country(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return conn.execute(
        "SELECT country, count(*) FROM towns GROUP BY country ORDER BY country"
    ).fetchall()


def scores_in(
    conn: sqlite3.Connection, year: int, scope: str, size_band: str | None
) -> list[float]:
    """Every town's score in ``scope`` for ``year`` (of one band, or all): only to compute
    where a town stands, never to be shown."""
    band = "" if size_band is None else "AND t.size_band = ? "
    params = (year, scope) if size_band is None else (year, scope, size_band)
    return [
        row[0]
        for row in conn.execute(
            "SELECT s.percent FROM town_years ty JOIN towns t ON t.id = ty.town_id "
            "JOIN scores s ON s.assessment_id = ty.assessment_id "
            f"WHERE ty.year = ? AND s.scope = ? {band}AND s.percent IS NOT NULL",
            params,
        )
    ]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many rows each raw table holds (``region info``); none in a public copy, which
    has no raw table."""
    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    return {
        table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in ("towns", "assessments", "ratings", "scores")
        if table in present
    }
