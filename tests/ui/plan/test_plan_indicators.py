"""Indicators of an action (and of a benchmark): name, unit, baseline, target and values over
time, stored at once and undoable, drawn as a line with the baseline and target lines."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF

from toolbox_desktop.core.plan import Action, Indicator, Measurement
from toolbox_desktop.ui.plan.action_editor import INDICATORS_TAB
from toolbox_desktop.ui.plan.indicator_chart import IndicatorChart, nice_ticks
from toolbox_desktop.ui.plan.indicator_models import MEASURED_ON, NOTE, VALUE

CODE = "edu.equal-access.1"


@pytest.fixture
def page(make_plan_page):
    page = make_plan_page([Action(title="Homework club", benchmarks=(CODE,), dimension="edu")])
    page.editor.form.tabs.setCurrentIndex(INDICATORS_TAB)
    return page


def test_an_indicator_with_measurements_is_stored_and_charted(page, stored, plan_stack):
    panel = page.editor.indicators
    action = stored.actions()[0]
    assert panel.empty_label.isVisibleTo(panel)

    panel.add_indicator()
    panel.name.setText("Children taking part")
    panel.name.editingFinished.emit()
    panel.unit.setText("children")
    panel.unit.editingFinished.emit()
    panel.baseline.setText("8")
    panel.baseline.editingFinished.emit()
    panel.target.setText("40")
    panel.target.editingFinished.emit()
    (indicator,) = stored.indicators(action_id=action.id)
    assert (indicator.name, indicator.unit, indicator.baseline, indicator.target) == (
        "Children taking part",
        "children",
        8.0,
        40.0,
    )
    assert panel.list_model.index(0, 0).data() == "Children taking part (children)"

    panel.add_measurement()  # today (2025-06-01), starting from the baseline
    model = panel.measurement_model
    assert model.setData(model.index(0, VALUE), "26.5")
    panel.add_measurement()
    assert model.setData(model.index(1, MEASURED_ON), "9/1/2024")  # moves to the top
    assert model.setData(model.index(0, VALUE), "12")
    assert model.setData(model.index(0, NOTE), "Start of the school year; 2 groups")
    (indicator,) = stored.indicators(action_id=action.id)
    assert indicator.measurements == (
        Measurement(date(2024, 9, 1), 12.0, "Start of the school year; 2 groups"),
        Measurement(date(2025, 6, 1), 26.5),
    )
    assert [model.index(r, VALUE).data() for r in range(2)] == ["12", "26.5"]

    chart = panel.chart
    assert chart.indicator() == indicator
    first, second = chart.points()
    rect = chart.plot_rect()
    assert first.x() == pytest.approx(rect.left())
    assert second.x() == pytest.approx(rect.right())
    assert chart.value_range() == (0.0, 50.0)
    assert chart.baseline_y() == pytest.approx(rect.bottom() - rect.height() * 8 / 50)
    assert chart.target_y() == pytest.approx(rect.bottom() - rect.height() * 40 / 50)
    assert chart.target_y() < second.y() < first.y() < chart.baseline_y()
    assert chart.accessibleDescription() == (
        "Children taking part: baseline 8, target 40, latest 26.5 (2 values)"
    )

    assert not model.setData(model.index(0, VALUE), "many")
    assert panel.problem.text() == "“many” is not a number. Type it like 12,500.5."
    assert not model.setData(model.index(0, MEASURED_ON), "1/1/1025")
    assert stored.indicators(action_id=action.id)[0].measurements[0].measured_on == date(2024, 9, 1)

    plan_stack.undo()  # the note
    assert stored.indicators(action_id=action.id)[0].measurements[0].note == ""
    assert model.index(0, NOTE).data() == ""


def test_deleting_an_indicator_is_undone(page, stored, plan_stack):
    panel = page.editor.indicators
    action = stored.actions()[0]
    panel.add_indicator()
    panel.delete_current()
    assert stored.indicators(action_id=action.id) == []
    assert panel.list_model.rowCount() == 0
    plan_stack.undo()
    assert [i.name for i in stored.indicators(action_id=action.id)] == ["New indicator"]
    assert panel.list_model.rowCount() == 1


def test_benchmark_indicators_are_kept_with_the_benchmark(page, stored):
    panel = page.editor.indicators
    assert panel.scope.count() == 2
    assert panel.scope.itemText(1).startswith("Benchmark 3.1.1 ")
    panel.scope.setCurrentIndex(1)
    panel.scope.activated.emit(1)
    panel.add_indicator()
    panel.name.setText("Share of pupils with a migrant background finishing school")
    panel.name.editingFinished.emit()
    (indicator,) = stored.indicators(benchmark=CODE)
    assert indicator.action_id is None
    assert stored.indicators(action_id=stored.actions()[0].id) == []


def test_the_chart_without_values_or_with_one_value(qtbot):
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_indicator(Indicator(name="Visits", baseline=5, target=5))
    assert chart.points() == []
    assert chart.baseline_y() == chart.target_y()
    chart.grab()  # draws without values
    chart.set_indicator(Indicator(name="Visits", measurements=(Measurement(date(2025, 1, 1), 3),)))
    (point,) = chart.points()
    assert point.x() == pytest.approx(chart.plot_rect().center().x(), abs=1)
    assert isinstance(point, QPointF)
    chart.grab()


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [
        (7.6, 42.0, [0, 10, 20, 30, 40, 50]),
        (0, 1, [0, 0.25, 0.5, 0.75, 1]),
        (-3, 3, [-4, -2, 0, 2, 4]),
    ],
)
def test_grid_lines_fall_on_round_numbers(low, high, ticks):
    assert nice_ticks(low, high) == pytest.approx(ticks)


def test_choosing_the_indicators_tab_leaves_the_plan_table_its_room(make_plan_page, workspace):
    """Its "Indicators of" list names the action's benchmarks in full; sized to the longest,
    it widened the editor and squeezed the table (dates cut to "03-") on a 1366 x 768 laptop
    whenever the tab was chosen."""
    from PySide6.QtWidgets import QApplication

    from toolbox_desktop.ui.plan.texts import BenchmarkNames

    names = BenchmarkNames(workspace.content)
    longest = max(names.known(), key=lambda code: len(names.label(code)))
    page = make_plan_page([Action(title="Homework club", benchmarks=(longest,), dimension="edu")])
    page.resize(1366 - 150, 700)  # the window's room beside the areas' list
    QApplication.processEvents()
    before = page.splitter.sizes()
    for tab in range(page.editor.form.tabs.count()):
        page.editor.form.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert page.splitter.sizes() == before, page.editor.form.tabs.tabText(tab)
    scope = page.editor.indicators.scope
    assert scope.count() == 2 and scope.width() < scope.fontMetrics().horizontalAdvance(
        scope.itemText(1)
    ), "the long entry is cut in the box (whole in the list and the tooltip)"
