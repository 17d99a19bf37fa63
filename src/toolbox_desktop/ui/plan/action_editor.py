"""The side panel that edits the action chosen in the table, without a Save button.

Each field is stored when its editing finishes (Enter, leaving the field, a choice made), as
one undoable step; typed text also while the user keeps typing (after a short pause, at the
latest 1.5 s after the first keystroke: ``ui.typing_pause``). Only the fields the user changed
are written, against the action as this editor showed it, so that another window's change of
another field is kept (and a change of the same field is asked about by the session).

Before anything is stored the whole action is checked with the plan's rules; if a value is
wrong (end before start, the year 1025, a negative budget, text that is no date or no amount)
the message appears under the field, nothing is stored, and what the user typed stays, also
when they look at another action and come back, until they correct it or choose "Discard my
changes".

The form is built when the first action is shown (an empty plan shows only the placeholder),
its "Dates & milestones", "Budget" and "Indicators" tabs when first opened (``action_pages``):
opening a plan of 100 actions spent a third of its time building fields nobody had looked at.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.plan import Action, check_action
from toolbox_desktop.ui.common.lazy_tab import LazyTab
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.typing_pause import TypingPause
from toolbox_desktop.ui.plan.action_form import (
    BUDGET_TAB,
    DATE_FIELDS,
    DATES_TAB,
    MONEY_FIELDS,
    ActionForm,
)
from toolbox_desktop.ui.plan.commands import WRITE_ERRORS, error_text
from toolbox_desktop.ui.plan.fields import PROBLEM_COLOR
from toolbox_desktop.ui.plan.indicator_panel import IndicatorPanel
from toolbox_desktop.ui.plan.session import PlanSession
from toolbox_desktop.ui.plan.texts import problem_text

TEXT_FIELDS = ("title", "description", "role", "person", "partner_names", "budget_line")

INDICATORS_TAB = 3


class ActionEditor(QWidget):
    """Emits ``benchmark_activated(str)`` when a linked benchmark is opened (to rate it), and
    ``guide_item_activated(str)`` when the quick win the action was made from is opened."""

    benchmark_activated = Signal(str)
    guide_item_activated = Signal(str)

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.action_id: int | None = None
        self._drafts: dict[int, tuple[Action, dict[str, str]]] = {}
        self._loading = False
        self._saving = False
        self._base: Action | None = None  # the action as the form shows it from the file
        self._draft_bases: dict[int, Action] = {}  # what each kept draft was typed over
        self._typing = TypingPause(self)
        self._typed_field = ""
        self._form: ActionForm | None = None  # built when the first action is shown
        self._indicators_page: LazyTab | None = None
        self.placeholder = PlainLabel(
            self.tr("Choose an action in the table to edit it, or create one (Ctrl+N).")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.banner_label = PlainLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setStyleSheet(f"color: {PROBLEM_COLOR.name()}; font-weight: bold;")
        self.discard_button = QPushButton(self.tr("Discard my changes"))
        self.discard_button.setToolTip(self.tr("Show the action as it is stored"))
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.setVisible(False)
        self._page = QWidget()
        self._page_layout = QVBoxLayout(self._page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._page_layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.discard_button.clicked.connect(self.discard)
        session.action_changed.connect(self._stored_action_changed)
        session.actions_changed.connect(self._actions_changed)

    # -- the form, built when first needed -------------------------------------------------
    @property
    def form(self) -> ActionForm:
        """The fields, built the first time an action is shown (or they are asked for): an
        empty plan, and the plan until an action is chosen, show only the placeholder."""
        if self._form is None:
            self._build_form()
        return self._form

    def _build_form(self) -> None:
        form = self._form = ActionForm(self.session.names, self.session.names.dimensions)
        form.origin.title_of = self._guide_title
        # Built when its tab is first shown: most visits to an action never look at it.
        self._indicators_page = LazyTab(self._make_indicators)
        form.tabs.addTab(self._indicators_page, self.tr("In&dicators"))
        self._page_layout.addWidget(form, 1)
        self._connect(form)

    def _connect(self, form: ActionForm) -> None:
        """The "General" fields now; the other pages' as they are built (``_connect_page``)."""
        for name in ("title", "role", "person", "partner_names"):
            getattr(form, name).editingFinished.connect(lambda n=name: self.commit(n))
        for name in ("status", "priority", "dimension"):
            getattr(form, name).activated.connect(lambda _i, n=name: self.commit(n))
        form.progress.valueChanged.connect(lambda _v: self.commit("progress", merge=True))
        for box in form.partner_boxes.values():
            box.toggled.connect(lambda _on: self.commit("partners"))
        form.links.links_changed.connect(self._links_changed)
        form.links.benchmark_activated.connect(self.benchmark_activated)
        form.origin.guide_item_activated.connect(self.guide_item_activated)
        form.description.installEventFilter(self)
        for name in TEXT_FIELDS:
            if name != "budget_line":
                widget = getattr(form, name)
                signal = widget.textChanged if name == "description" else widget.textEdited
                signal.connect(lambda *_a, n=name: self._typed(n))
        self._typing.due.connect(self._store_typing)
        form.page_built = self._connect_page

    def _connect_page(self, tab: int, page) -> None:
        """Connect the fields of a page the form built just now (``page``: its fields)."""
        form = self.form
        if tab == DATES_TAB:
            page.start.edited.connect(lambda: self.commit("dates"))
            page.end.edited.connect(lambda: self.commit("dates"))
            page.phase.activated.connect(lambda _i: self.commit("phase"))
            page.milestones.model.milestones_edited.connect(lambda _m: self.commit("milestones"))
            page.milestones.model.refused.connect(
                lambda text: form.problems["milestones"].show_messages([text])
            )
            page.use_phase.clicked.connect(self._use_suggested_phase)
        elif tab == BUDGET_TAB:
            page.budget_line.editingFinished.connect(lambda: self.commit("budget_line"))
            page.budget_line.textEdited.connect(lambda *_a: self._typed("budget_line"))
            for widget in (page.budget, page.spent):
                widget.editingFinished.connect(lambda: self.commit("budget"))
            page.funding.activated.connect(lambda _i: self.commit("funding"))
            page.currency.activated.connect(lambda _i: self.commit("budget"))
            page.currency.lineEdit().editingFinished.connect(lambda: self.commit("budget"))

    @property
    def indicators(self) -> IndicatorPanel:
        if self._form is None:
            self._build_form()  # the tab is part of the form
        return self._indicators_page.content()

    def _indicators_built(self) -> bool:
        return self._indicators_page is not None and self._indicators_page.is_built()

    def _make_indicators(self) -> IndicatorPanel:
        panel = IndicatorPanel(self.session)
        panel.show_action(
            self.session.action(self.action_id) if self.action_id is not None else None
        )
        return panel

    def _show_indicators(self, action: Action | None) -> None:
        """The indicators' tab follows the action shown, once it was built."""
        if self._indicators_built():
            self.indicators.show_action(action)

    def _guide_title(self, code: str) -> str | None:
        """The quick win's title in the content loaded now; None when it is not loaded."""
        item = self.session.content.guide_item(code)
        return item.title if item is not None else None

    def _typed(self, field: str) -> None:
        if self._loading:
            return
        if self._typed_field and self._typed_field != field:
            self._store_typing()
        self._typed_field = field
        self._typing.typed()

    def _store_typing(self) -> None:
        """Typed text goes into the file while the user keeps typing (one undo step for a
        stretch of typing in one field)."""
        self._typing.stop()
        field, self._typed_field = self._typed_field, ""
        if field:
            self.commit(field, merge=True)

    def eventFilter(self, watched, event) -> bool:
        if (
            self._form is not None
            and watched is self._form.description
            and event.type() == event.Type.FocusOut
        ):
            self._typing.stop()
            self._typed_field = ""
            self.commit("description")
        return False

    # -- showing ---------------------------------------------------------------------------
    def show_action(self, action_id: int | None) -> None:
        """Show ``action_id`` (None or -1: nothing), first storing what was typed before."""
        if action_id == self.action_id and action_id is not None:
            return
        self.flush()
        action = self.session.action(action_id) if action_id is not None else None
        self.action_id = action.id if action else None
        if action is None:
            self.stack.setCurrentWidget(self.placeholder)
            self._show_indicators(None)
            return
        self._show(action)
        self._show_indicators(action)
        self.stack.setCurrentIndex(1)

    def _show(self, stored: Action) -> None:
        # A kept draft was typed over an earlier version: its changes count against that.
        self._base = (
            self._draft_bases.get(stored.id, stored) if stored.id in self._drafts else stored
        )
        draft, raw = self._drafts.get(stored.id, (stored, {}))
        self._loading = True
        try:
            self.form.fill(draft)
            self.form.restore_raw_texts(raw)
        finally:
            self._loading = False
        self.form.show_phase_hint(self.session.suggested_phase(draft.end), draft.phase)
        problems = (
            self._check(draft, self.form.read(stored)[1]) if stored.id in self._drafts else {}
        )
        if not problems:
            self._show_problems({})
        elif self.form.first_tab_with(problems) != self.form.tabs.currentIndex():
            self.form.tabs.setCurrentIndex(self.form.first_tab_with(problems))

    def show_draft(self, draft: Action, message: str = "", typed: dict | None = None) -> None:
        """Show an edit that was refused elsewhere (a table cell), to be corrected here;
        ``typed`` holds date texts that could not be read, to show as typed."""
        if draft.id is None or self.session.action(draft.id) is None:
            return
        self.show_action(draft.id)
        stored = self.session.action(draft.id)
        self._drafts[draft.id] = (draft, dict(typed or {}))
        self._draft_bases.setdefault(draft.id, stored)
        self._show(stored)
        if message and not self.banner.isVisible():
            self._show_banner(message)

    def has_unsaved_changes(self, action_id: int | None = None) -> bool:
        return (self.action_id if action_id is None else action_id) in self._drafts

    def unsaved_titles(self) -> list[str]:
        """The actions whose typed values could not be stored (shown as "not saved yet")."""
        return [draft.title for draft, _raw in self._drafts.values()]

    # -- storing ---------------------------------------------------------------------------
    def flush(self) -> None:
        """Store what is typed in the field being edited (before another action is shown,
        or the window closes, or another window's changes are read)."""
        self._typing.stop()
        field, self._typed_field = self._typed_field, ""
        if self.action_id is not None and not self._loading:
            self.commit(field, merge=bool(field))
            if self._indicators_built():
                self.indicators.commit()

    def commit(self, field: str, merge: bool = False) -> bool:
        """Check the whole action as the fields show it; store it if it is right."""
        if self._loading or self.action_id is None:
            return False
        stored = self.session.action(self.action_id)
        if stored is None:
            return False
        if self._base is not None and self._base.id == stored.id:
            stored = self._base  # what the form was filled from: only changes are written
        before = self._drafts.get(stored.id, (stored, {}))[0]
        try:
            draft, unreadable = self.form.read(stored)
        except RuntimeError:  # the window is being destroyed, its fields one by one
            return False
        if field == "dates":
            draft = self._follow_phase(before, draft)
        if self._check(draft, unreadable):
            self._drafts[stored.id] = (draft, self._raw_of(unreadable))
            self._draft_bases.setdefault(stored.id, stored)
            self.discard_button.setVisible(True)
            return False
        self._drafts.pop(stored.id, None)
        self._draft_bases.pop(stored.id, None)
        self._saving = True
        try:
            result = self.session.save_action(draft, field, merge=merge, base=stored)
        except WRITE_ERRORS as error:
            self._drafts[stored.id] = (draft, {})
            self._draft_bases.setdefault(stored.id, stored)
            self._show_banner(error_text(error))
            return False
        finally:
            self._saving = False
        if result.id == self.action_id:
            # Dates as the locale writes them, another window's merged change, or theirs
            # when taken; typed text that only differs by spaces around it stays as typed.
            self._show(result)
        if field == "budget":  # show the amounts the way the locale writes them
            self._loading = True
            try:
                self.form.budget.set_cents(draft.budget_cents)
                self.form.spent.set_cents(draft.spent_cents)
            finally:
                self._loading = False
        self.form.show_budget_summary(draft)
        return True

    def _raw_of(self, unreadable: dict[str, list[str]]) -> dict[str, str]:
        raw = self.form.raw_texts()
        return {name: raw[name] for name in (*DATE_FIELDS, *MONEY_FIELDS) if name in unreadable}

    def _check(self, draft: Action, unreadable: dict[str, list[str]]) -> dict[str, list[str]]:
        """Show (and return) every message about ``draft``, by field."""
        problems = {name: list(messages) for name, messages in unreadable.items()}
        for problem in check_action(draft):
            if problem.field not in unreadable:
                problems.setdefault(problem.field, []).append(problem_text(problem))
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: dict[str, list[str]]) -> None:
        if self._form is not None or problems:
            self.form.show_problems(problems)
        if not problems:
            self.banner.setVisible(False)
            return
        first = next(iter(problems.values()))[0]
        self._show_banner(
            self.tr("Not saved yet: {problem} Your input is kept until you correct it.").format(
                problem=first
            )
        )

    def _show_banner(self, text: str) -> None:
        self.banner_label.setText(text)
        self.discard_button.setVisible(self.has_unsaved_changes())
        self.banner.setVisible(True)

    def forget_drafts(self) -> None:
        """The file's data was replaced from a backup: kept drafts belong to the data as it
        was (the copy of it taken before the replace holds what was stored)."""
        self._drafts.clear()
        self._draft_bases.clear()
        self._show_problems({})

    def discard(self) -> None:
        """Forget the input that could not be stored; show the stored action."""
        if self.action_id is None:
            return
        self._drafts.pop(self.action_id, None)
        self._draft_bases.pop(self.action_id, None)
        stored = self.session.action(self.action_id)
        if stored is not None:
            self._show(stored)

    # -- helpers ---------------------------------------------------------------------------
    def _follow_phase(self, before: Action, draft: Action) -> Action:
        """A new end date moves the phase too, unless the user chose a different one."""
        suggested = self.session.suggested_phase(draft.end)
        if draft.end != before.end and draft.phase == self.session.suggested_phase(before.end):
            draft = draft.with_changes(phase=suggested)
            self.form.phase.setCurrentIndex(self.form.phase.findData(suggested))
        self.form.show_phase_hint(suggested, draft.phase)
        return draft

    def _use_suggested_phase(self) -> None:
        phase = self.form.use_phase.property("phase")
        self.form.phase.setCurrentIndex(self.form.phase.findData(phase))
        self.commit("phase")
        self.form.show_phase_hint(phase, phase)

    def _links_changed(self, codes: tuple) -> None:
        """Linking the first benchmark also fills in its dimension, if none was chosen."""
        form = self.form
        if not form.dimension.currentData() and codes:
            benchmark = self.session.names.benchmarks.get(codes[0])
            if benchmark is not None:
                form.dimension.setCurrentIndex(form.dimension.findData(benchmark.dimension))
        self.commit("benchmarks")

    def _stored_action_changed(self, action_id: int) -> None:
        if action_id != self.action_id or self._saving:
            return
        stored = self.session.action(action_id)
        if stored is not None and action_id not in self._drafts:
            self._show(stored)
            self._show_indicators(stored)

    def _actions_changed(self) -> None:
        if self._saving:  # our own write: the form already shows it, as typed
            return
        for action_id in [i for i in self._drafts if self.session.action(i) is None]:
            del self._drafts[action_id]
            self._draft_bases.pop(action_id, None)
        if self.action_id is not None and self.session.action(self.action_id) is None:
            self.action_id = None
            self._base = None
            self.stack.setCurrentWidget(self.placeholder)
            self._show_indicators(None)
            return
        stored = self.session.action(self.action_id) if self.action_id is not None else None
        if stored is not None and stored != self._base and stored.id not in self._drafts:
            self._show(stored)  # read again after another window's change
