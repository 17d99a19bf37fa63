"""The repositories refuse texts and lists over ``core.limits`` (the command line and the
windows store through them), and nothing is written."""

from __future__ import annotations

import pytest

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import InvalidRatingError, Profile, Rating
from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import InvalidActionError, PlanRepository
from toolbox_desktop.storage.workshop_repository import NAMED, WorkshopError, WorkshopRepository

B1 = "gov.strategic-planning.1"


def test_the_repositories_refuse_texts_over_their_limits(workspace):
    conn = workspace.conn
    assessments = AssessmentRepository(conn)
    with pytest.raises(limits.LimitError):
        assessments.save_profile(Profile(staff_time="s" * (limits.LINE + 1)))
    with pytest.raises(limits.LimitError):
        assessments.create("t" * (limits.LINE + 1), "2026-03-01")
    assessment = assessments.create("t" * limits.LINE, "2026-03-01", "p" * limits.TEXT)
    with pytest.raises(limits.LimitError):
        assessments.update(assessment.id, participants="p" * (limits.TEXT + 1))
    with pytest.raises(InvalidRatingError):
        assessments.save_rating(assessment.id, Rating(B1, evidence="e" * (limits.TEXT + 1)))
    with pytest.raises(WorkshopError):
        WorkshopRepository(conn).add_participant(assessment.id, "n" * (limits.LINE + 1))
    with pytest.raises(limits.LimitError):
        AnnualTextRepository(conn).save(AnnualTexts(2026, stories="s" * (limits.TEXT + 1)))
    plans = PlanRepository(conn)
    with pytest.raises(InvalidActionError):
        plans.save_action(Action(title="t", description="d" * (limits.TEXT + 1)))
    with pytest.raises(InvalidActionError):
        plans.save_indicator(Indicator(name="n", unit="u" * (limits.LINE + 1)))
    assert conn.execute("SELECT count(*) FROM actions").fetchone() == (0,)
    assert [a.title for a in assessments.assessments()] == ["t" * limits.LINE]


def test_a_workshop_takes_no_more_participants_than_a_package_carries(workspace, monkeypatch):
    monkeypatch.setattr(limits, "PARTICIPANTS_PER_WORKSHOP", 2)
    assessment = AssessmentRepository(workspace.conn).create("Workshop", "2026-03-01")
    workshop = WorkshopRepository(workspace.conn)
    workshop.start(assessment.id, NAMED)
    workshop.add_participant(assessment.id, "Ana")
    workshop.add_participant(assessment.id, "Ben")
    with pytest.raises(WorkshopError) as refused:
        workshop.add_participant(assessment.id, "Cem")
    assert str(refused.value.message) == "Workshop participants: 3, more than the 2 allowed."
    assert [p.name for p in workshop.participants(assessment.id)] == ["Ana", "Ben"]
