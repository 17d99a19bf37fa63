"""Next steps for the gaps (core/next_steps.py): each benchmark below its target gets the
items the reviewed mapping suggests, resolved to what a reader needs, or the mapping's reason
why nothing fits; the gaps come in the gap list's order."""

from __future__ import annotations

from guide_content import TOOLBOX, content_with_guide
from toolbox_desktop.core.assessment import NOT_APPLICABLE, Rating
from toolbox_desktop.core.content import ENGAGEMENT_POINT, EXAMPLE, QUICK_WIN
from toolbox_desktop.core.next_steps import (
    KIND_NAMES,
    PRACTICE,
    assessment_steps,
    next_steps_for,
)
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.scoring import gap_list


def test_a_benchmark_gets_its_suggestions_best_first_with_kind_pack_title_and_why():
    content = content_with_guide()
    steps = next_steps_for(content, "gov.strategic-planning.1")
    assert [(s.item, s.kind, s.pack) for s in steps.steps] == [
        ("ex.social-cohesion.7", EXAMPLE, "leaders-guide"),
        ("eng.g.1", ENGAGEMENT_POINT, "leaders-guide"),
        ("qw.public-meetings", QUICK_WIN, "leaders-guide"),
    ]
    example, point, quick_win = steps.steps
    # A quick win is known by its title; an example or a point, which have none, by its text.
    assert quick_win.title == "Hold regular public meetings with the host population"
    assert quick_win.context == ""
    assert example.title == content.guide_item("ex.social-cohesion.7").text
    assert example.context == "Social cohesion and civic engagement"  # its area
    assert point.context == content.guide_item("eng.g").title  # its section
    assert quick_win.why == (
        "Reporting progress to residents every few months makes those responsible answer "
        "for the plan."
    )
    assert steps.none_reason == ""


def test_a_whole_comm_practice_is_named_with_its_place():
    steps = next_steps_for(content_with_guide(), "gov.coordination.4")
    first = steps.steps[0]
    assert (first.item, first.kind, first.pack) == (
        "hou.practice.de-nomade",
        PRACTICE,
        "whole-comm",
    )
    practice = content_with_guide().item("hou.practice.de-nomade")
    assert first.title == practice.name
    assert first.context == f"{practice.place}, {practice.country}"
    assert first.why.startswith("In Leuven, job and welfare services meet at one centre")


def test_nothing_fits_gives_the_mappings_reason():
    steps = next_steps_for(content_with_guide(), "gov.coordination.3")
    assert steps.steps == ()
    assert steps.none_reason.startswith("The packs hold no item on joining city networks")


def test_a_reason_names_items_in_words_not_by_their_codes():
    """ "the online language courses (ex.language.13)": the code is for the pack's
    reviewers; users read the words before it."""
    content = content_with_guide()
    [raw] = [s.why for s in content.suggestions_for("edu.resources.2") if not s.item]
    assert "(ex.language.13)" in raw
    reason = next_steps_for(content, "edu.resources.2").none_reason
    assert "ex.language.13" not in reason and "the online language courses are for" in reason


def test_a_dimension_has_next_steps_too():
    steps = next_steps_for(content_with_guide(), "gov")
    assert [s.item for s in steps.steps][:2] == [
        "gov.practice.poli",
        "gov.practice.vielfaltsgestalter-innen",
    ]


def test_every_benchmark_has_a_step_or_a_reason_in_each_language():
    for language in ("en", "nl", "de"):
        content = content_with_guide(language)
        for code in [b.code for b in content.benchmarks] + [d.code for d in content.dimensions]:
            steps = next_steps_for(content, code)
            assert steps.steps or steps.none_reason, (language, code)
            assert all(s.title and s.why and s.kind in KIND_NAMES for s in steps.steps), code


def test_the_texts_are_in_the_packs_language():
    dutch = next_steps_for(content_with_guide("nl"), "gov.strategic-planning.1")
    english = next_steps_for(content_with_guide("en"), "gov.strategic-planning.1")
    assert [s.item for s in dutch.steps] == [s.item for s in english.steps]
    quick_win = dutch.steps[2]
    assert quick_win.title == content_with_guide("nl").guide_item("qw.public-meetings").title
    assert quick_win.title != english.steps[2].title
    assert quick_win.why != english.steps[2].why


def test_an_assessment_lists_its_gaps_in_gap_list_order_and_their_dimensions():
    content = content_with_guide()
    ratings = {
        r.benchmark: r
        for r in (
            Rating("gov.strategic-planning.1", level=3, target=4, priority=3),  # 1 x 3 = 3
            Rating("gov.coordination.3", level=0, target=4, priority=2),  # 4 x 2 = 8
            Rating("edu.parents.1", level=1, target=2, priority=1),  # 1 x 1 = 1
            Rating("emp.local-needs.1", level=4, target=4),  # at its target: no gap
            Rating("hou.collaboration.1", exclusion=NOT_APPLICABLE),
        )
    }
    found = assessment_steps(content, ratings)
    assert [g.gap for g in found.gaps] == gap_list(content, ratings)
    assert [g.gap.benchmark for g in found.gaps] == [
        "gov.coordination.3",
        "gov.strategic-planning.1",
        "edu.parents.1",
    ]
    assert found.gaps[0].title == content.item("gov.coordination.3").title
    assert found.gaps[0].next_steps.none_reason
    assert found.gaps[1].next_steps == next_steps_for(content, "gov.strategic-planning.1")
    # Only the dimensions with a gap, in the toolbox's order.
    assert [d.target for d in found.dimensions] == ["gov", "edu"]


def test_no_gaps_no_steps():
    content = content_with_guide()
    found = assessment_steps(content, {"gov.resources.1": Rating("gov.resources.1", level=2)})
    assert found.gaps == () and found.dimensions == ()


def test_without_a_guidance_pack_nothing_is_suggested_and_no_reason_is_made_up():
    toolbox_alone = load_pack(TOOLBOX).content
    steps = next_steps_for(toolbox_alone, "gov.strategic-planning.1")
    assert steps.steps == () and steps.none_reason == ""
