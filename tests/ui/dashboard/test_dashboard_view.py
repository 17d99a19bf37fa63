"""The dashboard shows what the scoring rules give for hand-made ratings of the real content.

Expected numbers are worked out by hand from the levels set below (see core/scoring.py):
score = sum of levels / (4 x counted), target = sum of targets (or levels) / (4 x counted),
target reached = sum of min(level, target) / sum of targets, where a target is set.
"""

from __future__ import annotations

import pytest
from dashboard_helpers import column_texts, double_click, find_row, header_texts, row_texts
from PySide6.QtCore import Qt

from toolbox_desktop.core.assessment import NOT_APPLICABLE, OUTSIDE_COMPETENCE, Assessment, Rating
from toolbox_desktop.ui.common.roles import CODE_ROLE
from toolbox_desktop.ui.dashboard import gap_model
from toolbox_desktop.ui.dashboard.dashboard_view import (
    GAPS_TAB,
    HINT_PAGE,
    SCORES_PAGE,
    DashboardView,
)

ASSESSMENT = Assessment(7, "Spring self-assessment", "2025-03-14")


def hand_made_ratings(content) -> dict[str, Rating]:
    ratings = [
        Rating("gov.strategic-planning.1", level=3, target=4, priority=3),  # gap 1 x 3 = 3
        Rating("gov.strategic-planning.2", level=1, target=3, priority=2),  # gap 2 x 2 = 4
        Rating("gov.coordination.1", level=2),  # no target: counts with its level
        Rating("gov.coordination.2", exclusion=NOT_APPLICABLE),
        Rating("gov.resources.1", level=0, target=2, priority=1),  # gap 2 x 1 = 2
        Rating("emp.local-needs.1", level=4, target=4),
        Rating("edu.equal-access.1", level=2, target=4, priority=3),  # gap 2 x 3 = 6
    ]
    # Health: every benchmark excluded, in both ways, so the dimension is "excluded".
    for number, benchmark in enumerate(b for b in content.benchmarks if b.dimension == "hea"):
        exclusion = NOT_APPLICABLE if number % 2 else OUTSIDE_COMPETENCE
        ratings.append(Rating(benchmark.code, exclusion=exclusion))
    return {r.benchmark: r for r in ratings}


@pytest.fixture
def dashboard(qtbot, content):
    view = DashboardView(content)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def rated(dashboard, content):
    dashboard.show_assessment(ASSESSMENT, hand_made_ratings(content))
    return dashboard


def test_without_an_assessment_a_hint_says_what_to_do(dashboard):
    dashboard.show_assessment(None, {})
    assert dashboard.pages.currentIndex() == HINT_PAGE
    assert "Start an assessment" in dashboard.hint_label.text()
    assert dashboard.scores() is None


def test_overall_score_counts_only_benchmarks_rated_with_a_level(rated, content):
    # Counted: gov 3+1+2+0, emp 4, edu 2 = 12 of 6 x 4 = 24 -> 50 %.
    assert rated.pages.currentIndex() == SCORES_PAGE
    assert rated.overall_label.text() == "Overall score: 50 %"
    # Rated with a level: 6 of 68; excluded: 1 governance + 5 health not applicable, and 5
    # health outside our competence, named as such and not counted as rated.
    health = sum(1 for b in content.benchmarks if b.dimension == "hea")
    assert health == 10
    # Target: gov 4+3+2+2, emp 4, edu 4 = 19 / 24 = 79.2 %.
    # Reached: min(3,4)+min(1,3)+min(0,2)+min(4,4)+min(2,4) = 10 of 4+3+2+4+4 = 17 -> 58.8 %.
    assert rated.overall_detail_label.text() == (
        "6 of 68 rated, 6 not applicable, 5 outside our competence · target 79 % · "
        "target reached 59 %"
    )
    assert "Spring self-assessment" in rated.title_label.text()


def test_scores_table_shows_dimension_and_sub_theme_numbers(rated):
    model = rated.scores_model
    assert header_texts(model) == [
        "Dimension / sub-theme",
        "Score",
        "Target",
        "Target reached",
        "Rated",
        "Excluded",
    ]
    assert column_texts(model, 0) == [
        "1. Governance",
        "2. Employment and vocational training",
        "3. Education",
        "4. Health",
        "5. Housing and urban planning",
    ]
    # Governance: levels 3, 1, 2, 0 -> 6 / 16 = 37.5 % (shown rounded half up: 38 %);
    # targets 4, 3, 2 (the level), 2 -> 11 / 16 = 68.75 %; reached (3+1+0) / (4+3+2) = 44.4 %.
    governance = (3 + 1 + 2 + 0) / (4 * 4) * 100
    assert governance == 37.5
    assert row_texts(model, 0) == ["1. Governance", "38 %", "69 %", "44 %", "4 of 12", "1"]
    assert model.score("gov").percent == pytest.approx(governance)

    gov = model.index(0, 0)
    planning = find_row(model, "Strategic planning and accountability", gov)
    # (3 + 1) / 8 = 50 %; (4 + 3) / 8 = 87.5 %; (3 + 1) / (4 + 3) = 57.1 %.
    assert row_texts(model, planning, gov)[1:] == ["50 %", "88 %", "57 %", "2 of 2", "0"]
    assert model.index(planning, 0, gov).data(CODE_ROLE) == "gov.strategic-planning"
    assert model.rowCount(gov) == 4


