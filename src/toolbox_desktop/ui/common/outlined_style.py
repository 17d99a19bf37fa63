"""High contrast: check boxes, radio buttons, text fields, spin boxes and drop-down lists drawn
with a visible outline.

Qt's Fusion style (the style on Linux, and wherever no native one is found) draws these
outlines a shade darker than the window. On the high-contrast scheme's black window that shade
is black: the unchosen levels of the rating screen, the "Only unrated" box and the border of
every text field vanished. No palette can fix it (the shade is worked out from the window's
colour), so while high contrast is chosen the app's style is wrapped in this one, which draws
what the base style draws and then the outline in the text colour (white on black).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)
_FRAMES = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_Frame)
_BOXES = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)


class OutlinedStyle(QProxyStyle):
    """The style named ``base`` ("fusion", "windowsvista"...), with outlines that show on any
    background. ``base_name`` says which, to go back to it."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.base_name = base

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        """Spin boxes, date fields and drop-down lists: Fusion draws their frames itself,
        as dark as the outlines above."""
        super().drawComplexControl(control, option, painter, widget)
        if control in _BOXES and getattr(option, "frame", True):
            self._outline(option, painter, round_=False)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS and element not in _FRAMES:
            return
        if element in _FRAMES and option.rect.width() < 4:
            return  # a frame of nothing (a frameless field asks too)
        self._outline(
            option, painter, round_=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        )

    @staticmethod
    def _outline(option, painter, round_: bool) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = option.palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()
