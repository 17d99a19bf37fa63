"""The action plan as the screens share it: the actions as last read, and every change to them.

The table, the editor, the timeline and the budget view read the actions from here (never
from the database) and change them only through these methods, which write through
``PlanRepository`` at once and record an undoable command. The actions are read once and then
kept up to date from what each write returns, so that no view queries the file per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.plan import IDEA, Action, Indicator, check_action, phase_for
from toolbox_desktop.storage.plan_repository import (
    ActionNotFoundError,
    InvalidActionError,
    PlanRepository,
)
from toolbox_desktop.ui.plan.commands import (
    WRITE_ERRORS,
    CreateActionCommand,
    DeleteActionsCommand,
    IndicatorCommand,
    StoreActionsCommand,
    error_text,
)
from toolbox_desktop.ui.plan.texts import BenchmarkNames, one_line, status_name


# What the Edit menu says ("Undo Change status of “Language café”"), per edited field.
def _command_text(field: str, title: str) -> str:
    texts = {
        "title": QCoreApplication.translate("PlanCommands", "Rename “{title}”"),
        "status": QCoreApplication.translate("PlanCommands", "Change status of “{title}”"),
        "progress": QCoreApplication.translate("PlanCommands", "Change progress of “{title}”"),
        "dates": QCoreApplication.translate("PlanCommands", "Change dates of “{title}”"),
        "owner": QCoreApplication.translate("PlanCommands", "Change owner of “{title}”"),
        "milestones": QCoreApplication.translate("PlanCommands", "Change milestones of “{title}”"),
        "move": QCoreApplication.translate("PlanCommands", "Move “{title}”"),
    }
    template = texts.get(field) or QCoreApplication.translate("PlanCommands", "Edit “{title}”")
    return template.format(title=one_line(title))


class PlanSession(QObject):
    """The actions of the plan, read through ``PlanRepository``; changes go on ``undo_stack``.

    Signals:
      ``actions_changed()``: after every change (actions added, deleted, restored, edited
      or read again): read ``actions()`` again.
      ``action_changed(int)``: one action's fields changed (emitted before ``actions_changed``).
      ``indicators_changed()``: an indicator or its measurements changed.
      ``action_selected(int)``: someone asked to show an action (table, timeline, gap list).
      ``notice(str)``: a change could not be made; the text says why and what to do.
    """

    actions_changed = Signal()
    action_changed = Signal(int)
    indicators_changed = Signal()
    action_selected = Signal(int)
    notice = Signal(str)

    def __init__(
        self,
        repository: PlanRepository,
        content: Content,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.content = content
        self.undo_stack = undo_stack
        self.names = BenchmarkNames(content)
        self.today: Callable[[], date] = date.today  # tests fix the day
        self._actions: dict[int, Action] = {a.id: a for a in repository.actions()}
        self._selected: int | None = None

    # -- reading -------------------------------------------------------------------------
    def actions(self) -> list[Action]:
        """All actions not deleted, oldest first."""
        return list(self._actions.values())

    def action_ids(self) -> list[int]:
        return list(self._actions)

    def action(self, action_id: int) -> Action | None:
        return self._actions.get(action_id)

    def actions_for_benchmark(self, code: str) -> list[Action]:
        return [a for a in self._actions.values() if code in a.benchmarks]

    def action_summaries_for_benchmark(self, code: str) -> list[tuple[int, str]]:
        """(id, "title – status") of the actions linked to ``code``: what the rating editor's
        "Actions for this benchmark" list shows (inject this as its provider)."""
        return [
            (
                a.id,
                QCoreApplication.translate("PlanTexts", "{title} – {status}").format(
                    title=one_line(a.title), status=status_name(a.status)
                ),
            )
            for a in self.actions_for_benchmark(code)
        ]

    def known_benchmarks(self) -> set[str]:
        return self.names.known()

    def suggested_phase(self, end: date | None) -> str:
        return phase_for(end, self.today())

    def selected_action(self) -> int | None:
        return self._selected if self._selected in self._actions else None

    def indicators(self, action_id: int | None = None, benchmark: str | None = None):
        return self.repository.indicators(action_id=action_id, benchmark=benchmark)

    # -- choosing ------------------------------------------------------------------------
    def select_action(self, action_id: int) -> bool:
        """Ask the screens to show ``action_id``; False if there is no such action."""
        if action_id not in self._actions:
            return False
        self._selected = action_id
        self.action_selected.emit(action_id)
        return True

    # -- changing actions (undoable) -----------------------------------------------------
    def create_action(self, action: Action | None = None) -> Action:
        """Store a new action (raises ``InvalidActionError``) and show it."""
        if action is None:
            action = Action(title=QCoreApplication.translate("PlanTexts", "New action"))
        stored = self.repository.save_action(action.with_changes(id=None))
        self._keep([stored])
        self.undo_stack.push(
            CreateActionCommand(
                self,
                stored,
                QCoreApplication.translate("PlanCommands", "Create action “{title}”").format(
                    title=one_line(stored.title)
                ),
            )
        )
        self.select_action(stored.id)
        return stored

    def create_action_from_benchmark(self, code: str) -> Action:
        """A new idea that closes the gap of benchmark ``code``: linked, in its dimension."""
        benchmark = self.content.item(code)
        title = benchmark.title if isinstance(benchmark, Benchmark) else code
        action = Action(
            title=QCoreApplication.translate("PlanTexts", "Close the gap: {benchmark}").format(
                benchmark=title
            ),
            benchmarks=(code,),
            dimension=benchmark.dimension if isinstance(benchmark, Benchmark) else "",
            status=IDEA,
            phase=self.suggested_phase(None),
        )
        return self.create_action(action)

    def save_action(self, action: Action, field: str = "", merge: bool = False) -> Action:
        """Store an edited action (raises ``InvalidActionError``). ``field`` names the change
        in the Edit menu; with ``merge``, consecutive saves of the same field of the same
        action are one undo step (clicks on a spin box)."""
        before = self._actions.get(action.id)
        if before is None:
            return self.create_action(action)
        if action == before:
            return before
        (stored,) = self.write_actions([action])
        self.undo_stack.push(
            StoreActionsCommand(
                self,
                [before],
                [stored],
                (),
                _command_text(field, stored.title),
                f"{stored.id}:{field}" if merge else "",
            )
        )
        return stored

    def update_actions(self, ids: Iterable[int], **changes) -> list[Action]:
        """Change the same fields (status, owner...) of several actions: one undo step."""
        ids = [i for i in dict.fromkeys(ids) if i in self._actions]
        before = [self._actions[i] for i in ids]
        if not ids or all(a.with_changes(**changes) == a for a in before):
            return before
        for action in before:
            problems = check_action(action.with_changes(**changes))
            if problems:
                raise InvalidActionError(problems)
        after = self.write_actions([a.with_changes(**changes) for a in before], tuple(changes))
        field = "owner" if "responsible_person" in changes else next(iter(changes))
        count = len(after)
        if count == 1:
            text = _command_text(field, after[0].title)
        elif field == "status":
            text = QCoreApplication.translate(
                "PlanCommands", "Change status of %n action(s)", None, count
            )
        elif field == "owner":
            text = QCoreApplication.translate(
                "PlanCommands", "Change who is responsible for %n action(s)", None, count
            )
        else:
            text = QCoreApplication.translate("PlanCommands", "Change %n action(s)", None, count)
        self.undo_stack.push(StoreActionsCommand(self, before, after, tuple(changes), text))
        return after

    def move_action(self, action_id: int, start: date | None, end: date | None) -> Action | None:
        """New dates for an action (a bar dragged on the timeline). The phase follows the end
        date unless the user chose another one. Returns the stored action, or None when the
        move is refused (end before start, a year out of range, no such action): then
        ``notice`` says why and nothing is stored."""
        before = self._actions.get(action_id)
        if before is None:
            self.notice.emit(error_text(ActionNotFoundError(action_id)))
            return None
        phase = before.phase
        if phase == self.suggested_phase(before.end):
            phase = self.suggested_phase(end)
        moved = before.with_changes(start=start, end=end, phase=phase)
        problems = check_action(moved)
        if problems:
            self.notice.emit(error_text(InvalidActionError(problems)))
            return None
        if moved == before:
            return before
        try:
            (stored,) = self.write_actions([moved])
        except WRITE_ERRORS as error:
            self.notice.emit(error_text(error))
            return None
        self.undo_stack.push(
            StoreActionsCommand(self, [before], [stored], (), _command_text("move", stored.title))
        )
        return stored

    def delete_actions(self, ids: Iterable[int]) -> None:
        """Hide the actions (one undo step brings them all back)."""
        ids = [i for i in dict.fromkeys(ids) if i in self._actions]
        if not ids:
            return
        self.hide_actions(ids)
        count = len(ids)  # lupdate drops calls whose count is an expression
        text = QCoreApplication.translate("PlanCommands", "Delete %n action(s)", None, count)
        self.undo_stack.push(DeleteActionsCommand(self, ids, text))

    # -- changing indicators (undoable) --------------------------------------------------
    def add_indicator(self, indicator: Indicator) -> Indicator:
        stored = self.write_indicator(replace(indicator, id=None))
        self.undo_stack.push(
            IndicatorCommand(
                self,
                None,
                stored,
                QCoreApplication.translate("PlanCommands", "Add indicator “{name}”").format(
                    name=one_line(stored.name)
                ),
            )
        )
        return stored

    def save_indicator(self, before: Indicator, after: Indicator, field: str = "") -> Indicator:
        """Store an edited indicator (raises ``ValueError`` without a name)."""
        if after == before:
            return before
        stored = self.write_indicator(after)
        self.undo_stack.push(
            IndicatorCommand(
                self,
                before,
                stored,
                QCoreApplication.translate("PlanCommands", "Edit indicator “{name}”").format(
                    name=one_line(stored.name)
                ),
                f"{stored.id}:{field}" if field else "",
            )
        )
        return stored

    def delete_indicator(self, indicator: Indicator) -> None:
        self.hide_indicator(indicator.id)
        self.undo_stack.push(
            IndicatorCommand(
                self,
                indicator,
                None,
                QCoreApplication.translate("PlanCommands", "Delete indicator “{name}”").format(
                    name=one_line(indicator.name)
                ),
            )
        )

    # -- writing without undo (the commands replay through these) ------------------------
    def write_actions(self, actions: list[Action], fields: tuple[str, ...] = ()) -> list[Action]:
        """Store whole actions, or with ``fields`` only those fields (grouped by value, so
        that a bulk change is written in a few transactions)."""
        if not fields:
            stored = [self.repository.save_action(a) for a in actions]
        else:
            groups: dict[tuple, list[int]] = {}
            for action in actions:
                key = tuple(getattr(action, name) for name in fields)
                groups.setdefault(key, []).append(action.id)
            by_id: dict[int, Action] = {}
            for key, ids in groups.items():
                values = dict(zip(fields, key, strict=True))
                for updated in self.repository.update_actions(ids, **values):
                    by_id[updated.id] = updated
            stored = [by_id[a.id] for a in actions]
        self._keep(stored)
        return stored

    def hide_actions(self, ids: list[int]) -> None:
        self.repository.delete_actions(ids)
        for action_id in ids:
            self._actions.pop(action_id, None)
        self.actions_changed.emit()

    def restore_actions(self, ids: list[int]) -> None:
        self.repository.restore_actions(ids)
        self._keep([self.repository.action(i) for i in ids])

    def write_indicator(self, indicator: Indicator) -> Indicator:
        stored = self.repository.save_indicator(indicator)
        self.indicators_changed.emit()
        return stored

    def hide_indicator(self, indicator_id: int) -> None:
        self.repository.delete_indicator(indicator_id)
        self.indicators_changed.emit()

    def restore_indicator(self, indicator_id: int) -> None:
        self.repository.restore_indicator(indicator_id)
        self.indicators_changed.emit()

    def reload(self) -> None:
        """Read every action again (after a failed write, or a change made elsewhere)."""
        self._actions = {a.id: a for a in self.repository.actions()}
        self.actions_changed.emit()
        self.indicators_changed.emit()

    def _keep(self, stored: list[Action]) -> None:
        """Take written actions into the cache (in id order) and tell the screens."""
        new = [a for a in stored if a.id not in self._actions]
        for action in stored:
            self._actions[action.id] = action
        if new and any(a.id < max(self._actions) for a in new):
            self._actions = dict(sorted(self._actions.items()))
        for action in stored:
            self.action_changed.emit(action.id)
        self.actions_changed.emit()
