"""Load and validate a content pack folder, reporting every problem with file, line and field.

A pack is one folder, ``data/content/<id>/``: a manifest with its role (``benchmark`` or
``guidance``), the content files of its base language, and a sub-folder per translation
(``de/``, ``nl/``) with the same files, codes and links. Validation never stops at the first
problem: a content author fixing a pack wants the whole list at once. A pack with any problem,
in any language, yields no content, so a broken edit can never replace the last good content
in the database.

The checks live in ``pack_files`` (fields, codes, links of one language), ``pack_roles``
(what a role may hold) and ``pack_translations`` (a translation against the base language).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolbox_desktop.core.content import (
    BENCHMARK,
    GUIDANCE,
    Benchmark,
    Challenge,
    Content,
    Dimension,
    GuideStep,
    PackContent,
    PackInfo,
    Practice,
    SubTheme,
    assemble_content,
)
from toolbox_desktop.core.guide_build import build_guide_items, build_suggestions
from toolbox_desktop.core.guide_checks import check_guide_links, check_guide_targets
from toolbox_desktop.core.pack_files import (
    BENCHMARKS,
    CHALLENGES,
    CONTENT_FILES,
    DIMENSIONS,
    GUIDE,
    MANIFEST,
    MANIFEST_SCHEMA,
    PRACTICES,
    SCHEMA_OF,
    SUBTHEMES,
    TITLE_LIMIT,
    Checker,
    split_tags,
)
from toolbox_desktop.core.pack_problems import (
    CTX,
    MSG_DUPLICATE_CODE,
    MSG_MISSING_FIELD,
    MSG_NO_PACKS,
    MSG_NOT_A_FOLDER,
    MSG_ONE_MANIFEST,
    MSG_SAME_PACK_ID,
    MSG_TWO_BENCHMARK_PACKS,
    PackProblem,
)
from toolbox_desktop.core.pack_roles import (
    benchmark_codes,
    check_role,
    files_of_role,
)
from toolbox_desktop.core.pack_translations import check_translation, translation_folders
from toolbox_desktop.core.records import Record, parse_records

__all__ = [
    "CTX",
    "MANIFEST",
    "MSG_DUPLICATE_CODE",
    "MSG_MISSING_FIELD",
    "MSG_NO_PACKS",
    "MSG_SAME_PACK_ID",
    "MSG_TWO_BENCHMARK_PACKS",
    "PACK_FILES",
    "TITLE_LIMIT",
    "PackLoadResult",
    "PackProblem",
    "clashes_between",
    "find_packs",
    "load_pack",
    "pack_checksum",
    "read_manifest",
]

PACK_FILES = (MANIFEST, *CONTENT_FILES)


@dataclass
class PackLoadResult:
    """The outcome of loading a pack: content only when there are no problems.

    ``languages`` holds the pack's items in each of its languages, the base language first;
    ``content`` is the base language as one ``Content`` (a guidance pack's items in
    ``content.guidance``)."""

    folder: Path
    info: PackInfo | None
    content: Content | None
    problems: list[PackProblem]
    checksum: str = ""
    languages: dict[str, PackContent] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems and self.content is not None


def pack_checksum(folder: Path) -> str:
    """A fingerprint of the pack's files in every language, so an edit is noticed even
    without a version bump."""
    digest = _sha256()
    for prefix, where in [("", folder)] + [(f"{t.name}/", t) for t in translation_folders(folder)]:
        for name in PACK_FILES:
            digest.update((prefix + name).encode())
            try:
                digest.update((where / name).read_bytes())
            except OSError:
                digest.update(b"\0missing")
    return digest.hexdigest()


def _sha256():
    """SHA-256 as ``hashlib.sha256`` computes it, from CPython's own module where there is
    one: every start checks the packs, and ``hashlib`` loads OpenSSL (about 4 ms)."""
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # Python 3.12 and later
        except ImportError:
            from hashlib import sha256
    return sha256()


def read_manifest(folder: Path) -> PackInfo | None:
    """Read only the manifest (cheap): enough to decide whether a pack needs loading."""
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    records, problems = parse_records(text)
    if problems or len(records) != 1:
        return None
    info = _pack_info(records[0])
    return replace(info, languages=(info.language, *_translation_names(folder, info.language)))


def find_packs(content_root: Path) -> list[Path]:
    """Every folder under ``content_root`` that holds a manifest, in name order."""
    if not content_root.is_dir():
        return []
    return sorted(p for p in content_root.iterdir() if (p / MANIFEST).is_file())


def clashes_between(
    folders: list[Path], manifests: dict[Path, PackInfo | None] | None = None
) -> dict[Path, list[PackProblem]]:
    """The problems of packs that cannot be loaded together, by folder: packs sharing an id
    (one would replace the other's rows in the database: a copied folder whose id was not
    changed could wipe out the benchmark pack) and a second benchmark pack. Every folder
    involved gets its problems; none of them is loaded. ``manifests`` (``read_manifest`` of
    each folder) saves reading them again."""
    if manifests is None:
        manifests = {folder: read_manifest(folder) for folder in folders}
    known = {folder: info for folder, info in manifests.items() if info is not None}
    clashes: dict[Path, list[PackProblem]] = {}
    for folder, problems in [*_shared_ids(known), *_second_benchmark_packs(known)]:
        clashes.setdefault(folder, []).extend(problems)
    return clashes


def _shared_ids(manifests: dict[Path, PackInfo]) -> list[tuple[Path, list[PackProblem]]]:
    """Each folder whose pack id another folder also uses, with one problem per other."""
    found = []
    for folder, info in manifests.items():
        others = [f for f, i in manifests.items() if f != folder and i.id == info.id]
        if info.id and others:
            found.append((folder, [_same_id(info, other) for other in others]))
    return found


def _same_id(info: PackInfo, other: Path) -> PackProblem:
    return PackProblem(MANIFEST, 0, "id", MSG_SAME_PACK_ID, {"id": info.id, "other": other.name})


def _second_benchmark_packs(
    manifests: dict[Path, PackInfo],
) -> list[tuple[Path, list[PackProblem]]]:
    """Only one benchmark pack can be in use (it is what every assessment scores against).
    When several folders say ``role: benchmark``, each of them gets a problem."""
    benchmark = [folder for folder, info in manifests.items() if info.role == BENCHMARK]
    if len(benchmark) < 2:
        return []
    names = {"first": benchmark[0].name, "second": benchmark[1].name}
    problem = PackProblem(MANIFEST, 0, "role", MSG_TWO_BENCHMARK_PACKS, names)
    return [(folder, [problem]) for folder in benchmark]


def _same_id_beside(folder: Path, info: PackInfo | None) -> list[PackProblem]:
    """``content check`` on one pack: a pack beside it (in the same content folder) with the
    same id, which would keep both from loading."""
    if info is None or not info.id:
        return []
    beside = [f for f in find_packs(folder.parent) if f.resolve() != folder.resolve()]
    return [
        _same_id(info, other)
        for other in beside
        if (other_info := read_manifest(other)) and other_info.id == info.id
    ]


def load_pack(folder: Path) -> PackLoadResult:
    """Parse and validate every file of the pack in ``folder``, in every language."""
    folder = Path(folder)
    if not folder.is_dir():
        problem = PackProblem(str(folder), 0, "", MSG_NOT_A_FOLDER, {"path": str(folder)})
        return PackLoadResult(folder, None, None, [problem])
    problems: list[PackProblem] = []
    checker = Checker(problems)
    manifests = checker.read(folder, MANIFEST_SCHEMA)
    manifest = manifests[0] if len(manifests) == 1 else None
    if len(manifests) > 1:
        checker.add(MANIFEST, manifests[1].line, "", MSG_ONE_MANIFEST, count=len(manifests))
    role = check_role(manifest, checker)
    files = {
        name: checker.read(folder, SCHEMA_OF[name]) for name in files_of_role(folder, role, checker)
    }
    guidance = role == GUIDANCE and manifest is not None
    codes = benchmark_codes(folder, manifest, checker) if guidance else None
    checker.check_references(files, codes["dimensions"] if codes else None, external=guidance)
    check_guide_links(files, checker)
    check_guide_targets(files, codes, checker)
    info = _pack_info(manifest) if manifest is not None else None
    problems.extend(_same_id_beside(folder, info))
    translations = {
        sub.name: check_translation(files, info.language if info else "", sub, problems)
        for sub in translation_folders(folder)
    }
    checksum = pack_checksum(folder)
    if problems or info is None:
        return PackLoadResult(folder, info, None, problems, checksum)
    info = replace(info, languages=(info.language, *translations))
    languages = {info.language: _build(info, files, files)}
    for language, translated in translations.items():
        languages[language] = _build(
            _translated_info(info, translated[MANIFEST][0]), translated, files
        )
    base = languages[info.language]
    content = assemble_content(base, []) if role == BENCHMARK else assemble_content(None, [base])
    return PackLoadResult(folder, info, content, problems, checksum, languages)


def _translation_names(folder: Path, base_language: str) -> tuple[str, ...]:
    return tuple(t.name for t in translation_folders(folder) if t.name != base_language)


def _pack_info(record: Record) -> PackInfo:
    return PackInfo(
        id=record.get("id"),
        title=record.get("title"),
        version=record.get("version"),
        language=record.get("language"),
        source=record.get("source"),
        description=record.get("description"),
        licence=record.get("licence"),
        role=record.get("role"),
        benchmark_pack=record.get("benchmark_pack"),
    )


def _translated_info(info: PackInfo, record: Record) -> PackInfo:
    """The manifest in a translation's words; what it leaves out stays as in the base."""
    return replace(
        info,
        language=record.get("language"),
        title=record.get("title"),
        source=record.get("source") or info.source,
        description=record.get("description") or info.description,
        licence=record.get("licence") or info.licence,
    )


