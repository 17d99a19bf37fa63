"""Content packs in the database: refresh them from the pack folders, read them back.

A pack is loaded again only when its version or files change; a pack with problems is not
loaded at all, so the database keeps the last good content. Only content tables are written:
the municipality's own tables are never touched by a content update.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from toolbox_desktop.core.content import (
    Benchmark,
    Challenge,
    Content,
    Dimension,
    GuideStep,
    PackInfo,
    Practice,
    SubTheme,
)
from toolbox_desktop.core.pack import (
    MSG_NO_PACKS,
    PackProblem,
    find_packs,
    load_pack,
    pack_checksum,
    read_manifest,
)
from toolbox_desktop.storage.database import as_database
from toolbox_desktop.storage.schema import CONTENT_TABLES
from toolbox_desktop.storage.transactions import immediate_transaction


@dataclass
class SyncResult:
    """What happened to one pack folder during a refresh."""

    folder: Path
    pack_id: str
    status: str  # "unchanged", "loaded" or "failed"
    version: str = ""
    problems: list[PackProblem] = field(default_factory=list)


def sync_packs(conn: sqlite3.Connection, content_root: Path) -> list[SyncResult]:
    """Bring the content tables up to date with every pack folder under ``content_root``."""
    folders = find_packs(content_root)
    if not folders:  # a damaged installation: say so rather than show an empty library
        problem = PackProblem(str(content_root), 0, "", MSG_NO_PACKS, {"path": str(content_root)})
        return [SyncResult(content_root, "", "failed", problems=[problem])]
    return [sync_pack(conn, folder) for folder in folders]


def sync_pack(conn: sqlite3.Connection, folder: Path) -> SyncResult:
    """Load one pack folder into the database if it changed and is valid.

    The check for "unchanged" reads only the manifest and hashes the files, so an ordinary
    start-up costs about a millisecond per pack.
    """
    info = read_manifest(folder)
    if info is not None:
        row = conn.execute(
            "SELECT version, checksum FROM content_packs WHERE id = ?", [info.id]
        ).fetchone()
        if row and row == (info.version, pack_checksum(folder)):
            return SyncResult(folder, info.id, "unchanged", info.version)
    result = load_pack(folder)
    pack_id = result.info.id if result.info else folder.name
    if not result.ok:
        return SyncResult(folder, pack_id, "failed", problems=result.problems)
    _replace_pack(conn, result.info, result.content, result.checksum, folder)
    return SyncResult(folder, pack_id, "loaded", result.info.version)


def _replace_pack(
    conn: sqlite3.Connection, info: PackInfo, content: Content, checksum: str, folder: Path
) -> None:
    db = as_database(conn)

    def rows(items, **extra):
        return [
            {**item.__dict__, **extra, "pack_id": info.id, "position": position}
            for position, item in enumerate(items)
        ]

    with immediate_transaction(conn):
        for table in CONTENT_TABLES:
            key = "id" if table == "content_packs" else "pack_id"
            db[table].delete_where(f"{key} = ?", [info.id])
        db["content_packs"].insert(
            {
                **info.__dict__,
                "checksum": checksum,
                "folder": str(folder),
                "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
        db["dimensions"].insert_all(rows(content.dimensions))
        db["subthemes"].insert_all(rows(content.subthemes))
        db["benchmarks"].insert_all(
            [{**row, "tags": ",".join(row["tags"])} for row in rows(content.benchmarks)]
        )
        db["challenges"].insert_all(rows(content.challenges))
        db["practices"].insert_all(rows(content.practices))
        db["guide_steps"].insert_all(rows(content.guide))


def load_content(conn: sqlite3.Connection) -> Content:
    """Read all loaded content from the database, in the toolbox's order."""

    def read(table: str, columns: str) -> list[dict]:
        sql = (
            f"SELECT {columns} FROM {table} t JOIN content_packs p ON p.id = t.pack_id "
            "ORDER BY p.id, t.position"
        )
        cursor = conn.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    columns = ", ".join(PackInfo.__dataclass_fields__)
    packs = [
        PackInfo(*(value or "" for value in row))
        for row in conn.execute(f"SELECT {columns} FROM content_packs ORDER BY id")
    ]
    return Content(
        packs=packs,
        dimensions=[
            Dimension(**r)
            for r in read("dimensions", "t.code, t.number, t.title, t.description, t.why, t.source")
        ],
        subthemes=[
            SubTheme(**r) for r in read("subthemes", "t.code, t.dimension, t.title, t.source")
        ],
        benchmarks=[
            Benchmark(**{**r, "tags": tuple(t for t in r["tags"].split(",") if t)})
            for r in read(
                "benchmarks",
                "t.code, t.subtheme, t.dimension, t.title, t.text, "
                "coalesce(t.tags, '') AS tags, t.source",
            )
        ],
        challenges=[
            Challenge(**r) for r in read("challenges", "t.code, t.dimension, t.text, t.source")
        ],
        practices=[
            Practice(**{k: v or "" for k, v in r.items()})
            for r in read(
                "practices",
                "t.code, t.dimension, t.name, t.name_en, t.place, t.country, t.started, "
                "t.summary, t.run_by, t.success, t.source",
            )
        ],
        guide=[
            GuideStep(**r)
            for r in read("guide_steps", "t.code, t.number, t.title, t.text, t.source")
        ],
    )
