"""Actions imported from a spreadsheet: written in one transaction, undone in one step.

``import_into_plan`` writes what the user confirmed (``exchange/sheets/importing.write``:
one ``BEGIN IMMEDIATE`` transaction), takes the actions into the session and pushes one
``ImportActionsCommand``: Undo hides the added actions and indicators and puts the changed
fields and indicators back, Redo brings both back, each in one transaction, under the plan's
undo policy (``commands._Replayed``: a clash with another window's change of an action is
asked about, per action).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.exchange.sheets.importing import write
from toolbox_desktop.ui.common.undo import push
from toolbox_desktop.ui.plan.commands import _laid_over, _Replayed

if TYPE_CHECKING:
    from toolbox_desktop.exchange.sheets.plan_import import ImportPlan
    from toolbox_desktop.ui.plan.session import PlanSession


class SheetImportCommands(QObject):
    """The translation context of the import's undo step (a plural message)."""


def import_into_plan(session: PlanSession, plan: ImportPlan) -> tuple[list[Action], list[Action]]:
    """Write ``plan``; returns (added, changed) as stored. Raises what the repository raises
    (nothing is written then)."""
    added, changed, indicators = write(session.repository, plan)
    session.keep_written(added + changed)
    if indicators:
        session.indicators_changed.emit()
    count = len(added) + len(changed)
    text = SheetImportCommands.tr("Import %n action(s) from a spreadsheet", "", count)
    pairs = [(c.before, after) for c, after in zip(plan.changed, changed, strict=True)]
    command = ImportActionsCommand(session, [a.id for a in added], pairs, text, indicators)
    push(session.undo_stack, command)
    return added, changed


class ImportActionsCommand(_Replayed):
    """``added``: the ids of the actions the import added; ``changed``: (before, after) of
    each action it updated; ``indicators``: (before, after as stored) of each indicator it
    wrote, before None when it added it. An indicator is put back whole (Undo) or written
    again whole (Redo), without asking about another window's change of it."""

    def __init__(
        self,
        session: PlanSession,
        added: list[int],
        changed: list[tuple[Action, Action]],
        text: str,
        indicators: list[tuple[Indicator | None, Indicator]] | None = None,
    ) -> None:
        super().__init__(session, text)
        self.added = added
        self.changed = changed
        self.indicators = indicators or []
        self._theirs: dict[int, Action] = {}  # kept mine over these (by id): the next base

    def _fields(self, before: Action, after: Action) -> tuple[str, ...]:
        return tuple(
            name
            for name in Action.__dataclass_fields__
            if getattr(before, name) != getattr(after, name)
        )

    def _pairs(self, undoing: bool) -> list[tuple[Action, Action]]:
        pairs = []
        for before, after in self.changed:
            base, target = (after, before) if undoing else (before, after)
            theirs = self._theirs.get(after.id)
            if theirs is not None:
                base, target = theirs, _laid_over(theirs, target, self._fields(before, after))
            pairs.append((base, target))
        return pairs

    def write_redo(self) -> None:
        with self.session.repository.writing():
            self.session.restore_actions(self.added)
            stored = self.session.write_changes(self._pairs(undoing=False))
            for before, after in self.indicators:
                if before is None:
                    self.session.restore_indicator(after.id)
                else:
                    self.session.write_indicator(after)
        self.changed = [(b, s) for (b, _a), s in zip(self.changed, stored, strict=True)]
        self._theirs = {}

    def write_undo(self) -> None:
        with self.session.repository.writing():
            stored = self.session.write_changes(self._pairs(undoing=True))
            for before, after in reversed(self.indicators):
                if before is None:
                    self.session.hide_indicator(after.id)
                else:
                    self.session.write_indicator(before)
            self.session.hide_actions(self.added)
        self.changed = [(s, a) for (_b, a), s in zip(self.changed, stored, strict=True)]
        self._theirs = {}

    def rebase(self, conflict: Exception) -> None:
        self._theirs[conflict.stored.id] = conflict.stored

    def leave_out(self, conflict: Exception) -> bool:
        """The user took the other window's version of one updated action: Undo and Redo no
        longer touch it; the rest of the import still is undone and redone."""
        gone = conflict.stored.id
        self.changed = [(b, a) for b, a in self.changed if a.id != gone]
        self._theirs.pop(gone, None)
        return bool(self.changed or self.added or self.indicators)
