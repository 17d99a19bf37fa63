"""Comparing two assessments: per dimension in points, per benchmark up or down."""

from __future__ import annotations

import pytest
from dashboard_helpers import column_texts, double_click, header_texts, row_texts
from PySide6.QtCore import Qt

from toolbox_desktop.core.assessment import NOT_APPLICABLE, Assessment, Rating
from toolbox_desktop.ui.common.roles import CODE_ROLE
from toolbox_desktop.ui.dashboard.change_models import BenchmarkChangeModel
from toolbox_desktop.ui.dashboard.comparison_view import (
    COMPARISON_PAGE,
    MESSAGE_PAGE,
    ComparisonView,
)

BASELINE = Assessment(3, "Baseline", "2023-01-15")
EARLIER = Assessment(1, "First review", "2024-03-01")
LATER = Assessment(2, "Second review", "2025-03-01")

RATINGS = {
    BASELINE.id: {},
    EARLIER.id: {
        "gov.strategic-planning.1": Rating("gov.strategic-planning.1", level=1),
        "gov.strategic-planning.2": Rating("gov.strategic-planning.2", level=2),
        "gov.coordination.1": Rating("gov.coordination.1", level=3),
        "emp.local-needs.1": Rating("emp.local-needs.1", level=2),
        "hea.access.1": Rating("hea.access.1", exclusion=NOT_APPLICABLE),
    },
    LATER.id: {
        "gov.strategic-planning.1": Rating("gov.strategic-planning.1", level=3),  # up 2
        "gov.strategic-planning.2": Rating("gov.strategic-planning.2", level=2),  # same
        "gov.coordination.1": Rating("gov.coordination.1", level=2),  # down 1
        "emp.local-needs.1": Rating("emp.local-needs.1", level=2),  # same
        "edu.equal-access.1": Rating("edu.equal-access.1", level=4),  # newly rated
        "hea.access.1": Rating("hea.access.1", exclusion=NOT_APPLICABLE),  # unchanged
    },
}


