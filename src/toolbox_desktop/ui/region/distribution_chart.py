"""Where the towns of a region stand, one row per dimension: the middle half of the towns as a
box (lower to upper quartile), the median as a line across it, and the user's own town as a
diamond.

Drawn with QPainter like the dashboard's bars, on the same 0-100 % track. A row whose figures
are withheld (fewer towns than the region's disclosure threshold) draws no box at all, only the
words "fewer than 5 towns": an empty track must never look like a score of 0 %.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from toolbox_desktop.ui.common.chart_text import legend_rows
from toolbox_desktop.ui.common.painted_chart import (
    PaintedChart,
    draw_percent_track,
    draw_value_text,
)
from toolbox_desktop.ui.common.palette import (
    CURRENT_COLOR,
    TARGET_COLOR,
    fill_color,
    muted_color,
    themed,
)
from toolbox_desktop.ui.common.plain_text import as_typed

BAR_HEIGHT = 16.0
MARGIN = 6.0
DIAMOND = 6.0


@dataclass(frozen=True)
class SpreadRow:
    """One row of the chart: its title, the shown figures (None when withheld) and the texts
    the view wrote for them (so chart, table and screen reader say the same)."""

    label: str
    lower: float | None
    median: float | None
    upper: float | None
    own: float | None  # the user's own town, from the user's own file
    value_text: str  # "median 58 %" or "fewer than 5 towns"
    detail: str  # the whole row in words, for the tooltip and the description


class DistributionChart(PaintedChart, QWidget):
    """Draws ``SpreadRow``s: the title above, the track with box, median and own marker below."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SpreadRow] = []
        self._legend: tuple[str, str, str] = ("", "", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reached with Tab, read by its description

    def set_rows(self, rows: Sequence[SpreadRow], legend: tuple[str, str, str]) -> None:
        """``legend``: the names of the box, the median and the own town's marker."""
        self._rows = list(rows)
        self._legend = legend
        self.setAccessibleDescription("; ".join(row.detail for row in self._rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[SpreadRow, ...]:
        return tuple(self._rows)

    # -- size ------------------------------------------------------------------------------
    def _base_row_height(self) -> float:
        return QFontMetricsF(self.font()).height() + BAR_HEIGHT + 14

    def _row_height(self, height: float | None = None) -> float:
        """A row's height: the least it needs, up to half as much again when the chart has
        the room (so a tall window spreads the rows instead of leaving a gap under them)."""
        base = self._base_row_height()
        if not self._rows:
            return base
        height = self.height() if height is None else height
        fixed = self._scale_height() + 2 * MARGIN + self._legend_height(self.width())
        spare = (height - fixed) / len(self._rows)
        return min(max(base, spare), base * 1.5)

    def _legend_height(self, width: float) -> float:
        metrics = QFontMetricsF(self.font())
        _boxes, height = legend_rows(self._legend_names(), metrics, width - 2 * MARGIN, 24.0)
        return height + 8

    def _legend_names(self) -> list[str]:
        return [name for name in self._legend if name]

    def _height_for(self, width: float) -> int:
        rows = max(len(self._rows), 1) * self._base_row_height() + self._scale_height()
        return int(rows + 2 * MARGIN + self._legend_height(width))

    def _scale_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 4

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        return QSize(420, self._height_for(self.width() if self.isVisible() else 420))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = int((event.pos().y() - MARGIN) // self._row_height())
            if 0 <= index < len(self._rows) and event.pos().y() >= MARGIN:
                QToolTip.showText(event.globalPos(), as_typed(self._rows[index].detail), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- drawing ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        area = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        widest = max((metrics.horizontalAdvance(r.value_text) for r in self._rows), default=0)
        value_width = min(widest + 12, area.width() * 0.4)
        top = area.top()
        step = self._row_height(rect.height())
        for row in self._rows:
            self._draw_row(painter, row, QRectF(area.left(), top, area.width(), 0), value_width)
            top += step
        scale_top = top - step + self._base_row_height() - 8  # under the last track
        self._draw_scale(painter, QRectF(area.left(), scale_top, area.width() - value_width, 0))
        top = scale_top + self._scale_height() + 8
        self._draw_legend(painter, QRectF(area.left(), top + 4, area.width(), 24))

    def _draw_scale(self, painter: QPainter, track: QRectF) -> None:
        """0, 25, 50, 75 and 100 % under the last track, so a box can be read off."""
        metrics = QFontMetricsF(self.font())
        painter.setPen(muted_color(self.palette()))
        for value in (0, 25, 50, 75, 100):
            text = self.scale_text(value)
            width = metrics.horizontalAdvance(text) + 4
            x = min(max(self._x(track, value) - width / 2, track.left()), track.right() - width)
            painter.drawText(
                QRectF(x, track.top(), width, metrics.height()), Qt.AlignmentFlag.AlignCenter, text
            )

    def scale_text(self, value: int) -> str:
        from toolbox_desktop.ui.common.formatting import format_percent

        return format_percent(value)

    def _x(self, track: QRectF, percent: float) -> float:
        return track.left() + track.width() * min(max(percent, 0.0), 100.0) / 100.0

    def _draw_row(self, painter: QPainter, row: SpreadRow, box: QRectF, value_width) -> None:
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        painter.setPen(palette.windowText().color())
        title = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(
            QRectF(box.left(), box.top(), box.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        track = QRectF(box.left(), box.top() + line + 4, box.width() - value_width, BAR_HEIGHT)
        draw_percent_track(painter, track, palette, alpha=60)
        value_box = QRectF(track.right() + 8, track.top() - 3, value_width - 8, BAR_HEIGHT + 6)
        draw_value_text(painter, self, value_box, row.value_text, missing=row.median is None)
        if row.median is not None:
            blue = themed(CURRENT_COLOR, palette)
            if row.lower is not None and row.upper is not None:
                middle = QRectF(
                    QPointF(self._x(track, row.lower), track.top() + 2),
                    QPointF(self._x(track, row.upper), track.bottom() - 2),
                )
                painter.setPen(QPen(blue, 1))
                painter.setBrush(fill_color(blue, 90))
                painter.drawRect(middle)
            x = self._x(track, row.median)
            pen = QPen(blue, 3)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2))
        if row.own is not None:
            self._draw_diamond(painter, QPointF(self._x(track, row.own), track.center().y()))

    def _draw_diamond(self, painter: QPainter, centre: QPointF) -> None:
        palette = self.palette()
        shape = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - DIAMOND),
                QPointF(centre.x() + DIAMOND, centre.y()),
                QPointF(centre.x(), centre.y() + DIAMOND),
                QPointF(centre.x() - DIAMOND, centre.y()),
            ]
        )
        painter.setPen(QPen(palette.window().color(), 1.5))
        painter.setBrush(themed(TARGET_COLOR, palette))
        painter.drawPolygon(shape)

    def _draw_legend(self, painter: QPainter, box: QRectF) -> None:
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        names = self._legend_names()
        boxes, _height = legend_rows(names, metrics, box.width(), 24.0)
        blue = themed(CURRENT_COLOR, palette)
        for number, (entry, name) in enumerate(zip(boxes, names, strict=True)):
            entry = entry.translated(box.left(), box.top())
            middle = entry.center().y()
            if number == 0:
                painter.setPen(QPen(blue, 1))
                painter.setBrush(fill_color(blue, 90))
                painter.drawRect(QRectF(entry.left(), middle - 5, 18, 10))
            elif number == 1:
                pen = QPen(blue, 3)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(entry.left() + 9, middle - 8), QPointF(entry.left() + 9, middle + 8)
                )
            else:
                self._draw_diamond(painter, QPointF(entry.left() + 9, middle))
            painter.setPen(palette.windowText().color())
            painter.drawText(
                QRectF(entry.left() + 24, entry.top(), entry.width() - 24, entry.height()),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
