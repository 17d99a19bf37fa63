"""From a gap to an action: the session pre-fills the link, the dimension and a title; the
dashboard's gap list and the rating editor ask for it through signals the integrator wires."""

from __future__ import annotations

from plan_helpers import cell
from PySide6.QtCore import Qt

from toolbox_desktop.core.assessment import Assessment, Rating
from toolbox_desktop.core.plan import IDEA
from toolbox_desktop.ui.dashboard.dashboard_view import GAPS_TAB, DashboardView
from toolbox_desktop.ui.plan import action_model

CODE = "gov.strategic-planning.1"


def test_an_action_created_from_a_benchmark_is_linked_and_stored(
    make_plan_page, workspace, stored, plan_stack
):
    page = make_plan_page()
    benchmark = workspace.content.item(CODE)
    assert page.pages.currentWidget() is page.empty_state

    created = page.session.create_action_from_benchmark(CODE)

    (on_file,) = stored.actions()
    assert on_file == created
    assert on_file.title == f"Close the gap: {benchmark.title}"
    assert on_file.benchmarks == (CODE,)
    assert on_file.dimension == "gov"
    assert on_file.status == IDEA
    # The page shows the table now, with the new action selected and open in the editor.
    assert page.pages.currentIndex() == 1
    assert page.table.current_action_id() == created.id
    assert page.editor.form.title.text() == on_file.title
    assert page.editor.form.links.codes() == (CODE,)
    assert cell(page.table.proxy, 0, action_model.BENCHMARKS) == "1.1.1"
    assert cell(page.table.proxy, 0, action_model.DIMENSION) == "1. Governance"

    plan_stack.undo()
    assert stored.actions() == []
    assert page.table.proxy.rowCount() == 0
    assert page.pages.currentWidget() is page.empty_state
    plan_stack.redo()
    assert stored.actions() == [created]
    assert page.table.proxy.rowCount() == 1


def test_the_gap_list_asks_for_an_action_for_the_selected_gap(
    make_plan_page, workspace, stored, qtbot
):
    page = make_plan_page()
    dashboard = DashboardView(workspace.content)
    qtbot.addWidget(dashboard)
    dashboard.resize(1200, 800)
    dashboard.show()
    dashboard.create_action_requested.connect(page.session.create_action_from_benchmark)
    ratings = {
        CODE: Rating(CODE, level=1, target=3, priority=3),
        "edu.equal-access.1": Rating("edu.equal-access.1", level=2, target=3, priority=1),
    }
    dashboard.show_assessment(Assessment(7, "Spring", "2025-03-14"), ratings)
    dashboard.tables.setCurrentIndex(GAPS_TAB)
    assert not dashboard.create_action_button.isEnabled(), "nothing selected yet"

    dashboard.gap_table.selectRow(0)  # the largest gap: gov.strategic-planning.1
    assert dashboard.create_action_button.isEnabled()
    with qtbot.waitSignal(dashboard.create_action_requested) as emitted:
        qtbot.mouseClick(dashboard.create_action_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [CODE]
    assert [a.benchmarks for a in stored.actions()] == [(CODE,)]

    dashboard.gap_table.selectRow(1)  # the context menu's entry does the same
    dashboard.gap_create_action.trigger()
    assert [a.benchmarks for a in stored.actions()] == [(CODE,), ("edu.equal-access.1",)]
    assert stored.actions()[1].dimension == "edu"


def test_the_rating_editor_lists_the_actions_of_its_benchmark_and_creates_one(
    make_plan_page, workspace, stored, plan_stack, ui_state, qtbot
):
    from toolbox_desktop.ui.assessment.assessment_page import AssessmentPage

    plan = make_plan_page()
    assessment = AssessmentPage(workspace.conn, workspace.content, plan_stack, ui_state)
    qtbot.addWidget(assessment)
    assessment.show()
    assessment.poller.stop()
    assessment.session.create_assessment("Baseline", "2025-03-01")
    editor = assessment.rating_screen.editor
    assert not editor.actions_box.isVisibleTo(editor), "hidden until a plan is connected"

    # What the integrator wires:
    editor.set_actions_provider(plan.session.action_summaries_for_benchmark)
    editor.create_action_requested.connect(plan.session.create_action_from_benchmark)
    plan.session.actions_changed.connect(editor.refresh_actions)

    assessment.rating_screen.select_code(CODE)
    assert editor.actions_box.isVisibleTo(editor)
    assert editor.actions_model.rowCount() == 0
    qtbot.mouseClick(editor.create_action_button, Qt.MouseButton.LeftButton)

    (action,) = stored.actions()
    assert action.benchmarks == (CODE,)
    title = workspace.content.item(CODE).title
    assert editor.actions_model.item(0).text() == f"Close the gap: {title} – Idea"
    with qtbot.waitSignal(editor.action_activated) as activated:
        editor.actions_list.activated.emit(editor.actions_model.index(0, 0))
    assert activated.args == [action.id]

    assessment.rating_screen.select_code("gov.strategic-planning.2")
    assert editor.actions_model.rowCount() == 0, "only the actions of the benchmark shown"
