"""A peer in the list of other municipalities: its kind and size, and under them, smaller,
where it is and when it was assessed.

Kept apart from the comparison view, whose job is the table and the chart: this is how one
list row is labelled and painted (names in Unicode isolates, so that a right-to-left name
does not reorder the text around it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from toolbox_desktop.core.peers import PeerAssessment, peer_label
from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.common.palette import muted_color

PEER_ROLE = Qt.ItemDataRole.UserRole + 40  # the peer's id
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 41  # the small print under a peer's label

# Unicode isolates keep a right-to-left name from reordering the text around it.
_ISOLATE_START, _ISOLATE_END = "\u2068", "\u2069"


def isolated(text: str) -> str:
    return f"{_ISOLATE_START}{text}{_ISOLATE_END}" if text else ""


def translated_label(peer: PeerAssessment) -> str:
    """The peer's kind and size in the user's language ("Small town, 9,100 inhabitants")."""
    return peer_label(peer, QCoreApplication.translate, format_number)


class PeerItemDelegate(QStyledItemDelegate):
    """A peer in the list: its kind and size, and below them, smaller and muted, where it
    is and when it was assessed (when the package says)."""

    SMALL = 0.88
    PADDING = 4

    def _small_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * self.SMALL, 6.5))
        return small

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        label = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, role)
        detail = index.data(DETAIL_ROLE) or ""
        small = self._small_font(opt.font)
        metrics, small_metrics = QFontMetrics(opt.font), QFontMetrics(small)
        left = text_rect.left() + 2
        width = max(text_rect.width() - 4, 0)
        height = metrics.height() + (small_metrics.height() if detail else 0)
        top = text_rect.top() + (text_rect.height() - height) // 2

        painter.save()
        painter.setFont(opt.font)
        painter.setPen(text_color)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRect(left, top, width, metrics.height()),
            align,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, width),
        )
        if detail:
            painter.setFont(small)
            painter.setPen(text_color if selected else muted_color(opt.palette))
            painter.drawText(
                QRect(left, top + metrics.height(), width, small_metrics.height()),
                align,
                small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        detail = index.data(DETAIL_ROLE) or ""
        height = QFontMetrics(option.font).height() + 2 * self.PADDING
        if detail:
            height += QFontMetrics(self._small_font(option.font)).height()
        return QSize(size.width(), max(size.height(), height))
