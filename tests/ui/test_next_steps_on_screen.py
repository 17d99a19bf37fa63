"""Next steps for the gaps in the window: the dashboard's gap list and the rating screen show
what the packs suggest for a benchmark below its target (title, kind, why), or why nothing
fits, and a click on a title opens the item in the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTextBrowser

from guide_content import add_leaders_guide
from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.ui.assessment.assessment_area import DASHBOARD_TAB
from toolbox_desktop.ui.common.roles import CODE_ROLE
from toolbox_desktop.ui.dashboard.dashboard_view import GAPS_TAB
from toolbox_desktop.ui.main_window import ASSESSMENT_ROW, LIBRARY_ROW, PLAN_ROW, MainWindow

PLANNING = "gov.strategic-planning.1"  # an example, an engagement point and a quick win
NETWORKS = "gov.coordination.3"  # nothing in the packs fits
ONE_STOP = "gov.coordination.4"  # a Whole-COMM practice first
MEETINGS = "Hold regular public meetings with the host population"
MEETINGS_WHY = (
    "Reporting progress to residents every few months makes those responsible answer for the plan."
)
NETWORKS_REASON = "The packs hold no item on joining city networks"


@pytest.fixture
def pack_copy(pack_copy):
    """The Whole-COMM copy with the leaders' guide beside it."""
    add_leaders_guide(pack_copy.parent)
    return pack_copy


@pytest.fixture
def guided(workspace):
    """A file with both packs loaded (a copy of one loaded earlier in the run)."""
    return workspace


@pytest.fixture
def window(qtbot, guided, ui_state):
    window = MainWindow(
        guided.content, ui_state, guided.path, guided.failed_packs, conn=guided.conn
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_area(ASSESSMENT_ROW)
    session = window.assessment_area.session
    assessment = session.create_assessment("Spring 2026", "2026-03-01")
    for code, level, target, priority in (
        (PLANNING, 1, 4, 3),  # weighted gap 9: first
        (NETWORKS, 1, 3, 2),  # 4
        (ONE_STOP, 2, 3, 1),  # 1
    ):
        rating = Rating(code, level=level, target=target, priority=priority)
        session.write_rating(assessment.id, code, rating, expected=None)
    return window


def dashboard_gaps(window):
    area = window.assessment_area
    area.tabs.setCurrentIndex(DASHBOARD_TAB)
    area.dashboard.tables.setCurrentIndex(GAPS_TAB)
    return area.dashboard


def select_gap(dashboard, code: str) -> None:
    proxy = dashboard.gap_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(CODE_ROLE) == code)
    dashboard.gap_table.selectRow(row)