def _build(
    info: PackInfo, files: dict[str, list[Record]], base: dict[str, list[Record]]
) -> PackContent:
    """One language's items, in the base language's order (a translation's order of records
    does not matter; its codes and links are those of the base)."""

    def build(filename: str, make: Callable[[Record], object]) -> list:
        by_code = {r.get("code"): r for r in files.get(filename, [])}
        return [make(by_code[r.get("code")]) for r in base.get(filename, [])]

    subthemes = build(
        SUBTHEMES,
        lambda r: SubTheme(r.get("code"), r.get("dimension"), r.get("title"), r.get("source")),
    )
    dimension_of = {s.code: s.dimension for s in subthemes}
    return PackContent(
        info=info,
        dimensions=build(
            DIMENSIONS,
            lambda r: Dimension(
                r.get("code"),
                int(r.get("number")),
                r.get("title"),
                r.get("description"),
                r.get("why"),
                r.get("source"),
            ),
        ),
        subthemes=subthemes,
        benchmarks=build(
            BENCHMARKS,
            lambda r: Benchmark(
                r.get("code"),
                r.get("subtheme"),
                dimension_of[r.get("subtheme")],
                r.get("title"),
                r.get("text"),
                split_tags(r.get("tags")),
                r.get("source"),
            ),
        ),
        challenges=build(
            CHALLENGES,
            lambda r: Challenge(r.get("code"), r.get("dimension"), r.get("text"), r.get("source")),
        ),
        practices=build(
            PRACTICES,
            lambda r: Practice(
                r.get("code"),
                r.get("dimension"),
                r.get("name"),
                r.get("name_en"),
                r.get("place"),
                r.get("country"),
                r.get("started"),
                r.get("summary"),
                r.get("run_by"),
                r.get("success"),
                r.get("source"),
            ),
        ),
        guide=build(
            GUIDE,
            lambda r: GuideStep(
                r.get("code"), int(r.get("number")), r.get("title"), r.get("text"), r.get("source")
            ),
        ),
        guide_items=build_guide_items(files, base),
        suggestions=build_suggestions(files, base),
    )
