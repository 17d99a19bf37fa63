"""The rating screen lists the actions of the benchmark it shows without the plan area being
built: the assessment's first visit reads the plan, and builds the plan's table and editor
only when the plan is opened. What it lists follows the plan as ever: a change made in
another window, an import, a language switch; and the plan, once opened, shows the same."""

from __future__ import annotations

import pytest

from toolbox_desktop.core.plan import Action
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.main_window import ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW

CODE = "gov.strategic-planning.1"


@pytest.fixture
def town(workspace):
    """An assessment and one action for ``CODE``, stored before the window opens."""
    AssessmentRepository(workspace.conn).create("Review 2026", "2026-03-01")
    PlanRepository(workspace.conn).save_action(
        Action(title="Strategy workshop", benchmarks=(CODE,), dimension="gov")
    )


@pytest.fixture
def window(town, window):
    """The shared window (tests/ui/conftest.py), on the town above."""
    return window


def listed(window) -> list[str]:
    model = window.assessment_area.page.rating_screen.editor.actions_model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_the_rating_screen_lists_the_actions_and_the_plan_waits(window):
    window.open_benchmark_to_rate(CODE)
    assert window.plan_area is None  # not built by the assessment's first visit
    assert any("Strategy workshop" in text for text in listed(window))
    editor = window.assessment_area.page.rating_screen.editor
    assert editor.actions_box.isVisible()


def test_an_action_another_window_adds_is_listed_and_the_plan_shows_it(window, stored, qtbot):
    window.open_benchmark_to_rate(CODE)
    stored.save_action(Action(title="Welcome desk", benchmarks=(CODE,), dimension="gov"))
    assert window.poller.check()  # as the two-second poll finds it
    qtbot.waitUntil(lambda: any("Welcome desk" in text for text in listed(window)))
    assert window.plan_area is None
    window.show_area(PLAN_ROW)
    titles = [a.title for a in window.plan_area.session.actions()]
    assert sorted(titles) == ["Strategy workshop", "Welcome desk"]
    assert window.plan_area.page.table.proxy.rowCount() == 2


def test_a_change_made_while_the_list_was_hidden_is_in_the_plan_when_it_opens(
    window, stored, qtbot
):
    window.open_benchmark_to_rate(CODE)
    window.show_area(0)  # the library: the rating screen is hidden
    stored.save_action(Action(title="Mentoring", benchmarks=(CODE,), dimension="gov"))
    assert window.poller.check()
    window.show_area(PLAN_ROW)  # the plan area is built now, and reads the plan again
    qtbot.waitUntil(lambda: window.plan_area.page.table.proxy.rowCount() == 2)
    window.show_area(ASSESSMENT_ROW)
    assert any("Mentoring" in text for text in listed(window))


def test_an_action_made_from_the_rating_screen_goes_into_the_plan_and_its_undo(window):
    window.open_benchmark_to_rate(CODE)
    window.create_action_for_benchmark(CODE)  # the rating screen's "Create an action"
    assert window.plan_area is not None and window.plan_area.isVisible()
    assert len(window.plan_area.session.actions()) == 2
    window.show_area(ASSESSMENT_ROW)
    assert len(listed(window)) == 2
    window.undo_stack.undo()
    assert len(listed(window)) == 1


def test_the_window_built_again_keeps_the_list_and_still_waits_with_the_plan(window):
    """As after a language switch: the areas are built again, the plan's session is kept."""
    window.open_benchmark_to_rate(CODE)
    session = window.plan_session()
    window.rebuild_in_language()
    assert window.plan_area is None
    assert window.plan_session() is session
    window.open_benchmark_to_rate(CODE)
    assert any("Strategy workshop" in text for text in listed(window))


def test_back_from_the_plan_the_list_still_follows_other_windows(window, stored, qtbot):
    window.open_benchmark_to_rate(CODE)
    window.show_area(PLAN_ROW)  # the plan area takes the session over
    window.open_benchmark_to_rate(CODE)
    stored.save_action(Action(title="Language café", benchmarks=(CODE,), dimension="gov"))
    assert window.poller.check()
    qtbot.waitUntil(lambda: any("Language café" in text for text in listed(window)))


def test_one_change_elsewhere_is_read_once_after_the_plan_took_over(
    window, stored, monkeypatch, qtbot
):
    window.open_benchmark_to_rate(CODE)
    repository = window.plan_session().repository
    reads = []
    read = repository.actions
    monkeypatch.setattr(repository, "actions", lambda: (reads.append(1), read())[1])
    window._ensure_area(PLAN_ROW)  # built while the rating screen is shown (a quick win's add)
    stored.save_action(Action(title="Mentoring", benchmarks=(CODE,), dimension="gov"))
    assert window.poller.check()
    qtbot.wait(20)
    assert reads == [1]


def test_an_import_reaches_the_list_before_the_plan_is_opened(window, stored):
    window.open_benchmark_to_rate(CODE)
    stored.save_action(Action(title="Imported action", benchmarks=(CODE,), dimension="gov"))
    window.reload_after_import()  # what an import does once it has written
    assert any("Imported action" in text for text in listed(window))
    assert window.plan_area is None


def test_a_change_not_read_yet_is_read_after_the_window_is_built_again(window, stored, qtbot):
    """A language switch builds the areas again: a change another window made while the
    rating screen was hidden is still read, in the list and in the plan."""
    window.open_benchmark_to_rate(CODE)
    window.show_area(REPORTS_ROW)
    stored.save_action(Action(title="Mentoring", benchmarks=(CODE,), dimension="gov"))
    assert window.poller.check()
    window.rebuild_in_language()
    window.open_benchmark_to_rate(CODE)
    qtbot.waitUntil(lambda: any("Mentoring" in text for text in listed(window)))
    window.show_area(PLAN_ROW)
    assert "Mentoring" in [a.title for a in window.plan_area.session.actions()]
