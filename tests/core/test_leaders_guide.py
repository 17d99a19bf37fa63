"""The leaders' guide pack holds every list of the Dutch guide for local leaders, item for
item, in English, Dutch and German; its suggestions cover every benchmark and dimension of the
Whole-COMM pack. Counts are compared with the source document itself (when it is beside the
repository) and with the counts written down here from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from toolbox_desktop.core.content import (
    ENGAGEMENT_POINT,
    ENGAGEMENT_SECTION,
    EXAMPLE,
    EXAMPLE_AREA,
    FACT_SANDWICH,
    PRECONDITION,
    PRINCIPLE,
    QUICK_WIN,
    RIGHT,
    RIGHTS_LIST,
)
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.plan import FUNDING_SOURCES, PARTNER_KINDS

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO.parent / "shared" / "seeds" / "001_de3563a89371b78b.txt"
PACK = REPO / "data" / "content" / "leaders-guide"

# Written down from the source (the Dutch guide for local leaders).
EXPECTED = {
    "preconditions": 2,
    "quick_wins": 15,
    "engagement": [3, 2, 3, 2, 3, 2, 3],  # points in sections A to G
    "rights": [5, 5, 5, 5],  # newcomers' duties, newcomers' rights, hosts' duties, hosts' rights
    "principles": 10,
    "definitions": 2,
    "steps": 4,
    "tips": 6,
    "examples": [13, 9, 13, 14, 1, 10, 2],  # in the seven areas, in order
}


def count_source(text: str) -> dict:
    """Count every list of the guide: check marks, lettered sections, bullets under headings."""
    lines = [line.strip() for line in text.splitlines()]

    def index(start: str) -> int:
        return next(i for i, line in enumerate(lines) if line.startswith(start))

    def bullets(first: int, last: int) -> int:
        return sum(1 for line in lines[first:last] if line.startswith("·"))

    def per_heading(first: int, last: int, heading: str) -> list[int]:
        starts = [i for i in range(first, last) if re.match(heading, lines[i])]
        ends = [*starts[1:], last]
        return [bullets(s, e) for s, e in zip(starts, ends, strict=True)]

    leadership = index("1. Leiderschap")
    engagement = index("2. Een actief betrokken gastbevolking")
    rights = index("Rechten en plichten")
    principles = index("Liberale en democratische beginselen")
    sandwich = index("Bestrijding van misinformatie")
    method = index("De “Fact Sandwich” is")
    tips = index("Hoe zet je")
    examples = index("Voorbeelden van beleid")
    return {
        "preconditions": sum(1 for line in lines[:leadership] if re.match(r"^\d\.\s", line)),
        "quick_wins": sum(line.count("✅") for line in lines[leadership:engagement]),
        "engagement": per_heading(engagement, rights, r"^[A-G]\.\s"),
        "rights": per_heading(rights, principles, r"^(Verantwoordelijkheden|Rechten) van"),
        "principles": bullets(principles, sandwich),
        "definitions": sum(1 for line in lines[sandwich:method] if line.endswith(":")),
        "steps": bullets(method, tips),
        "tips": bullets(tips, examples),
        "examples": per_heading(examples, len(lines), r"^\d\.\s"),
    }


@pytest.fixture(scope="module")
def guide():
    result = load_pack(PACK)
    assert result.ok, [str(p) for p in result.problems]
    return result


def counts_of(items) -> dict:
    def kind(name):
        return [item for item in items if item.kind == name]

    def per_group(group_kind, item_kind):
        return [
            sum(1 for item in kind(item_kind) if item.group == group.code)
            for group in kind(group_kind)
        ]

    sandwich = kind(FACT_SANDWICH)
    return {
        "preconditions": len(kind(PRECONDITION)),
        "quick_wins": len(kind(QUICK_WIN)),
        "engagement": per_group(ENGAGEMENT_SECTION, ENGAGEMENT_POINT),
        "rights": per_group(RIGHTS_LIST, RIGHT),
        "principles": len(kind(PRINCIPLE)),
        "definitions": sum(1 for item in sandwich if item.group == "definition"),
        "steps": sum(1 for item in sandwich if item.group == "step"),
        "tips": sum(1 for item in sandwich if item.group == "tip"),
        "examples": per_group(EXAMPLE_AREA, EXAMPLE),
    }


@pytest.mark.parametrize("language", ["en", "nl", "de"])
def test_every_list_of_the_guide_is_complete_in_each_language(guide, language):
    assert counts_of(guide.languages[language].guide_items) == EXPECTED


@pytest.mark.skipif(not SOURCE.exists(), reason="source document not beside the repository")
def test_expected_counts_are_those_of_the_source_document():
    assert count_source(SOURCE.read_text(encoding="utf-8")) == EXPECTED


def test_every_item_cites_its_section_and_says_something(guide):
    for language, items in guide.languages.items():
        for item in items.guide_items:
            assert item.source.strip(), (language, item.code)
            assert (item.text or item.title).strip(), (language, item.code)


def test_quick_wins_serve_dimensions_and_name_partners_the_plan_knows(guide):
    quick_wins = [i for i in guide.languages["en"].guide_items if i.kind == QUICK_WIN]
    assert all(q.dimensions for q in quick_wins)
    assert all(set(q.partners) <= set(PARTNER_KINDS) for q in quick_wins)
    assert all(set(q.funding) <= set(FUNDING_SOURCES) for q in quick_wins)
    # The source names AMIF and ESF for the EU funding measure and nowhere else.
    assert [(q.code, q.funding) for q in quick_wins if q.funding] == [
        ("qw.eu-funding", ("amif", "esf-plus"))
    ]


def test_every_city_example_fits_a_dimension(guide):
    examples = [i for i in guide.languages["en"].guide_items if i.kind == EXAMPLE]
    assert len(examples) == 62
    assert all(e.dimensions for e in examples)


def test_links_between_repeated_points_go_both_ways_or_are_explained(guide):
    """A point the source repeats in two sections is kept in both and linked: every ``see``
    names an item of the pack (checked on load), and the link is mutual."""
    items = {i.code: i for i in guide.languages["en"].guide_items}
    one_way = [
        (code, other)
        for code, i in items.items()
        for other in i.see
        if code not in items[other].see
    ]
    assert one_way == []
