"""`assessment suggest ID` (the next steps for every gap, as text and as JSON) and
`content list --pack ID` (every item of one pack, in a language), with their errors."""

from __future__ import annotations

import json

import pytest

from guide_content import content_with_guide
from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.storage.assessment_repository import AssessmentRepository

PLANNING, NETWORKS = "gov.strategic-planning.1", "gov.coordination.3"
MEETINGS = "Hold regular public meetings with the host population"
MEETINGS_WHY = (
    "Reporting progress to residents every few months makes those responsible answer for the plan."
)


@pytest.fixture
def rated(workspace):
    """An assessment with two gaps and a benchmark at its target; the command loads the
    shipped leaders' guide beside the toolbox when it opens the file."""
    repository = AssessmentRepository(workspace.conn)
    assessment = repository.create("Spring 2026", "2026-03-01")
    for rating in (
        Rating(PLANNING, level=1, target=4, priority=3),
        Rating(NETWORKS, level=1, target=3, priority=2),
        Rating("edu.parents.1", level=4, target=4),
    ):
        repository.save_rating(assessment.id, rating)
    empty = repository.create("Nothing to close", "2026-04-01")
    return str(workspace.path), assessment.id, empty.id


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_suggest_json_has_a_stable_structure(capsys, rated):
    path, assessment, _ = rated
    code, out, _ = run(
        capsys, "assessment", "suggest", str(assessment), "--db", path, "--format", "json"
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["assessment"] == {
        "id": assessment,
        "title": "Spring 2026",
        "assessed_on": "2026-03-01",
        "status": "draft",
    }
    assert data["languages"] == {"whole-comm": "en", "leaders-guide": "en"}
    planning, networks = data["gaps"]
    assert (planning["benchmark"], planning["level"], planning["target"]) == (PLANNING, 1, 4)
    assert planning["weighted"] == 9 and planning["none_reason"] == ""
    assert [(s["item"], s["kind"], s["pack"]) for s in planning["suggestions"]] == [
        ("ex.social-cohesion.7", "example", "leaders-guide"),
        ("eng.g.1", "engagement-point", "leaders-guide"),
        ("qw.public-meetings", "quick-win", "leaders-guide"),
    ]
    meetings = planning["suggestions"][2]
    assert (meetings["title"], meetings["why"]) == (MEETINGS, MEETINGS_WHY)
    assert set(meetings) == {"item", "kind", "pack", "title", "why", "context"}
    assert networks["benchmark"] == NETWORKS and networks["suggestions"] == []
    assert networks["none_reason"].startswith("The packs hold no item on joining city networks")
    [governance] = data["dimensions"]
    assert governance["dimension"] == "gov" and governance["title"] == "Governance"
    assert governance["suggestions"][0]["item"] == "gov.practice.poli"


def test_suggest_text_lists_each_gap_with_its_steps(capsys, rated):
    path, assessment, _ = rated
    code, out, _ = run(capsys, "assessment", "suggest", str(assessment), "--db", path)
    assert code == EXIT_OK
    flat = " ".join(out.split())  # long lines are wrapped
    assert "Spring 2026 (" in out and "next steps for 2 gaps, largest weighted gap first" in flat
    assert f"{PLANNING} {content_with_guide().item(PLANNING).title}" in flat
    assert "level 1 -> target 4, priority High, weighted gap 9" in flat
    assert f"- {MEETINGS} (Quick win) [qw.public-meetings] {MEETINGS_WHY}" in flat
    assert "Nothing in the packs fits: The packs hold no item on joining city networks" in flat
    assert flat.index(PLANNING) < flat.index(NETWORKS)
    assert "For each dimension with gaps: 1. Governance [gov]" in flat


def test_suggest_in_dutch(capsys, rated):
    path, assessment, _ = rated
    code, out, _ = run(
        capsys,
        "assessment",
        "suggest",
        str(assessment),
        "--db",
        path,
        "--format",
        "json",
        "--lang",
        "nl",
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["languages"] == {"whole-comm": "nl", "leaders-guide": "nl"}
    titles = [s["title"] for s in data["gaps"][0]["suggestions"]]
    dutch = content_with_guide("nl").guide_item("qw.public-meetings").title
    assert dutch in titles and MEETINGS not in titles
    code, out, _ = run(
        capsys, "assessment", "suggest", str(assessment), "--db", path, "--lang", "nl"
    )
    flat = " ".join(out.split())
    assert "(Snelle maatregel)" in flat and "prioriteit Hoog" in flat


def test_suggest_without_gaps_or_for_an_unknown_assessment(capsys, rated):
    path, _, empty = rated
    code, out, _ = run(capsys, "assessment", "suggest", str(empty), "--db", path)
    assert code == EXIT_OK
    assert "no gaps: no rated benchmark has a target above its current level" in out
    code, out, err = run(capsys, "assessment", "suggest", "999", "--db", path)
    assert code == EXIT_ERROR and out == ""
    assert "there is no assessment with id 999" in err


def test_content_list_of_the_guidance_pack_as_json(capsys, database_file):
    database = str(database_file)
    code, out, _ = run(
        capsys, "content", "list", "--pack", "leaders-guide", "--db", database, "--format", "json"
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["pack"]["id"] == "leaders-guide" and data["pack"]["role"] == "guidance"
    assert data["pack"]["language"] == "en" and data["pack"]["languages"] == ["en", "de", "nl"]
    kinds = [item["kind"] for item in data["items"]]
    assert kinds.count("precondition") == 2 and kinds.count("quick-win") >= 10
    funding = next(item for item in data["items"] if item["code"] == "qw.eu-funding")
    assert funding["funding"] == ["amif", "esf-plus"] and funding["dimensions"] == ["gov"]
    example = next(item for item in data["items"] if item["code"] == "ex.language.1")
    assert example["group"] == "ex.language" and example["title"] == ""
    none = next(s for s in data["suggestions"] if s["target"] == "gov.coordination.3")
    assert none["item"] == "" and none["why"].startswith("The packs hold no item")
    assert data["challenges"] == [] and data["practices"] == [] and data["guide"] == []


def test_content_list_of_a_pack_in_a_language(capsys, database_file):
    database = str(database_file)
    code, out, _ = run(
        capsys, "content", "list", "--pack", "leaders-guide", "--db", database, "--lang", "nl"
    )
    assert code == EXIT_OK
    assert out.startswith("Gids voor lokale leiders")
    assert "Quick wins:" in out
    dutch = content_with_guide("nl").guide_item("qw.public-meetings").title
    assert f"{dutch} [qw.public-meetings]" in out
    code, out, _ = run(
        capsys,
        "content",
        "list",
        "--pack",
        "whole-comm",
        "--db",
        database,
        "--format",
        "json",
        "--lang",
        "de",
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["pack"]["language"] == "de" and len(data["benchmarks"]) == 68
    assert data["dimensions"][0]["title"] == "Steuerung"
    assert set(data) == {
        "pack",
        "dimensions",
        "subthemes",
        "benchmarks",
        "challenges",
        "practices",
        "guide",
    }


def test_content_list_of_an_unknown_pack_or_language(capsys, database_file):
    database = str(database_file)
    code, out, err = run(capsys, "content", "list", "--pack", "nope", "--db", database)
    assert code == EXIT_ERROR and out == ""
    assert "there is no content pack 'nope'; the packs loaded are: whole-comm, leaders-guide" in err
    code, out, err = run(
        capsys, "content", "list", "--pack", "nope", "--db", database, "--lang", "de"
    )
    assert code == EXIT_ERROR and out == ""
    assert "es gibt kein Inhaltspaket 'nope'; geladen sind: whole-comm, leaders-guide" in err
    code, out, err = run(
        capsys, "content", "list", "--pack", "leaders-guide", "--db", database, "--lang", "it"
    )
    assert code == EXIT_ERROR and out == ""
    assert "the content pack leaders-guide is not in 'it'; its languages are: en, de, nl" in err
    code, out, _ = run(
        capsys, "content", "list", "--pack", "leaders-guide", "--db", database, "--lang", "nl_BE"
    )
    assert code == EXIT_OK  # Dutch without its region, as the app picks it


def test_suggest_writes_its_date_as_the_other_commands_do(capsys, rated, monkeypatch):
    """The date in --lang's formats on this computer (``cli.translation.formats_locale``), as
    `assessment show` writes it: Dutch on a British computer 01-03-2026, not 01/03/2026."""
    path, assessment, _ = rated
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    arguments = ["assessment", "suggest", str(assessment), "--db", path, "--lang", "nl"]
    code, out, _ = run(capsys, *arguments)
    assert code == EXIT_OK
    assert "Spring 2026 (01-03-2026)" in out.splitlines()[0]
    code, shown, _ = run(
        capsys, "assessment", "show", str(assessment), "--db", path, "--lang", "nl"
    )
    assert code == EXIT_OK and "(01-03-2026," in shown.splitlines()[0]
