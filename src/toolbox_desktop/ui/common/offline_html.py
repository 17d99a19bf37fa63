"""HTML views that never load what their HTML names.

Qt's text documents fetch images, style sheets and backgrounds named in the HTML, from any
file path. Our HTML is made by us, with every piece of user and content text escaped, and
names no such thing; a document that loads nothing keeps it that way even if an escape were
ever missed (a named pipe in an ``<img src>`` would otherwise hang the window).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget


class OfflineDocument(QTextDocument):
    """A text document whose images, style sheets and other resources are never loaded."""

    def loadResource(self, kind: int, name) -> QImage | None:
        del name
        if kind == QTextDocument.ResourceType.ImageResource:
            # An image must be given: without one, Qt reads the file itself.
            return _blank_image()
        return None


def _blank_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def offline_browser(parent: QWidget | None = None) -> QTextBrowser:
    """A QTextBrowser showing an ``OfflineDocument``."""
    browser = QTextBrowser(parent)
    browser.setDocument(OfflineDocument(browser))
    return browser
