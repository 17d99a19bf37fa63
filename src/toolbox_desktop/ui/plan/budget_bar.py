"""The small spent-of-planned bar in each budget row, beside the percentage it shows.

The outline is the planned amount, the fill the share of it spent, and spending beyond the
plan runs on in red. Every bar is a share of its own row's plan, as the column's title and
percentage say ("Spent of planned", "24 %"): the amounts are in the Planned and Spent columns.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from toolbox_desktop.ui.common.formatting import format_percent
from toolbox_desktop.ui.common.palette import (
    CURRENT_COLOR,
    DOWN_COLOR,
    fill_color,
    grid_color,
    themed,
)
from toolbox_desktop.ui.plan.budget_model import BAR_ROLE

BAR_HEIGHT = 10.0
MIN_BAR = 60
CELL_MARGIN = 6


def _percent_width(metrics) -> float:
    """The room beside the bar for its percentage, wide enough for "1.000 %" (spending ten
    times the plan)."""
    return metrics.horizontalAdvance(format_percent(1000)) + 8


def column_width(metrics) -> int:
    """The bar's column: the shortest bar and its widest percentage beside it, with the
    cell's margins."""
    return math.ceil(MIN_BAR + _percent_width(metrics) + 2 * CELL_MARGIN)


class SpendBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        values = index.data(BAR_ROLE)
        if not values:
            super().paint(painter, option, index)
            return
        planned, spent, largest = values
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        palette = option.palette
        text_width = _percent_width(QFontMetricsF(option.font))
        cell = QRectF(option.rect).adjusted(CELL_MARGIN, 0, -CELL_MARGIN, 0)
        track = QRectF(cell.left(), cell.center().y() - BAR_HEIGHT / 2, 0, BAR_HEIGHT)
        room = max(cell.width() - text_width, 0.0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if largest > 0:
            track.setWidth(room * planned / largest)
            painter.setPen(QPen(grid_color(palette), 1))
            painter.setBrush(fill_color(grid_color(palette), 90))
            painter.drawRect(track)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(themed(CURRENT_COLOR, palette))
            painter.drawRect(
                QRectF(track.left(), track.top(), room * min(spent, planned) / largest, BAR_HEIGHT)
            )
            if spent > planned:
                painter.setBrush(themed(DOWN_COLOR, palette))
                over = room * (spent - planned) / largest
                painter.drawRect(QRectF(track.right(), track.top(), over, BAR_HEIGHT))
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(themed(DOWN_COLOR, palette) if spent > planned else palette.color(role))
        painter.drawText(
            QRectF(cell.right() - text_width, option.rect.top(), text_width, option.rect.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), MIN_BAR + 60), hint.height())
