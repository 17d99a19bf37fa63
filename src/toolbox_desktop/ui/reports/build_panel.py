"""Making the chosen report: the Preview, Print and Save as PDF buttons, the progress bar with
Cancel, and the line that says what happened. For a report made in more than one format, the
format choice (``format_choice``) sits before the save button, which then saves a Word
document or a spreadsheet the same way; Preview and Print always make the PDF.

The data is read on the GUI thread (``ReportSource.prepare``: the registry's read, fast); the
PDF is laid out in a worker thread (``BuildJob``) so the window stays responsive. Preview and
Print build into a private temporary folder and show or print that file (PDFium draws it,
``pdf_pages``), so what is printed is exactly what was previewed. Where the PDF cannot be drawn
(``PdfUnavailableError``) the user is told why and offered to save it instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.i18n import Message
from toolbox_desktop.paths import documents_folder
from toolbox_desktop.ui.common.messages import message_text
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.reports.build_job import BuildJob
from toolbox_desktop.ui.reports.format_choice import (
    PDF,
    FormatChoice,
    dialog_title,
    file_filter,
    format_of,
    open_button_text,
    save_accessible_name,
    save_button_text,
)
from toolbox_desktop.ui.reports.pdf_output import offer_saving_instead, print_document
from toolbox_desktop.ui.reports.pdf_pages import PdfPages, PdfUnavailableError
from toolbox_desktop.ui.reports.preview_dialog import PreviewDialog

SAVE, PREVIEW, PRINT = "save", "preview", "print"  # what happens once the PDF is made
Build = Callable[[Path], None]


class ReportSource(Protocol):
    """What the panel asks the page about the chosen report."""

    def prepare(self) -> Build: ...  # reads the data; raises sqlite3.Error or LookupError
    def report_title(self) -> str: ...
    def suggested_name(self, format: str = PDF) -> str: ...
    def page_size(self) -> str: ...
    def save_texts(self) -> None: ...


class BuildPanel(QWidget):
    saved = Signal(str)  # the path of the PDF
    failed = Signal(str)  # the message shown
    preview_opened = Signal(object)  # the PreviewDialog
    printed = Signal(int)  # pages printed
    busy_changed = Signal(bool)

    def __init__(self, source: ReportSource, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.job: BuildJob | None = None
        self.purpose = SAVE
        self.last_path: Path | None = None
        self.preview: PreviewDialog | None = None
        self._scratch: QTemporaryDir | None = None
        self._scratch_count = 0
        self._build_widgets()

    def _build_widgets(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("P&review"))
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview_report)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.format_choice = FormatChoice()
        self.format_choice.changed.connect(self._format_changed)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the layout reports its first progress
        self.progress.setFormat("%p %")
        self.progress.setAccessibleName(self.tr("Making the PDF"))
        self.progress.setVisible(False)
        self._pressed = None  # the button whose report is being made, when it had the focus
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel making the PDF"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        row.addWidget(self.preview_button)
        row.addWidget(self.print_button)
        row.addWidget(self.format_choice)
        row.addWidget(self.save_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        self.status_label = PlainLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(self.tr("Result"))
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.setAccessibleName(self.tr("Open the saved PDF"))
        self.open_button.clicked.connect(self.open_last)
        self.open_button.setVisible(False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addLayout(status_row)

    # -- starting ------------------------------------------------------------------------------
    def preview_report(self) -> None:
        """Make the report and show it as it will print."""
        self._build_for(PREVIEW)

    def print_report(self) -> None:
        """Make the report, then ask for the printer and print it."""
        self._build_for(PRINT)

    def _build_for(self, purpose: str) -> None:
        if self.job is not None:
            return
        self.source.save_texts()
        target = self._scratch_file()
        if target is None:
            return
        build = self._prepare_or_explain()
        if build is not None:
            self.start_build(build, target, purpose)

    def set_formats(self, formats: tuple[str, ...]) -> None:
        """The formats the chosen report is saved in (the choice is hidden with one)."""
        self.format_choice.set_formats(formats)
        self._format_changed(self.format_choice.format())

    def _format_changed(self, format: str) -> None:
        self.save_button.setText(save_button_text(format))
        self.save_button.setAccessibleName(save_accessible_name(format))

    def save_pdf(self) -> None:
        """Save the report in the format chosen (the PDF unless another is offered and
        chosen)."""
        if self.job is not None:
            return
        self.source.save_texts()
        format = self.format_choice.format()
        folder = self.last_path.parent if self.last_path else documents_folder()
        name = self.source.suggested_name(format) if format != PDF else None
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            dialog_title(format),
            str(folder / (name or self.source.suggested_name())),
            file_filter(format),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != f".{format}":
            target = target.with_name(f"{target.name}.{format}")
        build = self._prepare_or_explain()
        if build is not None:
            if format != PDF:  # a PreparedReport writes any format it is made in
                build = partial(build, format=format)
            self.start_build(build, target, SAVE)

    def _scratch_file(self) -> Path | None:
        """A new file in the panel's private temporary folder (removed with the panel)."""
        if self._scratch is None or not self._scratch.isValid():
            self._scratch = QTemporaryDir()
            if not self._scratch.isValid():
                self.show_error(
                    self.tr(
                        "No temporary folder could be made for the preview: {reason}. Free "
                        "some disk space, or save the report as a PDF instead."
                    ).format(reason=self._scratch.errorString())
                )
                return None
        self._scratch_count += 1
        return Path(self._scratch.path()) / f"report-{self._scratch_count}.pdf"

    def _prepare_or_explain(self) -> Build | None:
        try:
            return self.source.prepare()
        except (sqlite3.Error, LookupError) as error:
            if isinstance(getattr(error, "message", None), Message):  # nothing to write
                self.show_error(message_text(error.message))
                return None
            self.show_error(
                self.tr(
                    "The report's data could not be read: {reason}. Close and reopen the "
                    "workspace, then try again."
                ).format(reason=str(error))
            )
            return None

    def start_build(self, build: Build, target: Path, purpose: str = SAVE) -> BuildJob:
        job = BuildJob(build, target)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.progressed.connect(self._progressed)
        self.job = job
        self.purpose = purpose
        self._set_busy(True)
        self.progress.setRange(0, 0)
        if purpose == SAVE:
            making = self.tr("Making {name}…").format(name=target.name)
        else:
            making = self.tr("Making the {title}…").format(title=self.source.report_title())
        self.status_label.setStyleSheet("")
        self.status_label.setText(making)
        self.open_button.setVisible(False)
        job.start()
        return job

    # -- while it runs -------------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop waiting at once; the file being made is discarded when its build ends."""
        if self.job is None:
            return
        self.job.cancel()
        self._forget_job()
        self.status_label.setText(self.tr("Cancelled. No file was saved."))
        self.open_button.setVisible(False)

    def _progressed(self, percent: int) -> None:
        if self.job is not None:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)

    def _forget_job(self) -> None:
        if self.job is not None:
            self.job.succeeded.disconnect(self._succeeded)
            self.job.failed.disconnect(self._failed)
            self.job.progressed.disconnect(self._progressed)
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        """While a report is made its buttons are off and Cancel is on. The keyboard's focus
        goes with them: from the button pressed to Cancel, and back when done (disabling the
        focused button had sent it to the area list, where the next arrow key left the
        Reports area)."""
        buttons = (self.preview_button, self.print_button, self.save_button)
        focused = QApplication.focusWidget()
        if busy:
            self._pressed = focused if focused in buttons else None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and self._pressed is not None:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        for button in buttons:
            button.setEnabled(not busy)
        if not busy and self._pressed is not None:
            if focused is None or focused is self.cancel_button or not self.isAncestorOf(focused):
                self._pressed.setFocus(Qt.FocusReason.OtherFocusReason)
            self._pressed = None
        self.busy_changed.emit(busy)

    # -- once it is made -----------------------------------------------------------------------
    def _succeeded(self, path: str) -> None:
        purpose = self.purpose
        self._forget_job()
        if purpose == PREVIEW:
            self.status_label.setText("")
            self.show_preview(Path(path))
            return
        if purpose == PRINT:
            self.status_label.setText("")
            self._print_file(Path(path))
            return
        self._saved(path)

    def show_preview(self, pdf: Path) -> PreviewDialog | None:
        if self.preview is not None:
            self.preview.close()
        pages = self._open_or_explain(pdf, printing=False)
        if pages is None:
            return None
        dialog = PreviewDialog(
            pages,
            self.source.report_title(),
            self.source.suggested_name(),
            self.source.page_size(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.printed.connect(self._printed)
        dialog.destroyed.connect(self._preview_gone)
        self.preview = dialog
        dialog.open()
        self.preview_opened.emit(dialog)
        return dialog

    def _preview_gone(self, *_args) -> None:
        self.preview = None

    def _print_file(self, pdf: Path) -> None:
        document = self._open_or_explain(pdf, printing=True)
        if document is None:
            return
        try:
            pages = print_document(
                self, document, self.source.report_title(), self.source.page_size()
            )
        finally:
            document.close()
        if pages:
            self._printed(pages)

    def _open_or_explain(self, pdf: Path, printing: bool) -> PdfPages | None:
        """The finished PDF, ready to draw; or None after telling why it cannot be drawn
        and offering to save it (what the user saves is reported like any saved PDF)."""
        try:
            return PdfPages(pdf)
        except PdfUnavailableError as error:
            saved = offer_saving_instead(
                self, printing, str(error), pdf, self.source.suggested_name()
            )
            if saved is not None:
                self._saved(str(saved))
            return None

    def _printed(self, pages: int) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.printed.emit(pages)

    def _saved(self, path: str) -> None:
        self.last_path = Path(path)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("The report was saved as {path}.").format(path=path))
        self.open_button.setText(open_button_text(format_of(path)))
        self.open_button.setVisible(True)
        self.saved.emit(path)

    def _failed(self, reason: str, is_os_error: bool) -> None:
        target = self.job.target if self.job else None
        self._forget_job()
        if is_os_error:
            message = self.tr(
                "The PDF could not be saved to {path}: {reason}. Choose a folder where you "
                "can save files, and close the PDF if another program has it open."
            ).format(path=str(target), reason=reason)
        else:
            message = self.tr(
                "The PDF could not be made: {reason}. Nothing was overwritten. Try again; "
                "if it keeps failing, try another report or page size and tell us what "
                "happened."
            ).format(reason=reason)
        self.show_error(message)
        self.failed.emit(message)

    def show_error(self, message: str) -> None:
        self.open_button.setVisible(False)
        self.status_label.setStyleSheet("color: #b00020;")
        self.status_label.setText(message)

    def open_last(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))
