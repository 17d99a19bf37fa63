"""The timeline's arithmetic: days to pixels, unit steps, snapping, and what a drag yields."""

from datetime import date

from toolbox_desktop.core.plan import Action
from toolbox_desktop.ui.plan.timeline_drag import MOVE, RESIZE_END, RESIZE_START, Drag, zone_at
from toolbox_desktop.ui.plan.timeline_rows import bar_dates
from toolbox_desktop.ui.plan.timeline_scale import (
    MONTHS,
    QUARTERS,
    YEARS,
    TimeScale,
    add_months,
    shift_by_units,
)


def test_add_months_clamps_to_the_end_of_a_short_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)


def test_a_bar_covers_its_start_day_up_to_the_end_of_its_end_day():
    scale = TimeScale.covering(date(2026, 3, 1), date(2026, 9, 1), MONTHS)
    assert scale.origin == date(2025, 1, 1) and scale.last == date(2027, 12, 31)
    assert TimeScale.covering(date(2026, 3, 1), date(2026, 9, 1), YEARS, 2000).width >= 2000
    left, right = scale.span(date(2025, 1, 11), date(2025, 1, 20))
    assert (left, right) == (40.0, 80.0)  # 4 px a day at month zoom
    assert scale.day_at(41) == date(2025, 1, 11)
    assert scale.days_for(9.0) == 2 and scale.days_for(-5.0) == -1


def test_ticks_cover_the_visible_stretch_in_units_of_the_zoom():
    scale = TimeScale.covering(date(2026, 1, 1), date(2027, 12, 31), QUARTERS)
    ticks = [first for first, _next in scale.ticks(3, scale.x(date(2026, 5, 10)), scale.width)]
    assert ticks[0] == date(2026, 4, 1) and ticks[-1] == date(2028, 10, 1)
    assert len(ticks) == 11


def test_shifting_by_units_keeps_the_length_and_missing_dates():
    start, end = date(2026, 3, 25), date(2026, 4, 24)
    assert shift_by_units(start, end, MONTHS, 1) == (date(2026, 4, 25), date(2026, 5, 25))
    assert shift_by_units(start, end, YEARS, -1) == (date(2025, 3, 25), date(2025, 4, 24))
    assert shift_by_units(start, None, QUARTERS, 1) == (date(2026, 6, 25), None)
    assert shift_by_units(None, None, MONTHS, 1) == (None, None)


def test_grabbing_a_bar_near_an_end_resizes_it():
    assert zone_at(100, 100, 200) == RESIZE_START
    assert zone_at(197, 100, 200) == RESIZE_END
    assert zone_at(150, 100, 200) == MOVE
    assert zone_at(250, 100, 200) is None


def test_a_drag_keeps_the_duration_and_never_turns_a_bar_inside_out():
    action = Action(id=1, title="x", start=date(2026, 3, 1), end=date(2026, 3, 10))
    move = Drag(action, MOVE, 0.0, *bar_dates(action), days=5, active=True)
    assert move.result() == (date(2026, 3, 6), date(2026, 3, 15))
    end = Drag(action, RESIZE_END, 0.0, *bar_dates(action), days=-30, active=True)
    assert end.result() == (date(2026, 3, 1), date(2026, 3, 1))
    start = Drag(action, RESIZE_START, 0.0, *bar_dates(action), days=3, active=True)
    assert start.result() == (date(2026, 3, 4), date(2026, 3, 10))
    open_ended = Action(id=2, title="y", start=date(2026, 3, 1))
    assert Drag(open_ended, MOVE, 0, *bar_dates(open_ended), days=2, active=True).result() == (
        date(2026, 3, 3),
        None,
    )
