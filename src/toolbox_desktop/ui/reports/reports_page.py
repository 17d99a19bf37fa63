"""The Reports page: choose a report and its options, then Preview, Print or Save as PDF.

The data is read on the GUI thread (reads are fast); the PDF is laid out in a worker thread
(``BuildJob``) so the window stays responsive, with a progress bar and a Cancel button. Preview
and Print build into a private temporary folder and show or print that file (QtPdf renders
it), so what is printed is exactly what was previewed. The texts of the annual report are
stored as they are typed (short debounce) and whenever the year changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    Qt,
    QTemporaryDir,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.merging import ChangedElsewhereError, changed_fields
from toolbox_desktop.reports.document import ReportOptions
from toolbox_desktop.storage.annual_texts import TEXT_FIELDS, AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_text
from toolbox_desktop.ui.common.typing_pause import TypingPause
from toolbox_desktop.ui.reports import gather
from toolbox_desktop.ui.reports.build_job import BuildJob, wait_for_all
from toolbox_desktop.ui.reports.preview_dialog import PreviewDialog

ASSESSMENT, PLAN, WORKSHEET, ANNUAL = "assessment", "plan", "worksheet", "annual"
KINDS = (ASSESSMENT, PLAN, WORKSHEET, ANNUAL)
LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
SAVE, PREVIEW, PRINT = "save", "preview", "print"  # what happens once the PDF is made


def default_page_size(locale: QLocale | None = None) -> str:
    return "Letter" if (locale or QLocale()).territory() in LETTER_TERRITORIES else "A4"


def report_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ReportsPage(QWidget):
    report_saved = Signal(str)  # the path of the PDF
    report_failed = Signal(str)  # the message shown
    preview_opened = Signal(object)  # the PreviewDialog
    report_printed = Signal(int)  # pages printed

    def __init__(self, conn: sqlite3.Connection, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.content = content
        self.assessments = AssessmentRepository(conn)
        self.annual_texts = AnnualTextRepository(conn)
        self.job: BuildJob | None = None
        self.purpose = SAVE
        self.last_path: Path | None = None
        self.preview: PreviewDialog | None = None
        self._scratch: QTemporaryDir | None = None
        self._scratch_count = 0
        self._texts_year: int | None = None
        self._texts_base: AnnualTexts | None = (
            None  # as last read or stored: only changes are written
        )
        self._texts_dirty = False
        self._loading_texts = False
        self._save_timer = TypingPause(self)
        self._save_timer.due.connect(self.save_texts)

        self._build_chooser()
        self._build_options()
        self._build_footer()

        top = QHBoxLayout()
        top.addWidget(self.chooser_box, 2)
        top.addWidget(self.options_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        heading = PlainLabel(self.tr("Reports"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        intro = PlainLabel(
            self.tr(
                "Choose a report and its options, then preview it, print it or save it as a PDF."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top, 1)
        layout.addWidget(self.footer)

        self.refresh()
        self._load_texts(self.year_spin.value())
        QCoreApplication.instance().aboutToQuit.connect(self._before_quit)

    # -- building the widgets ----------------------------------------------------------------
    def _build_chooser(self) -> None:
        self.chooser_box = QGroupBox(self.tr("Report"))
        layout = QVBoxLayout(self.chooser_box)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        texts = {
            ASSESSMENT: (
                self.tr("Self-assessment report"),
                self.tr(
                    "Scores, strengths and gaps of one assessment, optionally compared "
                    "with an earlier one."
                ),
            ),
            PLAN: (
                self.tr("Action plan"),
                self.tr("Every action with its timing, people, budget and indicators."),
            ),
            WORKSHEET: (
                self.tr("Workshop worksheet"),
                self.tr("Benchmarks with space for notes and ratings, to print for a workshop."),
            ),
            ANNUAL: (
                self.tr("Annual integration report"),
                self.tr("The year in review: actions, indicators, budget and your own texts."),
            ),
        }
        for index, kind in enumerate(KINDS):
            title, description = texts[kind]
            button = QRadioButton(title)
            button.setAccessibleName(title)
            button.setAccessibleDescription(description)
            self.kind_group.addButton(button, index)
            self.kind_buttons[kind] = button
            label = PlainLabel(description)
            label.setWordWrap(True)
            label.setContentsMargins(24, 0, 0, 8)
            label.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(button)
            layout.addWidget(label)
            if kind == ASSESSMENT:
                self.no_assessment_label = PlainLabel(
                    self.tr(
                        "There is no assessment yet. Create one in the Self-assessment area; "
                        "its report can then be saved here."
                    )
                )
                self.no_assessment_label.setWordWrap(True)
                self.no_assessment_label.setContentsMargins(24, 0, 0, 8)
                self.no_assessment_label.setStyleSheet("color: #8a4b00;")
                self.no_assessment_label.setAccessibleName(self.tr("No assessment yet"))
                layout.addWidget(self.no_assessment_label)
        layout.addStretch(1)
        self.kind_group.idToggled.connect(self._kind_toggled)

    def _build_options(self) -> None:
        self.options_box = QGroupBox(self.tr("Options"))
        self.option_pages = QStackedWidget()

        assessment_page = QWidget()
        form = QFormLayout(assessment_page)
        self.assessment_combo = QComboBox()
        self.assessment_combo.setAccessibleName(self.tr("Assessment"))
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(self.tr("Compare with"))
        form.addRow(self.tr("&Assessment:"), self.assessment_combo)
        form.addRow(self.tr("&Compare with:"), self.compare_combo)
        self.assessment_combo.currentIndexChanged.connect(self._fill_compare)

        plan_page = QWidget()
        form = QFormLayout(plan_page)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Phase"), "phase")
        self.group_combo.addItem(self.tr("Dimension"), "dimension")
        self.group_combo.setAccessibleName(self.tr("Group actions by"))
        form.addRow(self.tr("&Group actions by:"), self.group_combo)

        worksheet_page = QWidget()
        form = QFormLayout(worksheet_page)
        self.facilitator_check = QCheckBox(self.tr("&Facilitator version"))
        self.facilitator_check.setAccessibleName(self.tr("Facilitator version"))
        self.facilitator_check.setToolTip(
            self.tr("Adds the challenges and a good practice for each dimension.")
        )
        form.addRow(self.facilitator_check)

        annual_page = QWidget()
        annual_layout = QVBoxLayout(annual_page)
        annual_layout.setContentsMargins(0, 0, 0, 0)
        year_row = QHBoxLayout()
        year_label = PlainLabel(self.tr("&Year:"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(date.today().year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        year_label.setBuddy(self.year_spin)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        annual_layout.addLayout(year_row)
        note = PlainLabel(self.tr("Your texts for the year are saved as you type."))
        note.setWordWrap(True)
        annual_layout.addWidget(note)
        self.summary_edit = self._text_field(
            annual_layout, self.tr("&Summary of the year:"), self.tr("Summary of the year")
        )
        self.stories_edit = self._text_field(
            annual_layout,
            self.tr("S&tories of volunteers and partners:"),
            self.tr("Stories of volunteers and partners"),
        )
        self.focus_edit = self._text_field(
            annual_layout, self.tr("&Next year's focus:"), self.tr("Next year's focus")
        )
        for name, edit in (
            ("summary", self.summary_edit),
            ("stories", self.stories_edit),
            ("next_focus", self.focus_edit),
        ):
            limit_text(edit, limits.ANNUAL_TEXTS[name])
        self.year_spin.valueChanged.connect(self._year_changed)

        for page in (assessment_page, plan_page, worksheet_page):
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(page)
            holder_layout.addStretch(1)
            self.option_pages.addWidget(holder)
        self.option_pages.addWidget(annual_page)

        common = QFormLayout()
        self.page_size_combo = QComboBox()
        self.page_size_combo.addItem(self.tr("A4"), "A4")
        self.page_size_combo.addItem(self.tr("US Letter"), "Letter")
        self.page_size_combo.setCurrentIndex(self.page_size_combo.findData(default_page_size()))
        self.page_size_combo.setAccessibleName(self.tr("Page size"))
        common.addRow(self.tr("&Page size:"), self.page_size_combo)

        layout = QVBoxLayout(self.options_box)
        layout.addWidget(self.option_pages, 1)
        layout.addLayout(common)

    def _text_field(self, layout: QVBoxLayout, label_text: str, name: str) -> QPlainTextEdit:
        label = PlainLabel(label_text)
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        label.setBuddy(edit)
        edit.textChanged.connect(self._texts_edited)
        edit.installEventFilter(self)
        layout.addWidget(label)
        layout.addWidget(edit, 1)
        return edit

    def _build_footer(self) -> None:
        self.footer = QWidget()
        layout = QVBoxLayout(self.footer)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview_report)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the layout reports its first progress
        self.progress.setFormat("%p %")
        self.progress.setAccessibleName(self.tr("Making the PDF"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel making the PDF"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        row.addWidget(self.preview_button)
        row.addWidget(self.print_button)
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

    # -- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the assessments (call when the page is shown)."""
        current = self.assessment_combo.currentData()
        self.assessment_combo.blockSignals(True)
        self.assessment_combo.clear()
        for item in self.assessments.assessments():
            self.assessment_combo.addItem(self._assessment_label(item), item.id)
        index = self.assessment_combo.findData(current)
        self.assessment_combo.setCurrentIndex(max(index, 0))
        self.assessment_combo.blockSignals(False)
        self._fill_compare()
        has_any = self.assessment_combo.count() > 0
        self.kind_buttons[ASSESSMENT].setEnabled(has_any)
        self.no_assessment_label.setVisible(not has_any)
        checked = self.kind_group.checkedButton()
        if checked is None or not checked.isEnabled():
            self.kind_buttons[ASSESSMENT if has_any else WORKSHEET].setChecked(True)

    def _assessment_label(self, item) -> str:
        return self.tr("{title} ({date})").format(title=item.title, date=item.assessed_on)

    def _fill_compare(self) -> None:
        chosen = self.assessment_combo.currentData()
        previous = self.compare_combo.currentData()
        self.compare_combo.clear()
        self.compare_combo.addItem(self.tr("No comparison"), None)
        seen = False
        for item in self.assessments.assessments():  # newest first: earlier ones follow
            if item.id == chosen:
                seen = True
            elif seen:
                self.compare_combo.addItem(self._assessment_label(item), item.id)
        self.compare_combo.setCurrentIndex(max(self.compare_combo.findData(previous), 0))

    def kind(self) -> str:
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def choose(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def _kind_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.option_pages.setCurrentIndex(index)

    def options(self) -> ReportOptions:
        return ReportOptions(
            page_size=self.page_size_combo.currentData(),
            translate=report_translate,
            language=QLocale().name(),
        )

    # -- annual texts --------------------------------------------------------------------------
    def _edits(self) -> tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]:
        return self.summary_edit, self.stories_edit, self.focus_edit

    def current_texts(self) -> AnnualTexts:
        summary, stories, focus = (edit.toPlainText() for edit in self._edits())
        return AnnualTexts(self.year_spin.value(), summary, stories, focus)

    def _texts_edited(self) -> None:
        if not self._loading_texts:
            self._texts_dirty = True
            self._save_timer.typed()

    def save_texts(self) -> None:
        """Store the texts shown for the year they belong to (if they changed)."""
        self._save_timer.stop()
        if not self._texts_dirty or self._texts_year is None:
            return
        summary, stories, focus = (edit.toPlainText() for edit in self._edits())
        mine = AnnualTexts(self._texts_year, summary, stories, focus)
        base = self._texts_base or AnnualTexts(self._texts_year)
        try:
            try:
                stored = self.annual_texts.save(mine, base)
            except ChangedElsewhereError as conflict:
                stored = self._resolve_texts(base, mine, conflict)
        except (sqlite3.Error, ValueError, ChangedElsewhereError) as error:
            self._show_error(
                self.tr(
                    "Your texts could not be saved: {reason}. They stay here; try again."
                ).format(reason=str(error))
            )
            return
        self._texts_dirty = False
        self._show_texts(stored)

    def _resolve_texts(
        self, base: AnnualTexts, mine: AnnualTexts, conflict: ChangedElsewhereError
    ) -> AnnualTexts:
        """Another window changed the same text: Keep mine writes mine over theirs; Use theirs
        keeps theirs where both changed (mine stays in the edit history) and still writes the
        texts only this window changed."""
        theirs, clashes = conflict.stored, conflict.fields
        what = self.tr("The annual report text of {year}").format(year=theirs.year)
        changed = changed_fields(base, mine, TEXT_FIELDS)
        if not conflicts.ask(self, what):
            self.annual_texts.set_aside(theirs, mine, clashes)
            changed = tuple(name for name in changed if name not in clashes)
        if not changed:
            return theirs
        return self.annual_texts.save(
            replace(theirs, **{name: getattr(mine, name) for name in changed}), theirs
        )

    def _show_texts(self, texts: AnnualTexts) -> None:
        """Show what is stored now, touching only the boxes whose text differs (so that the
        cursor stays where the user types)."""
        self._texts_base = texts
        self._loading_texts = True
        try:
            for edit, text in zip(
                self._edits(), (texts.summary, texts.stories, texts.next_focus), strict=True
            ):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._loading_texts = False

    def reload_texts(self) -> None:
        """Show the year's texts as stored now (after an import or a restore), unless texts
        typed here could not be stored: those stay on screen."""
        if not self._texts_dirty:
            self._load_texts(self.year_spin.value())

    def unsaved_texts(self) -> bool:
        """Texts typed here that could not be stored (the close question names them)."""
        return self._texts_dirty

    def _load_texts(self, year: int) -> None:
        texts = self.annual_texts.texts(year)
        self._texts_base = texts
        self._loading_texts = True
        try:
            for edit, text in zip(
                self._edits(), (texts.summary, texts.stories, texts.next_focus), strict=True
            ):
                edit.setPlainText(text)
        finally:
            self._loading_texts = False
        self._texts_year = year
        self._texts_dirty = False

    def _year_changed(self, year: int) -> None:
        self.save_texts()
        if self._texts_dirty:  # could not be stored: keep them on screen
            return
        self._load_texts(year)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._edits():
            self.save_texts()  # editing finished
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_texts()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- saving the PDF ------------------------------------------------------------------------
    def _suggested_name(self) -> str:
        names = {
            ASSESSMENT: self.tr("self-assessment-report"),
            PLAN: self.tr("action-plan"),
            WORKSHEET: self.tr("worksheet"),
            ANNUAL: self.tr("annual-report-{year}").format(year=self.year_spin.value()),
        }
        return names[self.kind()] + ".pdf"

    def _title(self) -> str:
        return self.kind_buttons[self.kind()].text()

    def _scratch_file(self) -> Path | None:
        """A new file in the page's private temporary folder (removed with the page)."""
        if self._scratch is None or not self._scratch.isValid():
            self._scratch = QTemporaryDir()
            if not self._scratch.isValid():
                self._show_error(
                    self.tr(
                        "No temporary folder could be made for the preview: {reason}. Free "
                        "some disk space, or save the report as a PDF instead."
                    ).format(reason=self._scratch.errorString())
                )
                return None
        self._scratch_count += 1
        return Path(self._scratch.path()) / f"report-{self._scratch_count}.pdf"

    def preview_report(self) -> None:
        """Make the report and show it as it will print."""
        self._build_for(PREVIEW)

    def print_report(self) -> None:
        """Make the report, then ask for the printer and print it."""
        self._build_for(PRINT)

    def _build_for(self, purpose: str) -> None:
        if self.job is not None:
            return
        self.save_texts()
        target = self._scratch_file()
        if target is None:
            return
        build = self._gather_or_explain()
        if build is not None:
            self.start_build(build, target, purpose)

    def save_pdf(self) -> None:
        if self.job is not None:
            return
        self.save_texts()
        folder = self.last_path.parent if self.last_path else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as PDF"),
            str(folder / self._suggested_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        build = self._gather_or_explain()
        if build is not None:
            self.start_build(build, target, SAVE)

    def _gather_or_explain(self) -> gather.Build | None:
        try:
            return self._gather()
        except (sqlite3.Error, LookupError) as error:
            self._show_error(
                self.tr(
                    "The report's data could not be read: {reason}. Close and reopen the "
                    "workspace, then try again."
                ).format(reason=str(error))
            )
            return None

    def _gather(self) -> gather.Build:
        options = self.options()
        kind = self.kind()
        if kind == ASSESSMENT:
            return gather.assessment(
                self.conn,
                self.content,
                self.assessment_combo.currentData(),
                self.compare_combo.currentData(),
                options,
            )
        if kind == PLAN:
            return gather.plan(self.conn, self.content, self.group_combo.currentData(), options)
        if kind == WORKSHEET:
            return gather.worksheet(
                self.conn, self.content, self.facilitator_check.isChecked(), options
            )
        return gather.annual(self.conn, self.content, self.current_texts(), options)

    def start_build(self, build: gather.Build, target: Path, purpose: str = SAVE) -> BuildJob:
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
            making = self.tr("Making the {title}…").format(title=self._title())
        self.status_label.setStyleSheet("")
        self.status_label.setText(making)
        self.open_button.setVisible(False)
        job.start()
        return job

    def cancel(self) -> None:
        """Stop waiting at once; the file being made is discarded when its build ends."""
        if self.job is None:
            return
        self.job.cancel()
        self._forget_job()
        self.status_label.setText(self.tr("Cancelled. No file was saved."))
        self.open_button.setVisible(False)

    def is_building(self) -> bool:
        return self.job is not None

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
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.chooser_box.setEnabled(not busy)
        self.options_box.setEnabled(not busy)
        if not busy:
            self.refresh()

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

    def show_preview(self, pdf: Path) -> PreviewDialog:
        if self.preview is not None:
            self.preview.close()
        dialog = PreviewDialog(
            pdf, self._title(), self._suggested_name(), self.page_size_combo.currentData(), self
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
        from PySide6.QtPdf import QPdfDocument

        from toolbox_desktop.ui.reports.pdf_output import print_document

        document = QPdfDocument(self)
        try:
            if document.load(str(pdf)) != QPdfDocument.Error.None_:
                self._show_error(self.tr("The report was made but could not be opened to print."))
                return
            pages = print_document(
                self, document, self._title(), self.page_size_combo.currentData()
            )
        finally:
            document.close()
            document.deleteLater()
        if pages:
            self._printed(pages)

    def _printed(self, pages: int) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.report_printed.emit(pages)

    def _saved(self, path: str) -> None:
        self.last_path = Path(path)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("The report was saved as {path}.").format(path=path))
        self.open_button.setVisible(True)
        self.report_saved.emit(path)

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
        self._show_error(message)
        self.report_failed.emit(message)

    def _show_error(self, message: str) -> None:
        self.open_button.setVisible(False)
        self.status_label.setStyleSheet("color: #b00020;")
        self.status_label.setText(message)

    def open_last(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def _before_quit(self) -> None:
        self.save_texts()
        wait_for_all()

    @staticmethod
    def wait_for_builds(timeout_ms: int = 60_000) -> bool:
        """Block until all builds (also cancelled ones) have ended; for exit and tests."""
        return wait_for_all(timeout_ms)