def click_link(qtbot, browser: QTextBrowser, code: str, scheme: str = "item") -> None:
    """Click the title that links to ``code`` (or its "Add to plan" link), where the user
    sees it."""
    href = f"{scheme}:{code}"
    viewport = browser.viewport()
    for _attempt in range(20):  # scroll down until it is in view
        for y in range(2, viewport.height(), 3):
            for x in range(2, viewport.width(), 6):
                if browser.anchorAt(QPoint(x, y)) == href:
                    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
                    return
        bar = browser.verticalScrollBar()
        bar.setValue(bar.value() + viewport.height() // 2)
    raise AssertionError(f"no link to {code} on screen")


def test_the_selected_gap_shows_its_next_steps(window, guided):
    dashboard = dashboard_gaps(window)
    assert "Choose a gap in the list" in dashboard.next_steps.toPlainText()
    select_gap(dashboard, PLANNING)
    title = guided.content.item(PLANNING).title
    assert dashboard.next_steps_label.text() == f"Next steps: {title}"
    text = dashboard.next_steps.toPlainText()
    assert MEETINGS in text and MEETINGS_WHY in text
    example = guided.content.guide_item("ex.social-cohesion.7")
    assert example.text in text  # a city example is known by its text
    assert "City example · Social cohesion and civic engagement" in text
    assert "Quick win" in text and "Engagement point · " in text
    assert text.index(example.text) < text.index(MEETINGS)  # best fit first


def test_a_gap_nothing_fits_says_why(window):
    dashboard = dashboard_gaps(window)
    select_gap(dashboard, NETWORKS)
    text = dashboard.next_steps.toPlainText()
    assert "Nothing in the packs fits yet." in text
    assert NETWORKS_REASON in text


def test_clicking_a_suggestion_opens_it_in_the_library(window, qtbot):
    window.library.search_edit.setText("housing")  # a search left open in the library
    dashboard = dashboard_gaps(window)
    select_gap(dashboard, ONE_STOP)
    qtbot.waitUntil(dashboard.next_steps.isVisible)
    with qtbot.waitSignal(dashboard.library_item_requested, timeout=1000) as signal:
        click_link(qtbot, dashboard.next_steps, "hou.practice.de-nomade")
    assert signal.args == ["hou.practice.de-nomade"]
    assert window.navigation.currentIndex().row() == LIBRARY_ROW
    assert window.library.current_code == "hou.practice.de-nomade"
    assert "De Nomade" in window.library.detail.toPlainText()
    assert not window.library.is_searching()


def test_the_rating_screen_folds_the_next_steps_under_the_list(window, qtbot, guided):
    screen = window.assessment_area.page.rating_screen
    window.assessment_area.tabs.setCurrentIndex(0)
    screen.select_code(PLANNING)
    section = screen.next_steps
    qtbot.waitUntil(section.toggle.isVisible)
    assert section.toggle.text() == "Next steps (3)"
    assert not section.view.isVisible()  # folded: one line
    evidence = screen.editor.evidence
    where = evidence.mapTo(window, QPoint(0, 0))
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.view.isVisible)
    text = section.view.toPlainText()
    assert MEETINGS in text and MEETINGS_WHY in text
    assert "Quick win" in text
    # Open, it takes room from the list, never from the editor: the evidence stays put.
    assert evidence.mapTo(window, QPoint(0, 0)) == where
    assert screen.table.isVisible() and screen.table.height() > 100

    screen.select_code(NETWORKS)
    assert section.toggle.text() == "Next steps (none in the packs)"
    assert NETWORKS_REASON in section.view.toPlainText()

    screen.select_code(ONE_STOP)
    with qtbot.waitSignal(screen.library_item_requested, timeout=1000):
        click_link(qtbot, section.view, "hou.practice.de-nomade")
    assert window.navigation.currentIndex().row() == LIBRARY_ROW
    assert window.library.current_code == "hou.practice.de-nomade"


def test_a_quick_win_opens_on_its_page_in_the_library(window, qtbot, guided):
    dashboard = dashboard_gaps(window)
    select_gap(dashboard, PLANNING)
    qtbot.waitUntil(dashboard.next_steps.isVisible)
    click_link(qtbot, dashboard.next_steps, "qw.public-meetings")
    assert window.navigation.currentIndex().row() == LIBRARY_ROW
    assert window.library.current_code == "qw.public-meetings"
    assert MEETINGS in window.library.detail.toPlainText()


def test_the_gap_also_shows_what_fits_its_whole_dimension(window, guided):
    dashboard = dashboard_gaps(window)
    select_gap(dashboard, NETWORKS)  # nothing fits the benchmark, but its dimension has steps
    content = guided.content
    dimension = content.dimension(content.item(NETWORKS).dimension)
    text = dashboard.next_steps.toPlainText()
    assert f"For the whole dimension: {dimension.title}" in text
    for suggestion in content.suggestions_for(dimension.code):
        item = content.suggested_item(suggestion.item)
        assert suggestion.why in text
        assert (getattr(item, "name", "") or item.title or item.text)[:40] in text


def test_add_to_plan_in_the_next_steps_makes_a_linked_action_in_one_click(window, qtbot, guided):
    dashboard = dashboard_gaps(window)
    select_gap(dashboard, PLANNING)
    qtbot.waitUntil(dashboard.next_steps.isVisible)
    click_link(qtbot, dashboard.next_steps, "qw.public-meetings", scheme="add")
    plan = window.plan_area
    assert window.navigation.currentIndex().row() == PLAN_ROW
    [action] = [a for a in plan.session.actions() if a.guide_item == "qw.public-meetings"]
    assert action.title == MEETINGS
    assert action.benchmarks == (PLANNING,)  # linked to the gap it was offered for
    assert action.dimension == "gov"
    assert plan.page.editor.form.title.text() == MEETINGS  # shown, ready to edit
    window.undo_stack.undo()
    assert not [a for a in plan.session.actions() if a.guide_item == "qw.public-meetings"]
