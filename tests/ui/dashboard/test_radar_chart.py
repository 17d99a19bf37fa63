"""The radar chart draws what it is given, at any size, and a missing score is not 0 %."""

from __future__ import annotations

import pytest
from dashboard_helpers import colour_pixels
from PySide6.QtCore import QEvent, QPoint, QSize
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip

from toolbox_desktop.core.scoring import Score
from toolbox_desktop.ui.common.radar_chart import RadarChart, RadarSeries
from toolbox_desktop.ui.dashboard.bar_chart import DimensionBar, DimensionBars

AXES = [
    "1. Governance",
    "2. Employment and vocational training",
    "3. Education",
    "4. Health",
    "5. Housing and urban planning",
]
SERIES_COLOUR = QColor("#0072B2")


@pytest.fixture
def chart(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_axes(AXES)
    return chart


def test_series_are_kept_read_only(chart):
    series = RadarSeries("Now", [10, 20, None, 40, 50], SERIES_COLOUR)
    chart.set_series([series])
    assert chart.series() == (series,)
    assert chart.series()[0].values == (10, 20, None, 40, 50)  # a tuple: cannot be changed
    assert chart.axes() == tuple(AXES)


def test_rendered_chart_shows_the_series_colour(chart):
    chart.set_series([RadarSeries("Now", [80, 60, 70, 90, 75], SERIES_COLOUR)])
    image = chart.render_to_image(QSize(420, 380))
    assert image.size() == QSize(420, 380)
    assert colour_pixels(image, SERIES_COLOUR) > 100


def test_an_empty_chart_has_no_series_colour(chart):
    image = chart.render_to_image(QSize(420, 380))
    assert colour_pixels(image, SERIES_COLOUR) == 0


@pytest.mark.parametrize("size", [QSize(240, 220), QSize(420, 380), QSize(900, 700)])
def test_the_chart_scales_with_its_size(chart, size):
    chart.set_series(
        [
            RadarSeries("Now", [50, None, 25, 100, 0], SERIES_COLOUR),
            RadarSeries("Target", [75, None, 50, 100, 25], QColor("#D55E00"), dashed=True),
        ]
    )
    image = chart.render_to_image(size)
    assert colour_pixels(image, SERIES_COLOUR) > 0


def test_a_missing_value_is_marked_on_its_axis(chart):
    chart.set_axes(AXES, [None, None, None, "(not applicable)", None])
    chart.set_series(
        [
            RadarSeries("Earlier", [50, None, None, None, 10], SERIES_COLOUR, dashed=True),
            RadarSeries("Later", [60, 40, None, None, 20], QColor("#B8860B")),
        ]
    )
    assert chart.axis_note(0) == ""
    assert chart.axis_note(1) == "(Earlier: not rated)"
    assert chart.axis_note(2) == "(not rated)"
    assert chart.axis_note(3) == "(not applicable)"
    assert "2. Employment and vocational training: Earlier not rated, Later 40 %" in (
        chart.accessibleDescription()
    )


def test_each_series_says_why_its_value_is_missing(chart):
    chart.set_axes(AXES)
    na, out = "not applicable", "outside our competence"
    chart.set_series(
        [
            RadarSeries("Ours", [50, None, None, 10, 5], SERIES_COLOUR, short_name="ours"),
            RadarSeries(
                "Town A",
                [40, None, None, None, 5],
                QColor("#B8860B"),
                reasons=(None, out, na, na, None),
            ),
        ]
    )
    assert chart.axis_note(1) == "(ours: not rated; Town A: outside our competence)"
    assert chart.axis_note(3) == "(Town A: not applicable)"
    assert "Town A not applicable" in chart.accessibleDescription()
    chart.set_series([chart.series()[1]])
    assert chart.axis_note(2) == "(not applicable)"


def test_the_widget_paints_when_shown(chart, qtbot):
    chart.set_series([RadarSeries("Now", [80, 60, 70, 90, 75], SERIES_COLOUR)])
    chart.resize(chart.sizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.sizeHint() == QSize(420, 380)
    assert colour_pixels(chart.grab().toImage(), SERIES_COLOUR) > 100


def test_bars_draw_the_score_and_explain_a_missing_one(qtbot):
    bars = DimensionBars()
    qtbot.addWidget(bars)
    bars.set_bars(
        [
            DimensionBar("1. Governance", 58.0, 75.0, Score(total=14, counted=12)),
            DimensionBar("4. Health", None, None, Score(total=10, excluded=10)),
            DimensionBar("5. Housing", None, None, Score(total=14)),
            DimensionBar("6. Care", None, None, Score(total=3, excluded=3, outside=3)),
        ]
    )
    assert [bars.value_text(b) for b in bars.bars()] == [
        "58 %",
        "not applicable",
        "not rated yet",
        "outside our competence",
    ]
    assert bars.count_text(bars.bars()[0]) == "12 of 14 rated"
    assert bars.count_text(bars.bars()[1]) == "0 of 10 rated, 10 not applicable"
    assert bars.count_text(bars.bars()[3]) == "0 of 3 rated, 3 outside our competence"
    assert "target 75 %" in bars.accessibleDescription()
    image = bars.render_to_image(QSize(420, 200))
    assert colour_pixels(image, SERIES_COLOUR) > 50


def test_a_count_too_long_beside_its_title_gets_a_line_of_its_own_not_cut(qtbot):
    bars = DimensionBars()
    qtbot.addWidget(bars)
    long = DimensionBar(
        "5. Wohnen und Stadtplanung",
        29.0,
        40.0,
        Score(total=14, counted=12, excluded=2, outside=1),
    )
    short = DimensionBar("1. Steuerung", 50.0, 75.0, Score(total=12, counted=12))
    bars.set_bars([short, long])
    width = 540  # the bars' width on the dashboard at 1280 x 720
    count = bars.count_text(long)
    assert bars.shown_texts(long, width) == (long.label, count, True)  # both whole
    assert bars.shown_texts(short, width) == (short.label, "12 of 12 rated", False)
    one_line = bars.heightForWidth(2000)  # wide enough: every count beside its title
    assert bars.heightForWidth(width) > one_line  # the chart grows by that line
    _title, narrow_count, _below = bars.shown_texts(long, 120)
    assert narrow_count.endswith("…")  # too narrow even for a line of its own: shortened,
    bars.resize(120, bars.heightForWidth(120))  # and whole in the row's tooltip
    bars.show()
    qtbot.waitExposed(bars)
    here = QPoint(30, int(bars.heightForWidth(120) * 0.5))  # in the second row
    bars.event(QHelpEvent(QEvent.Type.ToolTip, here, bars.mapToGlobal(here)))
    assert count in QToolTip.text()
    assert long.label in QToolTip.text()


def test_a_note_of_another_town_shows_whole(chart):
    """ "(Ländliche Gemeinde: außerhalb unserer Zuständigkeit)" ended "außerhalb unserer
    Zustän…" on the Peers screen at 1280 x 720: a note has three lines, not two."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    chart.set_series(
        [
            RadarSeries("Unsere", [50, 40, 60, 31, 30], SERIES_COLOUR, short_name="unsere"),
            RadarSeries(
                "Ländliche Gemeinde, 4.300 Einwohner",
                [40, 30, 20, None, None],
                QColor("#B8860B"),
                short_name="Ländliche Gemeinde",
                reasons=(None, None, None, "außerhalb unserer Zuständigkeit", None),
            ),
        ]
    )
    image = QImage(760, 360, QImage.Format.Format_ARGB32)  # the chart's room at 1280 x 720
    painter = QPainter(image)
    layout = chart.paint(painter, QRectF(0, 0, 760, 360))
    painter.end()
    _box, lines, titles, _align = layout.labels[3]
    note = " ".join(lines[titles:])
    assert "…" not in note and note.endswith("Zuständigkeit)"), lines