def test_all_excluded_dimension_is_not_applicable_and_unrated_is_not_rated_yet(rated):
    model = rated.scores_model
    assert row_texts(model, 3) == ["4. Health", "excluded", "–", "–", "0 of 10", "10"]
    assert row_texts(model, 4)[:5] == [
        "5. Housing and urban planning",
        "not rated yet",
        "–",
        "–",
        "0 of 14",
    ]
    health, housing = rated.bars.bars()[3], rated.bars.bars()[4]
    assert rated.bars.value_text(health) == "excluded"
    assert rated.bars.value_text(housing) == "not rated yet"
    assert rated.bars.count_text(health) == (
        "0 of 10 rated, 5 not applicable, 5 outside our competence"
    )


def test_radar_shows_current_and_target_per_dimension(rated):
    current, target = rated.radar.series()
    assert current.name == "Current score" and not current.dashed
    assert target.name == "Target" and target.dashed
    assert current.values == pytest.approx((37.5, 100.0, 50.0, None, None))
    assert target.values == pytest.approx((68.75, 100.0, 100.0, None, None))
    assert rated.radar.axes()[0] == "1. Governance"
    assert rated.radar.axis_note(3) == "(excluded)"  # as the table says
    assert rated.radar.axis_note(4) == "(not rated yet)"
    assert rated.radar.axis_note(0) == ""


def test_gap_list_is_ordered_by_weighted_gap(rated):
    model = rated.gap_proxy
    codes = [model.index(r, 0).data(CODE_ROLE) for r in range(model.rowCount())]
    assert codes == [
        "edu.equal-access.1",  # 2 x high (3) = 6
        "gov.strategic-planning.2",  # 2 x medium (2) = 4
        "gov.strategic-planning.1",  # 1 x high (3) = 3
        "gov.resources.1",  # 2 x low (1) = 2
    ]
    assert row_texts(model, 0) == [
        "3.1.1",  # the number the rating list shows, not the code
        "Education beyond formal schooling",
        "3. Education",
        "2",
        "4",
        "High",
        "6",
    ]
    assert rated.tables.tabText(GAPS_TAB) == "Gaps to close (4)"
    assert rated.gap_empty_label.isHidden()


def test_gap_list_sorts_by_a_column(rated):
    rated.gap_table.sortByColumn(gap_model.WEIGHTED, Qt.SortOrder.AscendingOrder)
    model = rated.gap_proxy
    assert column_texts(model, gap_model.WEIGHTED) == ["2", "3", "4", "6"]
    rated.gap_table.sortByColumn(gap_model.PRIORITY, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, gap_model.PRIORITY) == ["High", "High", "Medium", "Low"]


def test_enter_on_a_gap_row_emits_its_benchmark(rated, qtbot):
    rated.tables.setCurrentIndex(GAPS_TAB)
    table = rated.gap_table
    table.setFocus()
    table.setCurrentIndex(rated.gap_proxy.index(1, 1))
    with qtbot.waitSignal(rated.benchmark_activated, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == ["gov.strategic-planning.2"]


def test_double_click_on_a_gap_row_emits_its_benchmark(rated, qtbot):
    rated.tables.setCurrentIndex(GAPS_TAB)
    table = rated.gap_table
    qtbot.waitUntil(table.isVisible)
    with qtbot.waitSignal(rated.benchmark_activated, timeout=1000) as signal:
        double_click(qtbot, table, rated.gap_proxy.index(3, 1))
    assert signal.args == ["gov.resources.1"]


def test_no_ratings_shows_not_rated_yet_everywhere(dashboard):
    dashboard.show_assessment(ASSESSMENT, {})
    assert dashboard.overall_label.text() == "Overall score: not rated yet"
    assert dashboard.overall_detail_label.text() == "0 of 68 rated"
    model = dashboard.scores_model
    assert column_texts(model, 1) == ["not rated yet"] * 5
    gov = model.index(0, 0)
    assert set(column_texts(model, 1, gov)) == {"not rated yet"}
    assert dashboard.gap_model.rowCount() == 0
    assert not dashboard.gap_empty_label.isHidden()
    assert dashboard.gap_table.isHidden()
    assert all(v is None for s in dashboard.radar.series() for v in s.values)
    assert {dashboard.bars.value_text(b) for b in dashboard.bars.bars()} == {"not rated yet"}
    assert not dashboard.grab().isNull()  # painting empty charts does not fail


def test_showing_another_assessment_replaces_the_numbers(rated):
    rated.show_assessment(
        Assessment(8, "Later", "2026-03-01"),
        {"gov.coordination.1": Rating("gov.coordination.1", level=4)},
    )
    assert rated.overall_label.text() == "Overall score: 100 %"
    assert row_texts(rated.scores_model, 0)[1:5] == ["100 %", "100 %", "–", "1 of 12"]
    assert rated.gap_model.rowCount() == 0


def test_half_a_percent_rounds_up_on_the_dashboard_as_in_the_pdf_and_the_cli():
    from toolbox_desktop.ui.common.formatting import format_percent

    assert format_percent(62.5) == "63 %"  # ratings 4 and 1
    assert format_percent(0.5) == "1 %"
