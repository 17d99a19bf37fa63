"""The core refuses what is longer than ``core.limits`` allows, so that neither the command
line nor an import nor a window can store what could not be exported; at the limit it takes
it (the repositories apply the same checks: tests/storage/test_stored_limits.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import InvalidRatingError, Profile, Rating, validate_rating
from toolbox_desktop.core.i18n import Message, translated_with
from toolbox_desktop.core.plan import (
    Action,
    Indicator,
    Measurement,
    Milestone,
    check_action,
    check_indicator,
)

B1 = "gov.strategic-planning.1"


def over(name: str, most: dict[str, int]) -> str:
    return "é" * (most[name] + 1)


@pytest.mark.parametrize("name", list(limits.ACTION))
def test_an_action_text_over_its_limit_is_refused_naming_the_field(name):
    at_limit = Action(**{"title": "t", name: "é" * limits.ACTION[name]})
    assert check_action(at_limit) == []
    [problem] = check_action(replace(at_limit, **{name: over(name, limits.ACTION)}))
    assert problem.field == name
    assert f"more than the {limits.ACTION[name]} that fit" in problem.message


def test_an_action_with_too_many_milestones_or_benchmarks_or_a_long_milestone_is_refused():
    milestones = tuple(
        Milestone("m", date(2026, 1, 1)) for _ in range(limits.MILESTONES_PER_ACTION)
    )
    codes = tuple(f"code.{n}" for n in range(limits.BENCHMARKS_PER_ACTION))
    action = Action(title="t", milestones=milestones, benchmarks=codes)
    assert check_action(action) == []
    too_many = replace(action, milestones=(*milestones, Milestone("m")), benchmarks=(*codes, "x"))
    assert sorted(p.field for p in check_action(too_many)) == ["benchmarks", "milestones"]
    long_title = replace(action, milestones=(Milestone("é" * (limits.LINE + 1)),))
    [problem] = check_action(long_title)
    assert problem.field == "milestones" and problem.message.startswith("Milestone: 301")


def test_a_problem_over_a_limit_is_translated_with_its_field_name():
    [problem] = check_action(Action(title="t", partner_names=over("partner_names", limits.ACTION)))
    german = {"Partner names": "Namen der Partner", limits.MSG_TOO_LONG: "{field}: zu lang"}
    message = Message(problem.context, problem.template, **problem.params)
    assert translated_with(message, lambda _c, text: german.get(text, text)) == (
        "Namen der Partner: zu lang"
    )


@pytest.mark.parametrize("name", list(limits.RATING))
def test_a_rating_text_over_its_limit_is_refused(name):
    validate_rating(Rating(B1, **{name: "é" * limits.RATING[name]}))
    with pytest.raises(InvalidRatingError) as refused:
        validate_rating(Rating(B1, **{name: over(name, limits.RATING)}))
    assert refused.value.message.params["limit"] == limits.RATING[name]


def test_links_over_their_number_or_length_are_refused():
    links = tuple(f"/{n}/" + "x" * (limits.LINK - 10) for n in range(limits.LINKS_PER_RATING))
    validate_rating(Rating(B1, links=links))
    with pytest.raises(InvalidRatingError, match="Linked files: 21, more than the 20"):
        validate_rating(Rating(B1, links=(*links, "/one/more")))
    with pytest.raises(InvalidRatingError, match="Linked files: 2001 characters"):
        validate_rating(Rating(B1, links=("x" * (limits.LINK + 1),)))


def test_an_indicator_over_its_limits_is_refused():
    measurements = tuple(
        Measurement(date(2026, 1, 1), n, "é" * limits.NOTE)
        for n in range(limits.MEASUREMENTS_PER_INDICATOR)
    )
    indicator = Indicator(name="n" * limits.LINE, unit="u" * limits.LINE, measurements=measurements)
    assert check_indicator(indicator) == []
    assert [p.field for p in check_indicator(replace(indicator, name=""))] == ["name"]
    assert [p.field for p in check_indicator(replace(indicator, unit="u" * 301))] == ["unit"]
    one_more = replace(indicator, measurements=(*measurements, Measurement(date(2026, 1, 2), 1)))
    assert [p.field for p in check_indicator(one_more)] == ["measurements"]
    long_note = replace(indicator, measurements=(Measurement(date(2026, 1, 1), 1, "é" * 2001),))
    assert [p.field for p in check_indicator(long_note)] == ["measurements"]


def test_check_texts_names_the_first_text_over_its_limit():
    limits.check_texts(Profile(name="n" * limits.LINE), limits.PROFILE)
    with pytest.raises(limits.LimitError) as refused:
        limits.check_texts(Profile(region="r" * 301), limits.PROFILE)
    assert (
        str(refused.value)
        == "Region: 301 characters, more than the 300 that fit. Shorten the text."
    )
    limits.check_texts({"title": "t"}, limits.ASSESSMENT)  # a dict with some of the fields
