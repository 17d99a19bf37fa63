"""The database schema, as an ordered list of sqlite-utils migrations.

Never edit a migration that has shipped: add a new one. Content tables (filled from content
packs) and user tables (the municipality's own work) are kept apart so that a content update
can replace the former without touching the latter. User tables refer to content by code,
never by foreign key, so that a content update can replace content rows freely.

Every name here must also be listed, in order, in ``schema.MIGRATION_NAMES``.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from toolbox_desktop.storage.content_carry_over import content_before_0008, put_back_content
from toolbox_desktop.storage.migration_addressee_history import history_keeps_addressees
from toolbox_desktop.storage.migration_advocacy import create_advocacy_addressees
from toolbox_desktop.storage.migration_assessment_history import (
    history_keeps_assessment_details,
)
from toolbox_desktop.storage.migration_fact_sandwich_uids import give_fact_sandwiches_uids
from toolbox_desktop.storage.migration_guide import create_guide_tables
from toolbox_desktop.storage.schema import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_content_tables")
def _content_tables(db: Database) -> None:
    db["app_meta"].create({"key": str, "value": str}, pk="key")
    db["content_packs"].create(
        {
            "id": str,
            "title": str,
            "version": str,
            "language": str,
            "source": str,
            "description": str,
            "licence": str,
            "checksum": str,
            "folder": str,
            "loaded_at": str,
        },
        pk="id",
        not_null={"title", "version", "checksum"},
    )
    db["dimensions"].create(
        {
            "code": str,
            "pack_id": str,
            "position": int,
            "number": int,
            "title": str,
            "description": str,
            "why": str,
            "source": str,
        },
        pk="code",
        foreign_keys=[("pack_id", "content_packs", "id")],
        not_null={"pack_id", "title"},
    )
    db["subthemes"].create(
        {
            "code": str,
            "pack_id": str,
            "dimension": str,
            "position": int,
            "title": str,
            "source": str,
        },
        pk="code",
        foreign_keys=[("pack_id", "content_packs", "id"), ("dimension", "dimensions", "code")],
        not_null={"pack_id", "dimension", "title"},
    )
    db["benchmarks"].create(
        {
            "code": str,
            "pack_id": str,
            "subtheme": str,
            "dimension": str,
            "position": int,
            "title": str,
            "text": str,
            "tags": str,
            "source": str,
        },
        pk="code",
        foreign_keys=[
            ("pack_id", "content_packs", "id"),
            ("subtheme", "subthemes", "code"),
            ("dimension", "dimensions", "code"),
        ],
        not_null={"pack_id", "subtheme", "dimension", "title", "text"},
    )
    db["challenges"].create(
        {
            "code": str,
            "pack_id": str,
            "dimension": str,
            "position": int,
            "text": str,
            "source": str,
        },
        pk="code",
        foreign_keys=[("pack_id", "content_packs", "id"), ("dimension", "dimensions", "code")],
        not_null={"pack_id", "dimension", "text"},
    )
    db["practices"].create(
        {
            "code": str,
            "pack_id": str,
            "dimension": str,
            "position": int,
            "name": str,
            "name_en": str,
            "place": str,
            "country": str,
            "started": str,
            "summary": str,
            "run_by": str,
            "success": str,
            "source": str,
        },
        pk="code",
        foreign_keys=[("pack_id", "content_packs", "id"), ("dimension", "dimensions", "code")],
        not_null={"pack_id", "dimension", "name"},
    )
    db["guide_steps"].create(
        {
            "code": str,
            "pack_id": str,
            "position": int,
            "number": int,
            "title": str,
            "text": str,
            "source": str,
        },
        pk="code",
        foreign_keys=[("pack_id", "content_packs", "id")],
        not_null={"pack_id", "title"},
    )
    for table in ("subthemes", "benchmarks", "challenges", "practices"):
        db[table].create_index(["pack_id", "position"])


@migrations(name="0002_assessment_tables")
def _assessment_tables(db: Database) -> None:
    # Plain SQL: sqlite-utils' create() cannot declare ON DELETE actions.
    db.execute(
        """
        CREATE TABLE municipality (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            population INTEGER,
            kind TEXT NOT NULL DEFAULT '',
            newcomers INTEGER,
            staff_time TEXT NOT NULL DEFAULT '',
            competences TEXT NOT NULL DEFAULT 'housing,education,health,employment',
            updated_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            assessed_on TEXT NOT NULL,
            participants TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
            copied_from INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE ratings (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            benchmark TEXT NOT NULL,
            level INTEGER CHECK (level BETWEEN 0 AND 4),
            exclusion TEXT NOT NULL DEFAULT ''
                CHECK (exclusion IN ('', 'not-applicable', 'outside-competence')),
            target INTEGER CHECK (target BETWEEN 0 AND 4),
            priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
            evidence TEXT NOT NULL DEFAULT '',
            links TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            rated_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, benchmark)
        )"""
    )
    db.execute(
        """
        CREATE TABLE rating_history (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            benchmark TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            changed_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX rating_history_by_rating ON rating_history (assessment_id, benchmark)")


@migrations(name="0003_plan_tables")
def _plan_tables(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            dimension TEXT NOT NULL DEFAULT '',
            responsible_role TEXT NOT NULL DEFAULT '',
            responsible_person TEXT NOT NULL DEFAULT '',
            partners TEXT NOT NULL DEFAULT '[]',
            partner_names TEXT NOT NULL DEFAULT '',
            start TEXT,
            end TEXT,
            phase TEXT NOT NULL DEFAULT 'short',
            status TEXT NOT NULL DEFAULT 'idea',
            priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
            progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
            budget_cents INTEGER CHECK (budget_cents >= 0),
            spent_cents INTEGER CHECK (spent_cents >= 0),
            currency TEXT NOT NULL DEFAULT 'EUR',
            budget_line TEXT NOT NULL DEFAULT '',
            funding_source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE action_benchmarks (
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            benchmark TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (action_id, benchmark)
        )"""
    )
    db.execute("CREATE INDEX action_benchmarks_by_benchmark ON action_benchmarks (benchmark)")
    db.execute(
        """
        CREATE TABLE milestones (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            due TEXT,
            done INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX milestones_by_action ON milestones (action_id, position)")
    db.execute(
        """
        CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            action_id INTEGER REFERENCES actions(id) ON DELETE CASCADE,
            benchmark TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            baseline REAL,
            target REAL,
            deleted_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE measurements (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            measured_on TEXT NOT NULL,
            value REAL NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )"""
    )


@migrations(name="0004_annual_report_texts")
def _annual_report_texts(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE annual_report_texts (
            year INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
            summary TEXT NOT NULL DEFAULT '',
            stories TEXT NOT NULL DEFAULT '',
            next_focus TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )"""
    )


# A random 32-hex-digit identifier, the same on every laptop the row travels to.
_NEW_UID = "lower(hex(randomblob(16)))"


@migrations(name="0005_exchange_and_workshops")
def _exchange_and_workshops(db: Database) -> None:
    # Stable identifiers let a package be imported twice without duplicating anything. A
    # trigger gives every new row one, so that code which inserts rows need not know.
    for table, key in (("assessments", "id"), ("actions", "id"), ("indicators", "id")):
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        db.execute(f"UPDATE {table} SET uid = {_NEW_UID} WHERE uid IS NULL")
        db.execute(f"CREATE UNIQUE INDEX {table}_by_uid ON {table} (uid)")
        db.execute(
            f"""
            CREATE TRIGGER {table}_get_uid AFTER INSERT ON {table}
            WHEN NEW.uid IS NULL
            BEGIN
                UPDATE {table} SET uid = {_NEW_UID} WHERE {key} = NEW.{key};
            END"""
        )
    # An assessment run as a workshop: '' (not a workshop), 'named' or 'anonymous'.
    db.execute(
        "ALTER TABLE assessments ADD COLUMN workshop TEXT NOT NULL DEFAULT '' "
        "CHECK (workshop IN ('', 'named', 'anonymous'))"
    )
    db.execute(
        """
        CREATE TABLE workshop_participants (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            uid TEXT NOT NULL UNIQUE,
            number INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'paper' CHECK (source IN ('paper', 'file')),
            created_at TEXT NOT NULL,
            UNIQUE (assessment_id, number)
        )"""
    )
    db.execute(
        """
        CREATE TABLE participant_ratings (
            participant_id INTEGER NOT NULL
                REFERENCES workshop_participants(id) ON DELETE CASCADE,
            benchmark TEXT NOT NULL,
            level INTEGER CHECK (level BETWEEN 0 AND 4),
            exclusion TEXT NOT NULL DEFAULT ''
                CHECK (exclusion IN ('', 'not-applicable', 'outside-competence')),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (participant_id, benchmark)
        )"""
    )
    # Other municipalities' anonymised assessments, kept apart from one's own.
    db.execute(
        """
        CREATE TABLE peer_assessments (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            municipality TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            population INTEGER,
            title TEXT NOT NULL,
            assessed_on TEXT NOT NULL,
            imported_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE peer_ratings (
            peer_assessment_id INTEGER NOT NULL
                REFERENCES peer_assessments(id) ON DELETE CASCADE,
            benchmark TEXT NOT NULL,
            level INTEGER CHECK (level BETWEEN 0 AND 4),
            exclusion TEXT NOT NULL DEFAULT ''
                CHECK (exclusion IN ('', 'not-applicable', 'outside-competence')),
            target INTEGER CHECK (target BETWEEN 0 AND 4),
            PRIMARY KEY (peer_assessment_id, benchmark)
        )"""
    )


@migrations(name="0006_edit_history")
def _edit_history(db: Database) -> None:
    # Every overwritten value of an action, indicator, annual text or the profile, and a
    # user's own version set aside when they took another window's instead ("nothing is lost
    # either way"), as rating_history does for ratings. Values are JSON.
    db.execute(
        """
        CREATE TABLE edit_history (
            id INTEGER PRIMARY KEY,
            record TEXT NOT NULL CHECK (record IN ('action', 'indicator', 'annual', 'profile')),
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '' CHECK (reason IN ('', 'set-aside')),
            writer TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX edit_history_record ON edit_history (record, record_id)")


@migrations(name="0007_milestone_uids")
def _milestone_uids(db: Database) -> None:
    # A milestone's calendar event is known by this uid, so that removing or reordering the
    # others never hands its event to another milestone (storage.milestone_uids keeps it
    # when an action's milestones are written again). Unique within an action: a copy of an
    # action may share its milestones' uids, the calendar UID names the action too.
    db.execute("ALTER TABLE milestones ADD COLUMN uid TEXT")
    db.execute(f"UPDATE milestones SET uid = {_NEW_UID} WHERE uid IS NULL")
    db.execute("CREATE UNIQUE INDEX milestones_by_uid ON milestones (action_id, uid)")
    db.execute(
        f"""
        CREATE TRIGGER milestones_get_uid AFTER INSERT ON milestones
        WHEN NEW.uid IS NULL
        BEGIN
            UPDATE milestones SET uid = {_NEW_UID} WHERE id = NEW.id;
        END"""
    )


# The content tables as migration 0001 made them, children before parents.
_CONTENT_TABLES_0001 = "guide_steps practices challenges benchmarks subthemes dimensions"
_CONTENT_TABLES_0001 += " content_packs"
# Columns of each content item table after the key (pack_id, language, code) and position.
_ITEM_COLUMNS = {
    "dimensions": "number INTEGER, title TEXT NOT NULL, description TEXT, why TEXT, source TEXT",
    "subthemes": "dimension TEXT NOT NULL, title TEXT NOT NULL, source TEXT",
    "benchmarks": (
        "subtheme TEXT NOT NULL, dimension TEXT NOT NULL, title TEXT NOT NULL, "
        "text TEXT NOT NULL, tags TEXT, source TEXT"
    ),
    "challenges": "dimension TEXT NOT NULL, text TEXT NOT NULL, source TEXT",
    "practices": (
        "dimension TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT, place TEXT, country TEXT, "
        "started TEXT, summary TEXT, run_by TEXT, success TEXT, source TEXT"
    ),
    "guide_steps": "number INTEGER, title TEXT NOT NULL, text TEXT, source TEXT",
}
# The benchmark pack loaded now: the one an assessment inserted without one was made with.
_LOADED_BENCHMARK_PACK = (
    "SELECT {column} FROM content_packs WHERE role = 'benchmark' ORDER BY id LIMIT 1"
)


@migrations(name="0008_pack_roles_and_languages")
def _pack_roles_and_languages(db: Database) -> None:
    # An assessment records the benchmark pack (id and version) it was made with. Existing
    # ones were made with the pack loaded now (until 0008 every pack was a benchmark pack;
    # the one with the benchmarks is it).
    db.execute("ALTER TABLE assessments ADD COLUMN benchmark_pack TEXT")
    db.execute("ALTER TABLE assessments ADD COLUMN benchmark_pack_version TEXT")
    loaded = db.execute(
        "SELECT p.id, p.version FROM content_packs p JOIN benchmarks b ON b.pack_id = p.id "
        "GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"
    ).fetchone()
    if loaded:
        db.execute(
            "UPDATE assessments SET benchmark_pack = ?, benchmark_pack_version = ?", list(loaded)
        )
    # Content tables hold every language of every pack: an item is known by (pack, language,
    # code), since a guidance pack may reuse another pack's codes (guide.1) and a translation
    # repeats its own. The loaded content is carried over (below): sync_packs runs right after
    # the upgrade, and a pack that fails today's checks (one written before roles, say) must
    # leave the last good content in place, not an empty database.
    old_content = content_before_0008(db, loaded[0] if loaded else None, _ITEM_COLUMNS)
    for table in _CONTENT_TABLES_0001.split():
        db.execute(f"DROP TABLE {table}")
    db.execute(
        """
        CREATE TABLE content_packs (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            version TEXT NOT NULL,
            language TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('benchmark', 'guidance')),
            benchmark_pack TEXT NOT NULL DEFAULT '',
            source TEXT,
            description TEXT,
            licence TEXT,
            checksum TEXT NOT NULL,
            folder TEXT,
            loaded_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE pack_languages (
            pack_id TEXT NOT NULL REFERENCES content_packs(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            title TEXT NOT NULL,
            source TEXT,
            description TEXT,
            licence TEXT,
            PRIMARY KEY (pack_id, language)
        )"""
    )
    for table, columns in _ITEM_COLUMNS.items():
        db.execute(
            f"""
            CREATE TABLE {table} (
                pack_id TEXT NOT NULL,
                language TEXT NOT NULL,
                code TEXT NOT NULL,
                position INTEGER NOT NULL,
                {columns},
                PRIMARY KEY (pack_id, language, code),
                FOREIGN KEY (pack_id, language) REFERENCES pack_languages(pack_id, language)
                    ON DELETE CASCADE
            )"""
        )
        db.execute(f"CREATE INDEX {table}_in_order ON {table} (pack_id, language, position)")
    put_back_content(db, old_content)
    # Whatever inserts an assessment without naming its pack (a package import, say), the
    # assessment records the benchmark pack loaded at that moment.
    db.execute(
        f"""
        CREATE TRIGGER assessments_get_benchmark_pack AFTER INSERT ON assessments
        WHEN NEW.benchmark_pack IS NULL
        BEGIN
            UPDATE assessments
            SET benchmark_pack = ({_LOADED_BENCHMARK_PACK.format(column="id")}),
                benchmark_pack_version = ({_LOADED_BENCHMARK_PACK.format(column="version")})
            WHERE id = NEW.id;
        END"""
    )


@migrations(name="0009_guide_items")
def _guide_items(db: Database) -> None:
    create_guide_tables(db)


@migrations(name="0010_advocacy_addressees")
def _advocacy_addressees(db: Database) -> None:
    create_advocacy_addressees(db)


@migrations(name="0011_fact_sandwich_uids")
def _fact_sandwich_uids(db: Database) -> None:
    give_fact_sandwiches_uids(db)


@migrations(name="0012_addressee_history")
def _addressee_history(db: Database) -> None:
    history_keeps_addressees(db)


@migrations(name="0013_assessment_history")
def _assessment_history(db: Database) -> None:
    history_keeps_assessment_details(db)
