"""Scoring rules, checked against numbers computed by hand.

A small content of two dimensions: A has sub-themes A.x (2 benchmarks) and A.y (1); B has B.x (2).
"""

import pytest

from toolbox_desktop.core.assessment import NOT_APPLICABLE, OUTSIDE_COMPETENCE, Rating
from toolbox_desktop.core.comparison import DOWN, NEWLY_RATED, NOT_COMPARABLE, SAME, UP, compare
from toolbox_desktop.core.content import Benchmark, Content, Dimension, SubTheme
from toolbox_desktop.core.scoring import compute_scores, gap_list


def bench(code: str, subtheme: str) -> Benchmark:
    return Benchmark(code, subtheme, subtheme.split(".")[0], code, code, (), "")


@pytest.fixture
def content() -> Content:
    return Content(
        dimensions=[Dimension("a", 1, "A", "", "", ""), Dimension("b", 2, "B", "", "", "")],
        subthemes=[
            SubTheme("a.x", "a", "", ""),
            SubTheme("a.y", "a", "", ""),
            SubTheme("b.x", "b", "", ""),
        ],
        benchmarks=[
            bench("a.x.1", "a.x"),
            bench("a.x.2", "a.x"),
            bench("a.y.1", "a.y"),
            bench("b.x.1", "b.x"),
            bench("b.x.2", "b.x"),
        ],
    )


def ratings(*items: Rating) -> dict[str, Rating]:
    return {r.benchmark: r for r in items}


def test_no_ratings_yet_gives_no_scores(content):
    scores = compute_scores(content, {})
    assert scores.overall.percent is None
    assert scores.overall.unrated == 5
    assert scores.dimensions["a"].percent is None
    assert scores.overall.target_reached is None
    assert gap_list(content, {}) == []


def test_hand_computed_percentages(content):
    scores = compute_scores(
        content,
        ratings(
            Rating("a.x.1", level=4),
            Rating("a.x.2", level=1),
            Rating("a.y.1", level=2),
            Rating("b.x.1", level=0),
        ),
    )
    # A: (4 + 1 + 2) / (3 x 4) = 7/12 = 58.33 %; A.x: 5/8 = 62.5 %; A.y: 2/4 = 50 %
    assert scores.dimensions["a"].percent == pytest.approx(100 * 7 / 12)
    assert scores.subthemes["a.x"].percent == pytest.approx(62.5)
    assert scores.subthemes["a.y"].percent == pytest.approx(50.0)
    # B: one counted benchmark at 0 -> 0 %, one unrated
    assert scores.dimensions["b"].percent == 0.0
    assert scores.dimensions["b"].unrated == 1
    # overall: 7 / 16 = 43.75 %, not the mean of the dimensions (29.2 %)
    assert scores.overall.percent == pytest.approx(43.75)
    assert scores.overall.rated == 4


def test_exclusions_leave_the_denominator(content):
    scores = compute_scores(
        content,
        ratings(
            Rating("a.x.1", level=2),
            Rating("a.x.2", exclusion=NOT_APPLICABLE),
            Rating("a.y.1", level=3, exclusion=OUTSIDE_COMPETENCE),
        ),
    )
    # only a.x.1 counts: 2/4
    assert scores.dimensions["a"].percent == pytest.approx(50.0)
    assert scores.dimensions["a"].excluded == 2
    assert scores.dimensions["a"].rated == 3


def test_all_not_applicable_dimension_has_no_score(content):
    scores = compute_scores(
        content,
        ratings(
            Rating("b.x.1", exclusion=NOT_APPLICABLE),
            Rating("b.x.2", exclusion=OUTSIDE_COMPETENCE),
            Rating("a.x.1", level=4),
        ),
    )
    assert scores.dimensions["b"].percent is None
    assert scores.dimensions["b"].all_excluded
    assert scores.overall.percent == 100.0


def test_targets_and_target_reached(content):
    scores = compute_scores(
        content,
        ratings(
            Rating("a.x.1", level=1, target=3),
            Rating("a.x.2", level=2),  # no target: counts with its level
            Rating("a.y.1", level=4, target=2),  # target below current level
        ),
    )
    a = scores.dimensions["a"]
    # target score: (3 + 2 + 2) / 12
    assert a.target_percent == pytest.approx(100 * 7 / 12)
    # reached: (min(1,3) + min(4,2)) / (3 + 2) = 3/5
    assert a.target_reached == pytest.approx(60.0)


