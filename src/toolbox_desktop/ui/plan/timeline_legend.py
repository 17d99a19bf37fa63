"""The key under the timeline: what each bar style, the diamonds and the red marks mean.

Painted with the same functions' colours as the chart, and wrapped to the width, so the key
always matches what the chart draws.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from toolbox_desktop.core.plan import DONE, DROPPED, IDEA, IN_PROGRESS, PLANNED
from toolbox_desktop.ui.common.chart_text import legend_rows
from toolbox_desktop.ui.plan.timeline_style import (
    OVERDUE_COLOR,
    TODAY_COLOR,
    bar_style,
    overdue_brush,
)
from toolbox_desktop.ui.plan.timeline_text import status_name, today_label

SAMPLE = 22.0
OVERDUE, MILESTONE, MILESTONE_DONE, TODAY = "overdue", "milestone", "milestone-done", "today"
ENTRIES = (IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED, OVERDUE, MILESTONE, MILESTONE_DONE, TODAY)


def entry_name(entry: str) -> str:
    if entry == OVERDUE:
        return QCoreApplication.translate("Timeline", "Overdue")
    if entry == MILESTONE:
        return QCoreApplication.translate("Timeline", "Milestone")
    if entry == MILESTONE_DONE:
        return QCoreApplication.translate("Timeline", "Milestone reached")
    if entry == TODAY:
        return today_label()
    return status_name(entry)


class TimelineLegend(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Key to the timeline"))
        self.setAccessibleDescription(", ".join(entry_name(e) for e in ENTRIES))

    def _layout(self, width: float) -> tuple[list[QRectF], float]:
        names = [entry_name(e) for e in ENTRIES]
        return legend_rows(names, QFontMetricsF(self.font()), max(width - 8, 50.0), SAMPLE + 6)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(width)[1]) + 8

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(self.width() or 600))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        boxes, _height = self._layout(self.width())
        for entry, box in zip(ENTRIES, boxes, strict=True):
            box = box.translated(4, 4)
            sample = QRectF(box.left(), box.center().y() - 6, SAMPLE, 12)
            self._paint_sample(painter, entry, sample, palette)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text_box = QRectF(sample.right() + 6, box.top(), box.width() - SAMPLE - 6, box.height())
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, entry_name(entry))
        painter.end()

    def _paint_sample(self, painter: QPainter, entry: str, rect: QRectF, palette) -> None:
        if entry in (MILESTONE, MILESTONE_DONE):
            c = rect.center()
            diamond = QPolygonF(
                [
                    QPointF(c.x(), c.y() - 7),
                    QPointF(c.x() + 6, c.y()),
                    QPointF(c.x(), c.y() + 7),
                    QPointF(c.x() - 6, c.y()),
                ]
            )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
            done = entry == MILESTONE_DONE
            painter.setBrush(palette.color(QPalette.ColorRole.Text) if done else palette.base())
            painter.drawPolygon(diamond)
        elif entry == TODAY:
            painter.setPen(QPen(TODAY_COLOR, 2))
            x = rect.center().x()
            painter.drawLine(QPointF(x, rect.top() - 3), QPointF(x, rect.bottom() + 3))
        elif entry == OVERDUE:
            painter.setPen(QPen(OVERDUE_COLOR, 1))
            painter.setBrush(overdue_brush())
            painter.drawRect(QRectF(rect.center().x(), rect.top() + 3, rect.width() / 2, 6))
            painter.setPen(QPen(OVERDUE_COLOR, 2.5))
            painter.setBrush(bar_style(PLANNED, palette).fill)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width() / 2, 12), 2, 2)
        else:
            style = bar_style(entry, palette)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.base())
            painter.drawRoundedRect(rect, 2, 2)
            dash = Qt.PenStyle.DashLine if style.dashed else Qt.PenStyle.SolidLine
            painter.setPen(QPen(style.border, 1.2, dash))
            painter.setBrush(style.fill)
            painter.drawRoundedRect(rect, 2, 2)
