"""Charts for the PDF reports, drawn with reportlab.graphics (vector, no Qt, no images).

They look like the dashboard's charts: the same colour-blind-safe colours (Okabe-Ito), the
target also dashed so no meaning rests on colour alone, and a missing score is never drawn as
0 % (the point is left out and the axis or bar says why). Callers pass translated text; the
charts only lay it out, in DejaVu Sans so that any script shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from toolbox_desktop.reports.fonts import BOLD, FAMILY, register_fonts
from toolbox_desktop.reports.text import visual

CURRENT = colors.HexColor("#0072B2")  # blue: where the municipality stands
TARGET = colors.HexColor("#D55E00")  # vermillion: where it wants to be
TEXT = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
GRID = colors.HexColor("#c8d0d8")
RINGS = (25, 50, 75, 100)
FONT_SIZE = 8.0
LEADING = 9.6
DASH = [4, 2]


@dataclass(frozen=True)
class Series:
    """One polygon of the radar: a legend name, a value in percent (or None) per axis."""

    name: str
    values: tuple[float | None, ...]
    color: colors.Color = CURRENT
    dashed: bool = False


@dataclass(frozen=True)
class BarRow:
    """One bar: its label, the score and target in percent (or None), and the text beside it."""

    label: str
    value: float | None
    target: float | None
    text: str


def _lines(text: str, width: float, font: str = FAMILY, size: float = FONT_SIZE) -> list[str]:
    """``text`` wrapped to ``width`` points, each line in drawing order (RTL shaped)."""
    return [visual(line) for line in simpleSplit(text, font, size, width)] or [""]


def _fill(color: colors.Color, alpha: float = 0.18) -> colors.Color:
    return colors.Color(color.red, color.green, color.blue, alpha=alpha)


def _legend(drawing: Drawing, series: list[Series], y: float, width: float, bars=False) -> None:
    """Legend entries side by side (wrapping to a new row when the width is used up); with
    ``bars`` the solid series shows as a bar and the dashed one as the target tick."""
    x = 0.0
    for entry in series:
        name = visual(entry.name)
        text_width = drawing_width(name)
        if x and x + 30 + text_width > width:
            x, y = 0.0, y - LEADING * 1.6
        dash = DASH if entry.dashed else None
        if bars and not entry.dashed:
            swatch = Rect(x, y - 1, 22, 8, fillColor=entry.color, strokeColor=None)
        elif bars:
            swatch = Line(x + 11, y - 3, x + 11, y + 10, strokeColor=entry.color, strokeWidth=2)
            swatch.strokeDashArray = [3, 1.5]
        else:
            swatch = Line(x, y + 3, x + 22, y + 3, strokeColor=entry.color, strokeWidth=2)
            swatch.strokeDashArray = dash
        drawing.add(swatch)
        drawing.add(String(x + 26, y, name, fontName=FAMILY, fontSize=FONT_SIZE, fillColor=TEXT))
        x += 40 + text_width


def drawing_width(text: str, font: str = FAMILY, size: float = FONT_SIZE) -> float:
    return stringWidth(text, font, size)


def radar_chart(
    axes: list[str],
    notes: list[str],
    series: list[Series],
    scale: list[str],
    width: float,
    height: float,
) -> Drawing:
    """A radar of ``series`` over ``axes`` (clockwise from the top) in ``width`` x ``height``
    points; ``notes`` go under each axis label (e.g. "58 % → 75 %"), ``scale`` labels the
    25/50/75/100 % rings. Needs three axes or more to be a radar."""
    register_fonts()
    drawing = Drawing(width, height)
    count = len(axes)
    legend_height = LEADING * 3
    label_width = min(max(width * 0.24, 80.0), 140.0)
    blocks = [
        (_lines(axis, label_width, BOLD), _lines(note, label_width) if note else [])
        for axis, note in zip(axes, notes, strict=True)
    ]
    angles = [math.pi / 2 - 2 * math.pi * i / count for i in range(count)]
    sizes = [
        (
            max((drawing_width(t, BOLD) for t in title), default=0.0),
            max((drawing_width(n) for n in note), default=0.0),
            LEADING * (len(title) + len(note)),
        )
        for title, note in blocks
    ]

    def boxes(radius: float) -> list[tuple[float, float, float, float, str]]:
        """(left, bottom, width, height, anchor) of each label, relative to the centre."""
        found = []
        for angle, (title_w, note_w, block_h) in zip(angles, sizes, strict=True):
            box_w = max(title_w, note_w)
            cos, sin = math.cos(angle), math.sin(angle)
            x, y = (radius + 6) * cos, (radius + 6) * sin
            if cos > 0.2:
                anchor, left = "start", x
            elif cos < -0.2:
                anchor, left = "end", x - box_w
            else:
                anchor, left = "middle", x - box_w / 2
            bottom = y if sin > 0.5 else y - block_h if sin < -0.5 else y - block_h / 2
            found.append((left, bottom, box_w, block_h, anchor))
        return found

    def extent(radius: float) -> tuple[float, float, float, float]:
        xs = [radius * math.cos(a) for a in angles] + [0.0]
        ys = [radius * math.sin(a) for a in angles] + [0.0]
        for left, bottom, box_w, box_h, _anchor in boxes(radius):
            xs += [left, left + box_w]
            ys += [bottom, bottom + box_h]
        return min(xs), min(ys), max(xs), max(ys)

    low, high = 10.0, max(width, height)
    for _ in range(30):
        middle = (low + high) / 2
        x0, y0, x1, y1 = extent(middle)
        fits = x1 - x0 <= width and y1 - y0 <= height - legend_height
        low, high = (middle, high) if fits else (low, middle)
    radius = low
    x0, y0, x1, y1 = extent(radius)
    cx = (width - (x1 - x0)) / 2 - x0
    cy = legend_height + (height - legend_height - (y1 - y0)) / 2 - y0

    def point(axis: int, percent: float) -> tuple[float, float]:
        share = min(max(percent, 0.0), 100.0) / 100.0
        return (
            cx + radius * share * math.cos(angles[axis]),
            cy + radius * share * math.sin(angles[axis]),
        )

    for ring in RINGS:
        ring_points = [c for axis in range(count) for c in point(axis, ring)]
        drawing.add(Polygon(ring_points, strokeColor=GRID, strokeWidth=0.6, fillColor=None))
    for axis in range(count):
        drawing.add(Line(cx, cy, *point(axis, 100), strokeColor=GRID, strokeWidth=0.6))
    for entry in series:
        _draw_series(drawing, entry, point, count)
    for ring, label in zip(RINGS, scale, strict=False):
        _x, y = point(0, ring)
        scale_width = drawing_width(label, size=6.5)
        halo = Rect(cx + 2, y - 9, scale_width + 2, 7.5, fillColor=colors.white, strokeColor=None)
        halo.fillOpacity = 0.8
        drawing.add(halo)
        drawing.add(String(cx + 3, y - 7.5, label, fontName=FAMILY, fontSize=6.5, fillColor=MUTED))
    for (title, note), (left, bottom, box_w, _h, anchor) in zip(blocks, boxes(radius), strict=True):
        x = {"start": left, "end": left + box_w, "middle": left + box_w / 2}[anchor]
        y = cy + bottom + LEADING * (len(title) + len(note)) - FONT_SIZE
        for index, line in enumerate(title + note):
            font, fill = (BOLD, TEXT) if index < len(title) else (FAMILY, MUTED)
            drawing.add(
                String(
                    cx + x,
                    y,
                    line,
                    fontName=font,
                    fontSize=FONT_SIZE,
                    fillColor=fill,
                    textAnchor=anchor,
                )
            )
            y -= LEADING
    _legend(drawing, series, LEADING * 1.2, width)
    return drawing


def _draw_series(drawing: Drawing, entry: Series, point, count: int) -> None:
    """The series' polygon; where a value is missing its outline breaks and nothing is filled."""
    dash = DASH if entry.dashed else None
    values = [entry.values[a] if a < len(entry.values) else None for a in range(count)]
    if all(value is not None for value in values):
        coordinates = [c for axis in range(count) for c in point(axis, values[axis])]
        drawing.add(
            Polygon(
                coordinates,
                fillColor=_fill(entry.color),
                strokeColor=entry.color,
                strokeWidth=1.6,
                strokeDashArray=dash,
            )
        )
    else:
        for axis in range(count):
            following = (axis + 1) % count
            if values[axis] is not None and values[following] is not None:
                start, end = point(axis, values[axis]), point(following, values[following])
                drawing.add(
                    PolyLine(
                        [*start, *end],
                        strokeColor=entry.color,
                        strokeWidth=1.6,
                        strokeDashArray=dash,
                    )
                )
    for axis, value in enumerate(values):
        if value is not None:
            drawing.add(Circle(*point(axis, value), 2.2, fillColor=entry.color, strokeColor=None))


