"""Which actions the table shows: by dimension, status, phase, owner, lateness and free text.

The text filter ignores case and accents ("rosslau" finds "Roßlau") and wants every word
somewhere in the action's texts. Sorting is handed to the source model (see
``ActionTableModel.sort``), so the proxy only filters and keeps the model's order.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

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
        self._today = None

    def action_filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, action_filter: ActionFilter) -> None:
        if action_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = action_filter
        self._terms = query_terms(action_filter.text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: ActionTableModel = self.sourceModel()
        action = model.action_at(source_row)
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
        if wanted.overdue_only and not model.late(action, model.session.today()):
            return False
        if self._terms:
            folded = model.folded_text(source_row)
            return all(term in folded for term in self._terms)
        return True
