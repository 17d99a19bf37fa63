"""What each file of a pack looks like: its fields, the pattern of its codes, its links.

Each file kind has a ``FileSchema``: its required and optional fields, the pattern of its codes
and its *structural* fields (links, numbers and lists of codes that a translation must keep;
every other field is text). Some guidance files hold two kinds of record, groups and their
items (engagement sections and their points, city-example areas and their examples, the
rights lists): a record with the ``group_field`` is an item of the group it names, any other
record is a group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolbox_desktop.core.plan_choices import FUNDING_SOURCES, PARTNER_KINDS

MANIFEST = "manifest.txt"
DIMENSIONS = "dimensions.txt"
SUBTHEMES = "subthemes.txt"
BENCHMARKS = "benchmarks.txt"
CHALLENGES = "challenges.txt"
PRACTICES = "practices.txt"
GUIDE = "guide.txt"
PRECONDITIONS = "preconditions.txt"
QUICK_WINS = "quickwins.txt"
ENGAGEMENT = "engagement.txt"
RIGHTS = "rights.txt"
PRINCIPLES = "principles.txt"
FACT_SANDWICH = "factsandwich.txt"
EXAMPLES = "examples.txt"
SUGGESTIONS = "suggestions.txt"
TITLE_LIMIT = 80
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

FACT_SANDWICH_PARTS = ("definition", "step", "tip")


@dataclass(frozen=True)
class FileSchema:
    filename: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    code_pattern: str = ""
    parent_field: str = ""  # field whose value the code must start with
    structural: tuple[str, ...] = ()  # fields a translation keeps as they are
    example: str = ""  # the code pattern in words, for the problem message
    lists: tuple[str, ...] = ()  # fields holding a comma-separated list
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # allowed list values
    group_field: str = ""  # a record with this field is an item of that group
    group_required: tuple[str, ...] = ()  # what a group record needs instead
    group_code_pattern: str = ""

    @property
    def fields(self) -> tuple[str, ...]:
        every = self.required + self.optional + self.group_required
        return tuple(dict.fromkeys(every))

    def is_group(self, fields: dict) -> bool:
        return bool(self.group_field) and self.group_field not in fields


MANIFEST_SCHEMA = FileSchema(
    MANIFEST,
    ("id", "title", "version", "language", "source"),
    ("role", "benchmark_pack", "description", "licence"),
)
# A translation's manifest: only what is said in words; id, version and role are the pack's.
TRANSLATION_MANIFEST_SCHEMA = FileSchema(
    MANIFEST, ("language", "title"), ("source", "description", "licence")
)

BENCHMARK_SCHEMAS = (
    FileSchema(
        DIMENSIONS,
        ("code", "number", "title", "description", "why", "source"),
        code_pattern=rf"{_SLUG}",
        structural=("number",),
        example="'gov'",
    ),
    FileSchema(
        SUBTHEMES,
        ("code", "dimension", "title", "source"),
        code_pattern=rf"({_SLUG})\.{_SLUG}",
        parent_field="dimension",
        structural=("dimension",),
        example="'<dimension>.<slug>', e.g. 'gov.strategic-planning'",
    ),
    FileSchema(
        BENCHMARKS,
        ("code", "subtheme", "title", "text", "source"),
        ("tags",),
        code_pattern=rf"({_SLUG}\.{_SLUG})\.[0-9]+",
        parent_field="subtheme",
        structural=("subtheme", "tags"),
        example="'<sub-theme>.<number>', e.g. 'gov.strategic-planning.1'",
        lists=("tags",),
    ),
    FileSchema(
        CHALLENGES,
        ("code", "dimension", "text", "source"),
        code_pattern=rf"({_SLUG})\.challenge\.[0-9]+",
        parent_field="dimension",
        structural=("dimension",),
        example="'<dimension>.challenge.<number>', e.g. 'gov.challenge.1'",
    ),
    FileSchema(
        PRACTICES,
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
        structural=("dimension", "started"),
        example="'<dimension>.practice.<slug>', e.g. 'gov.practice.poli'",
    ),
    FileSchema(
        GUIDE,
        ("code", "number", "title", "text", "source"),
        code_pattern=r"guide\.[0-9]+",
        structural=("number",),
        example="'guide.<number>', e.g. 'guide.1'",
    ),
)

# The files of a guidance pack made from a guide for local leaders (see data/content/README.md).
GUIDE_SCHEMAS = (
    FileSchema(
        PRECONDITIONS,
        ("code", "title", "text", "source"),
        code_pattern=r"pre\.[0-9]+",
        example="'pre.<number>', e.g. 'pre.1'",
    ),
    FileSchema(
        QUICK_WINS,
        ("code", "title", "text", "dimensions", "source"),
        ("partners", "funding", "see"),
        code_pattern=rf"qw\.{_SLUG}",
        structural=("dimensions", "partners", "funding", "see"),
        example="'qw.<slug>', e.g. 'qw.welcome-ambassadors'",
        lists=("dimensions", "partners", "funding", "see"),
        choices={"partners": tuple(PARTNER_KINDS), "funding": tuple(FUNDING_SOURCES)},
    ),
    FileSchema(
        ENGAGEMENT,
        ("code", "section", "text", "source"),
        ("see",),
        code_pattern=r"(eng\.[a-z])\.[0-9]+",
        parent_field="section",
        structural=("section", "letter", "see"),
        example="'eng.<letter>' for a section, 'eng.<letter>.<number>' for a point",
        lists=("see",),
        group_field="section",
        group_required=("code", "letter", "title", "source"),
        group_code_pattern=r"eng\.[a-z]",
    ),
    FileSchema(
        RIGHTS,
        ("code", "list", "text", "source"),
        code_pattern=rf"(rights\.{_SLUG})\.[0-9]+",
        parent_field="list",
        structural=("list",),
        example="'rights.<list>' for a list, 'rights.<list>.<number>' for a point",
        group_field="list",
        group_required=("code", "title", "source"),
        group_code_pattern=rf"rights\.{_SLUG}",
    ),
    FileSchema(
        PRINCIPLES,
        ("code", "text", "source"),
        code_pattern=r"principle\.[0-9]+",
        example="'principle.<number>', e.g. 'principle.1'",
    ),
    FileSchema(
        FACT_SANDWICH,
        ("code", "kind", "title", "text", "source"),
        code_pattern=rf"fs\.({_SLUG})\.{_SLUG}",
        parent_field="kind",
        structural=("kind",),
        example="'fs.<kind>.<slug>', e.g. 'fs.step.1'",
        choices={"kind": FACT_SANDWICH_PARTS},
    ),
    FileSchema(
        EXAMPLES,
        ("code", "area", "text", "dimensions", "source"),
        ("see",),
        code_pattern=rf"(ex\.{_SLUG})\.[0-9]+",
        parent_field="area",
        structural=("area", "number", "dimensions", "see"),
        example="'ex.<area>' for an area, 'ex.<area>.<number>' for an example",
        lists=("dimensions", "see"),
        group_field="area",
        group_required=("code", "number", "title", "dimensions", "source"),
        group_code_pattern=rf"ex\.{_SLUG}",
    ),
    # The reviewed mapping from each benchmark (and dimension) of the benchmark pack to the
    # items that fit it, best first, each with one line on why; or ``none`` with the reason.
    FileSchema(
        SUGGESTIONS,
        ("code",),
        ("suggest", "why", "none"),
        structural=("suggest",),
        lists=("suggest",),
    ),
)

CONTENT_SCHEMAS = BENCHMARK_SCHEMAS + GUIDE_SCHEMAS
SCHEMA_OF = {schema.filename: schema for schema in CONTENT_SCHEMAS}
CONTENT_FILES = tuple(SCHEMA_OF)
BENCHMARK_FILES = tuple(schema.filename for schema in BENCHMARK_SCHEMAS)
GUIDE_FILES = tuple(schema.filename for schema in GUIDE_SCHEMAS)


def split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())
