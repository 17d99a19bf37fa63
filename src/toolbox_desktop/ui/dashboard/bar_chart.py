"""One horizontal bar per dimension: the score, a marker at the target, and how much is rated.

Read at a glance where the radar is hard to read exactly; the "12 of 14 rated" count keeps a
score over few ratings visible as such, and names benchmarks marked as excluded as such
("0 of 10 rated, 10 not applicable"; ``ui.common.formatting.counts_text``). A count too long to
stand beside its dimension's title (German: "12 von 14 eingestuft, 1 nicht zutreffend, 1
außerhalb unserer Zuständigkeit") gets a line of its own under the title rather than being cut;
what still does not fit on a very narrow chart is shortened on screen and shown whole in the
row's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.scoring import Score, Scores
from toolbox_desktop.ui.common.chart_text import legend_rows
from toolbox_desktop.ui.common.formatting import (
    counts_text,
    dimension_label,
    format_percent,
    missing_texts,
    no_score_text,
)
from toolbox_desktop.ui.common.painted_chart import (
    PaintedChart,
    draw_percent_track,
    draw_value_text,
)
from toolbox_desktop.ui.common.palette import (
    CURRENT_COLOR,
    TARGET_COLOR,
    muted_color,
    themed,
)
from toolbox_desktop.ui.common.plain_text import as_typed

BAR_HEIGHT = 14.0
MARGIN = 6.0


@dataclass(frozen=True)
class DimensionBar:
    label: str
    percent: float | None
    target: float | None
    score: Score  # what is rated and what is excluded, for the count and the missing value


def bars_for(content: Content, scores: Scores | None) -> list[DimensionBar]:
    """The bars of every dimension, from computed scores (none rated when ``scores`` is None)."""
    bars = []
    for dimension in content.dimensions:
        label = dimension_label(dimension.number, dimension.title)
        score = scores.dimensions.get(dimension.code) if scores else None
        if score is None:
            total = sum(1 for b in content.benchmarks if b.dimension == dimension.code)
            bars.append(DimensionBar(label, None, None, Score(total=total)))
        else:
            bars.append(DimensionBar(label, score.percent, score.target_percent, score))
    return bars


class DimensionBars(PaintedChart, QWidget):
    """Draws ``DimensionBar`` rows: title and count above, the bar and its value below."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bars: list[DimensionBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Score per dimension"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reached with Tab, read by its description

    def set_bars(self, bars: Sequence[DimensionBar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[DimensionBar, ...]:
        return tuple(self._bars)

    def value_text(self, bar: DimensionBar) -> str:
        if bar.percent is not None:
            return format_percent(bar.percent)
        return no_score_text(bar.score)

    def count_text(self, bar: DimensionBar) -> str:
        return counts_text(bar.score)

    def shown_texts(self, bar: DimensionBar, width: float) -> tuple[str, str, bool]:
        """The title and count as drawn in a chart ``width`` wide (shortened only when even a
        line of their own is too narrow), and whether the count is on a line of its own."""
        metrics = QFontMetricsF(self.font())
        below = self._count_below(bar, width)
        room = width - 2 * MARGIN
        title = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, room)
        count_room = room if below else room - metrics.horizontalAdvance(title) - 12
        count = metrics.elidedText(self.count_text(bar), Qt.TextElideMode.ElideRight, count_room)
        return title, count, below

    def describe(self) -> str:
        parts = []
        for bar in self._bars:
            if bar.target is None:
                text = self.tr("{dimension}: {score} ({count})")
            else:
                text = self.tr("{dimension}: {score}, target {target} ({count})")
            parts.append(
                text.format(
                    dimension=bar.label,
                    score=self.value_text(bar),
                    target=format_percent(bar.target),
                    count=self.count_text(bar),
                )
            )
        return "; ".join(parts)

    # -- size ------------------------------------------------------------------------------
    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _row_height(self, bar: DimensionBar | None = None, width: float | None = None) -> float:
        """One line for title and count, a second for the count when they do not fit side
        by side in ``width`` (the widget's), and the bar."""
        lines = 2 if bar is not None and self._count_below(bar, width) else 1
        return lines * self._line() + BAR_HEIGHT + 14

    def _count_below(self, bar: DimensionBar, width: float | None = None) -> bool:
        row = (self.width() if width is None else width) - 2 * MARGIN
        metrics = QFontMetricsF(self.font())
        needed = metrics.horizontalAdvance(bar.label) + metrics.horizontalAdvance(
            self.count_text(bar)
        )
        return needed + 16 > row

    def _height_for(self, width: float) -> int:
        rows = sum(self._row_height(bar, width) for bar in self._bars) or self._row_height()
        return int(rows + 2 * MARGIN + 30)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        width = self.width() if self.isVisible() else 420
        return QSize(420, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._height_for(event.size().width()) != self._height_for(event.oldSize().width()):
            self.updateGeometry()  # a count moved to its own line, or back

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            bar = self._bar_at(event.pos().y())
            if bar is None:
                QToolTip.hideText()
            else:
                text = f"{bar.label}\n{self.value_text(bar)} · {self.count_text(bar)}"
                QToolTip.showText(event.globalPos(), as_typed(text), self)
            return True
        return super().event(event)

    def _bar_at(self, y: float) -> DimensionBar | None:
        top = MARGIN
        for bar in self._bars:
            height = self._row_height(bar)
            if top <= y < top + height:
                return bar
            top += height
        return None

    # -- drawing ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        area = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        value_width = max(
            metrics.horizontalAdvance(text) for text in (format_percent(100), *missing_texts())
        )
        value_width = min(value_width + 10, area.width() * 0.35)
        top = area.top()
        for bar in self._bars:
            self._draw_row(painter, bar, QRectF(area.left(), top, area.width(), 0), value_width)
            top += self._row_height(bar, rect.width())
        self._draw_legend(painter, QRectF(area.left(), top + 2, area.width(), 24))

    def _draw_row(self, painter: QPainter, bar: DimensionBar, row: QRectF, value_width) -> None:
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        title, count, below = self.shown_texts(bar, row.width() + 2 * MARGIN)
        if below:  # the count on its own line under the title, both as wide as the row
            title_box = QRectF(row.left(), row.top(), row.width(), line)
            count_box = QRectF(row.left(), row.top() + line, row.width(), line)
            count_align = Qt.AlignmentFlag.AlignLeft
        else:
            title_box = QRectF(row.left(), row.top(), metrics.horizontalAdvance(title) + 4, line)
            count_box = QRectF(
                title_box.right() + 8, row.top(), row.right() - title_box.right() - 8, line
            )
            count_align = Qt.AlignmentFlag.AlignRight
        painter.setPen(palette.windowText().color())
        painter.drawText(
            title_box,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setPen(muted_color(palette))
        painter.drawText(count_box, count_align | Qt.AlignmentFlag.AlignVCenter, count)
        if below:
            line *= 2
        track = QRectF(row.left(), row.top() + line + 4, row.width() - value_width, BAR_HEIGHT)
        draw_percent_track(painter, track, palette, alpha=90, radius=3)
        value_box = QRectF(track.right() + 8, track.top() - 3, value_width - 8, BAR_HEIGHT + 6)
        draw_value_text(painter, self, value_box, self.value_text(bar), bar.percent is None)
        if bar.percent is None:
            return
        filled = QRectF(track)
        filled.setWidth(track.width() * min(max(bar.percent, 0.0), 100.0) / 100.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(themed(CURRENT_COLOR, palette))
        painter.drawRoundedRect(filled, 3, 3)
        if bar.target is not None:
            x = track.left() + track.width() * min(max(bar.target, 0.0), 100.0) / 100.0
            pen = QPen(themed(TARGET_COLOR, palette), 3)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3))

    def _draw_legend(self, painter: QPainter, box: QRectF) -> None:
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        names = [self.tr("Current score"), self.tr("Target")]
        boxes, _height = legend_rows(names, metrics, box.width(), 24.0)
        for number, (entry, name) in enumerate(zip(boxes, names, strict=True)):
            entry = entry.translated(box.left(), box.top())
            middle = entry.center().y()
            if number == 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(themed(CURRENT_COLOR, palette))
                painter.drawRoundedRect(QRectF(entry.left(), middle - 5, 18, 10), 2, 2)
            else:
                pen = QPen(themed(TARGET_COLOR, palette), 3)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(entry.left() + 9, middle - 8), QPointF(entry.left() + 9, middle + 8)
                )
            painter.setPen(palette.windowText().color())
            painter.drawText(
                QRectF(entry.left() + 24, entry.top(), entry.width() - 24, entry.height()),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
