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
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.merging import ChangedElsewhereError, changed_fields
from toolbox_desktop.core.plan import IDEA, Action, Indicator, check_action, phase_for
from toolbox_desktop.storage.plan_repository import (
    ACTION_FIELDS,
    INDICATOR_FIELDS,
    ActionNotFoundError,
    InvalidActionError,
    PlanRepository,
)
from toolbox_desktop.ui.common import conflicts
from toolbox_desktop.ui.common.undo import push, register_stack
from toolbox_desktop.ui.plan.commands import (
    WRITE_ERRORS,
    CreateActionCommand,
    DeleteActionsCommand,
    IndicatorCommand,
    StoreActionsCommand,
    error_text,
    what_changed,
)
from toolbox_desktop.ui.plan.texts import BenchmarkNames, one_line, status_name


class PlanCommands(QObject):
    """The translation context of the Edit menu's texts for the plan: ``PlanCommands.tr``
    is a call lupdate reads as a plural message (``QCoreApplication.translate`` with a count
    it reads as singular)."""


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


def _bulk_text(field: str, actions: list[Action]) -> str:
    """What the Edit menu says for one change of ``field`` of several ``actions``."""
    count = len(actions)
    if count == 1:
        return _command_text(field, actions[0].title)
    if field == "status":
        return PlanCommands.tr("Change status of %n action(s)", "", count)
    if field == "owner":
        return PlanCommands.tr("Change who is responsible for %n action(s)", "", count)
    return PlanCommands.tr("Change %n action(s)", "", count)


