"""Undo and Redo in the plan follow the one policy of every area (ui/common/undo.py): a
replay that is refused is told and stays on the stack, to be done once it can be; the plan
shown is what the file holds; a clash with another window's change is asked about."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from plan_helpers import cell, row_of_title

from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.ui.plan import action_model


class FailingWrites:
    """Writes of actions and indicators fail while ``on``, as a full disk does."""

    def __init__(self, repository, monkeypatch) -> None:
        self.on = True
        for name in ("save_action", "update_actions", "save_indicator", "restore_actions"):
            real = getattr(repository, name)

            def write(*args, _real=real, **kwargs):
                if self.on:
                    raise sqlite3.OperationalError("disk I/O error")
                return _real(*args, **kwargs)

            monkeypatch.setattr(repository, name, write)


def shown_titles(page) -> list[str]:
    return [
        cell(page.table.proxy, row, action_model.TITLE)
        for row in range(page.table.proxy.rowCount())
    ]


def test_an_undo_the_file_refuses_is_told_and_stays_until_it_can_be_done(
    make_plan_page, stored, plan_stack, monkeypatch
):
    page = make_plan_page([Action(title="Language café")])
    action = stored.actions()[0]
    page.session.save_action(action.with_changes(title="Language café for parents"), "title")
    told = []
    page.session.notice.connect(told.append)
    failing = FailingWrites(page.session.repository, monkeypatch)

    plan_stack.undo()

    assert len(told) == 1 and "could not be stored in the database" in told[0]
    assert "disk I/O error" in told[0]
    assert (plan_stack.count(), plan_stack.index()) == (1, 1), "the step stays where it was"
    assert plan_stack.canUndo() and plan_stack.undoText() == "Rename “Language café for parents”"
    assert stored.action(action.id).title == "Language café for parents"
    assert page.session.actions() == stored.actions(), "the plan shown is the file"
    assert shown_titles(page) == ["Language café for parents"]
    assert page.notice.isVisible() and page.notice.text() == told[0]

    failing.on = False
    plan_stack.undo()
    assert stored.action(action.id).title == "Language café"
    assert shown_titles(page) == ["Language café"]
    assert (plan_stack.count(), plan_stack.index()) == (1, 0)


def test_a_redo_the_file_refuses_stays_to_be_redone(
    make_plan_page, stored, plan_stack, monkeypatch
):
    page = make_plan_page([Action(title="One"), Action(title="Two")])
    ids = [a.id for a in stored.actions()]
    page.session.update_actions(ids, status="done")
    plan_stack.undo()
    failing = FailingWrites(page.session.repository, monkeypatch)
    told = []
    page.session.notice.connect(told.append)

    plan_stack.redo()

    assert len(told) == 1
    assert (plan_stack.count(), plan_stack.index()) == (1, 0) and plan_stack.canRedo()
    assert [a.status for a in stored.actions()] == ["idea", "idea"]
    assert page.session.actions() == stored.actions()

    failing.on = False
    plan_stack.redo()
    assert [a.status for a in stored.actions()] == ["done", "done"]
    assert [a.status for a in page.session.actions()] == ["done", "done"]


def test_an_indicator_edit_refused_on_undo_stays(make_plan_page, stored, plan_stack, monkeypatch):
    page = make_plan_page([Action(title="Language café")])
    action = stored.actions()[0]
    indicator = page.session.add_indicator(Indicator(action_id=action.id, name="Visitors"))
    page.session.save_indicator(indicator, replace(indicator, name="Visitors per month"))
    failing = FailingWrites(page.session.repository, monkeypatch)

    plan_stack.undo()

    assert (plan_stack.count(), plan_stack.index()) == (2, 2)
    assert [i.name for i in stored.indicators()] == ["Visitors per month"]
    failing.on = False
    plan_stack.undo()
    assert [i.name for i in stored.indicators()] == ["Visitors"]


def test_an_action_deleted_elsewhere_is_told_and_its_step_leaves(
    make_plan_page, stored, plan_stack
):
    """The one refusal that removes the step: its action is gone, and the step on top would
    block every Undo below it."""
    page = make_plan_page([Action(title="A"), Action(title="B")])
    first = stored.actions()[0]
    page.session.create_action(Action(title="C"))
    page.session.save_action(first.with_changes(title="A, renamed"), "title")
    stored.delete_actions([first.id])  # another window deletes it meanwhile
    told = []
    page.session.notice.connect(told.append)

    plan_stack.undo()

    assert told == ["The action no longer exists; it may have been deleted in another window."]
    assert plan_stack.count() == 1 and plan_stack.undoText() == "Create action “C”"
    assert sorted(shown_titles(page)) == ["B", "C"]
    plan_stack.undo()  # the step below still works
    assert [a.title for a in stored.actions()] == ["B"]


def test_undo_over_a_change_elsewhere_asks_and_keep_mine_writes_over_it(
    make_plan_page, stored, plan_stack
):
    page = make_plan_page([Action(title="Language café")])
    action = stored.actions()[0]
    page.session.save_action(action.with_changes(responsible_person="Ayşe"), "owner")
    now = stored.action(action.id)
    stored.save_action(now.with_changes(responsible_person="Mehmet"), base=now)
    asked = []
    page.session.ask_keep_mine = lambda what: asked.append(what) or True

    plan_stack.undo()

    assert asked == ["The action “Language café”"]
    assert stored.action(action.id).responsible_person == ""
    assert page.session.action(action.id).responsible_person == ""
    assert (plan_stack.count(), plan_stack.index()) == (1, 0)
    plan_stack.redo()
    assert stored.action(action.id).responsible_person == "Ayşe"
    row = row_of_title(page.table.proxy, "Language café")
    assert cell(page.table.proxy, row, action_model.OWNER) == "Ayşe"


def changed_elsewhere(stored, action_id: int, **changes) -> None:
    """Another window changes an action (through the second connection)."""
    now = stored.action(action_id)
    stored.save_action(now.with_changes(**changes), base=now)


def test_undo_of_a_bulk_change_leaves_out_each_action_whose_theirs_the_user_takes(
    make_plan_page, stored, plan_stack
):
    page = make_plan_page([Action(title="One"), Action(title="Two"), Action(title="Three")])
    one, two, three = (a.id for a in stored.actions())
    page.session.update_actions([one, two, three], status="done")
    changed_elsewhere(stored, one, status="dropped")
    changed_elsewhere(stored, three, status="planned")
    asked = []
    page.session.ask_keep_mine = lambda what: asked.append(what) and False

    plan_stack.undo()

    assert asked == ["The action “One”", "The action “Three”"]
    assert [a.status for a in stored.actions()] == ["dropped", "idea", "planned"]
    assert page.session.actions() == stored.actions(), "the plan shows the file"
    assert (plan_stack.count(), plan_stack.index()) == (1, 0)
    assert plan_stack.redoText() == "Change status of “Two”"
    plan_stack.redo()
    assert [a.status for a in stored.actions()] == ["dropped", "done", "planned"]
    assert len(asked) == 2


def test_undo_of_a_bulk_change_leaves_when_the_user_takes_theirs_for_every_action(
    make_plan_page, stored, plan_stack
):
    page = make_plan_page([Action(title="One"), Action(title="Two")])
    ids = [a.id for a in stored.actions()]
    page.session.create_action(Action(title="Three"))
    page.session.update_actions(ids, status="done")
    for action_id in ids:
        changed_elsewhere(stored, action_id, status="dropped")
    page.session.ask_keep_mine = lambda _what: False

    plan_stack.undo()

    assert [a.status for a in stored.actions()] == ["dropped", "dropped", "idea"]
    assert page.session.actions() == stored.actions()
    assert plan_stack.count() == 1 and plan_stack.undoText() == "Create action “Three”"


def test_an_undo_refused_for_want_of_disk_space_says_so_and_what_to_do(
    make_plan_page, stored, plan_stack, monkeypatch
):
    page = make_plan_page([Action(title="Language café")])
    action = stored.actions()[0]
    page.session.save_action(action.with_changes(title="Language café for parents"), "title")

    def full(*_args, **_kwargs):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    monkeypatch.setattr(page.session.repository, "save_action", full)
    told = []
    page.session.notice.connect(told.append)
    plan_stack.undo()
    assert told == [
        "The change could not be stored: the disk is full. Free some space on it (delete or "
        "move files you no longer need), then try again. Your earlier data is unchanged."
    ]
    assert stored.action(action.id).title == "Language café for parents"
    assert plan_stack.canUndo(), "the step stays, to be done once there is room"
