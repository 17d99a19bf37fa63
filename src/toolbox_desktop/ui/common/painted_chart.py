"""What every self-painted chart (the dashboard's bars, the radar, the region's spreads) does
alike: paint itself with its focus frame, and draw itself into an image for a report or a
picture without being shown (the same ``paint``, so the two can never differ)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from toolbox_desktop.ui.common.focus_frame import FocusRepaint, paint_focus_frame
from toolbox_desktop.ui.common.palette import fill_color, grid_color, muted_color


class PaintedChart(FocusRepaint):
    """Mixin for a ``QWidget`` with ``paint(painter, rect)``, listed before ``QWidget``."""

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.paint(painter, QRectF(self.rect()))
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


def draw_percent_track(
    painter: QPainter, track: QRectF, palette: QPalette, alpha: int, radius: float = 0
) -> None:
    """The empty 0-100 % track of a bar, with thin lines at a quarter, a half and three
    quarters (the dashboard's bars and the region's spreads read alike)."""
    painter.setPen(QPen(grid_color(palette), 1))
    painter.setBrush(fill_color(grid_color(palette), alpha))
    painter.drawRoundedRect(track, radius, radius)
    for quarter in (0.25, 0.5, 0.75):
        x = track.left() + track.width() * quarter
        painter.drawLine(QPointF(x, track.top() + 2), QPointF(x, track.bottom() - 2))


def draw_value_text(
    painter: QPainter, widget: QWidget, box: QRectF, text: str, missing: bool = False
) -> None:
    """A bar's value beside it; a missing one ("not rated", "fewer than 5 towns") in muted
    italics."""
    palette = widget.palette()
    if missing:
        font = QFont(widget.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(muted_color(palette))
    else:
        painter.setPen(palette.windowText().color())
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.setFont(widget.font())
