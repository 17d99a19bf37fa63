"""A radar (spider) chart of scores per dimension, drawn with QPainter (no QtCharts needed).

One axis per dimension, rings at 0/25/50/75/100 %, one translucent polygon per series. A
series without a value on an axis ("no score") is drawn as a hollow point at the centre with
a break in its outline, and the axis label says so: a missing score must not look like 0 %.
Each series may say why a value is missing (``RadarSeries.reasons``: "not applicable",
"outside our competence"), so that the chart names it as the tables beside it do.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from toolbox_desktop.ui.common.chart_text import legend_rows, wrap_text
from toolbox_desktop.ui.common.focus_frame import FocusRepaint, paint_focus_frame
from toolbox_desktop.ui.common.formatting import format_percent
from toolbox_desktop.ui.common.palette import fill_color, grid_color, muted_color
from toolbox_desktop.ui.common.plain_text import as_typed

RINGS = (25, 50, 75, 100)
LABEL_GAP = 8.0
MARGIN = 6.0


@dataclass(frozen=True, eq=False)
class RadarSeries:
    """One polygon: a name for the legend, a value in percent (or None) per axis, a look."""

    name: str
    values: tuple[float | None, ...]
    color: QColor = field(default_factory=lambda: QColor("#0072B2"))
    dashed: bool = False
    short_name: str = ""  # used in axis notes, where the full legend name is too long
    reasons: tuple[str | None, ...] = ()  # why a value is missing, per axis ("not rated")

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", tuple(self.values))
        object.__setattr__(self, "reasons", tuple(self.reasons))

    def value(self, axis: int) -> float | None:
        return self.values[axis] if axis < len(self.values) else None

    def reason(self, axis: int) -> str | None:
        """Why the value on ``axis`` is missing, if the series said so."""
        return self.reasons[axis] if axis < len(self.reasons) else None


@dataclass
class _Layout:
    centre: QPointF
    radius: float
    angles: list[float]
    labels: list[tuple[QRectF, list[str], int, Qt.AlignmentFlag]]  # box, lines, title lines
    legend: list[tuple[QRectF, RadarSeries]]


class RadarChart(FocusRepaint, QWidget):
    """Compare several series over the same axes; scales with the widget."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._axes: list[str] = []
        self._notes: list[str | None] = []
        self._series: list[RadarSeries] = []
        self._layout: _Layout | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 220)
        self.setAccessibleName(self.tr("Radar chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reached with Tab, read by its description

    # -- data ------------------------------------------------------------------------------
    def set_axes(self, labels: Sequence[str], notes: Sequence[str | None] | None = None) -> None:
        """Axis labels, clockwise from the top; ``notes`` replace the note of an axis where
        no series has a value (the series' ``reasons`` say why otherwise)."""
        self._axes = list(labels)
        self._notes = list(notes) if notes is not None else [None] * len(self._axes)
        self._changed()

    def set_series(self, series: Sequence[RadarSeries]) -> None:
        self._series = list(series)
        self._changed()

    def axes(self) -> tuple[str, ...]:
        return tuple(self._axes)

    def series(self) -> tuple[RadarSeries, ...]:
        return tuple(self._series)

    def axis_note(self, axis: int) -> str:
        """What the label of ``axis`` adds about missing values ("" when all are there):
        "(not applicable)" when no series has a value for the same reason, else each reason
        with the series it applies to: "(peer A, peer B: not applicable; ours: not rated)"."""
        missing = [s for s in self._series if s.value(axis) is None]
        if not missing:
            return ""
        reasons: dict[str, list[str]] = {}
        for series in missing:
            reason = self._missing_text(series, axis)
            reasons.setdefault(reason, []).append(series.short_name or series.name)
        if len(missing) == len(self._series):
            note = self._notes[axis] if axis < len(self._notes) else None
            if note:
                return note
            if len(reasons) == 1:
                return self.tr("({reason})").format(reason=next(iter(reasons)))
        return self.tr("({notes})").format(
            notes="; ".join(
                self.tr("{series}: {reason}").format(series=", ".join(names), reason=reason)
                for reason, names in reasons.items()
            )
        )

    def _missing_text(self, series: RadarSeries, axis: int) -> str:
        return series.reason(axis) or self.tr("not rated")

    def _changed(self) -> None:
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart as text, for screen readers and tooltips."""
        parts = []
        for axis, label in enumerate(self._axes):
            values = ", ".join(self._value_text(s, axis) for s in self._series)
            parts.append(self.tr("{axis}: {values}").format(axis=label, values=values))
        return "; ".join(parts)

    def _value_text(self, series: RadarSeries, axis: int) -> str:
        return self.tr("{series} {value}").format(
            series=series.name,
            value=format_percent(series.value(axis), self._missing_text(series, axis)),
        )

    # -- size and rendering ------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(420, 380)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 220)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self._layout = self.paint(painter, QRectF(self.rect()))
        paint_focus_frame(painter, self)
        painter.end()

    def render_to_image(self, size: QSize) -> QImage:
        """The chart drawn at ``size`` on the window colour, without showing the widget."""
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(self.backgroundRole()))
        painter = QPainter(image)
        self.paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def paint(self, painter: QPainter, rect: QRectF) -> _Layout | None:
        """Draw into ``rect`` of any paint device (the widget, an image, a printer)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        if not self._axes:
            painter.setPen(muted_color(self.palette()))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No scores to show"))
            return None
        layout = self._compute_layout(rect, QFontMetricsF(self.font()))
        self._draw_grid(painter, layout)
        self._draw_series(painter, layout)
        self._draw_scale(painter, layout)
        self._draw_labels(painter, layout)
        self._draw_legend(painter, layout)
        return layout

    # -- layout ------------------------------------------------------------------------------
    def _label_lines(self, metrics: QFontMetricsF, width: float) -> list[tuple[list[str], int]]:
        """Per axis: the lines of its label (title, then any note) and how many are title."""
        result = []
        for axis, label in enumerate(self._axes):
            title = wrap_text(label, metrics, width, 3)
            note = self.axis_note(axis)
            result.append(
                # three lines for a note: "(Ländliche Gemeinde: außerhalb unserer
                # Zuständigkeit)" lost its last word on two
                (title + (wrap_text(note, metrics, width, 3) if note else []), len(title))
            )
        return result

    def _compute_layout(self, rect: QRectF, metrics: QFontMetricsF) -> _Layout:
        area = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        legend, legend_height = legend_rows(
            [s.name for s in self._series], metrics, area.width(), 30.0
        )
        area.setBottom(area.bottom() - legend_height - (8 if legend_height else 0))
        label_width = min(max(area.width() * 0.25, 90.0), 170.0)
        lines = self._label_lines(metrics, label_width)
        line_height = metrics.height()
        count = len(self._axes)
        angles = [-math.pi / 2 + 2 * math.pi * i / count for i in range(count)]
        sizes = [
            (max(metrics.horizontalAdvance(line) for line in block), line_height * len(block))
            for block, _titles in lines
        ]

        def boxes(radius: float) -> list[tuple[QRectF, Qt.AlignmentFlag]]:
            found = []
            for angle, (width, height) in zip(angles, sizes, strict=True):
                cos, sin = math.cos(angle), math.sin(angle)
                x = (radius + LABEL_GAP) * cos
                y = (radius + LABEL_GAP) * sin
                if cos > 0.2:
                    align, left = Qt.AlignmentFlag.AlignLeft, x
                elif cos < -0.2:
                    align, left = Qt.AlignmentFlag.AlignRight, x - width
                else:
                    align, left = Qt.AlignmentFlag.AlignHCenter, x - width / 2
                top = y - height if sin < -0.5 else y if sin > 0.5 else y - height / 2
                found.append((QRectF(left, top, width, height), align))
            return found

        def extent(radius: float) -> QRectF:
            xs = [radius * math.cos(a) for a in angles] + [0.0]
            ys = [radius * math.sin(a) for a in angles] + [0.0]
            box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            for label, _align in boxes(radius):
                box = box.united(label)
            return box

        low, high = 10.0, max(area.width(), area.height())
        for _ in range(30):
            middle = (low + high) / 2
            box = extent(middle)
            if box.width() <= area.width() and box.height() <= area.height():
                low = middle
            else:
                high = middle
        radius = low
        box = extent(radius)
        # Chart and legend are centred together, so the legend stays close to the chart.
        spare = area.height() - box.height()
        centre = QPointF(area.center().x() - box.center().x(), area.top() + spare / 2 - box.top())
        labels = [
            (label.translated(centre), block, titles, align)
            for (label, align), (block, titles) in zip(boxes(radius), lines, strict=True)
        ]
        legend_top = centre.y() + box.bottom() + 10
        legend_boxes = [
            (QRectF(r.x() + area.left(), r.y() + legend_top, r.width(), r.height()), series)
            for r, series in zip(legend, self._series, strict=True)
        ]
        return _Layout(centre, radius, angles, labels, legend_boxes)

    def _point(self, layout: _Layout, axis: int, percent: float | None) -> QPointF:
        share = 0.0 if percent is None else min(max(percent, 0.0), 100.0) / 100.0
        angle = layout.angles[axis]
        return QPointF(
            layout.centre.x() + layout.radius * share * math.cos(angle),
            layout.centre.y() + layout.radius * share * math.sin(angle),
        )

    # -- drawing -----------------------------------------------------------------------------
    def _draw_grid(self, painter: QPainter, layout: _Layout) -> None:
        palette = self.palette()
        painter.setPen(QPen(grid_color(palette), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        count = len(self._axes)
        for ring in RINGS:
            if count >= 3:
                painter.drawPolygon(QPolygonF([self._point(layout, a, ring) for a in range(count)]))
            else:
                r = layout.radius * ring / 100
                painter.drawEllipse(layout.centre, r, r)
        for axis in range(count):
            painter.drawLine(layout.centre, self._point(layout, axis, 100))
        painter.setBrush(grid_color(palette))
        painter.drawEllipse(layout.centre, 1.5, 1.5)  # the 0 % ring

    def _draw_scale(self, painter: QPainter, layout: _Layout) -> None:
        """Ring values beside the first axis, on a halo so they stay readable over series."""
        palette = self.palette()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.5))
        painter.setFont(small)
        painter.setPen(muted_color(palette))
        metrics = QFontMetricsF(small)
        halo = QColor(palette.color(self.backgroundRole()))
        halo.setAlpha(190)
        for ring in RINGS:
            point = self._point(layout, 0, ring)
            text = format_percent(ring)
            box = QRectF(
                point.x() + 3, point.y() + 1, metrics.horizontalAdvance(text) + 2, metrics.height()
            )
            painter.fillRect(box, halo)  # keeps the scale readable where a series crosses it
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font())

    def _draw_series(self, painter: QPainter, layout: _Layout) -> None:
        count = len(self._axes)
        for series in self._series:
            points = [self._point(layout, a, series.value(a)) for a in range(count)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill_color(series.color, 28 if series.dashed else 55))
            painter.drawPolygon(QPolygonF(points))
        for series in self._series:
            pen = QPen(series.color, 2.4)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if series.dashed:
                pen.setDashPattern([4.0, 2.5])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            points = [self._point(layout, a, series.value(a)) for a in range(count)]
            for axis in range(count):
                following = (axis + 1) % count
                if following == axis:
                    continue
                if series.value(axis) is not None and series.value(following) is not None:
                    painter.drawLine(points[axis], points[following])
            painter.setPen(QPen(series.color, 1.6))
            for axis, point in enumerate(points):
                missing = series.value(axis) is None
                painter.setBrush(Qt.BrushStyle.NoBrush if missing else series.color)
                painter.drawEllipse(point, 3.5, 3.5)

    def _draw_labels(self, painter: QPainter, layout: _Layout) -> None:
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        for box, lines, titles, align in layout.labels:
            for number, line in enumerate(lines):
                is_note = number >= titles
                font = QFont(self.font())
                font.setItalic(is_note)
                painter.setFont(font)
                painter.setPen(muted_color(palette) if is_note else palette.windowText().color())
                line_box = QRectF(
                    box.left(), box.top() + number * metrics.height(), box.width(), metrics.height()
                )
                painter.drawText(line_box, align | Qt.AlignmentFlag.AlignVCenter, line)
        painter.setFont(self.font())

    def _draw_legend(self, painter: QPainter, layout: _Layout) -> None:
        palette = self.palette()
        for box, series in layout.legend:
            middle = box.center().y()
            pen = QPen(series.color, 2.4)
            if series.dashed:
                pen.setDashPattern([4.0, 2.5])
            swatch = QRectF(box.left(), middle - 6, 24, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill_color(series.color, 28 if series.dashed else 55))
            painter.drawRect(swatch)
            painter.setPen(pen)
            painter.drawLine(QPointF(swatch.left(), middle), QPointF(swatch.right(), middle))
            painter.setPen(palette.windowText().color())
            text_box = QRectF(box.left() + 30, box.top(), box.width() - 30, box.height())
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, series.name)

    # -- tooltips ----------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._layout is not None:
            axis = self._axis_at(QPointF(event.pos()))
            if axis is None:
                QToolTip.hideText()
            else:
                text = "\n".join(
                    [self._axes[axis]] + [self._value_text(s, axis) for s in self._series]
                )
                QToolTip.showText(event.globalPos(), as_typed(text), self)
            return True
        return super().event(event)

    def _axis_at(self, position: QPointF) -> int | None:
        layout = self._layout
        for axis, (box, *_rest) in enumerate(layout.labels):
            if box.contains(position):
                return axis
        dx, dy = position.x() - layout.centre.x(), position.y() - layout.centre.y()
        if math.hypot(dx, dy) > layout.radius * 1.05 or math.hypot(dx, dy) < 4:
            return None
        angle = math.atan2(dy, dx)
        step = 2 * math.pi / len(layout.angles)
        return round(((angle - layout.angles[0]) % (2 * math.pi)) / step) % len(layout.angles)
