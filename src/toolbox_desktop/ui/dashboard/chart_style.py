"""Colours of the charts and tables: a colour-blind-safe set (Okabe-Ito) with line styles,
so no meaning rests on colour alone (target and earlier are also dashed)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# On a light background; the dark variants keep the contrast on a dark one.
CURRENT_COLOR = QColor("#0072B2")  # blue: where the municipality stands (or the later one)
TARGET_COLOR = QColor("#D55E00")  # vermillion: where it wants to be
EARLIER_COLOR = QColor("#B8860B")  # dark goldenrod: the earlier assessment
LATER_COLOR = CURRENT_COLOR
UP_COLOR = QColor("#1A7F37")
DOWN_COLOR = QColor("#B42318")
_ON_DARK = {
    CURRENT_COLOR.name(): QColor("#56B4E9"),
    TARGET_COLOR.name(): QColor("#F28C45"),
    EARLIER_COLOR.name(): QColor("#E6B440"),
    UP_COLOR.name(): QColor("#56D364"),
    DOWN_COLOR.name(): QColor("#FF7B72"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def themed(color: QColor, palette: QPalette | None = None) -> QColor:
    """``color``, or its lighter variant when the background is dark."""
    return QColor(_ON_DARK.get(color.name(), color)) if is_dark(palette) else QColor(color)


def text_color(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.WindowText)


def muted_color(palette: QPalette) -> QColor:
    """Secondary text and grid lines: half-way between text and background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() * 3 + back.red() * 2) // 5,
        (text.green() * 3 + back.green() * 2) // 5,
        (text.blue() * 3 + back.blue() * 2) // 5,
    )


def grid_color(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() + back.red() * 3) // 4,
        (text.green() + back.green() * 3) // 4,
        (text.blue() + back.blue() * 3) // 4,
    )


def fill_color(color: QColor, alpha: int = 50) -> QColor:
    translucent = QColor(color)
    translucent.setAlpha(alpha)
    return translucent
