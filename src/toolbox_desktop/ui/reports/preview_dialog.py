"""Look at a finished report before printing or saving it.

The PDF is shown exactly as it will print (PDFium draws the file reportlab made, see
``page_view``), one page under the other, fitted to the window's width. From here the user
prints it or saves a copy; nothing is rebuilt. The dialog opens inside the screen's free area
(``fit_to``), never larger, so Print, Save as PDF and Close are always in reach, also on a
1280 x 720 laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.ui.common.message_boxes import warn
from toolbox_desktop.ui.common.plain_text import PlainLabel, window_title
from toolbox_desktop.ui.common.screen_fit import available_area, fit_into
from toolbox_desktop.ui.reports.page_view import PageView
from toolbox_desktop.ui.reports.pdf_output import print_document, save_copy_as
from toolbox_desktop.ui.reports.pdf_pages import PdfPages

ZOOM_STEP = 1.25
PREFERRED = QSize(900, 1000)  # logical pixels; less where the screen has less room


class PreviewDialog(QDialog):
    saved = Signal(str)  # path of the copy
    printed = Signal(int)  # pages printed

    def __init__(
        self, pages: PdfPages, title: str, suggested_name: str, page_size: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.pages = pages
        self.pdf = pages.path
        self.suggested_name = suggested_name
        self.page_size = page_size
        self.report_title = title
        self.setWindowTitle(window_title(self.tr("Preview: {title}").format(title=title)))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.view = PageView(pages, self)
        self.view.setAccessibleName(self.tr("Pages of the report"))
        self.view.current_page_changed.connect(self._show_page_number)
        self.view.failed.connect(self._drawing_failed)

        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons())
        self._show_page_number()
        self._fitted_to_frame = False
        self.fit_to(self.available_geometry())

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
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_copy)
        # Ctrl+P and Ctrl+S as shortcuts of the dialog, not of the buttons: a button's own
        # shortcut replaces its underlined Alt+letter, which then did nothing.
        for keys, button in (
            (QKeySequence.StandardKey.Print, self.print_button),
            (QKeySequence.StandardKey.Save, self.save_button),
        ):
            QShortcut(QKeySequence(keys), self, button.click)
        self.print_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Print).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.save_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # -- size and place ------------------------------------------------------------------------
    def available_geometry(self) -> QRect:
        """The free area (without task bars) of the screen the dialog opens on."""
        return available_area(self)

    def fit_to(self, available: QRect) -> None:
        """Size the dialog to ``PREFERRED`` or less, so that its frame fits inside
        ``available``, and centre it there (the rule of every dialog, ``screen_fit``)."""
        fit_into(self, available, PREFERRED)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted_to_frame:
            self._fitted_to_frame = True
            QTimer.singleShot(0, self._fit_to_the_real_frame)

    def _fit_to_the_real_frame(self) -> None:
        """Once shown, the window system knows the frame: fit again if it sticks out."""
        available = self.available_geometry()
        if self.isVisible() and not available.contains(self.frameGeometry()):
            self.fit_to(available)

    # -- paging and zoom -----------------------------------------------------------------------
    def page_count(self) -> int:
        return self.view.page_count()

    def current_page(self) -> int:
        return self.view.current_page()

    def go_to_page(self, page: int) -> None:
        self.view.go_to_page(page)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom_in(self) -> None:
        self.view.set_zoom(self.view.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.set_zoom(self.view.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.fit_width()

    def _show_page_number(self, *_args) -> None:
        count = self.page_count()
        current = self.current_page() + 1 if count else 0
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=current, count=count))
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(current < count)

    # -- print and save ------------------------------------------------------------------------
    def print_report(self) -> int:
        pages = print_document(self, self.pages, self.report_title, self.page_size)
        if pages:
            self.printed.emit(pages)
        return pages

    def save_copy(self) -> None:
        target = save_copy_as(self, self.pdf, self.suggested_name)
        if target is not None:
            self.saved.emit(str(target))

    def _drawing_failed(self, reason: str) -> None:
        warn(
            self,
            self.tr("A page cannot be shown"),
            self.tr(
                "A page of the report cannot be shown: {reason}. The report itself is "
                "complete: save it as a PDF and open it in your PDF reader to see every page."
            ).format(reason=reason),
        )

    def done(self, result: int) -> None:
        super().done(result)
        self.pages.close()  # the file is free again, for the panel's temporary folder
