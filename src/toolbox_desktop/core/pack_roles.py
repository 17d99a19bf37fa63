"""What a pack's role allows: which files it may hold, which manifest fields it needs, and
for a guidance pack, the benchmark pack whose dimension codes its items use.

A benchmark pack holds everything an assessment rates (all six content files, as the
Whole-COMM pack does). A guidance pack never holds dimensions, sub-themes or benchmarks: it
only adds material (challenges, practices, guide steps; a guide's quick wins, engagement
points, city examples, handouts and the suggestions for each benchmark) that names the
benchmark pack's codes, so it can never change what is scored.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.machinery import PathFinder
from pathlib import Path

from toolbox_desktop.core.content import BENCHMARK, GUIDANCE, ROLES
from toolbox_desktop.core.pack_files import (
    BENCHMARKS,
    CHALLENGES,
    CONTENT_FILES,
    DIMENSIONS,
    GUIDE,
    MANIFEST,
    PRACTICES,
    Checker,
)
from toolbox_desktop.core.pack_problems import (
    MSG_BAD_LANGUAGE,
    MSG_GUIDANCE_EMPTY,
    MSG_MISSING_FIELD,
    MSG_MISSING_ROLE,
    MSG_NO_BENCHMARK_PACK,
    MSG_NOT_FOR_ROLE,
    MSG_ONLY_GUIDANCE,
    MSG_UNKNOWN_ROLE,
)
from toolbox_desktop.core.pack_schemas import BENCHMARK_FILES, GUIDE_FILES
from toolbox_desktop.core.records import Record, parse_records

# The files each role may hold; a benchmark pack must hold all of its own.
ROLE_FILES = {
    BENCHMARK: BENCHMARK_FILES,
    GUIDANCE: (CHALLENGES, PRACTICES, GUIDE, *GUIDE_FILES),
}


def check_role(manifest: Record | None, checker: Checker) -> str:
    """The pack's role as its manifest says. A missing or unknown role is a problem; the rest
    of the pack is then checked as a benchmark pack, so that every other problem is listed."""
    if manifest is None:
        return BENCHMARK
    role = manifest.get("role")
    if "role" not in manifest.fields:
        checker.add(MANIFEST, manifest.line, "role", MSG_MISSING_ROLE)
    elif role not in ROLES:
        checker.add(
            MANIFEST,
            manifest.line_of("role"),
            "role",
            MSG_UNKNOWN_ROLE,
            role=role,
            allowed=", ".join(ROLES),
        )
    if role == GUIDANCE:
        if not manifest.get("benchmark_pack"):
            checker.add(
                MANIFEST, manifest.line, "benchmark_pack", MSG_MISSING_FIELD, field="benchmark_pack"
            )
    elif "benchmark_pack" in manifest.fields:
        checker.add(
            MANIFEST,
            manifest.line_of("benchmark_pack"),
            "benchmark_pack",
            MSG_ONLY_GUIDANCE,
            field="benchmark_pack",
        )
    check_language(manifest, checker)
    return role if role in ROLES else BENCHMARK


def is_language_code(name: str) -> bool:
    """``name`` is a language code CLDR knows, written in lower case with ``-`` (``de``,
    ``nl``, ``pt-br``): a word like ``img`` or ``old`` that merely looks like one is not.

    Every start asks this of each pack's translation folders, and importing Babel costs
    about 7 ms: a plain language code (``de``) whose CLDR data file Babel ships is one
    ``Locale.parse`` accepts, so that case is answered from the file, without Babel."""
    if not name or name != name.lower() or not name.isascii():
        return False
    if _PLAIN_LANGUAGE.fullmatch(name) and _babel_has_data_for(name):
        return True
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name, sep="-")
    except (UnknownLocaleError, ValueError):
        return False
    return True


_PLAIN_LANGUAGE = re.compile(r"[a-z]{2,3}")


@cache
def _babel_has_data_for(language: str) -> bool:
    """Whether Babel's ``locale-data`` folder holds ``language``'s file (False when it
    cannot be found: then ``Locale.parse`` answers)."""
    spec = PathFinder.find_spec("babel")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / "locale-data" / f"{language}.dat").is_file():
            return True
    return False


def check_language(manifest: Record, checker: Checker) -> None:
    language = manifest.get("language")
    if language and not is_language_code(language):
        checker.add(
            MANIFEST, manifest.line_of("language"), "language", MSG_BAD_LANGUAGE, language=language
        )


def files_of_role(folder: Path, role: str, checker: Checker) -> tuple[str, ...]:
    """The content files to read: all of a benchmark pack's (a missing one is a problem), or
    those a guidance pack has; a file the role may not hold is a problem."""
    allowed = ROLE_FILES[role]
    if role == BENCHMARK:
        return allowed
    present = tuple(name for name in CONTENT_FILES if (folder / name).is_file())
    for name in present:
        if name not in allowed:
            checker.add(name, 0, "", MSG_NOT_FOR_ROLE, role=role, allowed=", ".join(allowed))
    if not any(name in allowed for name in present):
        checker.add(MANIFEST, 0, "", MSG_GUIDANCE_EMPTY, allowed=", ".join(allowed))
    return tuple(name for name in present if name in allowed)


def benchmark_codes(folder: Path, manifest: Record, checker: Checker) -> dict[str, set[str]] | None:
    """The codes of the benchmark pack a guidance pack names (``dimensions``, ``benchmarks``,
    ``practices``), found beside it (the packs of an installation lie side by side in one
    content folder); None if not found."""
    wanted = manifest.get("benchmark_pack")
    if not wanted:
        return None
    for sibling in sorted(folder.parent.iterdir()):
        if sibling == folder or not (sibling / MANIFEST).is_file():
            continue
        head = _one_record(sibling / MANIFEST)
        if head and head.get("id") == wanted and head.get("role") == BENCHMARK:
            return {
                key: {record.get("code") for record in _all_records(sibling / filename)}
                for key, filename in (
                    ("dimensions", DIMENSIONS),
                    ("benchmarks", BENCHMARKS),
                    ("practices", PRACTICES),
                )
            }
    checker.add(
        MANIFEST,
        manifest.line_of("benchmark_pack"),
        "benchmark_pack",
        MSG_NO_BENCHMARK_PACK,
        pack=wanted,
        path=str(folder.parent),
    )
    return None


def _all_records(path: Path) -> list[Record]:
    try:
        records, _problems = parse_records(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return []
    return records


def _one_record(path: Path) -> Record | None:
    records = _all_records(path)
    return records[0] if len(records) == 1 else None
