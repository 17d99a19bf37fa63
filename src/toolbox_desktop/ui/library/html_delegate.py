"""An item delegate that draws an item's HTML (for highlighted search matches in lists)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from toolbox_desktop.ui.common.offline_html import OfflineDocument


class HtmlDelegate(QStyledItemDelegate):
    """Renders the text of ``html_role`` as rich text, wrapped to the view's width. That
    text must be made with ``rich_text.py`` (every piece escaped); nothing it names is loaded."""

    def __init__(self, html_role: int, parent=None) -> None:
        super().__init__(parent)
        self.html_role = html_role

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        document = OfflineDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(index.data(self.html_role) or "")
        width = option.rect.width()
        if option.widget is not None and hasattr(option.widget, "viewport"):
            width = option.widget.viewport().width()
        document.setTextWidth(max(width, 200))
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        style = options.widget.style() if options.widget else QApplication.style()
        document = self._document(options, index)
        options.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.HighlightedText)
            )
        else:
            context.palette.setColor(
                QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.Text)
            )
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, options.rect.width(), options.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
