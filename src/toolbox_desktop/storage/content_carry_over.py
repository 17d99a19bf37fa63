"""Migration 0008 keeps the loaded content: the old content tables' rows, carried over into
the new ones (one language, a role), so that a pack failing today's checks right after the
upgrade leaves the last good content in place rather than an empty database.

Only migration 0008 uses this module; like a migration, it must not change once shipped.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database


def content_before_0008(
    db: Database, pack_id: str | None, item_tables: Iterable[str]
) -> dict[str, list[dict]]:
    """The rows of the benchmark pack loaded before 0008 (the one with the benchmarks, which
    the assessments were just stamped with), by table. Other packs are left behind: until
    0008 every pack held benchmarks, which today only the one benchmark pack may; sync_packs
    loads them again from their folders if they pass today's checks."""
    if pack_id is None:
        return {}

    def rows(table: str, key: str) -> list[dict]:
        cursor = db.execute(f"SELECT * FROM {table} WHERE {key} = ?", [pack_id])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    content = {table: rows(table, "pack_id") for table in item_tables}
    content["content_packs"] = rows("content_packs", "id")
    return content


def put_back_content(db: Database, content: dict[str, list[dict]]) -> None:
    """The old rows in the new tables: in the pack's one language (the old manifest's), with
    role benchmark. The checksum is left empty, so it matches no folder: the next sync_packs
    reads the pack again and checks it by today's rules (adding its translations); if it
    fails them, these rows are the last good content and stay."""
    if not content:
        return
    [pack] = content["content_packs"]
    language = pack["language"] or "en"
    db.execute(
        "INSERT INTO content_packs (id, title, version, language, role, source, description, "
        "licence, checksum, folder, loaded_at) VALUES (?, ?, ?, ?, 'benchmark', ?, ?, ?, '', ?, ?)",
        [
            pack["id"],
            pack["title"],
            pack["version"],
            language,
            pack["source"],
            pack["description"],
            pack["licence"],
            pack["folder"],
            pack["loaded_at"],
        ],
    )
    db.execute(
        "INSERT INTO pack_languages (pack_id, language, title, source, description, licence) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [pack["id"], language, pack["title"], pack["source"], pack["description"], pack["licence"]],
    )
    for table, rows in content.items():
        if table == "content_packs":
            continue
        for row in rows:
            row = {**row, "language": language}
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
