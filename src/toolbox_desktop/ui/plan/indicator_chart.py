"""A small line chart of one indicator: the measured values over time, with the baseline and
the target as dashed lines, so that one glance says whether the action is getting there.

Drawn with QPainter (no chart library). The geometry (``plot_rect``, ``point_for``,
``points``, ``baseline_y``, ``target_y``) is public so that tests can check where things are
drawn without reading pixels.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from toolbox_desktop.core import formatting
from toolbox_desktop.core.plan import Indicator
from toolbox_desktop.ui.common.focus_frame import FocusRepaint, paint_focus_frame
from toolbox_desktop.ui.common.palette import CURRENT_COLOR, TARGET_COLOR, muted_color, themed
from toolbox_desktop.ui.plan.texts import format_day

# From the shared palette, so the chart keeps its contrast on dark and high-contrast
# palettes: the measured values in the "current" blue, the target dashed in the "target"
# colour, the baseline dashed in the muted text colour (labelled, never colour alone).
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 16, 14, 26


def format_value(value: float | None) -> str:
    """A measured value as the locale writes it, without needless decimals ("12", "12.5",
    "12,5"): ``core.formatting``, as every number in the app."""
    if value is None:
        return ""
    return formatting.format_number(value, QLocale().name())


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """About ``count`` steps of 1, 2, 2.5 or 5 times a power of ten covering low..high."""
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    steps = math.ceil((high - first) / step - 1e-9)
    return [first + n * step for n in range(max(1, steps) + 1)]


class IndicatorChart(FocusRepaint, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._indicator: Indicator | None = None
        self.setMinimumSize(240, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Indicator chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reached with Tab, read by its description

    def sizeHint(self) -> QSize:
        return QSize(420, 190)

    def set_indicator(self, indicator: Indicator | None) -> None:
        self._indicator = indicator
        self.setAccessibleDescription(self.summary())
        self.update()

    def indicator(self) -> Indicator | None:
        return self._indicator

    # -- geometry --------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def measurements(self):
        if self._indicator is None:
            return []
        return sorted(self._indicator.measurements, key=lambda m: m.measured_on)

    def date_range(self) -> tuple[date, date]:
        days = [m.measured_on for m in self.measurements()] or [date.today()]
        first, last = min(days), max(days)
        if first == last:
            first, last = first - timedelta(days=15), last + timedelta(days=15)
        return first, last

    def value_range(self) -> tuple[float, float]:
        """The values shown from bottom to top: every measurement, the baseline and the target,
        widened to round numbers (the first and last of ``ticks``)."""
        ticks = self.ticks()
        return ticks[0], ticks[-1]

    def ticks(self) -> list[float]:
        """Round values for the grid lines, e.g. 0, 10, 20, 30, 40, 50."""
        indicator = self._indicator
        values = [m.value for m in self.measurements()]
        if indicator is not None:
            values += [v for v in (indicator.baseline, indicator.target) if v is not None]
        # A value no axis can hold (infinite, stored by an older version) is left out.
        values = [v for v in values if math.isfinite(v) and abs(v) < 1e300]
        if not values:
            return [0.0, 1.0]
        low, high = min(values), max(values)
        pad = (abs(low) * 0.1 or 1.0) if low == high else (high - low) * 0.05
        low, high = low - (pad if low == high else 0), high + pad
        return nice_ticks(low, high)

    def point_for(self, day: date, value: float) -> QPointF:
        rect = self.plot_rect()
        first, last = self.date_range()
        low, high = self.value_range()
        x = rect.left() + rect.width() * (day - first).days / max(1, (last - first).days)
        y = rect.bottom() - rect.height() * (value - low) / (high - low)
        return QPointF(x, y)

    def points(self) -> list[QPointF]:
        """Where the measurements are drawn, oldest first."""
        return [self.point_for(m.measured_on, m.value) for m in self.measurements()]

    def _y(self, value: float | None) -> float | None:
        if value is None:
            return None
        return self.point_for(self.date_range()[0], value).y()

    def baseline_y(self) -> float | None:
        return self._y(self._indicator.baseline if self._indicator else None)

    def target_y(self) -> float | None:
        return self._y(self._indicator.target if self._indicator else None)

    def summary(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        indicator = self._indicator
        if indicator is None:
            return ""
        latest = indicator.latest()
        count = len(indicator.measurements)
        return self.tr(
            "{name}: baseline {baseline}, target {target}, latest {latest} (%n value(s))",
            "",
            count,
        ).format(
            name=indicator.name,
            baseline=format_value(indicator.baseline) or "–",
            target=format_value(indicator.target) or "–",
            latest=format_value(latest.value) if latest else "–",
        )

    # -- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self._paint(painter)
        paint_focus_frame(painter, self)
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        rect = self.plot_rect()
        text_color = palette.color(QPalette.ColorRole.Text)
        metrics = QFontMetricsF(self.font())
        if self._indicator is None:
            return
        self._draw_axes(painter, rect, text_color, metrics)
        for value, color, label in (
            (self._indicator.baseline, muted_color(palette), self.tr("Baseline {value}")),
            (self._indicator.target, themed(TARGET_COLOR, palette), self.tr("Target {value}")),
        ):
            y = self._y(value)
            if y is None:
                continue
            painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            text = label.format(value=format_value(value))
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(rect.right() - width - 2, y - 3), text)
        points = self.points()
        if not points:
            painter.setPen(text_color)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No values measured yet: add the first one below."),
            )
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        line_color = themed(CURRENT_COLOR, palette)
        painter.setPen(QPen(line_color, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(line_color)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)

    def _draw_axes(self, painter: QPainter, rect: QRectF, color, metrics: QFontMetricsF) -> None:
        grid = QColor(color)
        grid.setAlpha(40)
        painter.setPen(QPen(grid, 1))
        painter.drawRect(rect)
        for value in self.ticks():
            y = self._y(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(color)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, rect.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_value(round(value, 6)),
            )
        if not self.measurements():
            return
        first, last = self.date_range()
        baseline = rect.bottom() + metrics.ascent() + 4
        painter.drawText(QPointF(rect.left(), baseline), format_day(first))
        last_text = format_day(last)
        painter.drawText(
            QPointF(rect.right() - metrics.horizontalAdvance(last_text), baseline), last_text
        )
