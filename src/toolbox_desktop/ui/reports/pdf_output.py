"""Print a finished PDF and copy it elsewhere: what the Reports page and its preview share.

reportlab makes the PDF; Qt's PDF module (QtPdf, the PDFium engine) renders its pages, which are
painted onto the printer page by page. Pages are rendered at most at ``MAX_PRINT_DPI``: enough
for text and charts on paper, and a 1,200 dpi printer does not need 500 MB per page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from toolbox_desktop.storage.atomic_file import replacing
from toolbox_desktop.ui.common.message_boxes import warn

MAX_PRINT_DPI = 300
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


class PrintError(Exception):
    """The printer could not be started (no printer, or it refused the job)."""


def choose_printer(
    parent: QWidget | None, document_name: str, page_size: str, page_count: int
) -> QPrinter | None:
    """Ask the user for printer, pages and copies; None when they cancel."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    printer.setFromTo(1, max(page_count, 1))
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(page_count, 1))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the user chose (all, or a range from the dialog)."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
    return range(first - 1, last)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the chosen pages of ``document`` on ``printer``; returns how many were printed.

    Each page keeps its proportions and is centred; a landscape page (the Gantt chart) turns the
    paper to landscape where the printer allows it, and is otherwise scaled to fit.
    """
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    _orient(printer, document, pages[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be started")
    try:
        for index, page in enumerate(pages):
            if index:
                _orient(printer, document, page)
                if not printer.newPage():
                    raise PrintError("the printer did not accept another page")
            _paint_page(painter, printer, document, page)
    finally:
        painter.end()
    return len(pages)


def _orient(printer: QPrinter, document: QPdfDocument, page: int) -> None:
    size = document.pagePointSize(page)
    landscape = size.width() > size.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    area.moveTo(0, 0)
    points = document.pagePointSize(page)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QSizeF(points.width() * scale, points.height() * scale)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(page, pixels)
    left = (area.width() - target.width()) / 2
    top = (area.height() - target.height()) / 2
    painter.drawImage(QRectF(left, top, target.width(), target.height()), image)


def copy_pdf(source: Path, target: Path) -> None:
    """Copy a finished PDF to ``target``, replacing it only once the copy is complete."""
    with replacing(target) as temporary:
        shutil.copyfile(source, temporary)


def print_document(
    parent: QWidget | None, document: QPdfDocument, name: str, page_size: str
) -> int:
    """Ask for a printer and print; returns the pages printed (0 when cancelled or failed).
    A failure is explained in a message box."""
    printer = choose_printer(parent, name, page_size, document.pageCount())
    if printer is None:
        return 0
    try:
        return print_pdf(document, printer)
    except PrintError as error:
        warn(
            parent,
            QCoreApplication.translate("Reports", "Printing failed"),
            QCoreApplication.translate(
                "Reports",
                "The report could not be printed: {reason}. Check that the printer is "
                "switched on and connected, or save the report as a PDF and print it later.",
            ).format(reason=str(error)),
        )
        return 0
