"""The editor for one benchmark's rating: what the benchmark asks, where the municipality
stands, where it wants to be, and the evidence. Every change goes to ``RatingChanger`` at
once; typed text goes when the typing pauses or the field is left.

Typed text is never thrown away: when it cannot be stored (the assessment is final or gone,
the file cannot be written, a question is still open) it stays in its field, marked "not
saved yet", and is tried again. Only "Use theirs" replaces it. When another benchmark or
assessment is shown meanwhile, the text is kept as a draft of the benchmark and assessment it
was typed for, stored with the next flush, or shown again with that benchmark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.assessment import LEVELS, PRIORITIES, Rating
from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.tailoring import is_for_small_places
from toolbox_desktop.ui.assessment.benchmark_list import small_place_icon
from toolbox_desktop.ui.assessment.changes import Outcome, RatingChanger
from toolbox_desktop.ui.assessment.level_choice import LevelChoice
from toolbox_desktop.ui.assessment.links_editor import LinksEditor
from toolbox_desktop.ui.assessment.session import NO_ASSESSMENT, AssessmentSession
from toolbox_desktop.ui.assessment.text_fields import DebouncedText
from toolbox_desktop.ui.assessment.texts import benchmark_numbers, level_label, priority_name
from toolbox_desktop.ui.common.combo_fit import fit_combo
from toolbox_desktop.ui.common.flow_layout import FlowLayout
from toolbox_desktop.ui.common.form_scroll import DownwardScroll
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line, limit_text

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RatingEditor(QWidget):
    """Shows and edits the rating of ``code`` in the session's current assessment.

    With an actions provider (``set_actions_provider``) it also lists the plan's actions for
    the benchmark and offers "Create action…": ``create_action_requested(str)`` carries the
    benchmark's code, ``action_activated(int)`` the id of an action double-clicked.
    """

    create_action_requested = Signal(str)
    action_activated = Signal(int)

    def __init__(
        self, session: AssessmentSession, changer: RatingChanger, content: Content, parent=None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.changer = changer
        self.content = content
        self.numbers = benchmark_numbers(content)
        self.code = ""
        self.read_only = False
        # Text not stored yet, per (assessment id, benchmark code, field): (text, base).
        self.drafts: dict[tuple[int, str, str], tuple[str, str]] = {}
        self._shown: tuple[int, str] | None = None  # (assessment id, code) the fields hold

        self.placeholder = PlainLabel(self.tr("Choose a benchmark in the list to rate it."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.place_label = PlainLabel()
        self.place_label.setWordWrap(True)
        self.title_label = PlainLabel()
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.small_icon = PlainLabel()
        self.small_icon.setPixmap(small_place_icon().pixmap(16, 16))
        self.small_label = PlainLabel(self.tr("Written for small and rural municipalities"))
        small_row = QHBoxLayout()
        small_row.addWidget(self.small_icon)
        small_row.addWidget(self.small_label, 1)
        self.text_label = PlainLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.level = LevelChoice()
        self.target = QComboBox()
        self.target.addItem(self.tr("No target"), -1)
        for level in LEVELS:
            self.target.addItem(level_label(level), level)
        self.target.setAccessibleName(self.tr("Target level"))
        self.priority = QComboBox()
        for priority in PRIORITIES:
            self.priority.addItem(priority_name(priority), priority)
        self.priority.setAccessibleName(self.tr("Priority"))
        for combo in (self.target, self.priority):
            fit_combo(combo)
        self.rated_by = QLineEdit()
        self.rated_by.setAccessibleName(self.tr("Rated by"))
        self.rated_by.setPlaceholderText(self.tr("Names or roles"))
        self.clear_button = QPushButton(self.tr("&Clear rating"))
        self.clear_button.setToolTip(self.tr("Remove level, target, evidence and notes (Undo)"))
        self.evidence = QPlainTextEdit()
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(
            self.tr("What shows where we stand: decisions, services, figures, sources…")
        )
        self.evidence.setMinimumHeight(self.fontMetrics().height() * 6)
        self.evidence.setTabChangesFocus(True)  # Tab moves on; it typed a tab into the evidence
        self.links = LinksEditor()
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Questions, next steps, who to ask…"))
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        self.notes.setTabChangesFocus(True)
        limit_line(self.rated_by, limits.RATING["rated_by"])
        self.limiters = {
            name: limit_text(getattr(self, name), limits.RATING[name])
            for name in ("evidence", "notes")
        }
        self.texts = {
            "evidence": DebouncedText(self.evidence),
            "notes": DebouncedText(self.notes),
            "rated_by": DebouncedText(self.rated_by),
        }
        self.field_names = {
            "evidence": self.tr("Evidence"),
            "notes": self.tr("Notes"),
            "rated_by": self.tr("Rated by"),
        }
        self.unsaved_label = PlainLabel()
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.unsaved_label.setAccessibleName(self.tr("Text not saved yet"))
        self.unsaved_label.setVisible(False)
        self._actions_provider: Callable[[str], list[tuple[int, str]]] | None = None
        self.actions_model = QStandardItemModel(self)
        self.actions_list = QListView()
        self.actions_list.setModel(self.actions_model)
        self.actions_list.setAccessibleName(self.tr("Actions for this benchmark"))
        self.actions_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.actions_list.setMaximumHeight(self.fontMetrics().height() * 4 + 10)
        self.create_action_button = QPushButton(self.tr("Create action…"))
        self.create_action_button.setToolTip(self.tr("Plan an action that closes this gap"))
        self.actions_box = QWidget()
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(PlainLabel(self.tr("Actions for this benchmark:")))
        actions_layout.addWidget(self.actions_list)
        actions_layout.addWidget(self.create_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.actions_box.setVisible(False)
        form = QWidget()
        self._lay_out(form, small_row)
        self.scroll = DownwardScroll(form)  # as wide as its fields need: never cut on the right
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.unsaved_label)
        outer.addWidget(self.stack, 1)

        self.level.chosen.connect(self._level_chosen)
        self.target.activated.connect(lambda _i: self._set(target=_none(self.target.currentData())))
        self.priority.activated.connect(lambda _i: self._set(priority=self.priority.currentData()))
        self.links.links_changed.connect(lambda paths: self._set(links=tuple(paths)))
        self.clear_button.clicked.connect(self.clear)
        for field, binder in self.texts.items():
            binder.edited.connect(lambda text, base, f=field: self._text_edited(f, text, base))
        session.rating_changed.connect(self._rating_changed)
        session.ratings_changed.connect(self.refresh)
        self.create_action_button.clicked.connect(
            lambda: self.code and self.create_action_requested.emit(self.code)
        )
        self.actions_list.activated.connect(
            lambda index: self.action_activated.emit(index.data(ACTION_ID_ROLE))
        )

    def _lay_out(self, form: QWidget, small_row: QHBoxLayout) -> None:
        """Benchmark text on top; level choice beside target, priority, rated by and notes
        (below it when the pane is too narrow for both); evidence and linked files below."""
        side = QVBoxLayout()
        for text, widget in (
            (self.tr("&Target:"), self.target),
            (self.tr("Priorit&y:"), self.priority),
            (self.tr("Rated &by:"), self.rated_by),
            (self.tr("N&otes:"), self.notes),
        ):
            side.addWidget(self._label(text, widget))
            side.addWidget(widget, 1 if widget is self.notes else 0)
        side.addWidget(self.clear_button)
        side_box = QWidget()
        side_box.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        rate_row = FlowLayout()  # side by side where there is room, else one below the other
        rate_row.add_widget(self.level, 3)
        rate_row.add_widget(side_box, 2)
        layout = QVBoxLayout(form)
        layout.addWidget(self.place_label)
        layout.addWidget(self.title_label)
        layout.addLayout(small_row)
        layout.addWidget(self.text_label)
        layout.addSpacing(6)
        layout.addLayout(rate_row)
        layout.addWidget(self._label(self.tr("Evi&dence:"), self.evidence))
        layout.addWidget(self.evidence, 1)
        layout.addWidget(PlainLabel(self.tr("Linked files:")))
        layout.addWidget(self.links)
        layout.addWidget(self.actions_box)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = PlainLabel(text)
        label.setBuddy(buddy)
        return label

    # -- showing -------------------------------------------------------------------------
    def show_benchmark(self, code: str) -> None:
        """Show ``code`` (or nothing for ""), storing text typed for the one shown before
        (kept as a draft of that one when it cannot be stored now)."""
        benchmark = self.content.item(code) if code else None
        # The new code first: a reload while storing (e.g. after a refused write) keeps the
        # screen on it; the text goes to the benchmark it was typed for (``_shown``).
        self.code = code if isinstance(benchmark, Benchmark) else ""
        self.flush()
        self._stash()
        if not self.code:
            self.stack.setCurrentWidget(self.placeholder)
            self._update_unsaved()
            return
        dimension = self.content.dimension(benchmark.dimension)
        subtheme = self.content.item(benchmark.subtheme)
        self.place_label.setText(
            self.tr("{number} · {dimension} › {subtheme}").format(
                number=self.numbers.get(code, code),
                dimension=dimension.title,
                subtheme=subtheme.title,
            )
        )
        self.title_label.setText(benchmark.title)
        self.text_label.setText(benchmark.text)
        small = is_for_small_places(benchmark)
        self.small_icon.setVisible(small)
        self.small_label.setVisible(small)
        self.refresh()
        self.refresh_actions()
        self.stack.setCurrentWidget(self.scroll)
        self.scroll.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        """Show the stored rating; text the user is typing is kept."""
        if not self.code:
            return
        rating = self.session.rating(self.code)
        shown = rating or Rating(self.code)
        self.level.set_rating(rating)
        self.target.setCurrentIndex(
            self.target.findData(-1 if shown.target is None else shown.target)
        )
        self.priority.setCurrentIndex(self.priority.findData(shown.priority))
        self.links.set_paths(shown.links)
        key = self._key()
        # With no assessment shown (e.g. deleted elsewhere) the text stays as it is.
        if self._shown is None or (key != self._shown and key[0] != NO_ASSESSMENT):
            self._stash()  # typed for another assessment: kept with that one
            self._shown = key
            for field, binder in self.texts.items():
                binder.show(getattr(shown, field), force=True)
                draft = self.drafts.pop((*key, field), None)
                if draft is not None:
                    binder.restore(*draft)
        else:
            for field, binder in self.texts.items():
                binder.show(getattr(shown, field))
        self._update_enabled()
        self._update_unsaved()

    def set_actions_provider(self, provider: Callable[[str], list[tuple[int, str]]] | None) -> None:
        """``provider(code)`` gives (action id, text) of the plan's actions for a benchmark;
        injected from outside so that the assessment screens need not know the plan."""
        self._actions_provider = provider
        self.actions_box.setVisible(provider is not None)
        self.refresh_actions()

    def refresh_actions(self) -> None:
        """Read the actions for the benchmark shown again (call when the plan changed)."""
        self.actions_model.clear()
        if self._actions_provider is None or not self.code:
            return
        for action_id, text in self._actions_provider(self.code):
            item = QStandardItem(text)
            item.setData(action_id, ACTION_ID_ROLE)
            self.actions_model.appendRow(item)

    def set_read_only(self, read_only: bool) -> None:
        if self.read_only and not read_only:  # e.g. reopened: store what waits
            for binder in self.texts.values():
                if binder.pending:
                    binder.retry_later()
        self.read_only = read_only
        self.level.setEnabled(not read_only)
        self.target.setEnabled(not read_only)
        self.evidence.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self.rated_by.setReadOnly(read_only)
        self.links.set_read_only(read_only)
        self._update_enabled()

    def _update_enabled(self) -> None:
        rating = self.session.rating(self.code) if self.code else None
        self.clear_button.setEnabled(not self.read_only and rating is not None)
        # A priority alone is not stored; it ranks the gap between a level and a target.
        self.priority.setEnabled(not self.read_only and rating is not None)
        self.priority.setToolTip(
            ""
            if rating is not None
            else self.tr("Rate the benchmark first, then set its priority.")
        )

    def _rating_changed(self, code: str) -> None:
        if code == self.code:
            self.refresh()

    def _key(self) -> tuple[int, str]:
        assessment = self.session.current_assessment()
        return (assessment.id if assessment is not None else NO_ASSESSMENT, self.code)

    def _stash(self) -> None:
        """Keep text that waits in the fields as a draft of the benchmark it was typed for,
        and empty the fields."""
        if self._shown is not None:
            for field, binder in self.texts.items():
                if binder.dirty:
                    self.drafts[(*self._shown, field)] = (binder.text(), binder.base)
        self._shown = None
        for binder in self.texts.values():
            binder.show("", force=True)

    def _update_unsaved(self) -> None:
        names = [self.field_names[f] for f, binder in self.texts.items() if binder.pending]
        if names and self.code:
            self.unsaved_label.setText(
                self.tr(
                    "{fields}: not saved yet. Your text stays here and is stored as soon as "
                    "it can be (when you leave the field); you can also copy it."
                ).format(fields=", ".join(names))
            )
        self.unsaved_label.setVisible(bool(names and self.code))

    # -- editing -------------------------------------------------------------------------
    def flush(self) -> None:
        """Store any typed text now (before switching, closing or finalising), also drafts
        kept for other benchmarks of the assessment shown."""
        assessment = self.session.current_assessment()
        if assessment is None or assessment.is_final:
            return  # refused anyway; the text waits (see set_read_only)
        for binder in self.texts.values():
            binder.flush()
        for key in [k for k in self.drafts if k[0] == assessment.id and k[:2] != self._shown]:
            draft = self.drafts.get(key)
            if draft is None or self._key()[0] != assessment.id:
                continue  # stored meanwhile, or another assessment is shown now
            outcome = self.changer.set_text(key[1], key[2], *draft)
            if outcome in (Outcome.STORED, Outcome.THEIRS) and self.drafts.get(key) == draft:
                del self.drafts[key]
            elif outcome is Outcome.REFUSED:
                break  # the user was told why; the others wait too

    def has_unsaved_text(self) -> bool:
        """True while typed text waits that is not stored (e.g. to warn before quitting)."""
        return bool(self.drafts) or any(binder.dirty for binder in self.texts.values())

    def set_level(self, level: int) -> Outcome:
        return self._set(level=level, exclusion="")

    def clear_level(self) -> Outcome:
        return self._set(level=None, exclusion="")

    def clear(self) -> Outcome:
        if not self.code:
            return Outcome.REFUSED
        self.flush()
        outcome = self.changer.clear(self.code)
        self.refresh()
        return outcome

    def _level_chosen(self, level: int, exclusion: str) -> None:
        if exclusion:
            self._set(level=None, exclusion=exclusion)
        else:
            self._set(level=level, exclusion="")

    def _set(self, **changes) -> Outcome:
        if not self.code:
            return Outcome.REFUSED
        outcome = self.changer.set_fields(self.code, **changes)
        if outcome is not Outcome.STORED:
            self.refresh()  # show what is stored, not what was refused
        return outcome

    def _text_edited(self, field: str, text: str, base: str) -> None:
        binder = self.texts[field]
        key = self._shown
        if key is None or key[0] != self._key()[0]:
            return  # typed for an assessment not shown now: kept (see refresh)
        outcome = self.changer.set_text(key[1], field, text, base)
        if self._shown != key:
            # Another benchmark or assessment came meanwhile (e.g. while a question was
            # open) and the text went to the drafts: drop it there if it is dealt with.
            draft_key = (*key, field)
            dealt_with = outcome in (Outcome.STORED, Outcome.THEIRS)
            if dealt_with and self.drafts.get(draft_key, (None,))[0] == text:
                del self.drafts[draft_key]
            return
        if outcome is Outcome.STORED:
            binder.stored()
        elif outcome is Outcome.THEIRS:  # the user chose the other window's text
            stored = self.session.rating(key[1]) or Rating(key[1])
            binder.show(getattr(stored, field), force=True)
        elif outcome is Outcome.LATER:
            binder.retry_later()
        else:  # refused or failed, and the user was told why: the text stays
            binder.kept()
        self._update_unsaved()


def _none(value: int) -> int | None:
    return None if value is None or value < 0 else value
