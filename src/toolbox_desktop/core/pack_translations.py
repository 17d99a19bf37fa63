"""A pack's translations: ``<pack>/<language>/`` holds the same files as the pack folder, with
exactly the same codes and structural fields (links, numbers, tags); only texts differ.

A translation is checked against the pack's base language (the files in the pack folder
itself), so that every language of a pack rates and links the same items: a missing code,
an extra code or a changed link is a problem with its file and line.
"""

from __future__ import annotations

from pathlib import Path

from toolbox_desktop.core.guide_checks import check_guide_links
from toolbox_desktop.core.pack_files import (
    CONTENT_FILES,
    MANIFEST,
    SCHEMA_OF,
    TRANSLATION_MANIFEST_SCHEMA,
    Checker,
    FileSchema,
)
from toolbox_desktop.core.pack_problems import (
    MSG_BASE_LANGUAGE_FOLDER,
    MSG_EXTRA_CODE,
    MSG_FILE_NOT_IN_BASE,
    MSG_MISSING_CODE,
    MSG_ONE_MANIFEST,
    MSG_STRUCTURE_DIFFERS,
    PackProblem,
)
from toolbox_desktop.core.pack_roles import is_language_code
from toolbox_desktop.core.pack_schemas import split_list
from toolbox_desktop.core.records import Record, parse_records


def translation_folders(folder: Path) -> list[Path]:
    """The pack's translations, in name order: the sub-folders named after a real language
    code (``de``, ``nl``, ``pt-br``) that hold a ``manifest.txt`` saying that language.

    Any other sub-folder (``img/``, ``old/``, ``doc/``, an old copy of the pack) is not part
    of the pack: a pack may carry such folders without being refused."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        child
        for child in children
        if child.is_dir()
        and _manifest_language(child) == child.name  # first: cheaper than asking CLDR
        and is_language_code(child.name)
    ]


def _manifest_language(folder: Path) -> str:
    """The ``language`` of the first record in ``folder/manifest.txt`` ("" if none)."""
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""
    records, _problems = parse_records(text)
    return records[0].get("language").strip() if records else ""


def check_translation(
    base: dict[str, list[Record]], base_language: str, folder: Path, problems: list[PackProblem]
) -> dict[str, list[Record]]:
    """Read the translation in ``folder`` and add every way it differs from ``base`` (the
    base language's records by file name) to ``problems``. Returns its records by file."""
    checker = Checker(problems, prefix=f"{folder.name}/")
    manifests = checker.read(folder, TRANSLATION_MANIFEST_SCHEMA)
    if len(manifests) > 1:
        checker.add(MANIFEST, manifests[1].line, "", MSG_ONE_MANIFEST, count=len(manifests))
    if manifests and folder.name == base_language:
        checker.add(
            MANIFEST,
            manifests[0].line_of("language"),
            "language",
            MSG_BASE_LANGUAGE_FOLDER,
            language=folder.name,
        )
    files = {MANIFEST: manifests}
    for name in CONTENT_FILES:
        if name in base:
            files[name] = checker.read(folder, SCHEMA_OF[name])
            if files[name]:
                _compare(name, base[name], files[name], checker)
        elif (folder / name).exists():
            checker.add(name, 0, "", MSG_FILE_NOT_IN_BASE, name=name)
    check_guide_links(files, checker)
    return files


def _compare(name: str, base: list[Record], translated: list[Record], checker: Checker) -> None:
    """Missing and extra codes, and structural fields that differ from the base language."""
    base_by_code = {r.get("code"): r for r in base if r.get("code")}
    seen = set()
    for record in translated:
        code = record.get("code")
        if not code:
            continue
        seen.add(code)
        original = base_by_code.get(code)
        if original is None:
            checker.add(
                name, record.line_of("code"), "code", MSG_EXTRA_CODE, code=code, base_file=name
            )
            continue
        schema = SCHEMA_OF[name]
        for field_name in schema.structural:
            if _normal(schema, field_name, record) != _normal(schema, field_name, original):
                checker.add(
                    name,
                    record.line_of(field_name),
                    field_name,
                    MSG_STRUCTURE_DIFFERS,
                    value=record.get(field_name),
                    base_value=original.get(field_name),
                    base_file=name,
                    base_line=original.line_of(field_name),
                )
    for code, original in base_by_code.items():
        if code not in seen:
            checker.add(
                name,
                0,
                "code",
                MSG_MISSING_CODE,
                code=code,
                base_file=name,
                base_line=original.line_of("code"),
            )


def _normal(schema: FileSchema, field_name: str, record: Record) -> object:
    value = record.get(field_name)
    return split_list(value) if field_name in schema.lists else value.strip()
