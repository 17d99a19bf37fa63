"""Print a finished PDF and copy it elsewhere: what the Reports page and its preview share.

reportlab makes the PDF; PDFium (``pdf_pages.PdfPages``) draws its pages, which are painted onto
the printer page by page. Pages are drawn at most at ``MAX_PRINT_DPI``: enough for text and
charts on paper, and a 1,200 dpi printer does not need 500 MB per page. When the PDF cannot be
drawn at all (``PdfUnavailableError``), ``offer_saving_instead`` says why and offers to save it,
so the report is never lost to a missing renderer.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from toolbox_desktop.paths import documents_folder
from toolbox_desktop.storage.atomic_file import replacing
from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.reports.pdf_pages import PdfPages, PdfUnavailableError

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


def print_pdf(document: PdfPages, printer: QPrinter) -> int:
    """Paint the chosen pages of ``document`` on ``printer``; returns how many pages were
    chosen (each copy holds them all).

    Each page keeps its proportions and is centred; a landscape page (the Gantt chart) turns the
    paper to landscape where the printer allows it, and is otherwise scaled to fit. Copies are
    left to the printer where it makes them, else painted here (collated if asked).
    """
    pages = pages_to_print(printer, document.page_count())
    if not pages:
        return 0
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        sequence = [page for _copy in range(copies) for page in pages]
    else:
        sequence = [page for page in pages for _copy in range(copies)]
    _orient(printer, document, sequence[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be started")
    try:
        for index, page in enumerate(sequence):
            if index:
                _orient(printer, document, page)
                if not printer.newPage():
                    raise PrintError("the printer did not accept another page")
            _paint_page(painter, printer, document, page)
    finally:
        painter.end()
    return len(pages)


def _orient(printer: QPrinter, document: PdfPages, page: int) -> None:
    size = document.point_size(page)
    landscape = size.width() > size.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def _paint_page(painter: QPainter, printer: QPrinter, document: PdfPages, page: int) -> None:
    area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    area.moveTo(0, 0)
    points = document.point_size(page)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QSizeF(points.width() * scale, points.height() * scale)
    try:
        image = document.render(page, min(printer.resolution(), MAX_PRINT_DPI) / 72)
    except PdfUnavailableError as error:
        raise PrintError(str(error)) from error
    left = (area.width() - target.width()) / 2
    top = (area.height() - target.height()) / 2
    painter.drawImage(QRectF(left, top, target.width(), target.height()), image)


def copy_pdf(source: Path, target: Path) -> None:
    """Copy a finished PDF to ``target``, replacing it only once the copy is complete."""
    with replacing(target) as temporary:
        shutil.copyfile(source, temporary)


def save_copy_as(parent: QWidget | None, pdf: Path, suggested_name: str) -> Path | None:
    """Ask where to save a copy of the finished ``pdf`` and copy it there; returns the copy,
    or None when the user cancelled or it failed (a failure is explained in a message box)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Reports", "Save the report as PDF"),
        str(documents_folder() / suggested_name),
        QCoreApplication.translate("Reports", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        copy_pdf(pdf, target)
    except OSError as error:
        warn(
            parent,
            QCoreApplication.translate("Reports", "The PDF was not saved"),
            QCoreApplication.translate(
                "Reports",
                "The PDF could not be saved to {path}: {reason}. Choose a folder where "
                "you can save files, and close the PDF if another program has it open.",
            ).format(path=str(target), reason=error.strerror or str(error)),
        )
        return None
    return target


def offer_saving_instead(
    parent: QWidget | None, printing: bool, reason: str, pdf: Path, suggested_name: str
) -> Path | None:
    """The finished PDF cannot be shown or printed here: say why and what to do, and offer
    to save it (to open in a PDF reader). Returns the saved copy, or None."""
    if printing:
        title = QCoreApplication.translate("Reports", "The report cannot be printed from here")
        text = QCoreApplication.translate(
            "Reports",
            "The report was made, but it cannot be printed from the app: {reason}. Save it "
            "as a PDF and print it from your PDF reader. Installing the app again may repair "
            "printing.",
        )
    else:
        title = QCoreApplication.translate("Reports", "The preview cannot be shown")
        text = QCoreApplication.translate(
            "Reports",
            "The report was made, but it cannot be shown here: {reason}. Save it as a PDF "
            "and open it in your PDF reader to look at it or print it. Installing the app "
            "again may repair the preview.",
        )
    answer = warn(
        parent,
        title,
        text.format(reason=reason),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Save,
    )
    if answer != QMessageBox.StandardButton.Save:
        return None
    return save_copy_as(parent, pdf, suggested_name)


def print_document(parent: QWidget | None, document: PdfPages, name: str, page_size: str) -> int:
    """Ask for a printer and print; returns the pages printed (0 when cancelled or failed).
    A failure is explained in a message box."""
    printer = choose_printer(parent, name, page_size, document.page_count())
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