def bar_chart(
    rows: list[BarRow], scale: list[str], legend: tuple[str, str], width: float
) -> Drawing:
    """One horizontal bar per row (0-100 %), its target as a dashed tick, ``text`` beside it;
    ``scale`` labels 0/25/50/75/100 % under the bars, ``legend`` names bar and target."""
    register_fonts()
    label_width = min(width * 0.3, 150.0)
    text_width = min(width * 0.2, 100.0)
    left = label_width + 8
    span = width - left - text_width - 8
    blocks = [_lines(row.label, label_width) for row in rows]
    notes = [_lines(row.text, text_width) for row in rows]
    heights = [max(len(b), len(n)) * LEADING + 9 for b, n in zip(blocks, notes, strict=True)]
    legend_height = LEADING * 2
    axis_height = LEADING * 1.6
    height = sum(heights) + axis_height + legend_height
    drawing = Drawing(width, height)
    top = height
    bottom = legend_height + axis_height
    for tick, label in zip((0, 25, 50, 75, 100), scale, strict=False):
        x = left + span * tick / 100
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                bottom - LEADING,
                label,
                fontName=FAMILY,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    y = top
    for row, block, note, row_height in zip(rows, blocks, notes, heights, strict=True):
        middle = y - row_height / 2
        line_y = middle + LEADING * len(block) / 2 - FONT_SIZE + 1
        for line in block:
            drawing.add(
                String(0, line_y, line, fontName=FAMILY, fontSize=FONT_SIZE, fillColor=TEXT)
            )
            line_y -= LEADING
        if row.value is not None:
            bar = span * min(max(row.value, 0.0), 100.0) / 100
            drawing.add(Rect(left, middle - 5, bar, 10, fillColor=CURRENT, strokeColor=None))
        if row.target is not None:
            x = left + span * min(max(row.target, 0.0), 100.0) / 100
            drawing.add(
                Line(
                    x,
                    middle - 8,
                    x,
                    middle + 8,
                    strokeColor=TARGET,
                    strokeWidth=2,
                    strokeDashArray=[3, 1.5],
                )
            )
        note_y = middle + LEADING * len(note) / 2 - FONT_SIZE + 1
        for line in note:
            drawing.add(
                String(
                    left + span + 8,
                    note_y,
                    line,
                    fontName=FAMILY,
                    fontSize=FONT_SIZE,
                    fillColor=MUTED,
                )
            )
            note_y -= LEADING
        y -= row_height
    _legend(
        drawing,
        [Series(legend[0], (), CURRENT), Series(legend[1], (), TARGET, dashed=True)],
        LEADING * 0.5,
        width,
        bars=True,
    )
    return drawing
