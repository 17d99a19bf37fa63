"""The rating screen: the benchmark list beside the editor of the selected benchmark, with
the keyboard in mind (digits rate, Alt+Down/Alt+Up move on, filters reachable with Alt).

Keys: 0-4 in the list set the level; Alt+0 … Alt+4 anywhere on the screen (digits typed
in text fields stay text); Delete in the list takes the level (or exclusion) away, keeping
evidence and notes; Alt+Down or Alt+PageDown
goes to the next benchmark, Alt+Up or Alt+PageUp to the previous one.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QKeyCombination, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout, QWidget

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.tailoring import benchmarks_in_order
from toolbox_desktop.ui.assessment.benchmark_list import (
    CODE_ROLE,
    BenchmarkListModel,
    BenchmarkTable,
    UnratedFilter,
)
from toolbox_desktop.ui.assessment.changes import Outcome, RatingChanger
from toolbox_desktop.ui.assessment.next_steps_section import NextStepsSection
from toolbox_desktop.ui.assessment.problems import ProblemDialogs
from toolbox_desktop.ui.assessment.rating_editor import RatingEditor
from toolbox_desktop.ui.assessment.session import AssessmentSession
from toolbox_desktop.ui.assessment.texts import progress_text
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.notice_banner import NoticeBanner
from toolbox_desktop.ui.common.plain_text import PlainLabel

NOTICE_MS = 8000
ALT = Qt.KeyboardModifier.AltModifier


class RatingScreen(QWidget):
    """Emits ``current_benchmark_changed(str)`` with the code shown in the editor, and
    ``library_item_requested(str)`` with the code of a suggested next step the user opens."""

    current_benchmark_changed = Signal(str)
    library_item_requested = Signal(str)
    quick_win_to_plan = Signal(str, str)  # the quick win's code, the benchmark being rated

    def __init__(
        self, session: AssessmentSession, undo_stack: QUndoStack, content: Content, parent=None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.content = content
        self.model = BenchmarkListModel(content, session, self)
        titles = {b.code: b.title for b in content.benchmarks}
        self.problems = ProblemDialogs(self, titles)
        numbers = {b.code: self.model.number(b.code) for b in content.benchmarks}
        self.changer = RatingChanger(session, undo_stack, self.problems, numbers, self)
        self.proxy = UnratedFilter(self)
        self.proxy.setSourceModel(self.model)

        self.table = BenchmarkTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Benchmarks to rate"))
        self.only_unrated = QCheckBox(self.tr("Show only &unrated"))
        self.small_first = QCheckBox(self.tr("&Small places first"))
        self.progress_label = PlainLabel()
        self.progress_label.setAccessibleName(self.tr("Rating progress"))
        # Wrapped: at the largest text size, in German, one line of it made the window wider
        # than a 1280-pixel screen.
        self.progress_label.setWordWrap(True)
        self.notice = NoticeBanner(self.tr("Rating notice"))
        self.editor = RatingEditor(session, self.changer, content)
        self.next_steps = NextStepsSection(content)

        filters = FlowLayout()  # wraps in longer languages rather than widen the window
        filters.add_widget(self.only_unrated)
        filters.add_widget(self.small_first)
        filters.add_stretch()
        filters.add_widget(self.progress_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.next_steps, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.notice)
        right_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([560, 700])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._build_actions()
        self.current_benchmark_changed.connect(self.next_steps.show_benchmark)
        self.next_steps.item_requested.connect(self.library_item_requested)
        self.next_steps.add_requested.connect(self._add_quick_win)
        # Opened, it takes height from the list: keep the benchmark being rated in sight.
        self.next_steps.toggle.toggled.connect(
            lambda _on: QTimer.singleShot(0, lambda: self.table.scrollTo(self.table.currentIndex()))
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.level_key.connect(self.set_level)
        self.table.clear_key.connect(self.clear_level)
        self.only_unrated.toggled.connect(self._only_unrated_toggled)
        self.small_first.toggled.connect(lambda _on: self._apply_order())
        self.changer.notice.connect(self.show_notice)
        session.about_to_switch.connect(self.editor.flush)
        session.current_assessment_changed.connect(self._assessment_changed)
        session.ratings_changed.connect(self._update_progress)
        session.profile_changed.connect(self._profile_changed)
        session.benchmark_requested.connect(self.select_code)
        self._profile_changed()
        self._assessment_changed()

    def _build_actions(self) -> None:
        def action(text: str, keys: list, slot) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(
            self.tr("Next benchmark"),
            [QKeyCombination(ALT, Qt.Key.Key_Down), QKeyCombination(ALT, Qt.Key.Key_PageDown)],
            self.next_benchmark,
        )
        self.previous_action = action(
            self.tr("Previous benchmark"),
            [QKeyCombination(ALT, Qt.Key.Key_Up), QKeyCombination(ALT, Qt.Key.Key_PageUp)],
            self.previous_benchmark,
        )
        self.level_actions = [
            action(
                self.tr("Set level {level}").format(level=level),
                [QKeyCombination(ALT, getattr(Qt.Key, f"Key_{level}"))],
                lambda _checked=False, n=level: self.set_level(n),
            )
            for level in range(5)
        ]

    def _add_quick_win(self, code: str) -> None:
        self.quick_win_to_plan.emit(code, self.current_code() or "")

    # -- selection -----------------------------------------------------------------------
    def current_code(self) -> str:
        return self.editor.code

    def select_code(self, code: str) -> bool:
        """Select ``code`` in the list (showing all when the filter hides it)."""
        row = self.model.row_of(code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.only_unrated.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._set_current(index)
        return True

    def _set_current(self, index) -> None:
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if not index.isValid():
            self.editor.show_benchmark("")

    def next_benchmark(self) -> None:
        self._move(+1)

    def previous_benchmark(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        target = 0 if row < 0 else row + step
        if 0 <= target < self.proxy.rowCount():
            self._set_current(self.proxy.index(target, 0))

    def _row_changed(self, current, _previous) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else ""
        if code != self.editor.code:
            self.editor.show_benchmark(code)
            self.current_benchmark_changed.emit(code)

    def _reselect(self, code: str) -> None:
        """After the rows changed: keep ``code`` selected if shown, else the first row."""
        row = self.model.row_of(code)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            index = self.proxy.index(0, 0)
        self._set_current(index)
        if not index.isValid():
            self.current_benchmark_changed.emit("")

    # -- rating --------------------------------------------------------------------------
    def set_level(self, level: int) -> Outcome:
        """Rate the benchmark shown (digits in the list, Alt+digit elsewhere)."""
        if not self.editor.code:
            return Outcome.REFUSED
        return self.editor.set_level(level)

    def clear_level(self) -> Outcome:
        """Take away the level or exclusion of the benchmark shown; its texts stay."""
        if not self.editor.code:
            return Outcome.REFUSED
        return self.editor.clear_level()

    def flush(self) -> None:
        self.editor.flush()

    def show_notice(self, text: str) -> None:
        self.notice.show_text(text, NOTICE_MS)

    # -- filters and order ---------------------------------------------------------------
    def set_only_unrated(self, on: bool) -> None:
        self.only_unrated.setChecked(on)

    def set_small_first(self, on: bool) -> None:
        self.small_first.setChecked(on)

    def _only_unrated_toggled(self, on: bool) -> None:
        code = self.editor.code
        self.proxy.set_only_unrated(on)
        self._reselect(code)

    def _apply_order(self) -> None:
        code = self.editor.code
        order = benchmarks_in_order(
            self.content, self.session.profile(), self.small_first.isChecked()
        )
        if [b.code for b in order] != self.model.codes():
            self.model.set_order(order)
            self._reselect(code)

    def _profile_changed(self) -> None:
        small = self.session.profile().is_small_or_rural()
        self.small_first.setEnabled(small)
        self.small_first.setToolTip(
            self.tr("Benchmarks written for small places come first.")
            if small
            else self.tr(
                "For small towns and rural areas: choose the kind of place in the profile."
            )
        )
        self._apply_order()

    def _assessment_changed(self, *_args) -> None:
        assessment = self.session.current_assessment()
        self.editor.set_read_only(assessment is None or assessment.is_final)
        code = self.editor.code
        if self.proxy.only_unrated():
            self.proxy.refilter()
        self._reselect(code)
        self.editor.refresh()
        self._update_progress()

    def _update_progress(self) -> None:
        ratings = self.session.current_ratings()
        self.progress_label.setText(progress_text(self.content, ratings))
