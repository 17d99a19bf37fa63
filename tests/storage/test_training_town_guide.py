"""The training town uses the leaders' guide (issue 12): some of its actions were made from
quick wins (linked, with the quick win's title and text in the town's language),
and it has a fact sandwich, in every language it ships in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toolbox_desktop.core.content import QUICK_WIN
from toolbox_desktop.core.plan import SHORT
from toolbox_desktop.services.training_town import create_training_municipality
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwichRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.storage.workspace import open_workspace

GUIDE = Path(__file__).resolve().parents[2] / "data" / "content" / "leaders-guide"


@pytest.fixture
def pack_copy(pack_copy: Path) -> Path:
    shutil.copytree(GUIDE, pack_copy.parent / "leaders-guide")
    return pack_copy


@pytest.mark.parametrize("language", ["en", "de", "nl"])
def test_the_town_has_actions_from_quick_wins_and_a_fact_sandwich(db_path, pack_copy, language):
    workspace = open_workspace(db_path, pack_copy.parent, language)
    try:
        summary = create_training_municipality(workspace.conn, language=language)
        content = workspace.content
        linked = [a for a in PlanRepository(workspace.conn).actions() if a.guide_item]
        assert len(linked) >= 3
        for action in linked:
            quick_win = content.guide_item(action.guide_item)
            assert quick_win is not None and quick_win.kind == QUICK_WIN, action.guide_item
            assert action.dimension in quick_win.dimensions
            assert set(quick_win.partners) <= set(action.partners)
            assert action.phase == SHORT
            # The guide's own text in the town's language, as "Add to plan" makes it (the
            # library shows the action under its quick win by that title).
            assert (action.title, action.description) == (quick_win.title, quick_win.text)
        sandwiches = FactSandwichRepository(workspace.conn).sandwiches()
        assert len(sandwiches) == summary.fact_sandwiches >= 1
        for sandwich in sandwiches:
            assert all((sandwich.topic, sandwich.fact, sandwich.myth, sandwich.why_wrong))
            assert sandwich.fact_again
    finally:
        workspace.close()


def test_the_fact_sandwich_counts_as_own_work(workspace):
    """A file holding only the user's fact sandwiches is not given the training town."""
    from toolbox_desktop.storage.fact_sandwich_repository import FactSandwich
    from toolbox_desktop.storage.training_town import refusal_reason

    FactSandwichRepository(workspace.conn).save(FactSandwich(topic="Ours"))
    assert refusal_reason(workspace.conn) == "it already holds your own work (1 fact sandwich)"
