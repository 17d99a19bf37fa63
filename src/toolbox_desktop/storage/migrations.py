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
