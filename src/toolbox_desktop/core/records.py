"""Parse the content packs' record format: ``field: value`` lines, records split by blank lines.

A tiny format of our own rather than YAML or TOML because content authors are not programmers
and because every error must point at the exact line and field, which this parser knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

FIELD_LINE = re.compile(r"^([a-z][a-z0-9_]*)\s*:(.*)$")

MSG_NOT_A_FIELD = QT_TRANSLATE_NOOP(
    "PackProblem",
    "this line is neither 'field: value', an indented continuation, a comment nor blank",
)
MSG_ORPHAN_CONTINUATION = QT_TRANSLATE_NOOP(
    "PackProblem", "an indented continuation line must follow a 'field: value' line"
)
MSG_DUPLICATE_FIELD = QT_TRANSLATE_NOOP(
    "PackProblem", "field '{field}' appears twice in this record (first on line {first})"
)


@dataclass(frozen=True)
class FieldValue:
    """One field of a record, with the line it starts on."""

    name: str
    value: str
    line: int


@dataclass
class Record:
    """A group of fields, with the line of its first field."""

    line: int
    fields: dict[str, FieldValue] = field(default_factory=dict)

    def get(self, name: str) -> str:
        item = self.fields.get(name)
        return item.value if item else ""

    def line_of(self, name: str) -> int:
        item = self.fields.get(name)
        return item.line if item else self.line


@dataclass(frozen=True)
class SyntaxProblem:
    """A line the parser could not read."""

    line: int
    field: str
    template: str
    params: dict


def parse_records(text: str) -> tuple[list[Record], list[SyntaxProblem]]:
    """Split ``text`` into records; return them with every syntax problem found (never raise)."""
    records: list[Record] = []
    problems: list[SyntaxProblem] = []
    current: Record | None = None
    last_field: str | None = None
    values: dict[str, list[str]] = {}

    def close() -> None:
        nonlocal current, last_field
        if current is not None:
            for name, parts in values.items():
                old = current.fields[name]
                current.fields[name] = FieldValue(name, _join(parts), old.line)
            records.append(current)
        current, last_field = None, None
        values.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            close()
            continue
        if line.startswith("#"):
            continue
        if line[0] in " \t":
            if current is None or last_field is None:
                problems.append(SyntaxProblem(number, "", MSG_ORPHAN_CONTINUATION, {}))
                continue
            values[last_field].append(line.strip())
            continue
        match = FIELD_LINE.match(line)
        if not match:
            problems.append(SyntaxProblem(number, "", MSG_NOT_A_FIELD, {}))
            last_field = None
            continue
        name, value = match.group(1), match.group(2).strip()
        if current is None:
            current = Record(line=number)
        if name in current.fields:
            first = current.fields[name].line
            problems.append(
                SyntaxProblem(number, name, MSG_DUPLICATE_FIELD, {"field": name, "first": first})
            )
            last_field = None
            continue
        current.fields[name] = FieldValue(name, value, number)
        values[name] = [value]
        last_field = name
    close()
    return records, problems


def _join(parts: list[str]) -> str:
    """Join continuation lines: a lone '.' is a paragraph break, other lines join with spaces."""
    paragraphs: list[list[str]] = [[]]
    for part in parts:
        if part == ".":
            paragraphs.append([])
        elif part:
            paragraphs[-1].append(part)
    return "\n\n".join(" ".join(words) for words in paragraphs if words)
