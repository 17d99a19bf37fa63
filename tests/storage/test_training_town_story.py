"""The training town's story file: the English town is the one the Python story made, other
languages fall back to English, and a damaged file is refused naming what is wrong."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from training_town_rows import town_rows

from toolbox_desktop.paths import training_town_root
from toolbox_desktop.services.training_town import (
    StoryFileError,
    create_training_municipality,
    load_story,
    story_path,
)
from toolbox_desktop.storage.plan_repository import PlanRepository

SNAPSHOT = Path(__file__).parents[1] / "fixtures" / "training-town-en-2026-11-23.json"
TODAY = date(2026, 11, 23)


def test_the_english_town_has_exactly_the_rows_of_the_snapshot(workspace):
    """The snapshot was written by the town made from Python (training_town_data.py) before
    the story moved to data/training-town/en.json: every row must be the same. The story
    has grown since only by actions made from the leaders' guide's quick wins (issue 12),
    added after the others and on benchmarks other actions already address, so that every
    rating stays as it was; they are the only rows beyond the snapshot's."""
    create_training_municipality(workspace.conn, TODAY)
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    actual = town_rows(workspace.conn)
    quick_win_actions = {row["id"] for row in actual["actions"] if row["guide_item"]}
    assert len(quick_win_actions) == 3
    for table, rows in expected.items():
        columns = set(rows[0]) if rows else set()
        got = [{k: v for k, v in row.items() if k in columns} for row in actual[table]]
        assert got[: len(rows)] == rows, table
        added = actual[table][len(rows) :]
        if table == "actions":
            assert {row["id"] for row in added} == quick_win_actions
        elif table in ("action_benchmarks", "milestones"):
            assert {row["action_id"] for row in added} <= quick_win_actions, table
        else:
            assert not added, table


def test_a_language_without_a_file_gets_the_english_town(workspace, tmp_path):
    assert story_path("xx") == story_path("en") == training_town_root() / "en.json"
    assert story_path("pt_BR").name == "en.json"
    assert load_story("xx") == load_story("en")
    summary = create_training_municipality(workspace.conn, TODAY, language="xx")
    assert summary.municipality == "Lindenbach (fictional training town)"


def test_a_language_with_a_file_gets_its_own_town(tmp_path):
    folder = tmp_path / "town"
    folder.mkdir()
    shutil.copy(training_town_root() / "en.json", folder / "en.json")
    data = json.loads((folder / "en.json").read_text(encoding="utf-8"))
    data["language"] = "de"
    data["profile"]["name"] = "Lindenbach (fiktive Übungsgemeinde)"
    (folder / "de.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert story_path("de_DE", folder).name == "de.json"
    assert load_story("de-AT", folder).town_name == "Lindenbach (fiktive Übungsgemeinde)"
    assert load_story("nl", folder).town_name == "Lindenbach (fictional training town)"


def damaged(tmp_path: Path, change) -> Path:
    data = json.loads((training_town_root() / "en.json").read_text(encoding="utf-8"))
    change(data)
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "en.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["profile"].pop("region"), "key 'profile.region' is missing"),
        (
            lambda d: d["actions"]["job-mentoring-with-retired"].pop("title"),
            "key 'actions.job-mentoring-with-retired.title' is missing",
        ),
        (lambda d: d.pop("annual_texts"), "key 'annual_texts' is missing"),
        (lambda d: d["profile"].update(population="9140"), "'profile.population' must be a whole"),
        (lambda d: d["notes"].append(3), "key 'notes[6]' must be text"),
        (
            lambda d: d["benchmark_indicators"][0]["measurements"][1].update(on=[1, 2, 30]),
            "'benchmark_indicators[0].measurements[1].on' is not a date",
        ),
        (lambda d: d["workshop"].pop(), "key 'workshop' must name 6 participants"),
    ],
)
def test_a_damaged_file_is_refused_naming_the_key(tmp_path, workspace, change, message):
    folder = damaged(tmp_path, change)
    with pytest.raises(StoryFileError, match=r"en\.json") as raised:
        create_training_municipality(workspace.conn, TODAY, folder=folder)
    assert message in str(raised.value)
    assert not PlanRepository(workspace.conn).actions(), "nothing was written"


def test_a_file_that_is_not_json_is_refused(tmp_path):
    (tmp_path / "en.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(StoryFileError, match="cannot be read"):
        load_story("en", tmp_path)