class PlanSession(QObject):
    """The actions of the plan, read through ``PlanRepository``; changes go on ``undo_stack``.

    Signals:
      ``actions_changed()``: after every change (actions added, deleted, restored, edited
      or read again): read ``actions()`` again.
      ``action_changed(int)``: one action's fields changed (emitted before ``actions_changed``).
      ``indicators_changed()``: an indicator or its measurements changed.
      ``action_selected(int)``: someone asked to show an action (table, timeline, gap list).
      ``notice(str)``: a change could not be made; the text says why and what to do.

    Every edit is written as the fields the user changed against what they saw (``base``);
    when another window changed one of the same fields meanwhile, ``ask_keep_mine(what)`` is
    asked (the page sets it to a question over the window) and the other version is kept in
    the file's edit history either way.
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
        register_stack(undo_stack)  # a command whose Undo fails can stay in place
        self.names = BenchmarkNames(content)
        self.today: Callable[[], date] = date.today  # tests fix the day
        self._actions: dict[int, Action] = {a.id: a for a in repository.actions()}
        self._selected: int | None = None
        self.ask_keep_mine: Callable[[str], bool] = lambda what: conflicts.ask(None, what)

    def use_content(self, content: Content) -> None:
        """The content in another language (the window was built again in it)."""
        self.content = content
        self.names = BenchmarkNames(content)

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
        push(
            self.undo_stack,
            CreateActionCommand(
                self,
                stored,
                QCoreApplication.translate("PlanCommands", "Create action “{title}”").format(
                    title=one_line(stored.title)
                ),
            ),
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

    def save_action(
        self, action: Action, field: str = "", merge: bool = False, base: Action | None = None
    ) -> Action:
        """Store an edited action (raises ``InvalidActionError``): the fields that differ from
        ``base`` (what the screen showed; by default the action as last read). ``field`` names
        the change in the Edit menu; with ``merge``, consecutive saves of the same field of the
        same action are one undo step (clicks on a spin box). Returns the action as stored:
        with the other window's version when the user chose theirs."""
        before = self._actions.get(action.id)
        if before is None:
            return self.create_action(action)
        base = before if base is None else base
        fields = changed_fields(base, action, ACTION_FIELDS)
        if not fields:
            return before
        stored, undo = self._store_action(base, action, fields)
        if undo:
            push(
                self.undo_stack,
                StoreActionsCommand(
                    self,
                    [stored],
                    [undo],
                    _command_text(field, stored.title),
                    f"{stored.id}:{field}" if merge else "",
                ),
            )
        return stored

    def _store_action(
        self, base: Action, mine: Action, fields: tuple[str, ...]
    ) -> tuple[Action, dict]:
        """Write ``mine``'s ``fields`` over the stored action; returns it as stored and the
        values the write replaced (for Undo; empty when nothing was written). A clash with
        another window's change is asked about (``conflicts.store_asking``)."""
        stored = conflicts.store_asking(
            self.repository.save_action,
            base,
            mine,
            fields,
            self._ask_about,
            self.repository.set_aside_action,
        )
        return self._kept(stored.record), stored.replaced()

    def _ask_about(self, theirs: Action | Indicator) -> bool:
        return self.ask_keep_mine(what_changed(theirs))

    def _kept(self, action: Action) -> Action:
        self._keep([action])
        return action

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
        pairs = [(a, a.with_changes(**changes)) for a in before]
        while pairs:
            try:
                after = self.write_changes(pairs, True)
                break
            except ChangedElsewhereError as conflict:
                pairs = self._resolve_bulk(pairs, conflict, changes)
        if not pairs:
            return [self._actions.get(a.id, a) for a in before]
        field = "owner" if "responsible_person" in changes else next(iter(changes))
        undo = [{name: getattr(base, name) for name in changes} for base, _target in pairs]
        describe = partial(_bulk_text, field)  # again when an Undo leaves an action out
        command = StoreActionsCommand(
            self, after, undo, describe(after), bulk=True, describe=describe
        )
        push(self.undo_stack, command)
        return after

    def _resolve_bulk(
        self, pairs: list[tuple[Action, Action]], conflict: ChangedElsewhereError, changes: dict
    ) -> list[tuple[Action, Action]]:
        """One action of a bulk change was changed elsewhere: ask; Keep mine changes it over
        theirs, Use theirs leaves it out (the others are still changed)."""
        theirs = conflict.stored
        mine = next(target for base, target in pairs if base.id == theirs.id)
        if conflicts.keep_mine_or_set_aside(
            conflict, mine, self._ask_about, self.repository.set_aside_action
        ):
            return [
                (theirs, theirs.with_changes(**changes)) if base.id == theirs.id else (base, target)
                for base, target in pairs
            ]
        self._keep([theirs])
        return [(base, target) for base, target in pairs if base.id != theirs.id]

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
        fields = changed_fields(before, moved, ACTION_FIELDS)
        try:
            stored, undo = self._store_action(before, moved, fields)
        except WRITE_ERRORS as error:
            self.notice.emit(error_text(error))
            self.reload()
            return None
        if undo:
            push(
                self.undo_stack,
                StoreActionsCommand(self, [stored], [undo], _command_text("move", stored.title)),
            )
        return stored

    def delete_actions(self, ids: Iterable[int]) -> None:
        """Hide the actions (one undo step brings them all back)."""
        ids = [i for i in dict.fromkeys(ids) if i in self._actions]
        if not ids:
            return
        self.hide_actions(ids)
        count = len(ids)
        text = PlanCommands.tr("Delete %n action(s)", "", count)
        push(self.undo_stack, DeleteActionsCommand(self, ids, text))

    # -- changing indicators (undoable) --------------------------------------------------
    def add_indicator(self, indicator: Indicator) -> Indicator:
        stored = self.write_indicator(replace(indicator, id=None))
        push(
            self.undo_stack,
            IndicatorCommand(
                self,
                None,
                stored,
                QCoreApplication.translate("PlanCommands", "Add indicator “{name}”").format(
                    name=one_line(stored.name)
                ),
            ),
        )
        return stored

    def save_indicator(self, before: Indicator, after: Indicator, field: str = "") -> Indicator:
        """Store the fields of an indicator changed since ``before`` (what the screen showed;
        raises ``ValueError`` without a name), asking when another window changed the same."""
        fields = changed_fields(before, after, INDICATOR_FIELDS)
        if not fields:
            return before
        stored = conflicts.store_asking(
            self.write_indicator,
            before,
            after,
            fields,
            self._ask_about,
            self.repository.set_aside_indicator,
        )
        if not stored.fields:
            self.indicators_changed.emit()
            return stored.record
        push(
            self.undo_stack,
            IndicatorCommand(
                self,
                before,
                stored.record,
                QCoreApplication.translate("PlanCommands", "Edit indicator “{name}”").format(
                    name=one_line(stored.record.name)
                ),
                f"{stored.record.id}:{field}" if field else "",
                undo=stored.replaced(),
            ),
        )
        return stored.record

    def delete_indicator(self, indicator: Indicator) -> None:
        self.hide_indicator(indicator.id)
        push(
            self.undo_stack,
            IndicatorCommand(
                self,
                indicator,
                None,
                QCoreApplication.translate("PlanCommands", "Delete indicator “{name}”").format(
                    name=one_line(indicator.name)
                ),
            ),
        )

    # -- writing without undo (the commands replay through these) ------------------------
    def write_changes(self, pairs: list[tuple[Action, Action]], bulk: bool = False) -> list[Action]:
        """Store each (base, target) pair: the fields in which ``target`` differs from
        ``base``, refused with ``ChangedElsewhereError`` when another window changed one of
        them. With ``bulk`` the same fields of many actions go through one UPDATE per value
        (grouped), so that a bulk change of thousands takes a moment."""
        with self.repository.writing():  # all of it or nothing (an Undo is one step)
            stored = self._write_pairs(pairs, bulk)
        self._keep(stored)
        return stored

    def _write_pairs(self, pairs: list[tuple[Action, Action]], bulk: bool) -> list[Action]:
        if not bulk:
            stored = [self.repository.save_action(target, base) for base, target in pairs]
        else:
            groups: dict[tuple, list[tuple[Action, Action]]] = {}
            for base, target in pairs:
                fields = changed_fields(base, target, ACTION_FIELDS)
                values = tuple((name, getattr(target, name)) for name in fields)
                groups.setdefault(values, []).append((base, target))
            by_id: dict[int, Action] = {}
            for values, members in groups.items():
                ids = [target.id for _base, target in members]
                if not values:
                    by_id.update((t.id, self._actions.get(t.id, t)) for _b, t in members)
                    continue
                expected = {base.id: base for base, _target in members}
                for updated in self.repository.update_actions(ids, expected, **dict(values)):
                    by_id[updated.id] = updated
            stored = [by_id[target.id] for _base, target in pairs]
        return stored

    def hide_actions(self, ids: list[int]) -> None:
        self.repository.delete_actions(ids)
        for action_id in ids:
            self._actions.pop(action_id, None)
        self.actions_changed.emit()

    def restore_actions(self, ids: list[int]) -> None:
        self.repository.restore_actions(ids)
        self._keep([self.repository.action(i) for i in ids])

    def write_indicator(self, indicator: Indicator, base: Indicator | None = None) -> Indicator:
        stored = self.repository.save_indicator(indicator, base)
        self.indicators_changed.emit()
        return stored

    def hide_indicator(self, indicator_id: int) -> None:
        self.repository.delete_indicator(indicator_id)
        self.indicators_changed.emit()

    def restore_indicator(self, indicator_id: int) -> None:
        self.repository.restore_indicator(indicator_id)
        self.indicators_changed.emit()

    def keep_written(self, stored: list[Action]) -> None:
        """Actions written outside the session (a spreadsheet import): show them."""
        self._keep(stored)

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
