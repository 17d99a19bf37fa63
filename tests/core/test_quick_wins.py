"""A quick win becomes an action: the same fields, filled the same way, every time."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolbox_desktop.core import limits
from toolbox_desktop.core.content import EXAMPLE, QUICK_WIN, GuideItem
from toolbox_desktop.core.pack import load_pack
from toolbox_desktop.core.plan import IDEA, SHORT, Action, check_action
from toolbox_desktop.core.quick_wins import action_from_quick_win, actions_from

GUIDE = Path(__file__).resolve().parents[2] / "data" / "content" / "leaders-guide"


def quick_win(**fields) -> GuideItem:
    values = {"code": "qw.test", "kind": QUICK_WIN, "group": "", "label": "", "title": "T"}
    values["text"] = "Text"
    values.update(fields)
    return GuideItem(**values)


def test_every_field_comes_from_the_quick_win():
    item = quick_win(
        title="Train police officers, teachers and healthcare providers",
        text="Train them.\n\nIn intercultural skills.",
        dimensions=("edu", "gov", "hea"),
        partners=("schools", "health-services"),
        funding=("esf-plus", "amif"),
        code="qw.train-frontline-staff",
    )
    assert action_from_quick_win(item) == Action(
        title="Train police officers, teachers and healthcare providers",
        description="Train them.\n\nIn intercultural skills.",
        dimension="edu",
        partners=("schools", "health-services"),
        funding_source="esf-plus",
        phase=SHORT,
        status=IDEA,
        guide_item="qw.train-frontline-staff",
    )


def test_without_dimensions_partners_or_funding_those_stay_empty():
    action = action_from_quick_win(quick_win())
    assert (action.dimension, action.partners, action.funding_source) == ("", (), "")
    assert action.id is None


def test_keys_the_plan_does_not_know_are_left_out():
    item = quick_win(partners=("aliens", "volunteers", "volunteers"), funding=("lottery", "amif"))
    action = action_from_quick_win(item)
    assert action.partners == ("volunteers",)
    assert action.funding_source == "amif"
    assert check_action(action) == []


def test_texts_longer_than_an_action_holds_are_cut_at_the_limit():
    limit = limits.ACTION["title"]
    action = action_from_quick_win(quick_win(title="x" * (limit + 5), text="y" * 30_000))
    assert len(action.title) == limit
    assert len(action.description) == limits.ACTION["description"]
    assert check_action(action) == []


def test_only_a_quick_win_becomes_an_action():
    with pytest.raises(ValueError):
        action_from_quick_win(quick_win(kind=EXAMPLE))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_shipped_quick_win_makes_a_valid_action(language):
    result = load_pack(GUIDE)
    assert result.problems == []
    wins = [i for i in result.languages[language].guide_items if i.kind == QUICK_WIN]
    assert len(wins) == 15
    for item in wins:
        action = action_from_quick_win(item)
        assert check_action(action) == [], item.code
        assert action.title == item.title and action.guide_item == item.code
        assert action.dimension == item.dimensions[0]


def test_actions_from_finds_the_actions_made_from_a_quick_win():
    mine = Action(id=1, title="a", guide_item="qw.a")
    other = Action(id=2, title="b", guide_item="qw.b")
    plain = Action(id=3, title="c")
    assert actions_from([mine, other, plain], "qw.a") == [mine]
    assert actions_from([plain], "") == []
