"""What can be wrong in a content pack: one ``PackProblem`` per mistake, with its file, line and
field, and the message as a translatable template (the window and ``--lang`` translate it).

The templates live here, apart from the checks, so that every check module (the files, the
roles, the translations) words its problems the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

CTX = "PackProblem"
MSG_NOT_A_FOLDER = QT_TRANSLATE_NOOP("PackProblem", "'{path}' is not a folder")
MSG_NO_PACKS = QT_TRANSLATE_NOOP(
    "PackProblem", "no content pack (a folder with a manifest.txt) was found in '{path}'"
)
MSG_MISSING_FILE = QT_TRANSLATE_NOOP("PackProblem", "required file is missing")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("PackProblem", "the file cannot be read: {reason}")
MSG_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "PackProblem", "the file is not UTF-8 text (bad byte at position {offset})"
)
MSG_ONE_MANIFEST = QT_TRANSLATE_NOOP(
    "PackProblem", "the manifest must hold exactly one record, found {count}"
)
MSG_NO_RECORDS = QT_TRANSLATE_NOOP("PackProblem", "the file holds no records")
MSG_MISSING_FIELD = QT_TRANSLATE_NOOP("PackProblem", "required field '{field}' is missing")
MSG_EMPTY_FIELD = QT_TRANSLATE_NOOP("PackProblem", "field '{field}' is empty")
MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("PackProblem", "unknown field '{field}' (allowed: {allowed})")
MSG_BAD_CODE = QT_TRANSLATE_NOOP(
    "PackProblem", "code '{code}' does not follow the pattern {pattern}"
)
MSG_CODE_PARENT = QT_TRANSLATE_NOOP(
    "PackProblem", "code '{code}' must start with its {parent_field} '{parent}'"
)
MSG_DUPLICATE_CODE = QT_TRANSLATE_NOOP(
    "PackProblem", "code '{code}' is already used in {other_file} line {other_line}"
)
MSG_UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP("PackProblem", "unknown {field} '{value}'")
MSG_UNKNOWN_VALUE = QT_TRANSLATE_NOOP(
    "PackProblem", "unknown {field} '{value}' (allowed: {allowed})"
)
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP("PackProblem", "'{value}' is not a whole number")
MSG_UNKNOWN_TAG = QT_TRANSLATE_NOOP("PackProblem", "unknown tag '{tag}' (allowed: {allowed})")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "PackProblem", "is {length} characters long; at most {limit} are allowed"
)

# Roles (core/pack_roles.py)
MSG_MISSING_ROLE = QT_TRANSLATE_NOOP(
    "PackProblem",
    "required field 'role' is missing: write 'role: benchmark' for the pack assessments score "
    "against, or 'role: guidance' for actions, examples and handouts",
)
MSG_UNKNOWN_ROLE = QT_TRANSLATE_NOOP("PackProblem", "unknown role '{role}' (allowed: {allowed})")
MSG_NOT_FOR_ROLE = QT_TRANSLATE_NOOP(
    "PackProblem",
    "a {role} pack may not hold this file (it may hold: {allowed})",
)
MSG_GUIDANCE_EMPTY = QT_TRANSLATE_NOOP(
    "PackProblem", "a guidance pack must hold at least one of: {allowed}"
)
MSG_ONLY_GUIDANCE = QT_TRANSLATE_NOOP("PackProblem", "field '{field}' is only for guidance packs")
MSG_NO_BENCHMARK_PACK = QT_TRANSLATE_NOOP(
    "PackProblem", "no benchmark pack with id '{pack}' was found beside this pack, in '{path}'"
)
MSG_TWO_BENCHMARK_PACKS = QT_TRANSLATE_NOOP(
    "PackProblem",
    "only one benchmark pack can be in use, but '{first}' and '{second}' both say "
    "'role: benchmark'",
)
MSG_SAME_PACK_ID = QT_TRANSLATE_NOOP(
    "PackProblem",
    "the pack in '{other}' has the same id '{id}': every pack needs an id of its own, and "
    "packs that share one are not loaded",
)
MSG_ROLE_CHANGED = QT_TRANSLATE_NOOP(
    "PackProblem",
    "the loaded pack with id '{id}' is a {stored} pack and cannot be replaced by a {role} "
    "pack: give this pack an id of its own",
)
MSG_BAD_LANGUAGE = QT_TRANSLATE_NOOP(
    "PackProblem", "'{language}' is not a language code such as 'en', 'de' or 'nl'"
)

# Translations (core/pack_translations.py)
MSG_BASE_LANGUAGE_FOLDER = QT_TRANSLATE_NOOP(
    "PackProblem",
    "'{language}' is the pack's base language, whose files are in the pack folder itself",
)
MSG_FILE_NOT_IN_BASE = QT_TRANSLATE_NOOP(
    "PackProblem", "the pack's base language has no {name}, so a translation may not have one"
)
MSG_MISSING_CODE = QT_TRANSLATE_NOOP(
    "PackProblem",
    "code '{code}' ({base_file} line {base_line}) is missing from this translation",
)
MSG_EXTRA_CODE = QT_TRANSLATE_NOOP(
    "PackProblem", "code '{code}' is not in the pack's base language ({base_file})"
)
MSG_STRUCTURE_DIFFERS = QT_TRANSLATE_NOOP(
    "PackProblem",
    "'{value}' differs from '{base_value}' in {base_file} line {base_line}: a translation "
    "changes only texts",
)


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong in a pack: where it is and what is wrong, as a translatable template.

    ``file`` is relative to the pack folder: ``benchmarks.txt``, or ``de/benchmarks.txt`` in
    a translation."""

    file: str
    line: int
    field: str
    template: str
    params: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def location(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}" if self.field else where

    def __str__(self) -> str:
        return f"{self.location()}: {self.message}"
