"""A milestone keeps its uid (and so its calendar event) through edits, removals of others,
reordering, undo and imports; a screen that gives milestones back without uids changes
nothing."""

from dataclasses import replace
from datetime import UTC, date, datetime

import icalendar

from toolbox_desktop.core.plan import Action, Milestone
from toolbox_desktop.storage.milestone_uids import with_uids
from toolbox_desktop.storage.plan_export import database_id, plan_ical
from toolbox_desktop.storage.plan_repository import PlanRepository

MILESTONES = (
    Milestone("Room found", date(2026, 3, 1), True),
    Milestone("Opening", date(2026, 5, 1)),
    Milestone("Review", date(2026, 9, 1)),
)


def saved(workspace) -> tuple[PlanRepository, Action]:
    plan = PlanRepository(workspace.conn)
    action = plan.save_action(Action(title="Welcome desk", milestones=MILESTONES))
    return plan, plan.action(action.id)


def calendar_uids(workspace, action: Action) -> dict[str, str]:
    """Milestone title -> the UID of its calendar event."""
    text = plan_ical([action], database_id(workspace.conn), datetime(2026, 1, 1, tzinfo=UTC))
    return {
        str(event["SUMMARY"]).split("(")[0].removeprefix("Milestone: ").strip(): str(event["UID"])
        for event in icalendar.Calendar.from_ical(text).walk("VEVENT")
        if str(event["SUMMARY"]).startswith("Milestone: ")
    }


def test_stored_milestones_get_distinct_uids(workspace):
    _plan, action = saved(workspace)
    uids = [m.uid for m in action.milestones]
    assert all(len(uid) == 32 for uid in uids) and len(set(uids)) == 3


def test_ics_uid_survives_removing_the_first_milestone(workspace):
    plan, action = saved(workspace)
    before = calendar_uids(workspace, action)
    plan.save_action(replace(action, milestones=action.milestones[1:]), base=action)
    after = calendar_uids(workspace, plan.action(action.id))
    assert after == {"Opening": before["Opening"], "Review": before["Review"]}


def test_ics_uid_survives_reordering(workspace):
    plan, action = saved(workspace)
    before = calendar_uids(workspace, action)
    plan.save_action(replace(action, milestones=action.milestones[::-1]), base=action)
    stored = plan.action(action.id)
    assert [m.title for m in stored.milestones] == ["Review", "Opening", "Room found"]
    assert calendar_uids(workspace, stored) == before


def test_editing_a_title_keeps_the_uid(workspace):
    plan, action = saved(workspace)
    first = action.milestones[0]
    edited = (replace(first, title="Room rented"), *action.milestones[1:])
    result = plan.save_action(replace(action, milestones=edited), base=action)
    assert result.milestones[0].uid == first.uid
    assert plan.action(action.id).milestones[0].uid == first.uid


def test_milestones_given_back_without_uids_are_no_change(workspace):
    plan, action = saved(workspace)
    bare = tuple(Milestone(m.title, m.due, m.done) for m in action.milestones)
    assert bare == action.milestones  # the uid takes no part in comparing
    other = PlanRepository(workspace.conn)
    theirs = other.save_action(replace(action, title="Welcome office"), base=action)
    # This window sends its milestones back without uids: no clash, nothing rewritten.
    mine = replace(action, milestones=bare, progress=10)
    result = plan.save_action(mine, base=replace(action, milestones=bare))
    assert result.title == theirs.title and result.progress == 10
    assert [m.uid for m in plan.action(action.id).milestones] == [m.uid for m in action.milestones]


def test_a_changed_list_without_uids_keeps_the_uids_of_matching_milestones(workspace):
    plan, action = saved(workspace)
    bare = [Milestone(m.title, m.due, m.done) for m in action.milestones]
    bare[1] = replace(bare[1], due=date(2026, 6, 1))  # same title, new date
    plan.save_action(replace(action, milestones=(*bare, Milestone("New"))), base=action)
    stored = plan.action(action.id).milestones
    assert [m.uid for m in stored[:3]] == [m.uid for m in action.milestones]
    assert stored[3].uid not in {m.uid for m in action.milestones}


def test_undo_of_a_removal_brings_the_uid_back(workspace):
    plan, action = saved(workspace)
    removed = plan.save_action(replace(action, milestones=action.milestones[1:]), base=action)
    plan.save_action(action, base=removed)
    assert [m.uid for m in plan.action(action.id).milestones] == [m.uid for m in action.milestones]


def test_a_uid_is_never_given_twice_within_an_action():
    twin = Milestone("A", uid="1" * 32)
    result = with_uids([], [twin, replace(twin, title="B"), Milestone("C")])
    assert result[0].uid == "1" * 32
    assert len({m.uid for m in result}) == 3


def test_an_import_keeps_the_uids_of_milestones_it_does_not_change(workspace, tmp_path):
    from toolbox_desktop.exchange.package_import import apply_import, preview_import
    from toolbox_desktop.exchange.package_writer import export_municipality

    plan, action = saved(workspace)
    package = export_municipality(workspace.conn, tmp_path / "town.zip")
    edited = (replace(action.milestones[0], title="Room rented"), *action.milestones[1:])
    plan.save_action(replace(action, milestones=edited[::-1]), base=action)
    apply_import(workspace.conn, preview_import(workspace.conn, package))
    stored = plan.action(action.id).milestones
    assert [m.title for m in stored] == [m.title for m in action.milestones]
    assert [m.uid for m in stored] == [m.uid for m in action.milestones]
