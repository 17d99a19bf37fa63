"""The library's trees: the benchmark pack (dimensions, their sub-themes and benchmarks, and
their common challenges) over one small read-only tree model that the guide's tree shares."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.library.rich_text import paragraphs

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


class _Node:
    __slots__ = ("children", "code", "kind", "parent", "row", "title", "tooltip")

    def __init__(self, kind: str, code: str, title: str, parent: _Node | None, tooltip: str = ""):
        self.kind = kind
        self.code = code
        self.title = title
        self.tooltip = tooltip
        self.parent = parent
        self.children: list[_Node] = []
        self.row = len(parent.children) if parent else 0
        if parent:
            parent.children.append(self)


class NodeTreeModel(QAbstractItemModel):
    """A read-only tree of nodes built once; each row knows its item's code and kind."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "", "", None)
        self._by_code: dict[str, _Node] = {}

    def _add(self, kind: str, code: str, title: str, parent: _Node, tooltip: str = "") -> _Node:
        node = _Node(kind, code, title, parent, tooltip)
        self._by_code[code] = node
        return node

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            # As escaped HTML: Qt would take a text that merely looks like HTML for HTML.
            return paragraphs(node.tooltip, []) or None
        if role == CODE_ROLE:
            return node.code
        if role == KIND_ROLE:
            return node.kind
        return None

    def index_of(self, code: str) -> QModelIndex:
        """The index of the item with ``code``, or an invalid index."""
        node = self._by_code.get(code)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()


class ContentTreeModel(NodeTreeModel):
    """The benchmark pack: dimensions, sub-themes, benchmarks and common challenges."""

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        for dimension in content.dimensions:
            d = self._add(
                "dimension", dimension.code, f"{dimension.number}. {dimension.title}", self._root
            )
            for subtheme in content.subthemes_of(dimension.code):
                s = self._add("subtheme", subtheme.code, subtheme.title, d)
                for benchmark in content.benchmarks_of(subtheme.code):
                    self._add("benchmark", benchmark.code, benchmark.title, s, benchmark.text)
            challenges = content.challenges_of(dimension.code)
            if challenges:
                title = self.tr("Common challenges ({count})").format(count=len(challenges))
                # Selecting the group shows the dimension's page, which lists its challenges.
                group = _Node("challenges", dimension.code, title, d)
                for challenge in challenges:
                    self._add("challenge", challenge.code, challenge.text, group, challenge.text)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Dimensions and key benchmarks")
        return None
