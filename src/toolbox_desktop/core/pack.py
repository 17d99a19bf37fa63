"""Load and validate a content pack folder, reporting every problem with file, line and field.

Validation never stops at the first problem: a content author fixing a pack wants the whole
list at once. A pack with any problem yields no content, so a broken edit can never replace the
last good content in the database.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from toolbox_desktop.core.content import (
    TAGS,
    Benchmark,
    Challenge,
    Content,
    Dimension,
    GuideStep,
    PackInfo,
    Practice,
    SubTheme,
)
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.records import Record, parse_records

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
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP("PackProblem", "'{value}' is not a whole number")
MSG_UNKNOWN_TAG = QT_TRANSLATE_NOOP("PackProblem", "unknown tag '{tag}' (allowed: {allowed})")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "PackProblem", "is {length} characters long; at most {limit} are allowed"
)

MANIFEST = "manifest.txt"
TITLE_LIMIT = 80
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong in a pack: where it is and what is wrong, as a translatable template."""

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


@dataclass
class PackLoadResult:
    """The outcome of loading a pack: content only when there are no problems."""

    folder: Path
    info: PackInfo | None
    content: Content | None
    problems: list[PackProblem]
    checksum: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems and self.content is not None


@dataclass(frozen=True)
class _Schema:
    filename: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    code_pattern: str = ""
    parent_field: str = ""  # field whose value the code must start with


SCHEMAS = (
    _Schema(MANIFEST, ("id", "title", "version", "language", "source"), ("description", "licence")),
    _Schema(
        "dimensions.txt",
        ("code", "number", "title", "description", "why", "source"),
        code_pattern=rf"{_SLUG}",
    ),
    _Schema(
        "subthemes.txt",
        ("code", "dimension", "title", "source"),
        code_pattern=rf"({_SLUG})\.{_SLUG}",
        parent_field="dimension",
    ),
    _Schema(
        "benchmarks.txt",
        ("code", "subtheme", "title", "text", "source"),
        ("tags",),
        code_pattern=rf"({_SLUG}\.{_SLUG})\.[0-9]+",
        parent_field="subtheme",
    ),
    _Schema(
        "challenges.txt",
        ("code", "dimension", "text", "source"),
        code_pattern=rf"({_SLUG})\.challenge\.[0-9]+",
        parent_field="dimension",
    ),
    _Schema(
        "practices.txt",
        (
            "code",
            "dimension",
            "name",
            "place",
            "country",
            "summary",
            "run_by",
            "success",
            "source",
        ),
        ("name_en", "started"),
        code_pattern=rf"({_SLUG})\.practice\.{_SLUG}",
        parent_field="dimension",
    ),
    _Schema(
        "guide.txt",
        ("code", "number", "title", "text", "source"),
        code_pattern=r"guide\.[0-9]+",
    ),
)
PACK_FILES = tuple(schema.filename for schema in SCHEMAS)


