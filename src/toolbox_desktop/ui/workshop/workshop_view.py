"""The Workshop tab: run an assessment as a group rating and agree the final ratings.

Participants rate on paper (the facilitator types the sheets in) or on their own laptop (their
participant file is collected). The consensus table shows every rating, the median and the
spread, largest disagreement first; the group sets the agreed rating and note below it. The
agreed ratings are the assessment's own ratings, written through the rating screen's
``RatingChanger`` (so Undo, history and the final-assessment rule apply); the individual
ratings stay in the workshop tables.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import NOT_APPLICABLE
from toolbox_desktop.core.consensus import Participant
from toolbox_desktop.core.content import Content
from toolbox_desktop.storage.workshop_repository import (
    NAMED,
    WorkshopError,
    WorkshopRepository,
)
from toolbox_desktop.ui.assessment.changes import RatingChanger
from toolbox_desktop.ui.assessment.session import AssessmentSession
from toolbox_desktop.ui.common import text_limits
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.message_boxes import ask, warn
from toolbox_desktop.ui.common.messages import message_text
from toolbox_desktop.ui.common.notice_banner import WARNING, NoticeBanner
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.wrapping_list import wrap_long_entries
from toolbox_desktop.ui.workshop.agreed_panel import AgreedPanel
from toolbox_desktop.ui.workshop.consensus_model import ConsensusModel, participant_label
from toolbox_desktop.ui.workshop.paper_entry import PaperEntryDialog
from toolbox_desktop.ui.workshop.start_page import WorkshopStartPage

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(5)}


class WorkshopView(QWidget):
    """``present_requested()`` asks the window to open presentation mode;
    ``collect_requested()`` to import participant files; ``export_mine_requested()`` to
    save this laptop's ratings as a participant file."""

    present_requested = Signal()
    collect_requested = Signal()
    export_mine_requested = Signal()

    def __init__(
        self,
        session: AssessmentSession,
        changer: RatingChanger,
        repository: WorkshopRepository,
        content: Content,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.changer = changer
        self.repository = repository
        self.content = content
        self.model = ConsensusModel(content, self)
        self.start_page = WorkshopStartPage()
        self.start_page.start_requested.connect(self.start)
        self.start_page.export_mine_requested.connect(self.export_mine_requested)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self._workshop_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)
        session.about_to_switch.connect(self.agreed_panel.flush)  # typed text goes first
        session.current_assessment_changed.connect(self.reload)
        session.rating_changed.connect(self._agreed_changed)
        session.ratings_changed.connect(self._agreed_all_changed)
        session.changed_elsewhere.connect(self.reload)
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _workshop_page(self) -> QWidget:
        page = QWidget()
        self.heading = PlainLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add &participant…"))
        self.add_button.clicked.connect(self.add_participant)
        self.paper_button = QPushButton(self.tr("Enter paper &ratings…"))
        self.paper_button.clicked.connect(self.enter_paper_ratings)
        self.remove_button = QPushButton(self.tr("Re&move participant…"))
        self.remove_button.clicked.connect(self.remove_participant)
        self.collect_button = QPushButton(self.tr("&Collect participant files…"))
        self.collect_button.clicked.connect(self.collect_requested)
        self.export_mine_button = QPushButton(self.tr("E&xport my ratings…"))
        self.export_mine_button.setToolTip(self.start_page.export_mine_button.toolTip())
        self.export_mine_button.clicked.connect(self.export_mine_requested)
        self.present_button = QPushButton(self.tr("Pre&sent (F5)"))
        self.present_button.clicked.connect(self.present_requested)
        buttons = FlowLayout()  # wraps in longer languages rather than widen the window
        for button in (
            self.add_button,
            self.paper_button,
            self.remove_button,
            self.collect_button,
            self.export_mine_button,
        ):
            buttons.add_widget(button)
        buttons.add_stretch()
        buttons.add_widget(self.present_button)

        self.participant_list = QListWidget()
        self.participant_list.setAccessibleName(self.tr("Participants"))
        self.participant_list.itemActivated.connect(lambda _item: self.enter_paper_ratings())
        self.participant_list.currentRowChanged.connect(self._update_buttons)
        self.participant_list.setMinimumWidth(200)
        # "1. Thomas Brandt (Bürgermeister) — Papier, 68 von 68": on two lines, read whole.
        wrap_long_entries(self.participant_list)
        participants_box = QWidget()
        box_layout = QVBoxLayout(participants_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(PlainLabel(self.tr("Participants")))
        box_layout.addWidget(self.participant_list)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; 750 cells were 750 Tabs
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consensus: every participant's rating"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self.disagreement_check = QCheckBox(self.tr("Largest &disagreement first"))
        self.disagreement_check.setChecked(True)
        self.disagreement_check.toggled.connect(self._order_changed)
        self.agreed_panel = AgreedPanel()
        self.agreed_panel.level_chosen.connect(self._level_chosen)
        self.agreed_panel.median_chosen.connect(self.take_median)
        self.agreed_panel.store_note = self._store_note
        self.notice = NoticeBanner(self.tr("Workshop notice"), WARNING, closable=False)

        consensus = QWidget()
        consensus_layout = QVBoxLayout(consensus)
        consensus_layout.setContentsMargins(0, 0, 0, 0)
        consensus_layout.addWidget(self.disagreement_check)
        consensus_layout.addWidget(self.table, 1)
        consensus_layout.addWidget(self.notice)
        splitter = QSplitter()
        splitter.addWidget(participants_box)
        splitter.addWidget(consensus)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([240, 1000])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.agreed_panel)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        return page

    # -- reading -------------------------------------------------------------------------------
    def assessment_id(self) -> int | None:
        current = self.session.current_assessment()
        return current.id if current is not None else None

    def reload(self, *_args) -> None:
        """Read participants, their ratings and the agreed ratings again."""
        assessment = self.session.current_assessment()
        if self.agreed_panel.owner == (assessment.id if assessment else None):
            self.agreed_panel.flush()
        else:  # flushed before the switch (about_to_switch); never into another assessment
            self.agreed_panel.discard_pending()
        mode = self.repository.mode(assessment.id) if assessment else ""
        if not mode:
            self._show_start(assessment)
            return
        self.pages.setCurrentIndex(1)
        current_code = self.current_code()
        participants = self.repository.participants(assessment.id)
        self.model.set_data(
            participants, self.repository.ratings(assessment.id), self.session.current_ratings()
        )
        self._fill_participants(participants)
        named = mode == NAMED
        count = len(participants)
        self.heading.setText(
            self.tr("Workshop: {title} — %n participant(s) ({kind})", "", count).format(
                title=assessment.title,
                kind=self.tr("named") if named else self.tr("anonymous"),
            )
        )
        self._fit_columns()
        self.select_code(current_code or (self.model.order()[0] if self.model.order() else ""))
        self.agreed_panel.set_editable(not assessment.is_final)
        for button in (self.add_button, self.paper_button, self.remove_button):
            button.setEnabled(not assessment.is_final)
        self.collect_button.setEnabled(not assessment.is_final)
        self.notice.show_text(
            self.tr(
                "This assessment is final: reopen it to change the workshop or the agreed ratings."
            )
            if assessment.is_final
            else ""
        )
        self._update_buttons()

    def _show_start(self, assessment) -> None:
        self.pages.setCurrentIndex(0)
        self.start_page.show_assessment(assessment)

    def _fill_participants(self, participants: list[Participant]) -> None:
        selected = self.current_participant()
        self.participant_list.clear()
        ratings = self.repository.ratings(self.assessment_id())
        total = len(self.content.benchmarks)
        for participant in participants:
            rated = sum(1 for r in ratings.get(participant.id, {}).values() if r.is_rated)
            source = self.tr("paper") if participant.source == "paper" else self.tr("file")
            item = QListWidgetItem(
                self.tr("{number}. {name} — {source}, {rated} of {total}").format(
                    number=participant.number,
                    name=participant_label(participant),
                    source=source,
                    rated=rated,
                    total=total,
                )
            )
            item.setData(PARTICIPANT_ROLE, participant)
            self.participant_list.addItem(item)
            if selected is not None and selected.id == participant.id:
                self.participant_list.setCurrentItem(item)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConsensusModel.BENCHMARK, QHeaderView.ResizeMode.Stretch)
        fit_titles(header)

    def current_participant(self) -> Participant | None:
        item = self.participant_list.currentItem()
        return item.data(PARTICIPANT_ROLE) if item is not None else None

    def current_code(self) -> str:
        index = self.table.currentIndex()
        return self.model.code_at(index.row()) if index.isValid() else ""

    def select_code(self, code: str) -> None:
        row = self.model.row_of(code) if code else None
        if row is None:
            self._row_changed()
            return
        index = self.model.index(row, ConsensusModel.BENCHMARK)
        unchanged = self.table.currentIndex() == index
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        if unchanged:  # no signal: show what is stored now (e.g. another assessment's)
            self._row_changed()

    def order(self) -> list[str]:
        """Benchmark codes in the order shown (for presentation mode)."""
        return self.model.order()

    def _row_changed(self, *_args) -> None:
        code = self.current_code()
        if not code:
            self.agreed_panel.show_benchmark("", "", "", None, None)
            return
        benchmark = self.content.item(code)
        votes = self.model.votes_at(self.model.row_of(code))
        self.agreed_panel.show_benchmark(
            code,
            benchmark.title,
            benchmark.text,
            votes,
            self.session.rating(code),
            self.assessment_id(),
        )

    def _update_buttons(self, *_args) -> None:
        assessment = self.session.current_assessment()
        editable = assessment is not None and not assessment.is_final
        has_participant = self.current_participant() is not None and editable
        self.paper_button.setEnabled(has_participant)
        self.remove_button.setEnabled(has_participant)

    # -- the workshop --------------------------------------------------------------------------
    def start(self, mode: str) -> None:
        assessment_id = self.assessment_id()
        if assessment_id is None:
            return
        try:
            self.repository.start(assessment_id, mode)
        except WorkshopError as error:
            self._tell(message_text(error.message))
            return
        except sqlite3.Error as error:
            self._tell(self.tr("The workshop could not be started: {reason}").format(reason=error))
            return
        self.reload()

    def add_participant(self) -> Participant | None:
        assessment_id = self.assessment_id()
        if assessment_id is None:
            return None
        name = ""
        if self.repository.mode(assessment_id) == NAMED:
            name, accepted = text_limits.ask_line(
                self,
                self.tr("Add participant"),
                self.tr("Name (leave empty to number the participant):"),
                limits.WORKSHOP_PARTICIPANT["name"],
            )
            if not accepted:
                return None
        try:
            participant = self.repository.add_participant(assessment_id, name)
        except WorkshopError as error:
            self._tell(message_text(error.message))
            return None
        except sqlite3.Error as error:
            self._tell(self.tr("The participant could not be added: {reason}").format(reason=error))
            return None
        self.reload()
        self._select_participant(participant.id)
        # On the new participant, from where Alt+R enters their paper ratings (the focus fell
        # to the tab bar when the list was read again).
        self.participant_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return participant

    def _select_participant(self, participant_id: int) -> None:
        for row in range(self.participant_list.count()):
            if self.participant_list.item(row).data(PARTICIPANT_ROLE).id == participant_id:
                self.participant_list.setCurrentRow(row)

    def enter_paper_ratings(self) -> PaperEntryDialog | None:
        participant = self.current_participant()
        assessment_id = self.assessment_id()
        if participant is None or assessment_id is None:
            return None
        dialog = PaperEntryDialog(self.repository, self.content, participant, assessment_id, self)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_participant(self) -> None:
        participant = self.current_participant()
        if participant is None:
            return
        answer = ask(
            self,
            self.tr("Remove participant"),
            self.tr(
                "Remove {name} and their ratings from this workshop? The agreed ratings stay."
            ).format(name=participant_label(participant)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.repository.remove_participant(participant.id)
        except WorkshopError as error:
            self._tell(message_text(error.message))
        except sqlite3.Error as error:
            self._tell(self.tr("The participant was not removed: {reason}").format(reason=error))
        self.reload()

    # -- agreeing ------------------------------------------------------------------------------
    def set_agreed(self, code: str, level: int | None, exclusion: str = "") -> None:
        if not code:
            return
        if exclusion:
            self.changer.set_fields(code, level=None, exclusion=exclusion)
        else:
            self.changer.set_fields(code, level=level, exclusion="")
        self._agreed_changed(code)

    def take_median(self) -> None:
        code = self.current_code()
        if not code:
            return
        suggested = self.model.votes_at(self.model.row_of(code)).suggested_level()
        if suggested is not None:
            self.set_agreed(code, suggested)

    def _level_chosen(self, level: int, exclusion: str) -> None:
        self.set_agreed(self.current_code(), None if level < 0 else level, exclusion)

    def _store_note(self, code: str, text: str, base: str) -> bool:
        """Write the agreed note through the rating screen's changer (undo, history, the
        final rule); False when it was not stored, so the panel keeps the text."""
        from toolbox_desktop.ui.assessment.changes import Outcome

        if self.agreed_panel.owner != self.assessment_id():
            return False
        outcome = self.changer.set_text(code, "notes", text, base)
        if outcome is Outcome.THEIRS:  # the user took another window's text: show it
            self.agreed_panel.discard_pending()
            self.agreed_panel.show_agreed(self.session.rating(code))
            return True
        return outcome is Outcome.STORED

    def _agreed_changed(self, code: str) -> None:
        self.model.update_agreed(code, self.session.rating(code))
        if code == self.current_code():
            self.agreed_panel.show_agreed(self.session.rating(code))

    def _agreed_all_changed(self) -> None:
        if self.pages.currentIndex() == 1:
            for code in self.model.order():
                self.model.agreed[code] = self.session.rating(code)
            self.model.agreed = {c: r for c, r in self.model.agreed.items() if r is not None}
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 0),
                    self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
                )
            self._row_changed()

    def _order_changed(self, on: bool) -> None:
        code = self.current_code()
        self.model.set_disagreement_first(on)
        self.select_code(code)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == event.Type.KeyPress:
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            if event.key() in LEVEL_KEYS:
                self.set_agreed(self.current_code(), LEVEL_KEYS[event.key()])
                return True
            if event.key() == Qt.Key.Key_N:
                self.set_agreed(self.current_code(), None, NOT_APPLICABLE)
                return True
            if event.key() == Qt.Key.Key_M:
                self.take_median()
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.agreed_panel.flush()
        super().hideEvent(event)

    # -- messages ------------------------------------------------------------------------------
    def _tell(self, text: str) -> None:
        warn(self, self.tr("Workshop"), text)
