"""Content packs in the database: refresh them from the pack folders, read them back.

A pack is loaded again only when its version or files change; a pack with problems is not
loaded at all, so the database keeps the last good content. Nor is a pack that would replace
another's rows: two folders with one id, or a pack whose id is loaded with the other role
(the benchmark pack is what every score counts; a guidance pack must never wipe it out).
Only content tables are written: the municipality's own tables are never touched by a
content update.

The content tables hold every language of every pack. ``load_content`` reads one language:
each pack in that language when it has it, else in its own base language.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from toolbox_desktop.core.content import (
    BENCHMARK,
    Benchmark,
    Challenge,
    Content,
    Dimension,
    GuideItem,
    GuideStep,
    PackContent,
    PackInfo,
    Practice,
    SubTheme,
    Suggestion,
    assemble_content,
)
from toolbox_desktop.core.pack import (
    MANIFEST,
    MSG_NO_PACKS,
    PackLoadResult,
    PackProblem,
    clashes_between,
    find_packs,
    load_pack,
    pack_checksum,
    read_manifest,
)
from toolbox_desktop.core.pack_problems import MSG_ROLE_CHANGED
from toolbox_desktop.storage.database import as_database
from toolbox_desktop.storage.schema import CONTENT_TABLES
from toolbox_desktop.storage.transactions import immediate_transaction

DEFAULT_LANGUAGE = "en"


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
    # Each manifest read once: reading one looks through the pack's sub-folders.
    manifests = {folder: read_manifest(folder) for folder in folders}
    clashes = clashes_between(folders, manifests)
    # Benchmark packs first: one given a new id frees its old id (loading it removes the old
    # benchmark pack) before a guidance pack that took that id is loaded.
    first = sorted(folders, key=lambda f: not (manifests[f] and manifests[f].role == BENCHMARK))
    synced = {
        folder: _sync_pack(conn, folder, manifests[folder])
        for folder in first
        if folder not in clashes
    }
    return [
        synced[folder] if folder in synced else _refused(folder, manifests[folder], clashes[folder])
        for folder in folders
    ]


def _refused(folder: Path, info: PackInfo | None, problems: list[PackProblem]) -> SyncResult:
    pack_id = info.id if info and info.id else folder.name
    return SyncResult(folder, pack_id, "failed", problems=problems)


def sync_pack(conn: sqlite3.Connection, folder: Path) -> SyncResult:
    """Load one pack folder into the database if it changed and is valid.

    The check for "unchanged" reads only the manifest and hashes the files, so an ordinary
    start-up costs about a millisecond per pack.
    """
    return _sync_pack(conn, folder, read_manifest(folder))


def _sync_pack(conn: sqlite3.Connection, folder: Path, info: PackInfo | None) -> SyncResult:
    """``sync_pack`` with the folder's manifest read already (``read_manifest``)."""
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
    refused = _replace_pack(conn, result)
    if refused is not None:
        return SyncResult(folder, pack_id, "failed", problems=[refused])
    return SyncResult(folder, pack_id, "loaded", result.info.version)


