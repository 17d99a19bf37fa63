"""What the timeline shows: bars where their dates are, groups, milestones, today, lateness."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QColor
from timeline_helpers import TODAY, action, make_content

from toolbox_desktop.core.plan import Milestone
from toolbox_desktop.ui.plan.timeline_scale import PX_PER_DAY
from toolbox_desktop.ui.plan.timeline_style import OVERDUE_COLOR, PLANNED_COLOR, TODAY_COLOR
from toolbox_desktop.ui.plan.timeline_view import TimelineView


@pytest.fixture(autouse=True)
def english_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def plan():
    return [
        action(
            1,
            "Welcome desk",
            dimension="gov",
            start=TODAY + timedelta(days=10),
            end=TODAY + timedelta(days=40),
            status="planned",
            milestones=(
                Milestone("Opened", date(2026, 4, 1), done=True),
                Milestone("Review", date(2026, 4, 20)),
            ),
        ),
        action(
            2,
            "Job fair",
            dimension="emp",
            start=date(2026, 1, 10),
            end=date(2026, 3, 1),
            status="in-progress",
            responsible_person="A. Novak",
        ),
        action(
            3,
            "Homework café",
            dimension="edu",
            phase="medium",
            start=date(2026, 1, 5),
            end=date(2026, 2, 20),
            status="done",
        ),
        action(4, "Integration strategy", dimension="gov"),
        action(
            5,
            "Language course",
            dimension="emp",
            phase="long",
            start=date(2026, 5, 1),
            end=date(2026, 9, 30),
            status="dropped",
        ),
    ]


@pytest.fixture
def view(qtbot):
    widget = TimelineView(make_content())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_actions(plan(), TODAY)
    widget.set_zoom("months")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def near(image, point: QPointF, colour: QColor, tolerance: int = 60) -> bool:
    pixel = image.pixelColor(round(point.x()), round(point.y()))
    difference = (
        abs(pixel.red() - colour.red())
        + abs(pixel.green() - colour.green())
        + abs(pixel.blue() - colour.blue())
    )
    return difference <= tolerance


def count_near(image, left: float, right: float, y: float, colour: QColor) -> int:
    return sum(near(image, QPointF(x, y), colour) for x in range(round(left), round(right)))


def test_bars_sit_on_the_axis_at_their_dates(view):
    chart = view.chart
    day = PX_PER_DAY["months"]
    axis = chart.x_for(date(2026, 1, 1))
    rect = chart.bar_rect(1)
    assert rect.left() == pytest.approx(axis + (date(2026, 3, 25) - date(2026, 1, 1)).days * day)
    assert rect.right() == pytest.approx(axis + (date(2026, 4, 25) - date(2026, 1, 1)).days * day)
    job = chart.bar_rect(2)
    assert job.width() == pytest.approx(((date(2026, 3, 1) - date(2026, 1, 10)).days + 1) * day)
    assert chart.label_width() <= rect.left() < rect.right() <= chart.viewport().width()
    image = chart.viewport().grab().toImage()
    assert near(image, QPointF(rect.center().x() - 20, rect.center().y() - 6), PLANNED_COLOR)


def test_zooming_changes_the_scale_and_keeps_the_dates(view):
    chart = view.chart
    months = chart.bar_rect(5).width()
    view.set_zoom("years")
    assert chart.zoom() == "years"
    years = chart.bar_rect(5).width()
    assert years == pytest.approx(months * PX_PER_DAY["years"] / PX_PER_DAY["months"])
    assert view.zoom_buttons.checkedButton().text() == "Years"
    view.zoom_buttons.button(1).click()
    assert chart.zoom() == "quarters"


def test_actions_are_grouped_by_dimension_or_by_phase(view):
    chart = view.chart
    assert chart.group_titles() == [
        "1. Governance",
        "2. Employment and vocational training",
        "3. Education",
        "Without dates",
    ]
    labels = [row.label for row in chart.rows()]
    assert labels.index("Job fair") < labels.index("Language course") < labels.index("3. Education")
    view.set_grouping("phase")
    assert view.grouping_box.currentData() == "phase"
    assert chart.group_titles() == [
        "Short term (0-12 months)",
        "Medium term (1-3 years)",
        "Long term (over 3 years)",
        "Without dates",
    ]
    view.grouping_box.setCurrentIndex(0)
    assert chart.grouping() == "dimension"


def test_undated_actions_are_listed_but_have_no_bar(view):
    chart = view.chart
    assert chart.undated_ids() == [4]
    assert chart.bar_rect(4) is None
    assert chart.rows()[-1].label == "Integration strategy"
    assert chart.rows()[-2].label == "Without dates"
    assert 4 not in chart.visible_bar_ids()


def test_milestones_are_diamonds_filled_when_done(view):
    chart = view.chart
    index = chart.row_index(1)
    done, open_ = chart.rows()[index].action.milestones
    image = chart.viewport().grab().toImage()
    text = chart.palette().text().color()
    base = chart.palette().base().color()
    done_at = chart.milestone_center(index, done)
    open_at = chart.milestone_center(index, open_)
    assert near(image, done_at, text)
    assert near(image, open_at, base)
    assert count_near(image, open_at.x() - 8, open_at.x() - 3, open_at.y(), text)  # outline
    assert "Milestone: Review" in chart.tooltip_at(open_at)


def test_today_is_a_vertical_line(view):
    chart = view.chart
    x = chart.today_x()
    assert x == pytest.approx(chart.x_for(TODAY) + PX_PER_DAY["months"] / 2)
    image = chart.viewport().grab().toImage()
    bottom = chart.viewport().height() - 5
    assert near(image, QPointF(x, bottom), TODAY_COLOR)
    assert near(image, QPointF(x, chart.header_height() + 3), TODAY_COLOR)


def test_an_action_past_its_end_and_not_done_is_marked_overdue(view):
    chart = view.chart
    image = chart.viewport().grab().toImage()
    late = chart.bar_rect(2)
    assert count_near(
        image, late.right() + 2, chart.x_for(TODAY) - 2, late.center().y(), OVERDUE_COLOR
    )
    assert near(image, QPointF(late.center().x(), late.top()), OVERDUE_COLOR, 90)  # red outline
    done = chart.bar_rect(3)  # also past its end, but done
    assert not count_near(
        image, done.right() + 2, chart.x_for(TODAY) - 2, done.center().y(), OVERDUE_COLOR
    )
    tip = chart.tooltip_at(late.center())
    assert "Job fair" in tip and "Overdue" in tip and "A. Novak" in tip and "In progress" in tip
    assert "Overdue" not in chart.tooltip_at(done.center())


def test_the_chart_describes_the_selected_action(view):
    view.select_action(2)
    assert view.selected_action() == 2
    assert view.chart.accessibleDescription().startswith("Job fair:")
    assert "overdue" in view.chart.accessibleDescription()
    view.select_action(99)
    assert view.selected_action() is None


def test_a_refresh_keeps_the_view_where_it_was(view):
    chart = view.chart
    before = chart.bar_rect(1)
    earlier = action(6, "Old action", dimension="gov", start=date(2023, 2, 1), end=date(2023, 3, 1))
    view.set_actions([*plan(), earlier], TODAY)  # the axis now starts three years earlier
    assert chart.bar_rect(1).left() == pytest.approx(before.left(), abs=1)
