"""`report proposal` and `report letters` from the command line: the chosen actions by id,
Word by the output's extension, and a clear message in the user's language when there is
nothing to write."""

from __future__ import annotations

from dataclasses import replace

import pytest
from docx import Document

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.assessment import Profile, Rating
from toolbox_desktop.core.plan import DONE, DROPPED, IDEA, IN_PROGRESS, PLANNED, Action
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository


def _run(workspace, *arguments: str) -> int:
    return main([*arguments, "--db", str(workspace.path)])


def test_the_proposal_of_the_actions_named(workspace, tmp_path, capsys):
    AssessmentRepository(workspace.conn).save_profile(Profile(name="Lindenau"))
    plan = PlanRepository(workspace.conn)
    ids = [plan.save_action(Action(title=f"Action {n}")).id for n in range(3)]
    out = tmp_path / "vorlage.docx"
    chosen = f"{ids[0]},{ids[2]}"
    assert _run(workspace, "report", "proposal", "-o", str(out), "--actions", chosen) == EXIT_OK
    assert "proposal report written to" in capsys.readouterr().out
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Action 0" in text and "Action 2" in text and "Action 1" not in text


def test_without_actions_the_proposal_asks_only_about_the_open_ones(workspace, tmp_path, capsys):
    plan = PlanRepository(workspace.conn)
    statuses = (IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED)
    ids = [plan.save_action(Action(title=f"Action {s}", status=s)).id for s in statuses]
    out = tmp_path / "vorlage.docx"
    assert _run(workspace, "report", "proposal", "-o", str(out)) == EXIT_OK
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    for status in (IDEA, PLANNED, IN_PROGRESS):
        assert f"Action {status}" in text
    assert "Action done" not in text and "Action dropped" not in text
    # --actions chooses exactly, a finished action too
    assert _run(workspace, "report", "proposal", "-o", str(out), "--actions", str(ids[3])) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Action done" in text and "Action idea" not in text
    capsys.readouterr()
    for action_id in ids[:3]:
        plan.save_action(replace(plan.action(action_id), status=DONE), plan.action(action_id))
    assert _run(workspace, "report", "proposal", "-o", str(tmp_path / "none.pdf")) == EXIT_ERROR
    assert "Every action of the plan is done or dropped" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()


def test_actions_must_be_ids(workspace, tmp_path, capsys):
    with pytest.raises(SystemExit):
        _run(workspace, "report", "proposal", "-o", str(tmp_path / "p.pdf"), "--actions", "a,b")
    assert "--actions" in capsys.readouterr().err


def test_nothing_to_write_is_an_error_in_the_users_language(workspace, tmp_path, capsys):
    repository = AssessmentRepository(workspace.conn)
    assessment = repository.create("Frühjahr", "2026-04-01")
    repository.save_rating(assessment.id, Rating(workspace.content.benchmarks[0].code, level=1))
    out = tmp_path / "schreiben.pdf"
    assert _run(workspace, "report", "letters", "-o", str(out), "--lang", "de") == EXIT_ERROR
    err = capsys.readouterr().err
    assert "Fehler: In der Bewertung „Frühjahr“ ist keine Benchmark" in err
    assert not out.exists()
    assert _run(workspace, "report", "proposal", "-o", str(out)) == EXIT_ERROR
    assert "The plan has no actions yet" in capsys.readouterr().err
