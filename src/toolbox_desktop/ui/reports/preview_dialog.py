"""Look at a finished report before printing or saving it.

The PDF is shown exactly as it will print (QtPdf renders the file reportlab made), one page
under the other, fitted to the window's width. From here the user prints it or saves a copy;
nothing is rebuilt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title
from toolbox_desktop.ui.reports.pdf_output import copy_pdf, print_document

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PreviewDialog(QDialog):
    saved = Signal(str)  # path of the copy
    printed = Signal(int)  # pages printed

    def __init__(
        self, pdf: Path, title: str, suggested_name: str, page_size: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.pdf = Path(pdf)
        self.suggested_name = suggested_name
        self.page_size = page_size
        self.report_title = title
        self.setWindowTitle(window_title(self.tr("Preview: {title}").format(title=title)))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.document = QPdfDocument(self)
        self.load_error = self.document.load(str(self.pdf))
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pages of the report"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons())
        self._show_page_number()
        self.resize(900, 1000)

    # -- widgets -------------------------------------------------------------------------------
    def _toolbar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous_button = self._tool(self.tr("◀ Previous page"), self.previous_page)
        self.next_button = self._tool(self.tr("Next page ▶"), self.next_page)
        self.page_label = PlainLabel()
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.zoom_out_button = self._tool(self.tr("Zoom out"), self.zoom_out)
        self.zoom_in_button = self._tool(self.tr("Zoom in"), self.zoom_in)
        self.fit_button = self._tool(self.tr("Fit width"), self.fit_width)
        for widget in (
            self.previous_button,
            self.next_button,
            self.page_label,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next_page)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.previous_page)
        return bar

    def _tool(self, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # -- paging and zoom -----------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = self._fitted_zoom() * (factor / max(self.view.zoomFactor(), 1e-6))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(factor, MAX_ZOOM)))

    def _fitted_zoom(self) -> float:
        """The zoom factor that "fit width" shows now (QPdfView does not report it)."""
        if not self.page_count():
            return 1.0
        points = self.document.pagePointSize(self.current_page()).width()
        pixels_per_point = self.logicalDpiX() / 72
        width = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(width / (points * pixels_per_point), MIN_ZOOM)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _show_page_number(self, *_args) -> None:
        count = self.page_count()
        current = self.current_page() + 1 if count else 0
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=current, count=count))
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(current < count)

    # -- print and save ------------------------------------------------------------------------
    def print_report(self) -> int:
        pages = print_document(self, self.document, self.report_title, self.page_size)
        if pages:
            self.printed.emit(pages)
        return pages

    def save_copy(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as PDF"),
            str(Path.home() / self.suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            copy_pdf(self.pdf, target)
        except OSError as error:
            warn(
                self,
                self.tr("The PDF was not saved"),
                self.tr(
                    "The PDF could not be saved to {path}: {reason}. Choose a folder where "
                    "you can save files, and close the PDF if another program has it open."
                ).format(path=str(target), reason=error.strerror or str(error)),
            )
            return
        self.saved.emit(str(target))
