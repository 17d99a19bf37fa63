"""What every self-painted chart (the dashboard's bars, the radar, the region's spreads) does
alike: paint itself with its focus frame, and draw itself into an image for a report or a
picture without being shown (the same ``paint``, so the two can never differ)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from toolbox_desktop.ui.common.focus_frame import FocusRepaint, paint_focus_frame


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
