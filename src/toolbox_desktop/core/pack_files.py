"""The files of a pack and the checks of one language's set of them: fields, codes, references.

Each file kind has a ``FileSchema``: its required and optional fields, the pattern of its codes
and its *structural* fields (links and numbers that a translation must keep; every other field
is text). The ``Checker`` reads files and collects every problem rather than stopping at the
first, because a content author fixing a pack wants the whole list at once.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from toolbox_desktop.core.content import TAGS
from toolbox_desktop.core.pack_problems import (
    MSG_BAD_CODE,
    MSG_CODE_PARENT,
    MSG_DUPLICATE_CODE,
    MSG_EMPTY_FIELD,
    MSG_MISSING_FIELD,
    MSG_MISSING_FILE,
    MSG_NO_RECORDS,
    MSG_NOT_A_NUMBER,
    MSG_NOT_UTF8,
    MSG_TOO_LONG,
    MSG_UNKNOWN_FIELD,
    MSG_UNKNOWN_REFERENCE,
    MSG_UNKNOWN_TAG,
    MSG_UNKNOWN_VALUE,
    MSG_UNREADABLE,
    PackProblem,
)
from toolbox_desktop.core.pack_schemas import (
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
    TRANSLATION_MANIFEST_SCHEMA,
    FileSchema,
    split_list,
)
from toolbox_desktop.core.records import Record, parse_records

__all__ = [
    "BENCHMARKS",
    "CHALLENGES",
    "CONTENT_FILES",
    "DIMENSIONS",
    "GUIDE",
    "MANIFEST",
    "MANIFEST_SCHEMA",
    "PRACTICES",
    "SCHEMA_OF",
    "SUBTHEMES",
    "TITLE_LIMIT",
    "TRANSLATION_MANIFEST_SCHEMA",
    "Checker",
    "FileSchema",
    "split_tags",
]

# Items whose ``dimension`` names a dimension: in a guidance pack, the benchmark pack's.
_REFERENCES = (
    (SUBTHEMES, "dimension", DIMENSIONS),
    (BENCHMARKS, "subtheme", SUBTHEMES),
    (CHALLENGES, "dimension", DIMENSIONS),
    (PRACTICES, "dimension", DIMENSIONS),
)


split_tags = split_list


class Checker:
    """Collects problems while reading the files of one language of a pack.

    ``prefix`` is put before every file name in a problem (``de/`` in a translation), so that
    a problem always names the file as it lies in the pack folder."""

    def __init__(self, problems: list[PackProblem], prefix: str = "") -> None:
        self.problems = problems
        self.prefix = prefix
        self.codes: dict[str, tuple[str, int]] = {}

    def add(self, file: str, line: int, field_name: str, template: str, **params) -> None:
        self.problems.append(PackProblem(self.prefix + file, line, field_name, template, params))

    def read(self, folder: Path, schema: FileSchema) -> list[Record]:
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

    def _check_fields(self, schema: FileSchema, record: Record) -> None:
        name = schema.filename
        allowed = schema.fields
        required = schema.group_required if schema.is_group(record.fields) else schema.required
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
            elif not value.value and field_name in required:
                self.add(name, value.line, field_name, MSG_EMPTY_FIELD, field=field_name)
        for field_name in required:
            if field_name not in record.fields:
                self.add(name, record.line, field_name, MSG_MISSING_FIELD, field=field_name)
        for field_name in ("number", "started"):
            value = record.get(field_name)
            if value and not value.isdigit():
                self.add(
                    name, record.line_of(field_name), field_name, MSG_NOT_A_NUMBER, value=value
                )
        title = record.get("title")
        if name == BENCHMARKS and len(title) > TITLE_LIMIT:
            self.add(
                name,
                record.line_of("title"),
                "title",
                MSG_TOO_LONG,
                length=len(title),
                limit=TITLE_LIMIT,
            )
        for tag in split_tags(record.get("tags")):
            if tag not in TAGS:
                self.add(
                    name,
                    record.line_of("tags"),
                    "tags",
                    MSG_UNKNOWN_TAG,
                    tag=tag,
                    allowed=", ".join(TAGS),
                )
        self._check_choices(schema, record)
        if schema.code_pattern:
            self._check_code(schema, record)

    def _check_choices(self, schema: FileSchema, record: Record) -> None:
        """Values from a fixed set (a partner kind, a funding source): the plan knows no other."""
        for field_name, allowed in schema.choices.items():
            value = record.get(field_name)
            values = split_list(value) if field_name in schema.lists else (value,)
            for one in values:
                if one and one not in allowed:
                    self.add(
                        schema.filename,
                        record.line_of(field_name),
                        field_name,
                        MSG_UNKNOWN_VALUE,
                        field=field_name,
                        value=one,
                        allowed=", ".join(allowed),
                    )

    def _check_code(self, schema: FileSchema, record: Record) -> None:
        name, code = schema.filename, record.get("code")
        if not code:
            return
        line = record.line_of("code")
        group = schema.is_group(record.fields)
        pattern = schema.group_code_pattern if group else schema.code_pattern
        match = re.fullmatch(pattern, code)
        if not match:
            self.add(name, line, "code", MSG_BAD_CODE, code=code, pattern=schema.example)
        elif schema.parent_field and not group:
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
                other_file=self.prefix + other_file,
                other_line=other_line,
            )
        else:
            self.codes[code] = (name, line)

    def check_references(
        self,
        files: dict[str, list[Record]],
        dimensions: Collection[str] | None = None,
        external: bool = False,
    ) -> None:
        """Every link names an item that exists: in this pack, or with ``external`` a
        dimension in ``dimensions`` (a guidance pack's items name the benchmark pack's; None
        when that pack was not found, which is a problem of its own)."""
        for filename, field_name, target in _REFERENCES:
            if field_name == "dimension" and external:
                if dimensions is None:
                    continue
                known = set(dimensions)
            else:
                known = {r.get("code") for r in files.get(target, [])}
            for record in files.get(filename, []):
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
