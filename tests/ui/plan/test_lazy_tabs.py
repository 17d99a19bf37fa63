"""Tabs built on their first showing (the plan's Timeline and Budget, the editor's
Indicators) show what is current then, not what was current when the plan was opened."""

from __future__ import annotations

from plan_helpers import TODAY

from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.ui.plan.action_editor import INDICATORS_TAB
from toolbox_desktop.ui.plan.plan_area import BUDGET_TAB, TIMELINE_TAB, PlanArea


def test_the_indicators_tab_first_opened_shows_the_action_chosen_since(make_plan_page):
    page = make_plan_page([Action(title="Homework club"), Action(title="Welcome desk")])
    second = page.session.action_ids()[1]
    page.session.add_indicator(Indicator(name="Visitors a week", action_id=second))
    page.show_action(second)
    page.editor.form.tabs.setCurrentIndex(INDICATORS_TAB)
    panel = page.editor.indicators
    assert panel.isVisible()
    assert panel.current_indicator().name == "Visitors a week"
    page.show_action(page.session.action_ids()[0])  # it follows the next action too
    assert panel.current_indicator() is None


def test_timeline_and_budget_first_shown_show_actions_made_after_opening(
    qtbot, workspace, plan_stack
):
    area = PlanArea(workspace.conn, workspace.content, plan_stack, today=lambda: TODAY)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    action = area.session.create_action(
        Action(title="Language café", start=TODAY, end=TODAY, budget_cents=250_000)
    )
    area.tabs.setCurrentIndex(TIMELINE_TAB)
    assert area.timeline.isVisible()
    assert area.timeline.chart.bar_rect(action.id) is not None
    area.tabs.setCurrentIndex(BUDGET_TAB)
    assert area.budget.isVisible()
    assert area.budget.overview().currencies["EUR"].planned_cents == 250_000
