"""A focus frame for widgets that paint themselves (the timeline, the charts): keyboard users
must see where the focus is (EN 301 549, 11.2.4.7), and a custom ``paintEvent`` draws none.

A 2-pixel line in the palette's highlight colour just inside the widget, so it shows on the
light, dark and high-contrast palettes alike and never covers the chart's own lines.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

FRAME_WIDTH = 2


def paint_focus_frame(painter: QPainter, widget: QWidget, rect: QRectF | None = None) -> bool:
    """Draw the frame on ``painter`` (around ``rect``, by default the widget's) when
    ``widget`` has the keyboard focus; returns whether it drew."""
    if not widget.hasFocus():
        return False
    area = QRectF(rect if rect is not None else QRectF(widget.rect()))
    half = FRAME_WIDTH / 2
    painter.save()
    pen = QPen(widget.palette().color(QPalette.ColorRole.Highlight), FRAME_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area.adjusted(half, half, -half, -half))
    painter.restore()
    return True


class FocusRepaint:
    """Mixin: repaint when the focus comes or goes, so the frame appears and disappears (a
    scroll area repaints its viewport)."""

    def _repaint_for_focus(self) -> None:
        viewport = getattr(self, "viewport", None)
        (viewport() if callable(viewport) else self).update()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._repaint_for_focus()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._repaint_for_focus()