class Loader:
    """Hands out the ratings of an assessment and counts how often it was asked."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, assessment_id: int) -> dict[str, Rating]:
        self.calls.append(assessment_id)
        return RATINGS[assessment_id]


@pytest.fixture
def view(qtbot, content):
    view = ComparisonView(content)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def loader():
    return Loader()


@pytest.fixture
def compared(view, loader):
    view.set_assessments([LATER, BASELINE, EARLIER], loader)
    return view


def shown_codes(view) -> list[str]:
    proxy = view.change_proxy
    return [proxy.index(r, 0).data(CODE_ROLE) for r in range(proxy.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


@pytest.mark.parametrize("assessments", [[], [EARLIER]])
def test_fewer_than_two_assessments_explain_what_a_comparison_needs(view, assessments, loader):
    view.set_assessments(assessments, loader)
    assert view.pages.currentIndex() == MESSAGE_PAGE
    assert "A comparison needs two assessments" in view.message_label.text()
    assert view.comparison() is None
    assert loader.calls == []


def test_by_default_the_two_newest_are_compared(compared, loader):
    assert compared.pages.currentIndex() == COMPARISON_PAGE
    assert compared.earlier_combo.currentData() == EARLIER.id
    assert compared.later_combo.currentData() == LATER.id
    assert compared.later_combo.count() == 3
    assert compared.earlier_combo.currentText().startswith("First review (")
    assert sorted(loader.calls) == [EARLIER.id, LATER.id]


def test_dimension_table_shows_the_change_in_points(compared):
    model = compared.dimension_model
    assert header_texts(model) == ["Dimension", "Earlier", "Later", "Change (points)"]
    # Governance: (1 + 2 + 3) / 12 = 50 % -> (3 + 2 + 2) / 12 = 58.3 %: +8 points.
    assert row_texts(model, 0) == ["1. Governance", "50 %", "58 %", "+8"]
    assert compared.comparison().dimension_change("gov") == pytest.approx(700 / 12 - 50)
    assert row_texts(model, 1) == ["2. Employment and vocational training", "50 %", "50 %", "0"]
    # Education was not rated before: no change can be given.
    assert row_texts(model, 2) == ["3. Education", "not rated yet", "100 %", "–"]
    # Health: one benchmark excluded of ten, nothing counted.
    assert row_texts(model, 3)[1:] == ["not rated yet", "not rated yet", "–"]
    # All: (1 + 2 + 3 + 2) / 16 = 50 % -> (3 + 2 + 2 + 2 + 4) / 20 = 65 %.
    assert row_texts(model, 5) == ["All benchmarks", "50 %", "65 %", "+15"]
    assert compared.overall_label.text() == "Overall score: 50 % → 65 % (+15 points)"


def test_benchmarks_that_went_up_or_down(compared):
    assert compared.filter_combo.currentData() == "changed"
    assert shown_codes(compared) == [
        "gov.strategic-planning.1",
        "gov.coordination.1",
        "edu.equal-access.1",
    ]
    assert compared.count_label.text() == "3 of 68 benchmarks shown"
    model = compared.change_proxy
    assert header_texts(compared.change_model) == [
        "No.",
        "Benchmark",
        "Dimension",
        "Change",
        "Earlier",
        "Later",
        "Level change",
    ]
    assert row_texts(model, 0)[0] == "1.1.1"  # numbered as on the rating list, not by code
    assert row_texts(model, 0)[2:] == ["1. Governance", "Up", "1", "3", "+2"]
    assert row_texts(model, 1)[3:] == ["Down", "3", "2", "-1"]
    assert row_texts(model, 2)[3:] == ["Newly rated", "not rated", "4", "–"]

    compared.filter_combo.setCurrentIndex(compared.filter_combo.findData("up"))
    assert shown_codes(compared) == ["gov.strategic-planning.1"]
    compared.filter_combo.setCurrentIndex(compared.filter_combo.findData("down"))
    assert shown_codes(compared) == ["gov.coordination.1"]
    compared.filter_combo.setCurrentIndex(compared.filter_combo.findData("all"))
    assert len(shown_codes(compared)) == 68
    assert compared.count_label.text() == "68 of 68 benchmarks shown"


def test_an_exclusion_kept_as_it_was_is_not_a_change(compared):
    compared.filter_combo.setCurrentIndex(compared.filter_combo.findData("all"))
    model = compared.change_model
    row = [model.index(r, 0).data(CODE_ROLE) for r in range(model.rowCount())].index("hea.access.1")
    assert row_texts(model, row)[3:] == [
        "Same",
        "Not applicable",
        "Not applicable",
        "–",
    ]
    compared.filter_combo.setCurrentIndex(compared.filter_combo.findData("changed"))
    assert "hea.access.1" not in shown_codes(compared)


def test_changes_sort_by_level_change(compared):
    compared.change_table.sortByColumn(BenchmarkChangeModel.DELTA, Qt.SortOrder.DescendingOrder)
    assert column_texts(compared.change_proxy, BenchmarkChangeModel.DELTA) == ["+2", "-1", "–"]


def test_radar_overlays_earlier_dashed_and_later_solid(compared):
    earlier, later = compared.radar.series()
    assert earlier.dashed and not later.dashed
    assert earlier.name.startswith("Earlier: First review")
    assert later.name.startswith("Later: Second review")
    assert earlier.values == pytest.approx((50.0, 50.0, None, None, None))
    assert later.values == pytest.approx((700 / 12, 50.0, 100.0, None, None))
    assert compared.radar.axis_note(2) == "(earlier: not rated yet)"  # as the table says


def test_choosing_another_assessment_compares_again_loading_each_once(compared, loader):
    choose(compared.earlier_combo, BASELINE.id)
    assert compared.overall_label.text() == "Overall score: not rated yet → 65 %"
    assert compared.change_proxy.rowCount() == 6  # every rated benchmark is newly rated
    choose(compared.earlier_combo, EARLIER.id)
    assert sorted(loader.calls) == [EARLIER.id, LATER.id, BASELINE.id]
    assert not compared.note_label.isVisibleTo(compared)
    choose(compared.later_combo, EARLIER.id)
    assert compared.note_label.isVisibleTo(compared)
    assert compared.change_proxy.rowCount() == 0


def test_activating_a_change_emits_its_benchmark(compared, qtbot):
    table = compared.change_table
    table.setFocus()
    table.setCurrentIndex(compared.change_proxy.index(1, 1))
    with qtbot.waitSignal(compared.benchmark_activated, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == ["gov.coordination.1"]
    with qtbot.waitSignal(compared.benchmark_activated, timeout=1000) as signal:
        double_click(qtbot, table, compared.change_proxy.index(2, 1))
    assert signal.args == ["edu.equal-access.1"]


def test_every_dimension_name_shows_whole_in_a_narrow_window(qtbot, content):
    """At 1280 x 720 the score table beside the chart cut "2. Employment and vocational t…":
    a name now wraps in the room the figures leave, its row as tall as it needs, and the
    table shows every row without a scroll bar."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.ui.common.item_text import text_margin

    view = ComparisonView(content)
    qtbot.addWidget(view)
    view.resize(1110, 620)  # the Compare tab at 1280 x 720
    view.show()
    qtbot.waitExposed(view)
    view.set_assessments([LATER, EARLIER], Loader())
    QApplication.processEvents()
    table, model = view.dimension_table, view.dimension_model
    assert not table.verticalScrollBar().isVisible()
    metrics = QFontMetricsF(table.font())
    wrapped = 0
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        room = table.columnWidth(0) - 2 * text_margin(table)
        needed = metrics.boundingRect(QRectF(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, name)
        assert needed.width() <= room and needed.height() <= table.rowHeight(row), name
        assert table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height()
        wrapped += needed.height() > metrics.height() + 1
    assert wrapped >= 1, "a long name did need two lines here"
