"""The region file's tables (docs/region-format.md): what ``toolbox-desktop region merge``
writes and the region view and Datasette read.

A region file is a plain SQLite database of its own, never the user's workspace: it pools
many towns' anonymised assessments. Its schema is versioned by ``PRAGMA user_version`` (and
the ``schema_version`` row of ``settings``, readable by any SQLite tool); a reader refuses a
file of a newer version instead of guessing. A change to any table below raises
``SCHEMA_VERSION``.

Two kinds of tables: the *raw* ones (``towns``, ``assessments``, ``ratings``, ``scores``,
``settings``) hold each town's figures and are never published; the *public* ones
(``public_*``, see ``region_public``) hold only figures that passed the disclosure rule.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1
# Written into the file so that any tool can tell a region file from another SQLite file.
APPLICATION = "local-integration-toolbox-region"

RAW_TABLES = ("settings", "towns", "assessments", "ratings", "scores")
RAW_VIEWS = ("town_years",)

_RAW = """
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS towns (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- sha256 of the town id, else of the name and country
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    kind TEXT NOT NULL,                -- small-town, medium-town, rural-area, city or ''
    population INTEGER,
    size_band TEXT NOT NULL,           -- region.size_bands: lt5k, 5k-20k, ... or unknown
    package_created_at TEXT NOT NULL   -- the newest package that described the town
);
CREATE TABLE IF NOT EXISTS assessments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    town_id INTEGER NOT NULL REFERENCES towns(id),
    title TEXT NOT NULL,
    assessed_on TEXT NOT NULL,         -- YYYY-MM-DD
    year INTEGER NOT NULL,             -- of assessed_on
    content_pack TEXT,                 -- the manifest's content_pack id and version
    content_version TEXT,
    package_created_at TEXT NOT NULL,  -- the package this assessment was taken from
    package_digest TEXT NOT NULL      -- sha256 over the package's file checksums
);
CREATE INDEX IF NOT EXISTS assessments_by_town_year ON assessments(town_id, year);
CREATE TABLE IF NOT EXISTS ratings (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    benchmark TEXT NOT NULL,
    level INTEGER CHECK (level BETWEEN 0 AND 4),
    exclusion TEXT NOT NULL DEFAULT ''
        CHECK (exclusion IN ('', 'not-applicable', 'outside-competence')),
    target INTEGER CHECK (target BETWEEN 0 AND 4),
    PRIMARY KEY (assessment_id, benchmark)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS scores (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,               -- 'overall' or a dimension code
    percent REAL,                      -- core.scoring Score.percent (NULL: no score)
    target_percent REAL,
    counted INTEGER NOT NULL,
    excluded INTEGER NOT NULL,
    outside INTEGER NOT NULL,
    total INTEGER NOT NULL,
    missing TEXT NOT NULL,             -- Score.missing: '' or why there is no score
    PRIMARY KEY (assessment_id, scope)
) WITHOUT ROWID;
-- The assessment that stands for a town in a year: its latest of that year (assessed_on,
-- then uid), so that a town counts once however many assessments it made.
CREATE VIEW IF NOT EXISTS town_years AS
SELECT id AS assessment_id, town_id, year FROM (
    SELECT id, town_id, year, row_number() OVER (
        PARTITION BY town_id, year ORDER BY assessed_on DESC, uid DESC) AS position
    FROM assessments)
WHERE position = 1;
"""


class RegionFileError(Exception):
    """Not a region file, or one of a newer schema than this app knows."""

    def __init__(self, reason: str, found: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason  # NOT_A_REGION_FILE or NEWER_SCHEMA
        self.found = found


NOT_A_REGION_FILE, NEWER_SCHEMA = "not-a-region-file", "newer-schema"


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table of an empty region file (raw and public), or check an old one."""
    try:
        has_tables = _has_tables(conn)
    except sqlite3.DatabaseError as error:  # not an SQLite file at all
        raise RegionFileError(NOT_A_REGION_FILE) from error
    if has_tables:
        check_region_file(conn)
    from toolbox_desktop.storage.region_public import create_public_tables

    conn.executescript(_RAW)
    create_public_tables(conn)
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('application', ?), ('schema_version', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (APPLICATION, str(SCHEMA_VERSION)),
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def check_region_file(conn: sqlite3.Connection, *, public_copy: bool = False) -> int:
    """The schema version of the region file open on ``conn``; raise ``RegionFileError``
    for another SQLite file or a newer schema. With ``public_copy`` a copy holding the public
    tables only (``region public``) passes too: it is the file to hand to the towns, so that
    the region view can be used without every town's ratings leaving the collector."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        application = _application(conn, public_copy)
    except sqlite3.DatabaseError as error:
        raise RegionFileError(NOT_A_REGION_FILE) from error
    if application is None or application[0] != APPLICATION:
        raise RegionFileError(NOT_A_REGION_FILE)
    if version > SCHEMA_VERSION:
        raise RegionFileError(NEWER_SCHEMA, version)
    if version < 1:
        raise RegionFileError(NOT_A_REGION_FILE)
    return version


def _application(conn: sqlite3.Connection, public_copy: bool) -> tuple | None:
    if public_copy and not _has_table(conn, "settings"):
        return conn.execute("SELECT value FROM public_about WHERE key = 'application'").fetchone()
    return conn.execute("SELECT value FROM settings WHERE key = 'application'").fetchone()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    found = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(found, (name,)).fetchone() is not None


def has_town_scores(conn: sqlite3.Connection) -> bool:
    """Whether the file holds each town's scores (a full region file), or only the public
    tables (a public copy)."""
    return _has_table(conn, "scores")


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def open_region_file(path, *, writable: bool = False) -> sqlite3.Connection:
    """A connection to the region file at ``path``, read-only unless ``writable`` (the view
    and the report never write; read-only, a public copy is accepted too); raise
    ``RegionFileError`` for a file that is not a region file or of a newer schema, and
    ``FileNotFoundError`` for none at all."""
    from pathlib import Path

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    if writable:
        conn = sqlite3.connect(path)
    else:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check_region_file(conn, public_copy=not writable)
    except BaseException:
        conn.close()
        raise
    return conn
