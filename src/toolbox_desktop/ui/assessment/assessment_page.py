"""The assessment area: choose, create, copy, edit, delete, finalise and reopen assessments,
edit the municipality profile, and rate benchmarks on the rating screen.

Built from a database connection so that it can live beside other areas on the same file;
the session it holds is what other areas (the dashboard) follow. Changes made in another
window are read again when the window's ``ChangePoller`` notices them: at once while the page
(or the area around it) is shown, else when it is shown next.
"""

from __future__ import annotations

import contextlib
import sqlite3

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.merging import ChangedElsewhereError
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.ui.assessment.assessment_dialog import AssessmentDialog
from toolbox_desktop.ui.assessment.commands import WRITE_ERRORS, DeleteAssessmentCommand
from toolbox_desktop.ui.assessment.empty_state import assessment_empty_state
from toolbox_desktop.ui.assessment.problems import show_error, show_read_error
from toolbox_desktop.ui.assessment.profile_dialog import ProfileDialog
from toolbox_desktop.ui.assessment.rating_screen import RatingScreen
from toolbox_desktop.ui.assessment.session import AssessmentSession
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.common.change_poller import ChangePoller
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.formatting import format_date
from toolbox_desktop.ui.common.message_boxes import ask
from toolbox_desktop.ui.common.notice_banner import INFO, WARNING, NoticeBanner
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.refresh import RefreshWhenShown
from toolbox_desktop.ui.common.settings import UiState


class AssessmentStateKeys:
    """What the area remembers between runs (in the app's ``UiState``)."""

    ASSESSMENT = "assessment/current"
    BENCHMARK = "assessment/benchmark"
    SPLITTER = "assessment/splitter"
    ONLY_UNRATED = "assessment/only_unrated"
    SMALL_FIRST = "assessment/small_first"


