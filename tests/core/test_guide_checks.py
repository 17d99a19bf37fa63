"""A guide pack with a broken link is refused like any pack, with file, line and field; the
shipped mapping from benchmarks to suggestions is complete."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toolbox_desktop.core.pack import load_pack

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "data" / "content" / "leaders-guide"


@pytest.fixture
def guide_copy(pack_copy) -> Path:
    """The leaders' guide beside a copy of the Whole-COMM pack, as an installation has them."""
    folder = pack_copy.parent / "leaders-guide"
    shutil.copytree(GUIDE, folder)
    return folder


def edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (once) and return the line number it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def problems_of(folder: Path) -> list[str]:
    result = load_pack(folder)
    assert result.content is None
    return [str(p) for p in result.problems]


def test_the_shipped_guide_loads_beside_the_benchmark_pack(guide_copy):
    result = load_pack(guide_copy)
    assert result.problems == []
    assert result.info.languages == ("en", "de", "nl")


def test_a_suggestion_naming_an_unknown_item_is_refused(guide_copy):
    path = guide_copy / "suggestions.txt"
    line = edit(
        path,
        "suggest: ex.social-cohesion.7, eng.g.1, qw.public-meetings",
        "suggest: ex.social-cohesion.7, eng.g.1, qw.public-meeting",
    )
    problems = problems_of(guide_copy)
    assert f"suggestions.txt:{line}: suggest: unknown suggest 'qw.public-meeting'" in problems


def test_a_suggestion_for_an_unknown_benchmark_is_refused(guide_copy):
    path = guide_copy / "suggestions.txt"
    line = edit(path, "code: gov.strategic-planning.1\n", "code: gov.strategic-planning.9\n")
    edit(
        guide_copy / "nl" / "suggestions.txt",
        "code: gov.strategic-planning.1\n",
        "code: gov.strategic-planning.9\n",
    )
    problems = problems_of(guide_copy)
    assert f"suggestions.txt:{line}: code: unknown code 'gov.strategic-planning.9'" in problems


def test_a_why_that_does_not_follow_the_suggestions_is_refused(guide_copy):
    path = guide_copy / "nl" / "suggestions.txt"
    edit(path, "  eng.g.1: Geregelde cijfers", "  eng.g.2: Geregelde cijfers")
    problems = problems_of(guide_copy)
    assert any(
        p.startswith("nl/suggestions.txt:")
        and "'why' must give one line per suggested code" in p
        and "expected ex.social-cohesion.7, eng.g.1, qw.public-meetings" in p
        for p in problems
    ), problems


def test_a_partner_the_plan_does_not_know_is_refused(guide_copy):
    path = guide_copy / "quickwins.txt"
    line = edit(path, "partners: volunteers\n", "partners: volunteers, churches\n")
    edit(
        guide_copy / "nl" / "quickwins.txt",
        "partners: volunteers\n",
        "partners: volunteers, churches\n",
    )
    problems = problems_of(guide_copy)
    assert any(
        p.startswith(f"quickwins.txt:{line}: partners: unknown partners 'churches'")
        for p in problems
    )


def test_a_point_of_a_missing_section_and_a_broken_see_link_are_refused(guide_copy):
    path = guide_copy / "engagement.txt"
    line = edit(path, "section: eng.a\n", "section: eng.z\n")
    see = edit(guide_copy / "quickwins.txt", "see: eng.b.1, eng.b.2", "see: eng.b.1, eng.b.9")
    problems = problems_of(guide_copy)
    assert f"engagement.txt:{line}: section: unknown section 'eng.z'" in problems
    assert f"quickwins.txt:{see}: see: unknown see 'eng.b.9'" in problems


def test_a_translation_that_moves_an_example_to_another_dimension_is_refused(guide_copy):
    path = guide_copy / "nl" / "examples.txt"
    text = path.read_text(encoding="utf-8")
    start = text.index("code: ex.language.1\n")
    line = text[: text.index("dimensions: edu", start)].count("\n") + 1
    path.write_text(text[:start] + text[start:].replace("dimensions: edu", "dimensions: hea", 1))
    problems = problems_of(guide_copy)
    assert any(p.startswith(f"nl/examples.txt:{line}: dimensions:") for p in problems), problems


def test_every_benchmark_and_dimension_has_suggestions_or_says_why_not():
    whole_comm = load_pack(REPO / "data" / "content" / "whole-comm").content
    guide = load_pack(GUIDE)
    for language, items in guide.languages.items():
        targets = {}
        for suggestion in items.suggestions:
            targets.setdefault(suggestion.target, []).append(suggestion)
        wanted = [b.code for b in whole_comm.benchmarks] + [d.code for d in whole_comm.dimensions]
        assert sorted(targets) == sorted(wanted), language
        for code, found in targets.items():
            assert all(s.why.strip() for s in found), (language, code)
            nothing = [s for s in found if not s.item]
            assert (len(nothing) == 1 and len(found) == 1) or (not nothing and len(found) <= 6)
        practices = {p.code for p in whole_comm.practices}
        own = {i.code for i in items.guide_items}
        assert {s.item for s in items.suggestions if s.item} <= practices | own
