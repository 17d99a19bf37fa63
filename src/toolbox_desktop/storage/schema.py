"""Facts about the schema that start-up needs without importing sqlite-utils (which is slow to
import): the migration names in order and which tables hold content. ``migrations.py`` defines
the migrations themselves; a test checks that both agree."""

from __future__ import annotations

import sqlite3

MIGRATION_SET = "toolbox_desktop"
MIGRATION_NAMES = (
    "0001_content_tables",
    "0002_assessment_tables",
    "0003_plan_tables",
    "0004_annual_report_texts",
    "0005_exchange_and_workshops",
    "0006_edit_history",
    "0007_milestone_uids",
    "0008_pack_roles_and_languages",
    "0009_guide_items",
    "0010_advocacy_addressees",
    "0011_fact_sandwich_uids",
    "0012_addressee_history",
    "0013_assessment_history",
)

# Tables a content update may empty and refill, children before parents.
CONTENT_TABLES = (
    "suggestions",
    "guide_items",
    "guide_steps",
    "practices",
    "challenges",
    "benchmarks",
    "subthemes",
    "dimensions",
    "pack_languages",
    "content_packs",
)


def applied_migrations(conn: sqlite3.Connection) -> set[str]:
    """Names of our migrations already applied to the database behind ``conn``."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return set()
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    )
    return {row[0] for row in rows}