def pack_checksum(folder: Path) -> str:
    """A fingerprint of the pack's files, so an edit is noticed even without a version bump."""
    digest = hashlib.sha256()
    for name in PACK_FILES:
        path = folder / name
        digest.update(name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing")
    return digest.hexdigest()


def read_manifest(folder: Path) -> PackInfo | None:
    """Read only the manifest (cheap): enough to decide whether a pack needs loading."""
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    records, problems = parse_records(text)
    if problems or len(records) != 1:
        return None
    return _pack_info(records[0])


def find_packs(content_root: Path) -> list[Path]:
    """Every folder under ``content_root`` that holds a manifest, in name order."""
    if not content_root.is_dir():
        return []
    return sorted(p for p in content_root.iterdir() if (p / MANIFEST).is_file())


def load_pack(folder: Path) -> PackLoadResult:
    """Parse and validate every file of the pack in ``folder``."""
    folder = Path(folder)
    if not folder.is_dir():
        problem = PackProblem(str(folder), 0, "", MSG_NOT_A_FOLDER, {"path": str(folder)})
        return PackLoadResult(folder, None, None, [problem])
    checker = _Checker()
    files = {schema.filename: checker.read(folder, schema) for schema in SCHEMAS}
    checker.check_references(files)
    manifest = files[MANIFEST]
    info = _pack_info(manifest[0]) if len(manifest) == 1 else None
    if len(manifest) > 1:
        checker.add(MANIFEST, manifest[1].line, "", MSG_ONE_MANIFEST, count=len(manifest))
    content = None if checker.problems else _build_content(info, files)
    return PackLoadResult(folder, info, content, checker.problems, pack_checksum(folder))


class _Checker:
    """Collects problems while reading the files of one pack."""

    def __init__(self) -> None:
        self.problems: list[PackProblem] = []
        self.codes: dict[str, tuple[str, int]] = {}

    def add(self, file: str, line: int, field_name: str, template: str, **params) -> None:
        self.problems.append(PackProblem(file, line, field_name, template, params))

    def read(self, folder: Path, schema: _Schema) -> list[Record]:
        name = schema.filename
        path = folder / name
        if not path.is_file():
            self.add(name, 0, "", MSG_MISSING_FILE)
            return []
        try:
            data = path.read_bytes()
        except OSError as error:
            self.add(name, 0, "", MSG_UNREADABLE, reason=error.strerror or str(error))
            return []
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            self.add(name, line, "", MSG_NOT_UTF8, offset=error.start)
            return []
        records, syntax = parse_records(text)
        for problem in syntax:
            self.add(name, problem.line, problem.field, problem.template, **problem.params)
        if not records and not syntax:
            self.add(name, 0, "", MSG_NO_RECORDS)
        for record in records:
            self._check_fields(schema, record)
        return records

    def _check_fields(self, schema: _Schema, record: Record) -> None:
        name = schema.filename
        allowed = schema.required + schema.optional
        for field_name, value in record.fields.items():
            if field_name not in allowed:
                self.add(
                    name,
                    value.line,
                    field_name,
                    MSG_UNKNOWN_FIELD,
                    field=field_name,
                    allowed=", ".join(allowed),
                )
            elif not value.value and field_name in schema.required:
                self.add(name, value.line, field_name, MSG_EMPTY_FIELD, field=field_name)
        for field_name in schema.required:
            if field_name not in record.fields:
                self.add(name, record.line, field_name, MSG_MISSING_FIELD, field=field_name)
        for field_name in ("number", "started"):
            value = record.get(field_name)
            if value and not value.isdigit():
                self.add(
                    name, record.line_of(field_name), field_name, MSG_NOT_A_NUMBER, value=value
                )
        title = record.get("title")
        if name == "benchmarks.txt" and len(title) > TITLE_LIMIT:
            self.add(
                name,
                record.line_of("title"),
                "title",
                MSG_TOO_LONG,
                length=len(title),
                limit=TITLE_LIMIT,
            )
        for tag in _split_tags(record.get("tags")):
            if tag not in TAGS:
                self.add(
                    name,
                    record.line_of("tags"),
                    "tags",
                    MSG_UNKNOWN_TAG,
                    tag=tag,
                    allowed=", ".join(TAGS),
                )
        if schema.code_pattern:
            self._check_code(schema, record)

    def _check_code(self, schema: _Schema, record: Record) -> None:
        name, code = schema.filename, record.get("code")
        if not code:
            return
        line = record.line_of("code")
        match = re.fullmatch(schema.code_pattern, code)
        if not match:
            self.add(name, line, "code", MSG_BAD_CODE, code=code, pattern=_readable(schema))
        elif schema.parent_field:
            parent = record.get(schema.parent_field)
            if parent and match.group(1) != parent:
                self.add(
                    name,
                    line,
                    "code",
                    MSG_CODE_PARENT,
                    code=code,
                    parent_field=schema.parent_field,
                    parent=parent,
                )
        if code in self.codes:
            other_file, other_line = self.codes[code]
            self.add(
                name,
                line,
                "code",
                MSG_DUPLICATE_CODE,
                code=code,
                other_file=other_file,
                other_line=other_line,
            )
        else:
            self.codes[code] = (name, line)

    def check_references(self, files: dict[str, list[Record]]) -> None:
        dimensions = {r.get("code") for r in files["dimensions.txt"]}
        subthemes = {r.get("code") for r in files["subthemes.txt"]}
        checks: list[tuple[str, str, set[str]]] = [
            ("subthemes.txt", "dimension", dimensions),
            ("benchmarks.txt", "subtheme", subthemes),
            ("challenges.txt", "dimension", dimensions),
            ("practices.txt", "dimension", dimensions),
        ]
        for filename, field_name, known in checks:
            for record in files[filename]:
                value = record.get(field_name)
                if value and value not in known:
                    self.add(
                        filename,
                        record.line_of(field_name),
                        field_name,
                        MSG_UNKNOWN_REFERENCE,
                        field=field_name,
                        value=value,
                    )


def _readable(schema: _Schema) -> str:
    examples = {
        "dimensions.txt": "'gov'",
        "subthemes.txt": "'<dimension>.<slug>', e.g. 'gov.strategic-planning'",
        "benchmarks.txt": "'<sub-theme>.<number>', e.g. 'gov.strategic-planning.1'",
        "challenges.txt": "'<dimension>.challenge.<number>', e.g. 'gov.challenge.1'",
        "practices.txt": "'<dimension>.practice.<slug>', e.g. 'gov.practice.poli'",
        "guide.txt": "'guide.<number>', e.g. 'guide.1'",
    }
    return examples[schema.filename]


def _split_tags(value: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in value.split(",") if tag.strip())


def _pack_info(record: Record) -> PackInfo:
    return PackInfo(
        id=record.get("id"),
        title=record.get("title"),
        version=record.get("version"),
        language=record.get("language"),
        source=record.get("source"),
        description=record.get("description"),
        licence=record.get("licence"),
    )


def _build_content(info: PackInfo | None, files: dict[str, list[Record]]) -> Content:
    def build(filename: str, make: Callable[[Record], object]) -> list:
        return [make(record) for record in files[filename]]

    subthemes = build(
        "subthemes.txt",
        lambda r: SubTheme(r.get("code"), r.get("dimension"), r.get("title"), r.get("source")),
    )
    dimension_of = {s.code: s.dimension for s in subthemes}
    return Content(
        packs=[info] if info else [],
        dimensions=build(
            "dimensions.txt",
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
            "benchmarks.txt",
            lambda r: Benchmark(
                r.get("code"),
                r.get("subtheme"),
                dimension_of[r.get("subtheme")],
                r.get("title"),
                r.get("text"),
                _split_tags(r.get("tags")),
                r.get("source"),
            ),
        ),
        challenges=build(
            "challenges.txt",
            lambda r: Challenge(r.get("code"), r.get("dimension"), r.get("text"), r.get("source")),
        ),
        practices=build(
            "practices.txt",
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
            "guide.txt",
            lambda r: GuideStep(
                r.get("code"), int(r.get("number")), r.get("title"), r.get("text"), r.get("source")
            ),
        ),
    )
