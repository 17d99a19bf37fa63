"""The Getting started strip's questions, answered without the repositories: only what the
user still sees counts (a blank name or an item in the bin is not a step done)."""

from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage import first_steps
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository


def test_a_new_file_has_none_of_the_first_steps(workspace):
    conn = workspace.conn
    assert not first_steps.has_named_profile(conn)
    assert not first_steps.has_assessment(conn)
    assert not first_steps.has_action(conn)


def test_a_blank_name_or_deleted_items_are_not_steps_done(workspace):
    conn = workspace.conn
    assessments, plan = AssessmentRepository(conn), PlanRepository(conn)
    assessments.save_profile(Profile(name="   "))
    assessment = assessments.create("First", "2026-03-01")
    action = plan.save_action(Action(title="Welcome desk", status="idea"))
    assert not first_steps.has_named_profile(conn)
    assert first_steps.has_assessment(conn) and first_steps.has_action(conn)

    assessments.delete(assessment.id)
    plan.delete_actions([action.id])
    assert not first_steps.has_assessment(conn)
    assert not first_steps.has_action(conn)

    assessments.save_profile(Profile(name="Lindenau"))
    assert first_steps.has_named_profile(conn)
