"""The links of a guide pack's files: groups, cross-references, suggestions.

A guidance pack made from a guide links its items to each other (``see``), to the groups they
belong to (an engagement point to its section) and, through ``suggestions.txt``, maps every
benchmark of the benchmark pack to the items that fit it. A link that names nothing would show
an empty line in the library or an empty suggestion, so every one is checked when the pack is
loaded, in every language, with file, line and field.
"""

from __future__ import annotations

from collections.abc import Collection

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.pack_files import Checker
from toolbox_desktop.core.pack_problems import MSG_DUPLICATE_CODE, MSG_UNKNOWN_REFERENCE
from toolbox_desktop.core.pack_schemas import GUIDE_FILES, SCHEMA_OF, SUGGESTIONS, split_list
from toolbox_desktop.core.records import Record

MSG_SUGGEST_OR_NONE = QT_TRANSLATE_NOOP(
    "PackProblem", "give either 'suggest' with 'why', or 'none' with the reason"
)
MSG_WHY_MISMATCH = QT_TRANSLATE_NOOP(
    "PackProblem",
    "'why' must give one line per suggested code, in the same order, as '<code>: <reason>' "
    "separated by a line holding only '.' (expected {expected}, found {found})",
)


def why_lines(why: str) -> list[tuple[str, str]]:
    """``(code, reason)`` for each paragraph of a suggestion's ``why`` field."""
    lines = []
    for paragraph in why.split("\n\n"):
        code, _colon, reason = paragraph.partition(":")
        lines.append((code.strip(), reason.strip()))
    return lines


def check_guide_links(files: dict[str, list[Record]], checker: Checker) -> None:
    """Links inside one language of the pack: groups named by items exist, ``see`` names an
    item of the pack, and each suggestion explains every suggested code."""
    codes = _item_codes(files)
    for name in GUIDE_FILES:
        schema = SCHEMA_OF[name]
        records = files.get(name, [])
        if schema.group_field:
            groups = {r.get("code") for r in records if schema.is_group(r.fields)}
            for record in records:
                _must_know(checker, name, record, schema.group_field, groups)
        for record in records:
            _must_know(checker, name, record, "see", codes)
    _check_suggestion_records(files.get(SUGGESTIONS, []), checker)


def check_guide_targets(
    files: dict[str, list[Record]], benchmark_codes: dict[str, set[str]] | None, checker: Checker
) -> None:
    """Links into the benchmark pack: dimensions, the benchmarks a suggestion is for, and the
    benchmark pack's practices a suggestion names. ``benchmark_codes`` is None when that pack
    was not found (a problem of its own)."""
    if benchmark_codes is None:
        return
    dimensions = benchmark_codes["dimensions"]
    for name in GUIDE_FILES:
        if "dimensions" in SCHEMA_OF[name].fields:
            for record in files.get(name, []):
                _must_know(checker, name, record, "dimensions", dimensions)
    own = _item_codes(files)
    targets = benchmark_codes["benchmarks"] | dimensions
    suggestible = own | benchmark_codes["practices"]
    for record in files.get(SUGGESTIONS, []):
        _must_know(checker, SUGGESTIONS, record, "code", targets)
        _must_know(checker, SUGGESTIONS, record, "suggest", suggestible)


def _item_codes(files: dict[str, list[Record]]) -> set[str]:
    """The codes of the pack's own items (every guide file but the suggestions)."""
    return {
        r.get("code") for name in GUIDE_FILES if name != SUGGESTIONS for r in files.get(name, [])
    }


def _check_suggestion_records(records: list[Record], checker: Checker) -> None:
    seen: dict[str, int] = {}
    for record in records:
        code = record.get("code")
        if code in seen:
            checker.add(
                SUGGESTIONS,
                record.line_of("code"),
                "code",
                MSG_DUPLICATE_CODE,
                code=code,
                other_file=checker.prefix + SUGGESTIONS,
                other_line=seen[code],
            )
        seen.setdefault(code, record.line_of("code"))
        suggest = split_list(record.get("suggest"))
        has_none = bool(record.get("none"))
        if bool(suggest) == has_none or (has_none and record.get("why")):
            checker.add(SUGGESTIONS, record.line, "suggest", MSG_SUGGEST_OR_NONE)
            continue
        if suggest:
            found = tuple(code for code, _reason in why_lines(record.get("why")))
            reasons = [reason for _code, reason in why_lines(record.get("why"))]
            if found != suggest or not all(reasons):
                checker.add(
                    SUGGESTIONS,
                    record.line_of("why"),
                    "why",
                    MSG_WHY_MISMATCH,
                    expected=", ".join(suggest),
                    found=", ".join(found),
                )


def _must_know(
    checker: Checker, filename: str, record: Record, field_name: str, known: Collection[str]
) -> None:
    schema = SCHEMA_OF[filename]
    value = record.get(field_name)
    values = split_list(value) if field_name in schema.lists else (value,)
    for one in values:
        if one and one not in known:
            checker.add(
                filename,
                record.line_of(field_name),
                field_name,
                MSG_UNKNOWN_REFERENCE,
                field=field_name,
                value=one,
            )
