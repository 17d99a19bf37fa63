"""The Reports page: choose a report and its options, then Preview, Print or Save as PDF.

The page only arranges Qt widgets around the report registry (``services.reports``): the
reports offered, their options, how their data is read, their file names and how they are laid
out all come from there, the same as for ``toolbox-desktop report``. Its parts:
``kind_chooser`` (which report), ``option_widgets`` (its options), ``annual_texts_editor``
(the user's texts of the year, stored as typed), ``factsandwich_editor`` (the town's fact
sandwiches, for the Fact Sandwich worksheet), ``action_picker`` (the council proposal's
actions, ticked; ``choose_actions`` ticks the Plan area's selection), ``addressee_editor``
(who the advocacy letters go to) and ``build_panel`` (making the PDF off the GUI thread, the
preview, printing, saving).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.services.reports import (
    ANNUAL,
    ASSESSMENT,
    PLAN,
    PROPOSAL,
    WORKSHEET,
    PreparedReport,
    ReportChoices,
    default_file_name,
)
from toolbox_desktop.services.reports import PDF as PDF_FORMAT
from toolbox_desktop.services.reports import prepare as prepare_report
from toolbox_desktop.storage.advocacy_addressees import AdvocacyAddresseeRepository
from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.fact_sandwich_repository import FactSandwichRepository
from toolbox_desktop.storage.plan_repository import PlanRepository
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.reports.addressee_editor import AddresseeEditor
from toolbox_desktop.ui.reports.annual_texts_editor import AnnualTextsEditor
from toolbox_desktop.ui.reports.build_job import BuildJob, wait_for_all
from toolbox_desktop.ui.reports.build_panel import PREVIEW, PRINT, SAVE, Build, BuildPanel
from toolbox_desktop.ui.reports.factsandwich_editor import FactSandwichEditor
from toolbox_desktop.ui.reports.kind_chooser import KindChooser
from toolbox_desktop.ui.reports.option_widgets import ReportOptionsBox, default_page_size
from toolbox_desktop.ui.reports.preview_dialog import PreviewDialog

__all__ = [
    "ANNUAL",
    "ASSESSMENT",
    "PLAN",
    "PREVIEW",
    "PRINT",
    "SAVE",
    "WORKSHEET",
    "ReportsPage",
    "default_page_size",
    "report_translate",
]


def report_translate(context: str, text: str) -> str:
    """The reports' words in the window's language (the catalogue the app installed)."""
    return QCoreApplication.translate(context, text)


class ReportsPage(QWidget):
    report_saved = Signal(str)  # the path of the PDF
    report_failed = Signal(str)  # the message shown
    preview_opened = Signal(object)  # the PreviewDialog
    report_printed = Signal(int)  # pages printed

    def __init__(
        self,
        conn: sqlite3.Connection,
        content: Content,
        parent=None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.content = content
        self.chooser_box = KindChooser()
        self.texts_editor = AnnualTextsEditor(AnnualTextRepository(conn))
        self.sandwich_editor = FactSandwichEditor(FactSandwichRepository(conn), undo_stack)
        self.addressee_editor = AddresseeEditor(
            AdvocacyAddresseeRepository(conn), content, undo_stack
        )
        self.options_box = ReportOptionsBox(
            AssessmentRepository(conn),
            self.texts_editor,
            sandwich_editor=self.sandwich_editor,
            addressee_editor=self.addressee_editor,
        )
        self.action_picker = self.options_box.widgets["actions"]
        self.action_picker.loader = PlanRepository(conn).actions
        self.footer = BuildPanel(self)
        self._expose_widgets()

        top = QHBoxLayout()
        top.addWidget(self.chooser_box, 2)
        top.addWidget(self.options_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        heading = PlainLabel(self.tr("Reports"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        intro = PlainLabel(
            self.tr(
                "Choose a report and its options, then preview it, print it or save it: as a "
                "PDF, and some as a Word document or spreadsheet to edit."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top, 1)
        layout.addWidget(self.footer)

        self.chooser_box.kind_changed.connect(self._kind_changed)
        self.footer.format_choice.changed.connect(self.options_box.set_format)
        self.year_spin.valueChanged.connect(self.texts_editor.set_year)
        self.texts_editor.problem.connect(self.footer.show_error)
        self.sandwich_editor.problem.connect(self.footer.show_error)
        self.addressee_editor.problem.connect(self.footer.show_error)
        self.footer.busy_changed.connect(self._busy_changed)
        self.footer.saved.connect(self.report_saved)
        self.footer.failed.connect(self.report_failed)
        self.footer.preview_opened.connect(self.preview_opened)
        self.footer.printed.connect(self.report_printed)

        self.refresh()
        self._kind_changed(self.kind())
        self.texts_editor.load(self.year_spin.value())
        QCoreApplication.instance().aboutToQuit.connect(self._before_quit)

    def _expose_widgets(self) -> None:
        """The controls under the names the window, the tests and the screen readers' checks
        use."""
        chooser, options, editor, footer = (
            self.chooser_box,
            self.options_box,
            self.texts_editor,
            self.footer,
        )
        self.kind_group, self.kind_buttons = chooser.kind_group, chooser.kind_buttons
        self.no_assessment_label = chooser.no_assessment_label
        self.assessment_combo, self.compare_combo = options.assessment_combo, options.compare_combo
        self.group_combo, self.facilitator_check = options.group_combo, options.facilitator_check
        self.year_spin, self.page_size_combo = options.year_spin, options.page_size_combo
        self.summary_edit, self.stories_edit = editor.summary_edit, editor.stories_edit
        self.focus_edit = editor.focus_edit
        self.preview_button, self.print_button = footer.preview_button, footer.print_button
        self.save_button, self.cancel_button = footer.save_button, footer.cancel_button
        self.progress, self.status_label = footer.progress, footer.status_label
        self.open_button = footer.open_button

    # -- the chosen report ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the assessments and the fact sandwiches (call when the page is shown)."""
        self.chooser_box.offer(self.options_box.refresh_assessments())
        self.sandwich_editor.reload()

    def kind(self) -> str:
        return self.chooser_box.kind()

    def choose(self, kind: str) -> None:
        self.chooser_box.choose(kind)

    def choose_actions(self, ids: list[int]) -> None:
        """The council proposal of these actions (the Plan area's "Council proposal from
        selected actions…"): chosen, with exactly these ticked."""
        self.choose(PROPOSAL)
        self.action_picker.choose(ids)

    def _kind_changed(self, kind: str) -> None:
        self.options_box.show_report(self.chooser_box.report())
        self.footer.set_formats(self.chooser_box.report().formats)
        self.options_box.set_format(self.footer.format_choice.format())

    def choices(self) -> ReportChoices:
        """The chosen report's options; for a report that prints the year's texts, the texts
        on screen when they could not be stored (otherwise the stored ones are printed)."""
        kind = self.chooser_box.report()
        choices = self.options_box.choices(kind)
        if kind.prints_year_texts and self.texts_editor.unsaved_texts():
            choices = replace(choices, texts=self.current_texts())
        return choices

    # -- what the build panel asks (ReportSource) ---------------------------------------------
    def prepare(self) -> Build:
        return self._gather()

    def _gather(self) -> PreparedReport:
        return prepare_report(
            self.kind(),
            self.conn,
            self.content,
            self.choices(),
            translate=report_translate,
            language=QLocale().name(),
        )

    def report_title(self) -> str:
        return self.chooser_box.title()

    def suggested_name(self, format: str = PDF_FORMAT) -> str:
        return default_file_name(
            self.kind(), self.conn, self.choices(), report_translate, format=format
        )

    def page_size(self) -> str:
        return self.page_size_combo.currentData()

    # -- annual texts --------------------------------------------------------------------------
    def current_texts(self) -> AnnualTexts:
        return self.texts_editor.current_texts(self.year_spin.value())

    def save_texts(self) -> None:
        """Store the texts shown (the year's, a fact sandwich's), if they changed."""
        self.texts_editor.save_texts()
        self.sandwich_editor.save_now()
        self.addressee_editor.save_now()

    def reload_texts(self) -> None:
        """Show the year's texts as stored now (after an import or a restore), unless texts
        typed here could not be stored: those stay on screen."""
        self.texts_editor.reload_texts(self.year_spin.value())
        self.sandwich_editor.reload()
        self.addressee_editor.reload()

    def unsaved_texts(self) -> bool:
        """Texts typed here that could not be stored (the close question names them)."""
        return (
            self.texts_editor.unsaved_texts()
            or self.sandwich_editor.unsaved()
            or self.addressee_editor.unsaved()
        )

    def hideEvent(self, event) -> None:
        self.save_texts()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- making the PDF (the build panel does it) ---------------------------------------------
    @property
    def job(self) -> BuildJob | None:
        return self.footer.job

    @property
    def preview(self) -> PreviewDialog | None:
        return self.footer.preview

    @property
    def last_path(self) -> Path | None:
        return self.footer.last_path

    def preview_report(self) -> None:
        self.footer.preview_report()

    def print_report(self) -> None:
        self.footer.print_report()

    def save_pdf(self) -> None:
        self.footer.save_pdf()

    def start_build(self, build: Build, target: Path, purpose: str = SAVE) -> BuildJob:
        return self.footer.start_build(build, target, purpose)

    def show_preview(self, pdf: Path) -> PreviewDialog | None:
        return self.footer.show_preview(pdf)

    def cancel(self) -> None:
        self.footer.cancel()

    def is_building(self) -> bool:
        return self.footer.job is not None

    def open_last(self) -> None:
        self.footer.open_last()

    def _busy_changed(self, busy: bool) -> None:
        self.chooser_box.setEnabled(not busy)
        self.options_box.setEnabled(not busy)
        if not busy:
            self.refresh()

    def _before_quit(self) -> None:
        self.save_texts()
        wait_for_all()

    @staticmethod
    def wait_for_builds(timeout_ms: int = 60_000) -> bool:
        """Block until all builds (also cancelled ones) have ended; for exit and tests."""
        return wait_for_all(timeout_ms)
