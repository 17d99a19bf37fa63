"""The pages of a finished PDF as pictures, for the preview and the printer.

PDFium (through pypdfium2, a small binding with wheels for every system) draws them. It is
imported only when a PDF is opened, so the Reports area loads, and can save PDFs, even where
it is missing; ``PdfUnavailableError`` then says why in words a user can act on.

A page is drawn in horizontal bands (``render``'s ``top`` and ``height``, in device pixels),
so the preview draws only what is on screen and a page at 400 % never needs one huge picture.
Everything here runs on the GUI thread: PDFium must not be called from two threads at once,
and the Word documents' charts are drawn with it on a worker thread, so every call here holds
``reports.pdfium_lock.PDFIUM``.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QSizeF
from PySide6.QtGui import QImage

from toolbox_desktop.reports.pdfium_lock import PDFIUM

RGBX = QImage.Format.Format_RGBX8888  # PDFium's BGRx in reverse byte order, on any CPU
KEPT_PAGES = 8  # pages kept loaded: enough for the screen and the next page; each is cheap


class PdfUnavailableError(Exception):
    """The PDF cannot be drawn: the renderer is missing, or the file cannot be read.
    ``str()`` is a translated reason, to put into a sentence."""


def _pdfium():
    try:
        import pypdfium2
        import pypdfium2.raw
    except (ImportError, OSError) as error:  # OSError: its PDFium library did not load
        raise PdfUnavailableError(
            QCoreApplication.translate(
                "Reports", "the PDF renderer (pypdfium2) could not be loaded ({detail})"
            ).format(detail=str(error))
        ) from error
    return pypdfium2


class PdfPages:
    """An open PDF: how many pages, each page's size in points, and pictures of them."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._pdfium = _pdfium()
        try:
            with PDFIUM:
                self._document = self._pdfium.PdfDocument(str(self.path))
                self._sizes = [
                    QSizeF(*self._document.get_page_size(index))
                    for index in range(len(self._document))
                ]
        except (self._pdfium.PdfiumError, OSError) as error:
            raise PdfUnavailableError(
                QCoreApplication.translate(
                    "Reports", "the PDF file could not be read ({detail})"
                ).format(detail=str(error))
            ) from error
        self._loaded: dict[int, object] = {}

    def page_count(self) -> int:
        return len(self._sizes)

    def point_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch); wider than high for a landscape page."""
        return QSizeF(self._sizes[index])

    def pixel_size(self, index: int, scale: float) -> QSize:
        """The size of the whole page drawn at ``scale`` pixels per point."""
        size = self._sizes[index]
        return QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale))

    def render(self, index: int, scale: float, top: int = 0, height: int | None = None) -> QImage:
        """The page (or the band of ``height`` pixels from ``top``) at ``scale`` pixels per
        point, on white. Raises ``PdfUnavailableError`` when PDFium cannot draw it."""
        whole = self.pixel_size(index, scale)
        top = max(0, min(top, whole.height() - 1))
        height = whole.height() - top if height is None else min(height, whole.height() - top)
        raw = self._pdfium.raw
        try:
            with PDFIUM:
                image = self._draw(raw, index, whole, top, height)
        except (self._pdfium.PdfiumError, MemoryError, ValueError) as error:
            raise PdfUnavailableError(
                QCoreApplication.translate(
                    "Reports", "page {page} could not be drawn ({detail})"
                ).format(page=index + 1, detail=str(error) or type(error).__name__)
            ) from error
        return image

    def _draw(self, raw, index: int, whole: QSize, top: int, height: int) -> QImage:
        """The band drawn by PDFium (hold ``PDFIUM``)."""
        bitmap = self._pdfium.PdfBitmap.new_native(
            whole.width(), height, format=raw.FPDFBitmap_BGRx, rev_byteorder=True
        )
        raw.FPDFBitmap_FillRect(bitmap, 0, 0, whole.width(), height, 0xFFFFFFFF)  # white
        raw.FPDF_RenderPageBitmap(
            bitmap,
            self._page(index),
            0,
            -top,
            whole.width(),
            whole.height(),
            0,
            raw.FPDF_ANNOT | raw.FPDF_REVERSE_BYTE_ORDER,
        )
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, RGBX
        ).copy()  # the bitmap's memory goes with it
        bitmap.close()
        return image

    @property
    def closed(self) -> bool:
        return self._document is None

    def _page(self, index: int):
        if self._document is None:
            raise self._pdfium.PdfiumError("the file was closed")
        page = self._loaded.pop(index, None)
        if page is None:
            page = self._document[index]
            if len(self._loaded) >= KEPT_PAGES:
                oldest = next(iter(self._loaded))
                self._loaded.pop(oldest).close()
        self._loaded[index] = page  # the most recently used last
        return page

    def close(self) -> None:
        """Release the file (the preview's temporary folder can then be removed)."""
        if self._document is None:
            return
        with PDFIUM:
            for page in self._loaded.values():
                page.close()
            self._loaded.clear()
            self._document.close()
        self._document = None
