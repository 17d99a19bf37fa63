"""The colours of every area's charts, tables and timeline: a colour-blind-safe set
(Okabe-Ito) with line styles, so no meaning rests on colour alone (target, earlier and peers
are also dashed). One place, so the dashboard, the plan and the peers mean the same by a
colour. (The workshop's projector slides keep their own high-contrast dark set.)"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# On a light background; the dark variants keep the contrast on a dark one.
CURRENT_COLOR = QColor("#0072B2")  # blue: where the municipality stands (or the later one)
TARGET_COLOR = QColor("#D55E00")  # vermillion: where it wants to be
EARLIER_COLOR = QColor("#B8860B")  # dark goldenrod: the earlier assessment
LATER_COLOR = CURRENT_COLOR
UP_COLOR = QColor("#1A7F37")
DOWN_COLOR = QColor("#B42318")
PLANNED_COLOR = QColor("#56B4E9")  # sky blue: planned work in the timeline
DONE_COLOR = QColor("#009E73")  # bluish green: done work in the timeline
# Further series (the peers), other than one's own blue, in the order they are handed out.
SERIES_COLORS = ("#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#555555")
_SERIES_COLORS_ON_DARK = ("#F28C45", "#3FD0A4", "#E6A3CA", "#F5BE4A", "#8FD0F5", "#BBBBBB")
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


def series_color(slot: int, palette: QPalette | None = None) -> QColor:
    """The colour of the ``slot``-th further series (repeats after six)."""
    colors = _SERIES_COLORS_ON_DARK if is_dark(palette) else SERIES_COLORS
    return QColor(colors[slot % len(colors)])


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


# Notice banners: (background, border, text), on a light and on a dark background. The text
# colours keep a contrast of at least 7:1 on their background.
_BANNER_COLORS = {
    "info": (("#E8F1FB", "#7FB0E0", "#0B3A66"), ("#16324F", "#3D6D9E", "#D6E8FA")),
    "warning": (("#FFF4D6", "#E0B24D", "#5C3D00"), ("#4A3606", "#9C7A26", "#FFE3A3")),
}


def banner_colors(kind: str, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """Background, border and text of a notice banner of ``kind`` ("info" or "warning")."""
    light, dark = _BANNER_COLORS[kind]
    return tuple(QColor(c) for c in (dark if is_dark(palette) else light))
