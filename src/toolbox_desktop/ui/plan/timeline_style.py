"""How a bar looks for each status, so that no meaning rests on colour alone.

An idea is an outline, planned work a light bar, work in progress a solid bar, done work a
green bar, a dropped action a hatched grey one with its title struck out; overdue actions get a
red outline and a red hatch up to today. Colours are from the Okabe-Ito set the charts use.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from toolbox_desktop.core.plan import DONE, DROPPED, IDEA, IN_PROGRESS
from toolbox_desktop.ui.common.palette import (
    CURRENT_COLOR,
    DONE_COLOR,
    DOWN_COLOR,
    PLANNED_COLOR,
    TARGET_COLOR,
    grid_color,
    muted_color,
    themed,
)

OVERDUE_COLOR = DOWN_COLOR
TODAY_COLOR = TARGET_COLOR


@dataclass(frozen=True)
class BarStyle:
    fill: QBrush
    border: QColor
    text: QColor
    dashed: bool = False
    struck: bool = False


def readable_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color`` (relative luminance)."""
    red, green, blue = color.redF(), color.greenF(), color.blueF()
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")


def bar_style(status: str, palette: QPalette) -> BarStyle:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    if status == IDEA:
        return BarStyle(QBrush(base), muted_color(palette), text, dashed=True)
    if status == IN_PROGRESS:
        fill = themed(CURRENT_COLOR, palette)
        return BarStyle(QBrush(fill), fill.darker(130), readable_on(fill))
    if status == DONE:
        fill = QColor(DONE_COLOR)
        return BarStyle(QBrush(fill), fill.darker(130), readable_on(fill))
    if status == DROPPED:
        brush = QBrush(grid_color(palette), Qt.BrushStyle.BDiagPattern)
        return BarStyle(brush, muted_color(palette), muted_color(palette), True, True)
    fill = QColor(PLANNED_COLOR)  # planned, and any status a newer version may add
    return BarStyle(QBrush(fill), themed(CURRENT_COLOR, palette), readable_on(fill))


def overdue_brush() -> QBrush:
    return QBrush(OVERDUE_COLOR, Qt.BrushStyle.BDiagPattern)
