"""The session the plan's screens share: moves from the timeline, links to benchmarks a content
update removed, refused changes, and the signals other views follow."""

from __future__ import annotations

from datetime import date

from plan_helpers import cell, row_of_title
from PySide6.QtCore import Qt

from toolbox_desktop.core.plan import LONG, MEDIUM, SHORT, Action
from toolbox_desktop.ui.plan import action_model

GONE = "gov.old-benchmark.9"


def test_moving_an_action_is_stored_and_undone(make_plan_page, stored, plan_stack, qtbot):
    page = make_plan_page(
        [Action(title="Info evening", start=date(2025, 7, 1), end=date(2025, 9, 30), phase=SHORT)]
    )
    action = stored.actions()[0]
    with qtbot.waitSignal(page.session.action_changed) as changed:
        moved = page.session.move_action(action.id, date(2026, 7, 1), date(2026, 9, 30))
    assert changed.args == [action.id]
    assert stored.action(action.id) == moved
    assert (moved.start, moved.end, moved.phase) == (date(2026, 7, 1), date(2026, 9, 30), MEDIUM)
    assert cell(page.table.proxy, 0, action_model.END) == "9/30/2026"
    assert page.editor.form.end.text() == "9/30/2026"
    assert plan_stack.undoText() == "Move “Info evening”"

    plan_stack.undo()
    assert stored.action(action.id) == action
    assert cell(page.table.proxy, 0, action_model.END) == "9/30/2025"
    plan_stack.redo()
    assert stored.action(action.id) == moved


def test_a_move_the_rules_refuse_stores_nothing(make_plan_page, stored, plan_stack):
    page = make_plan_page([Action(title="Info evening", start=date(2025, 7, 1))])
    action = stored.actions()[0]
    notices = []
    page.session.notice.connect(notices.append)
    assert page.session.move_action(action.id, date(2025, 7, 1), date(2025, 6, 1)) is None
    assert page.session.move_action(action.id, date(2101, 1, 1), date(2101, 2, 1)) is None
    assert page.session.move_action(999, date(2025, 1, 1), date(2025, 2, 1)) is None
    assert notices == [
        "The end date is before the start date.",
        "The year 2101 looks like a typing slip: use a year between 1990 and 2100.",
        "The action no longer exists; it may have been deleted in another window.",
    ]
    assert page.notice.text() == notices[-1], "the page shows the notice"
    assert stored.action(action.id) == action
    assert plan_stack.count() == 0


def test_a_chosen_phase_is_kept_when_the_action_moves(make_plan_page, stored):
    page = make_plan_page([Action(title="Housing", end=date(2025, 9, 30), phase=LONG)])
    action = stored.actions()[0]
    moved = page.session.move_action(action.id, None, date(2025, 12, 31))
    assert moved.phase == LONG
    assert moved.start is None


def test_a_benchmark_removed_from_the_toolbox_stays_linked_and_says_so(make_plan_page, stored):
    page = make_plan_page(
        [
            Action(
                title="Old plan item",
                benchmarks=("gov.strategic-planning.1", GONE),
                dimension="gov",
            ),
            Action(title="Other"),
        ]
    )
    model = page.table.proxy
    row = row_of_title(model, "Old plan item")
    assert cell(model, row, action_model.BENCHMARKS) == (
        "1.1.1, gov.old-benchmark.9 (no longer in the toolbox)"
    )
    assert cell(model, row, action_model.BENCHMARKS, Qt.ItemDataRole.ToolTipRole).endswith(
        "gov.old-benchmark.9 (no longer in the toolbox)"
    )
    assert cell(model, row, action_model.BENCHMARKS, Qt.ItemDataRole.ForegroundRole) is not None
    action = stored.actions()[0]
    page.table.select_action(action.id)
    links = page.editor.form.links
    assert links.codes() == ("gov.strategic-planning.1", GONE)
    assert links.model.item(1).text() == "gov.old-benchmark.9 (no longer in the toolbox)"

    page.editor.form.title.setText("Old plan item, revised")  # editing keeps the link
    page.editor.form.title.editingFinished.emit()
    assert stored.action(action.id).benchmarks == ("gov.strategic-planning.1", GONE)
    assert page.session.actions_for_benchmark(GONE)[0].title == "Old plan item, revised"

    links.view.setCurrentIndex(links.model.index(1, 0))  # until the user unlinks it
    links.remove_current()
    assert stored.action(action.id).benchmarks == ("gov.strategic-planning.1",)


def test_a_dimension_removed_from_the_toolbox_is_shown_and_kept(make_plan_page, stored):
    page = make_plan_page([Action(title="Culture", dimension="cul")])
    assert cell(page.table.proxy, 0, action_model.DIMENSION) == "cul (no longer in the toolbox)"
    form = page.editor.form
    assert form.dimension.currentData() == "cul"
    form.progress.setValue(30)
    assert stored.actions()[0].dimension == "cul"
    assert stored.actions()[0].progress == 30


def test_spin_box_clicks_are_one_undo_step(make_plan_page, stored, plan_stack):
    page = make_plan_page([Action(title="Culture")])
    progress = page.editor.form.progress
    for _ in range(3):
        progress.stepUp()
    assert stored.actions()[0].progress == 3
    assert plan_stack.count() == 1
    plan_stack.undo()
    assert stored.actions()[0].progress == 0
    assert progress.value() == 0


def test_a_failed_replay_tells_the_user_and_leaves_the_stack(
    make_plan_page, stored, plan_stack, workspace
):
    page = make_plan_page([Action(title="A"), Action(title="B")])
    first = stored.actions()[0]
    page.session.save_action(first.with_changes(title="A, renamed"), "title")
    stored.delete_actions([first.id])  # another window deletes it meanwhile
    notices = []
    page.session.notice.connect(notices.append)
    plan_stack.undo()
    assert notices == ["The action no longer exists; it may have been deleted in another window."]
    assert plan_stack.count() == 0
    assert [a.title for a in page.session.actions()] == ["B"], "read again from the file"
    assert page.table.proxy.rowCount() == 1
