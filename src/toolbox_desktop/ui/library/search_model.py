"""Search results as a list model: each row shows the kind, the title and a snippet, marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from toolbox_desktop.core.text_search import ContentSearch, SearchHit
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.library.guide_parts import kind_name
from toolbox_desktop.ui.library.rich_text import highlighted
from toolbox_desktop.ui.library.tree_model import CODE_ROLE, KIND_ROLE

HTML_ROLE = Qt.ItemDataRole.UserRole + 5


class SearchResultsModel(QAbstractListModel):
    """Holds the hits of the current query."""

    def __init__(self, search: ContentSearch, parent=None) -> None:
        super().__init__(parent)
        self._search = search
        self._hits: list[SearchHit] = []
        self._query = ""

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query
        self._hits = self._search.search(query)
        self.endResetModel()

    def kind_label(self, kind: str) -> str:
        return {
            "dimension": self.tr("Dimension"),
            "subtheme": self.tr("Sub-theme"),
            "benchmark": self.tr("Benchmark"),
            "challenge": self.tr("Challenge"),
            "practice": self.tr("Practice"),
            "guide": self.tr("How to use"),
        }.get(kind) or kind_name(kind)  # a guidance pack's kinds

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.kind_label(hit.kind)}: {hit.title}"
        if role == HTML_ROLE:
            html = (
                f'<span style="color:#555555">{escape(self.kind_label(hit.kind))}</span> '
                f"<b>{highlighted(hit.title, hit.title_spans)}</b>"
            )
            if hit.snippet:
                html += f"<br>{highlighted(hit.snippet, hit.snippet_spans)}"
            return html
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_typed(hit.code)
        if role == CODE_ROLE:
            return hit.code
        if role == KIND_ROLE:
            return hit.kind
        return None