def test_zero_target_does_not_divide_by_zero(content):
    scores = compute_scores(content, ratings(Rating("a.x.1", level=0, target=0)))
    assert scores.overall.target_reached is None
    assert scores.overall.target_percent == 0.0


def test_gap_list_weighted_by_priority(content):
    gaps = gap_list(
        content,
        ratings(
            Rating("a.x.1", level=1, target=3, priority=1),  # gap 2, weighted 2
            Rating("a.x.2", level=0, target=1, priority=3),  # gap 1, weighted 3
            Rating("a.y.1", level=4, target=2, priority=3),  # target below level: no gap
            Rating("b.x.1", level=2, target=4, priority=1),  # gap 2, weighted 2 (after a.x.1)
            Rating("b.x.2", target=4, exclusion=NOT_APPLICABLE),
        ),
    )
    assert [(g.benchmark, g.gap, g.weighted) for g in gaps] == [
        ("a.x.2", 1, 3),
        ("a.x.1", 2, 2),
        ("b.x.1", 2, 2),
    ]


def test_comparison_per_benchmark_and_dimension(content):
    before = ratings(
        Rating("a.x.1", level=1),
        Rating("a.x.2", level=3),
        Rating("a.y.1", exclusion=OUTSIDE_COMPETENCE),
        Rating("b.x.1", exclusion=NOT_APPLICABLE),
    )
    after = ratings(
        Rating("a.x.1", level=3),
        Rating("a.x.2", level=2),
        Rating("a.y.1", exclusion=OUTSIDE_COMPETENCE),
        Rating("b.x.1", level=1),
        Rating("b.x.2", level=4),
    )
    result = compare(content, before, after)
    kinds = {c.benchmark: (c.kind, c.delta) for c in result.changes}
    assert kinds == {
        "a.x.1": (UP, 2),
        "a.x.2": (DOWN, -1),
        "a.y.1": (SAME, None),  # excluded both times, the same way
        "b.x.1": (NOT_COMPARABLE, None),
        "b.x.2": (NEWLY_RATED, None),
    }
    # A: 4/8 -> 5/8 = +12.5 points; B had no score before
    assert result.dimension_change("a") == pytest.approx(12.5)
    assert result.dimension_change("b") is None
    # overall: 4/8 = 50 % -> (3 + 2 + 1 + 4) / 16 = 62.5 %
    assert result.overall_change() == pytest.approx(12.5)


def test_a_score_knows_which_exclusion_left_it_empty(content):
    """Counts name what left a score empty: "outside our competence", never "not applicable"."""
    from toolbox_desktop.core.scoring import EXCLUDED, OUTSIDE, UNRATED
    from toolbox_desktop.core.scoring import NOT_APPLICABLE as NA

    scores = compute_scores(
        content,
        ratings(
            Rating("a.x.1", exclusion=OUTSIDE_COMPETENCE),
            Rating("a.x.2", exclusion=OUTSIDE_COMPETENCE),
            Rating("a.y.1", exclusion=OUTSIDE_COMPETENCE),
            Rating("b.x.1", exclusion=NOT_APPLICABLE),
        ),
    )
    a, b = scores.dimensions["a"], scores.dimensions["b"]
    assert (a.counted, a.outside, a.not_applicable, a.missing) == (0, 3, 0, OUTSIDE)
    assert (b.counted, b.outside, b.not_applicable, b.missing) == (0, 0, 1, UNRATED)
    assert scores.overall.missing == UNRATED
    both = compute_scores(
        content,
        ratings(
            Rating("b.x.1", exclusion=NOT_APPLICABLE), Rating("b.x.2", exclusion=NOT_APPLICABLE)
        ),
    ).dimensions["b"]
    assert both.missing == NA
    mixed = compute_scores(
        content,
        ratings(
            Rating("b.x.1", exclusion=NOT_APPLICABLE), Rating("b.x.2", exclusion=OUTSIDE_COMPETENCE)
        ),
    ).dimensions["b"]
    assert mixed.missing == EXCLUDED
    assert compute_scores(content, ratings(Rating("b.x.1", level=1))).dimensions["b"].missing == ""