def _replace_pack(conn: sqlite3.Connection, result: PackLoadResult) -> PackProblem | None:
    """Every language of the pack in one transaction. Loading a benchmark pack also removes
    any other benchmark pack (one whose id changed, say): one pack is scored against.

    A stored pack of another role is never replaced (the problem is returned, nothing is
    written): a guidance pack that took the benchmark pack's id by mistake (say, the folder
    of the benchmark pack was renamed) would otherwise wipe out what every score counts."""
    db = as_database(conn)
    info = result.info
    with immediate_transaction(conn):
        stored = conn.execute("SELECT role FROM content_packs WHERE id = ?", [info.id]).fetchone()
        if stored and stored[0] != info.role:
            params = {"id": info.id, "stored": stored[0], "role": info.role}
            return PackProblem(MANIFEST, 0, "role", MSG_ROLE_CHANGED, params)
        gone = [info.id]
        if info.role == BENCHMARK:
            gone += [
                row[0]
                for row in conn.execute(
                    "SELECT id FROM content_packs WHERE role = ? AND id != ?", [BENCHMARK, info.id]
                )
            ]
        for pack_id in gone:
            for table in CONTENT_TABLES:
                key = "id" if table == "content_packs" else "pack_id"
                db[table].delete_where(f"{key} = ?", [pack_id])
        db["content_packs"].insert(
            {
                "id": info.id,
                "title": info.title,
                "version": info.version,
                "language": info.language,
                "role": info.role,
                "benchmark_pack": info.benchmark_pack,
                "source": info.source,
                "description": info.description,
                "licence": info.licence,
                "checksum": result.checksum,
                "folder": str(result.folder),
                "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
        for language, items in result.languages.items():
            _insert_language(db, info.id, language, items)
    return None


def _insert_language(db, pack_id: str, language: str, items: PackContent) -> None:
    def rows(group):
        return [
            {**item.__dict__, "pack_id": pack_id, "language": language, "position": position}
            for position, item in enumerate(group)
        ]

    words = items.info
    db["pack_languages"].insert(
        {
            "pack_id": pack_id,
            "language": language,
            "title": words.title,
            "source": words.source,
            "description": words.description,
            "licence": words.licence,
        }
    )
    db["dimensions"].insert_all(rows(items.dimensions))
    db["subthemes"].insert_all(rows(items.subthemes))
    db["benchmarks"].insert_all(
        [{**row, "tags": ",".join(row["tags"])} for row in rows(items.benchmarks)]
    )
    db["challenges"].insert_all(rows(items.challenges))
    db["practices"].insert_all(rows(items.practices))
    db["guide_steps"].insert_all(rows(items.guide))
    db["guide_items"].insert_all([_guide_item_row(row) for row in rows(items.guide_items)])
    db["suggestions"].insert_all(rows(items.suggestions))


_LIST_COLUMNS = ("dimensions", "partners", "funding", "see")


def _guide_item_row(row: dict) -> dict:
    """A guide item as its table holds it: ``group`` is an SQL word, lists are comma-joined."""
    stored = {key: value for key, value in row.items() if key != "group"}
    stored["grp"] = row["group"]
    for name in _LIST_COLUMNS:
        stored[name] = ",".join(row[name])
    return stored


def load_content(conn: sqlite3.Connection, language: str = DEFAULT_LANGUAGE) -> Content:
    """Read all loaded content from the database in ``language``, in the toolbox's order.

    A pack without that language is read in its base language. The benchmark pack's items
    fill the content's lists; guidance packs' items stay apart in ``Content.guidance``."""
    packs = conn.execute(
        "SELECT id, version, language, role, benchmark_pack FROM content_packs "
        "ORDER BY role != ?, id",
        [BENCHMARK],
    ).fetchall()
    benchmark, guidance = None, []
    for pack_id, version, base, role, benchmark_pack in packs:
        languages = _languages(conn, pack_id, base)
        chosen = pick_language(language, languages)
        items = _read_pack(conn, pack_id, chosen)
        items.info = _info(conn, pack_id, chosen, version, role, benchmark_pack, languages)
        if role == BENCHMARK and benchmark is None:
            benchmark = items
        else:
            guidance.append(items)
    return assemble_content(benchmark, guidance)


def pick_language(wanted: str, languages: tuple[str, ...]) -> str:
    """``wanted`` if the pack has it, else its language without the region (``de`` for
    ``de-at``), else the pack's base language (``languages[0]``).

    ``wanted`` may be a pack's code (``pt-br``) or a locale name as Qt and the system give it
    (``de_DE``, ``de_AT.UTF-8``): case, ``_`` for ``-`` and an encoding do not matter."""
    tag = wanted.split(".")[0].split("@")[0].replace("_", "-").lower()
    parts = [part for part in tag.split("-") if part]
    by_key = {language.lower(): language for language in languages}
    for end in range(len(parts), 0, -1):
        candidate = "-".join(parts[:end])
        if candidate in by_key:
            return by_key[candidate]
    return languages[0]


def _languages(conn: sqlite3.Connection, pack_id: str, base: str) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT language FROM pack_languages WHERE pack_id = ? ORDER BY language", [pack_id]
    )
    return (base, *(row[0] for row in rows if row[0] != base))


def _info(conn, pack_id, language, version, role, benchmark_pack, languages) -> PackInfo:
    title, source, description, licence = conn.execute(
        "SELECT title, source, description, licence FROM pack_languages "
        "WHERE pack_id = ? AND language = ?",
        [pack_id, language],
    ).fetchone()
    return PackInfo(
        id=pack_id,
        title=title,
        version=version,
        language=language,
        source=source or "",
        description=description or "",
        licence=licence or "",
        role=role,
        benchmark_pack=benchmark_pack or "",
        languages=languages,
    )


def _read_pack(conn: sqlite3.Connection, pack_id: str, language: str) -> PackContent:
    def read(table: str, columns: str) -> list[dict]:
        cursor = conn.execute(
            f"SELECT {columns} FROM {table} WHERE pack_id = ? AND language = ? ORDER BY position",
            [pack_id, language],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    return PackContent(
        info=PackInfo(pack_id, "", "", language, ""),
        dimensions=[
            Dimension(**r)
            for r in read("dimensions", "code, number, title, description, why, source")
        ],
        subthemes=[SubTheme(**r) for r in read("subthemes", "code, dimension, title, source")],
        benchmarks=[
            Benchmark(**{**r, "tags": tuple(t for t in r["tags"].split(",") if t)})
            for r in read(
                "benchmarks",
                "code, subtheme, dimension, title, text, coalesce(tags, '') AS tags, source",
            )
        ],
        challenges=[Challenge(**r) for r in read("challenges", "code, dimension, text, source")],
        practices=[
            Practice(**{k: v or "" for k, v in r.items()})
            for r in read(
                "practices",
                "code, dimension, name, name_en, place, country, started, summary, run_by, "
                "success, source",
            )
        ],
        guide=[GuideStep(**r) for r in read("guide_steps", "code, number, title, text, source")],
        guide_items=[
            GuideItem(
                **{
                    **r,
                    **{name: tuple(v for v in r[name].split(",") if v) for name in _LIST_COLUMNS},
                }
            )
            for r in read(
                "guide_items",
                'code, kind, grp AS "group", label, title, text, dimensions, partners, '
                "funding, see, source",
            )
        ],
        suggestions=[Suggestion(**r) for r in read("suggestions", "target, item, why")],
    )
