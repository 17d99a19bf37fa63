"""Median, spread and the order of disagreement of a workshop group's ratings."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolbox_desktop.core.consensus import (
    Participant,
    ParticipantRating,
    Votes,
    by_disagreement,
    collect_votes,
    format_median,
)
from toolbox_desktop.core.formatting import format_number


def votes(*levels, code="gov.1") -> Votes:
    answers = []
    for level in levels:
        if level is None:
            answers.append(None)
        elif level == "na":
            answers.append(ParticipantRating(code, None, "not-applicable"))
        else:
            answers.append(ParticipantRating(code, level))
    return Votes(code, tuple(answers))


def test_median_of_an_odd_and_an_even_group():
    assert votes(1, 3, 2).median == 2
    assert votes(1, 2, 3, 4).median == 2.5
    assert votes(0, 0, 4, 4).median == 2


def test_spread_is_the_distance_between_lowest_and_highest():
    assert votes(2, 2, 2).spread == 0
    assert votes(0, 2, 4).spread == 4
    assert votes(1, 3).spread == 2


def test_not_applicable_and_unrated_are_counted_apart_and_left_out_of_the_median():
    group = votes(1, "na", None, 3)
    assert group.levels == [1, 3]
    assert group.median == 2
    assert group.excluded == 1 and group.missing == 1
    assert group.split_on_relevance


def test_nobody_rated_means_no_median_and_no_spread():
    group = votes(None, "na")
    assert group.median is None and group.spread is None
    assert format_median(group.median) == ""
    assert group.counts() == {0: 0, 1: 0, 2: 0, 3: 0, 4: 0}


def test_counts_per_level():
    assert votes(1, 1, 3, 4).counts() == {0: 0, 1: 2, 2: 0, 3: 1, 4: 1}


def test_ordered_by_disagreement_most_first_ties_in_original_order():
    agreed = votes(2, 2, 2, code="a")
    wide = votes(0, 4, 2, code="b")
    close = votes(2, 3, 2, code="c")
    also_agreed = votes(3, 3, 3, code="d")
    split = votes(0, 0, 4, 4, code="e")  # same spread as b, further from the median
    ordered = [v.benchmark for v in by_disagreement([agreed, wide, close, also_agreed, split])]
    assert ordered == ["e", "b", "c", "a", "d"]


def test_format_median():
    assert format_median(2) == "2"
    assert format_median(2.5) == "2.5"


@pytest.mark.parametrize(("locale", "half"), [("en_US", "2.5"), ("de_DE", "2,5"), ("nl_NL", "2,5")])
def test_a_median_is_written_as_every_number_in_the_locale(locale, half):
    assert format_median(2.5, locale) == half == format_number(2.5, locale)
    assert format_median(3.0, locale) == "3"


def test_suggested_level_rounds_a_half_down():
    assert votes(2, 3).suggested_level() == 2
    assert votes(4, 4, 1).suggested_level() == 4


def test_votes_follow_the_participants_order():
    anna, ben = Participant(10, 1, "Anna"), Participant(11, 2, "")
    ratings = {11: {"x": ParticipantRating("x", 4)}, 10: {"x": ParticipantRating("x", 1)}}
    collected = collect_votes(["x", "y"], [anna, ben], ratings)
    assert [a.level for a in collected[0].answers] == [1, 4]
    assert collected[1].answers == (None, None)
    assert ben.label() == "Participant 2" and anna.label() == "Anna"


@given(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=12))
def test_median_lies_between_lowest_and_highest_and_spread_fits(levels):
    group = votes(*levels)
    assert min(levels) <= group.median <= max(levels)
    assert group.spread == max(levels) - min(levels)
    assert 0 <= group.mean_distance <= group.spread
    assert sum(group.counts().values()) == len(levels)