class AssessmentPage(QWidget):
    """The area widget; ``session`` and ``rating_screen`` are public for the integrator."""

    def __init__(
        self,
        workspace_conn: sqlite3.Connection,
        content: Content,
        undo_stack: QUndoStack,
        state: UiState | None = None,
        parent=None,
        poller: ChangePoller | None = None,
        session: AssessmentSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.state = state
        # A session is handed over when the window is built again in another language: the
        # undo steps recorded before hold it.
        if session is None:
            session = AssessmentSession(AssessmentRepository(workspace_conn), content, self)
        else:
            session.setParent(self)
            session.use_content(content)
        self.session = session
        self.rating_screen = RatingScreen(self.session, undo_stack, content)

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Assessment"))
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(24)
        fit_combo(self.chooser, first_whole=False)  # a long title whole in its tooltip
        chooser_label = PlainLabel(self.tr("&Assessment:"))
        chooser_label.setBuddy(self.chooser)
        self.new_button = QPushButton(self.tr("&New…"))
        self.copy_button = QPushButton(self.tr("Co&py…"))
        self.copy_button.setToolTip(self.tr("A new assessment starting from this one's ratings"))
        self.edit_button = QPushButton(self.tr("Deta&ils…"))
        self.edit_button.setToolTip(self.tr("Title, date and who took part"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.final_button = QPushButton(self.tr("Finalise"))
        self.profile_button = QPushButton(self.tr("P&rofile…"))
        self.profile_button.setToolTip(self.tr("The municipality profile"))
        bar = FlowLayout()  # wraps in longer languages rather than widen the window
        bar.add_widget(chooser_label)
        bar.add_widget(self.chooser, 1)
        for button in (
            self.new_button,
            self.copy_button,
            self.edit_button,
            self.delete_button,
            self.final_button,
        ):
            bar.add_widget(button)
        bar.add_spacing(12)
        bar.add_widget(self.profile_button)

        self.final_banner = NoticeBanner(
            self.tr("Assessment state"), WARNING, closable=False, bold=True
        )
        self.reopen_button = self.final_banner.add_action(self.tr("Reopen"))
        self.notice = NoticeBanner(self.tr("Assessment notice"), INFO)

        self.empty_state = assessment_empty_state(len(content.benchmarks))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.rating_screen)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.final_banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

        self.chooser.activated.connect(self._chosen)
        self.new_button.clicked.connect(lambda: self.new_assessment())
        self.copy_button.clicked.connect(lambda: self.new_assessment(copy=True))
        self.edit_button.clicked.connect(self.edit_assessment)
        self.delete_button.clicked.connect(self.delete_assessment)
        self.final_button.clicked.connect(self.toggle_final)
        self.reopen_button.clicked.connect(self.toggle_final)
        self.profile_button.clicked.connect(self.edit_profile)
        self.empty_state.create_button.clicked.connect(lambda: self.new_assessment())
        self.empty_state.profile_button.clicked.connect(self.edit_profile)
        self.session.assessments_changed.connect(self._assessments_changed)
        self.session.current_assessment_changed.connect(self._current_changed)

        self._fill_chooser()
        self.restore_state(state)
        # Always: a session handed over (the window built again in another language) keeps
        # its current assessment, so choosing it again says nothing, and the page would
        # stay on its empty state.
        self._current_changed()
        self.changed_elsewhere = RefreshWhenShown(self.session.reload_changed_elsewhere, self)
        self.poller = poller or ChangePoller.for_connection(workspace_conn, self)
        self.poller.subscribe(self.changed_elsewhere.mark_stale, self)
        if poller is None:
            self.poller.start()

    def check_external_changes(self) -> bool:
        """Check now whether another connection wrote to the file (the poller does every
        two seconds); True if it did. The assessment is read again if it is shown."""
        return self.poller.check()

    # -- the chooser and the state shown ---------------------------------------------------
    def _fill_chooser(self) -> None:
        current = self.session.current_assessment()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for assessment in self.session.assessments():
            text = self.tr("{title} — {date}").format(
                title=assessment.title, date=format_date(assessment.assessed_on)
            )
            if assessment.is_final:
                text = self.tr("{text} (final)").format(text=text)
            self.chooser.addItem(text, assessment.id)
        self.chooser.setCurrentIndex(self.chooser.findData(current.id) if current else -1)
        self.chooser.blockSignals(False)

    def _chosen(self, index: int) -> None:
        assessment_id = self.chooser.itemData(index)
        if assessment_id is None:
            return
        try:
            shown = self.session.select_assessment(assessment_id)
        except sqlite3.Error as error:  # e.g. "database is locked": the old one stays shown
            show_read_error(self, error)
            shown = False
        if not shown:
            self._fill_chooser()

    def _assessments_changed(self) -> None:
        self._fill_chooser()
        if self.session.current_assessment() is None and self.session.assessments():
            self.session.select_assessment(self.session.assessments()[0].id)
        self._current_changed()

    def _current_changed(self, *_args) -> None:
        current = self.session.current_assessment()
        self._fill_chooser()
        has = current is not None
        final = has and current.is_final
        self.stack.setCurrentWidget(self.rating_screen if has else self.empty_state)
        self.chooser.setEnabled(bool(self.session.assessments()))
        self.copy_button.setEnabled(bool(self.session.assessments()))
        self.edit_button.setEnabled(has and not final)
        self.delete_button.setEnabled(has and not final)
        self.delete_button.setToolTip(
            self.tr("Reopen the assessment to delete it") if final else ""
        )
        self.final_button.setEnabled(has)
        self.final_button.setText(self.tr("Reopen") if final else self.tr("Finalise"))
        self.final_button.setToolTip(
            self.tr("Make the assessment editable again")
            if final
            else self.tr("Make the assessment read-only, e.g. once the council has adopted it")
        )
        self.final_banner.show_text(self.tr("Final — reopen to edit") if final else "")

    def show_notice(self, text: str) -> None:
        self.notice.show_text(text)

    # -- actions -----------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally (tests replace this to fill it in like a user)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def flush_edits(self) -> None:
        """Store text still being typed (call before closing the window)."""
        self.rating_screen.flush()

    def new_assessment(self, copy: bool = False) -> None:
        self.flush_edits()
        current = self.session.current_assessment()
        copy_from = current.id if copy and current else None
        dialog = AssessmentDialog(
            self.tr("Copy assessment") if copy else self.tr("New assessment"),
            sources=self.session.assessments(),
            copy_from=copy_from,
            parent=self,
        )
        if copy and current:
            dialog.title.setText(self.tr("{title} (copy)").format(title=current.title))
        if not self.open_dialog(dialog):
            return
        details = dialog.details()
        try:
            self.session.create_assessment(
                details.title, details.assessed_on, details.participants, details.copy_from
            )
        except WRITE_ERRORS as error:
            show_error(self, error)
            return
        self.show_notice("")

    def edit_assessment(self) -> None:
        current = self.session.current_assessment()
        if current is None:
            return
        dialog = AssessmentDialog(self.tr("Assessment details"), assessment=current, parent=self)
        if not self.open_dialog(dialog):
            return
        details = dialog.details()
        self._update(
            current.id,
            title=details.title,
            assessed_on=details.assessed_on,
            participants=details.participants,
        )

    def delete_assessment(self) -> None:
        current = self.session.current_assessment()
        if current is None:
            return
        answer = ask(
            self,
            self.tr("Delete assessment"),
            self.tr(
                "Delete the assessment “{title}” and its ratings? Edit › Undo brings it back."
            ).format(title=current.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.flush_edits()
        self.undo_stack.push(
            DeleteAssessmentCommand(self.session, self.rating_screen.problems, current)
        )
        if any(a.id == current.id for a in self.session.assessments()):
            return  # refused (e.g. finalised in another window): the user was told why
        self.show_notice(
            self.tr("Deleted “{title}”. Edit › Undo (Ctrl+Z) brings it back.").format(
                title=current.title
            )
        )

    def toggle_final(self) -> None:
        current = self.session.current_assessment()
        if current is None:
            return
        self.flush_edits()
        self._update(current.id, status="draft" if current.is_final else "final")

    def _update(self, assessment_id: int, **changes) -> None:
        try:
            self.session.update_assessment(assessment_id, **changes)
        except WRITE_ERRORS as error:
            show_error(self, error)
            with contextlib.suppress(sqlite3.Error):  # shown at the next poll
                self.session.reload()

    def edit_profile(self) -> None:
        """Only the fields changed in the dialog are written over what is stored by then; a
        field another window changed meanwhile is asked about (keep mine / use theirs)."""
        base = self.session.profile()
        dialog = ProfileDialog(base, self)
        if not self.open_dialog(dialog):
            return
        mine = dialog.profile()
        try:
            self.session.save_profile(
                mine, base, lambda _theirs: conflicts.ask(self, self.tr("The municipality profile"))
            )
        except (sqlite3.Error, ValueError, ChangedElsewhereError) as error:
            show_error(self, error)
            return
        self.notice.show_text(self.tr("The municipality profile is saved."), hide_after_ms=6000)

    # -- remembered state ------------------------------------------------------------------
    def save_state(self, state: UiState | None = None) -> None:
        self.flush_edits()
        state = state or self.state
        if state is None:
            return
        current = self.session.current_assessment()
        state.set(AssessmentStateKeys.ASSESSMENT, current.id if current else -1)
        state.set(AssessmentStateKeys.BENCHMARK, self.rating_screen.current_code())
        state.set(AssessmentStateKeys.SPLITTER, self.rating_screen.splitter.saveState())
        state.set(
            AssessmentStateKeys.ONLY_UNRATED, int(self.rating_screen.only_unrated.isChecked())
        )
        state.set(AssessmentStateKeys.SMALL_FIRST, int(self.rating_screen.small_first.isChecked()))

    def restore_state(self, state: UiState | None) -> None:
        screen = self.rating_screen
        assessment_id = state.number(AssessmentStateKeys.ASSESSMENT, -1) if state else -1
        if not (assessment_id > 0 and self.session.select_assessment(assessment_id)):
            assessments = self.session.assessments()
            if assessments:
                self.session.select_assessment(assessments[0].id)
        if state is None:
            return
        splitter = state.bytes(AssessmentStateKeys.SPLITTER)
        if splitter is not None:
            screen.splitter.restoreState(splitter)
        screen.set_small_first(bool(state.number(AssessmentStateKeys.SMALL_FIRST, 0)))
        screen.set_only_unrated(bool(state.number(AssessmentStateKeys.ONLY_UNRATED, 0)))
        code = state.text(AssessmentStateKeys.BENCHMARK)
        if code:
            screen.select_code(code)

    def hideEvent(self, event) -> None:
        """Leaving the area or closing the window: store typed text and where we were."""
        self.save_state()
        super().hideEvent(event)
