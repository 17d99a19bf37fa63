"""Which actions the table shows: by dimension, status, phase, owner, lateness and free text.

The text filter ignores case and accents ("rosslau" finds "Roßlau") and wants every word
somewhere in the action's texts. Sorting is handed to the source model (see
``ActionTableModel.sort``), so the proxy only filters and keeps the model's order.

Qt asks ``filterAcceptsRow`` once per row on every filter change, sort and reset: with 10,000
actions that is 10,000 calls into Python. So the answers for all rows are worked out in one
pass (``_answers``) and kept until the filter, the model's ``generation`` or (for "overdue
only") the day changes; each call then only looks its row up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

from toolbox_desktop.core.plan import Action
from toolbox_desktop.core.text_search import query_terms
from toolbox_desktop.ui.plan.action_model import ActionTableModel


@dataclass(frozen=True)
class ActionFilter:
    """None (or "", False) lets every action through."""

    dimension: str | None = None
    status: str | None = None
    phase: str | None = None
    owner: str | None = None  # a responsible role or person, as typed
    overdue_only: bool = False  # overdue, or with a milestone overdue
    text: str = ""

    def is_empty(self) -> bool:
        return self == ActionFilter()


class ActionFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = ActionFilter()
        self._terms: list[str] = []
        self._answers: list[bool] | None = None
        self._answers_for = -1  # the model's generation they were worked out for
        self._answers_day = None  # and the day

    def action_filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, action_filter: ActionFilter) -> None:
        if action_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = action_filter
        self._terms = query_terms(action_filter.text)
        self._answers = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def multiData(self, index, roles) -> None:
        # Qt's proxy asks the source role by role (seven calls into Python per painted
        # cell); the source answers them all in one.
        self.sourceModel().multiData(self.mapToSource(index), roles)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: ActionTableModel = self.sourceModel()
        if (
            self._answers is None
            or self._answers_for != model.generation
            # the day counts only for "overdue only" (asking the clock per row is not free)
            or (self._filter.overdue_only and self._answers_day != model.session.today())
        ):
            self._answers = self._answer_all(model)
            self._answers_for = model.generation
            self._answers_day = model.session.today()
        return self._answers[source_row]

    def _answer_all(self, model: ActionTableModel) -> list[bool]:
        """Whether each row of the model passes the filter, in the model's row order."""
        wanted = self._filter
        count = model.rowCount()
        if wanted.is_empty():
            return [True] * count
        answers = [True] * count
        if wanted != ActionFilter(text=wanted.text):  # something besides the text
            today = model.session.today()
            answers = [self._accepts(model.action_at(row), model, today) for row in range(count)]
        if self._terms:
            terms = self._terms
            answers = [
                passed and all(term in folded for term in terms)
                for passed, folded in zip(answers, model.folded_texts(), strict=True)
            ]
        return answers

    def _accepts(self, action: Action, model: ActionTableModel, today) -> bool:
        """Everything but the text."""
        wanted = self._filter
        if wanted.status and action.status != wanted.status:
            return False
        if wanted.phase and action.phase != wanted.phase:
            return False
        if wanted.dimension and action.dimension != wanted.dimension:
            return False
        if wanted.owner and wanted.owner not in (
            action.responsible_role.strip(),
            action.responsible_person.strip(),
        ):
            return False
        return not (wanted.overdue_only and not model.late(action, today))
