"""The window's commands that move data in and out: packages (export, import, a
participant's ratings), the plan as CSV or calendar, actions from a spreadsheet, and
presentation mode for a workshop.

Each stores what is being typed first, so that what leaves the window is what the user sees,
and reads every area again after an import (it wrote on this window's connection).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW


class PackageCommands:
    """Part of ``MainWindow``: its File menu's package and export commands."""

    def _current_assessment(self):
        self._ensure_area(ASSESSMENT_ROW)
        self.assessment_area.page.flush_edits()  # what is being typed goes into the file too
        return self.assessment_area.session.current_assessment()

    def _store_report_texts(self) -> None:
        """The year's texts, fact sandwich and addressee being typed in Reports go into the
        package (and are what an import compares with)."""
        if self.reports_page is not None:
            self.reports_page.save_texts()

    def export_package(self) -> Path | None:
        from toolbox_desktop.ui.exchange.export_dialog import export_package

        assessment = self._current_assessment()
        if self.plan_area is not None:
            self.plan_area.page.flush_edits()
        self._store_report_texts()
        name = self.assessment_area.session.profile().name
        path = export_package(self, self.conn, assessment, name)
        if path is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Package saved: {path}").format(
                    path=str(path)
                )
            )
        return path

    def export_my_ratings(self) -> Path | None:
        from toolbox_desktop.ui.exchange.export_dialog import export_my_ratings

        path = export_my_ratings(self, self.conn, self._current_assessment())
        if path is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Ratings saved: {path}").format(
                    path=str(path)
                )
            )
        return path

    def collect_participant_files(self, paths: list[Path] | None = None):
        """The workshop's "Collect participant files…": participant files only."""
        from toolbox_desktop.exchange.format import PARTICIPANT_KIND

        return self.import_packages(paths, many=True, only_kind=PARTICIPANT_KIND)

    def import_packages(
        self, paths: list[Path] | None = None, many: bool = False, only_kind: str | None = None
    ):
        from toolbox_desktop.ui.exchange.import_dialog import import_packages

        self._current_assessment()  # typed text is stored before the import compares
        self._store_report_texts()
        dialog = import_packages(self, self.conn, paths, many, only_kind, self._dimension_name)
        if dialog is not None and dialog.imported:
            self.reload_after_import()
            count = len(dialog.imported)
            self.show_imported(count)
        return dialog

    def _dimension_name(self, code: str) -> str:
        """A dimension as the window shows it ("1. Governance"); "Other dimensions" for the
        addressee of every dimension without its own; the code of one this content lacks."""
        from toolbox_desktop.storage.advocacy_addressees import OTHER
        from toolbox_desktop.ui.common.formatting import dimension_label

        if code == OTHER:
            return QCoreApplication.translate("MainWindow", "Other dimensions")
        dimension = self.content.dimension(code)
        return dimension_label(dimension.number, dimension.title) if dimension else code

    def reload_after_import(self) -> None:
        """Everything shown is read again: the import wrote on this window's connection."""
        if self.assessment_area is not None:
            session = self.assessment_area.session
            session.reload()
            if session.current_assessment() is None and session.assessments():
                session.select_assessment(session.assessments()[0].id)
            self.assessment_area.workshop.reload()
            self.assessment_area.peers.refresh()
        if self.plan_area is not None or self._early_plan is not None:
            self.plan_session().reload()
        if self.reports_page is not None:
            self.reports_page.refresh()
            self.reports_page.reload_texts()

    def present(self) -> None:
        """Presentation mode for the projector: the assessment shown, one slide at a time."""
        from toolbox_desktop.ui.workshop.presenting import open_presentation

        if self.conn is None:
            return
        self._ensure_area(ASSESSMENT_ROW)
        area = self.assessment_area
        area.page.flush_edits()
        if area.session.current_assessment() is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Create an assessment first: there is nothing to present yet."
                ),
                8000,
            )
            return
        self.presentation = open_presentation(area, self.content)

    def import_plan_sheet(self, path: Path | None = None):
        """File → Import actions from a spreadsheet: the plan shown, the dialog over it."""
        from toolbox_desktop.ui.plan.sheet_import_dialog import import_from_spreadsheet

        self._ensure_area(PLAN_ROW)
        self.show_area(PLAN_ROW)
        self.plan_area.page.flush_edits()  # typing pending there is its own undo step
        return import_from_spreadsheet(self, self.plan_area.session, self.state, path)

    def _export_plan(self, kind: str) -> None:
        from toolbox_desktop.ui.plan.export_dialog import export_plan

        if self.plan_area is not None:
            self.plan_area.page.flush_edits()  # what is being typed goes into the file too
        export_plan(self, self.conn, self.content, kind)
