"""The list of benchmarks being rated: a table model over the session's ratings, a filter for
the unrated ones, and a table view that takes digits as levels.

One row per benchmark: its short number ("1.2.3": dimension, sub-theme, benchmark), title
(with a house mark when it was written for small places; two lines of it, the whole title in
its tooltip) and current rating.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.tailoring import is_for_small_places
from toolbox_desktop.ui.assessment.session import AssessmentSession
from toolbox_desktop.ui.assessment.texts import benchmark_numbers, rating_text
from toolbox_desktop.ui.common.header_titles import fit_titles
from toolbox_desktop.ui.common.plain_text import as_typed

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
RATED_ROLE = Qt.ItemDataRole.UserRole + 2
SMALL_PLACES_ROLE = Qt.ItemDataRole.UserRole + 3
# The roles the list answers; a painted cell is asked for about ten, most left to the style.
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        CODE_ROLE,
        RATED_ROLE,
        SMALL_PLACES_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
    )
)
NUMBER_COLUMN, TITLE_COLUMN, RATING_COLUMN = range(3)
LEVEL_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(5)}


def small_place_icon(size: int = 16) -> QIcon:
    """A small house, drawn here so that the app needs no image file for it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2e7d6b"))
    s = size
    roof = QPolygonF(
        [QPointF(s * 0.5, s * 0.08), QPointF(s * 0.96, s * 0.5), QPointF(s * 0.04, s * 0.5)]
    )
    painter.drawPolygon(roof)
    painter.drawRect(int(s * 0.18), int(s * 0.48), int(s * 0.64), int(s * 0.44))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(int(s * 0.42), int(s * 0.64), int(s * 0.17), int(s * 0.28))
    painter.end()
    return QIcon(pixmap)


class BenchmarkListModel(QAbstractTableModel):
    """Benchmarks in the chosen order with the session's current ratings."""

    def __init__(self, content: Content, session: AssessmentSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._benchmarks: list[Benchmark] = list(content.benchmarks)
        self._numbers = benchmark_numbers(content)
        self._places = {b.code: self._place_text(content, b) for b in content.benchmarks}
        self._icon = small_place_icon()
        session.rating_changed.connect(self._rating_changed)
        session.ratings_changed.connect(self._all_changed)

    def _place_text(self, content: Content, benchmark: Benchmark) -> str:
        dimension = content.dimension(benchmark.dimension)
        subtheme = content.item(benchmark.subtheme)
        return self.tr("{number}. {dimension} › {subtheme}").format(
            number=dimension.number, dimension=dimension.title, subtheme=subtheme.title
        )

    def set_order(self, benchmarks: list[Benchmark]) -> None:
        self.beginResetModel()
        self._benchmarks = list(benchmarks)
        self.endResetModel()

    def codes(self) -> list[str]:
        return [b.code for b in self._benchmarks]

    def row_of(self, code: str) -> int:
        return next((row for row, b in enumerate(self._benchmarks) if b.code == code), -1)

    def number(self, code: str) -> str:
        return self._numbers.get(code, code)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._benchmarks)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Benchmark"), self.tr("Rating"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if int(role) not in _ANSWERED_ROLES or not index.isValid():
            return None  # before the rating is looked up: the view asks for every role
        benchmark = self._benchmarks[index.row()]
        column = index.column()
        rating = self.session.rating(benchmark.code)
        small = is_for_small_places(benchmark)
        if role == CODE_ROLE:
            return benchmark.code
        if role == RATED_ROLE:
            return rating is not None and rating.is_rated
        if role == SMALL_PLACES_ROLE:
            return small
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NUMBER_COLUMN:
                return self._numbers.get(benchmark.code, benchmark.code)
            if column == TITLE_COLUMN:
                if small and role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.tr("{title} (for small places)").format(title=benchmark.title)
                return benchmark.title
            if role == Qt.ItemDataRole.AccessibleTextRole and not (rating and rating.is_rated):
                return self.tr("Not rated")
            return rating_text(rating)
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE_COLUMN and small:
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NUMBER_COLUMN:
                return as_typed(self._places[benchmark.code])
            if column == TITLE_COLUMN:
                tip = benchmark.title
                if small:
                    tip += "\n" + self.tr("Written for small and rural municipalities.")
                return as_typed(tip)
            return rating_text(rating)
        excluded = rating is not None and bool(rating.exclusion)
        if role == Qt.ItemDataRole.FontRole and column == RATING_COLUMN and excluded:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _rating_changed(self, code: str) -> None:
        row = self.row_of(code)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def _all_changed(self) -> None:
        if self._benchmarks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._benchmarks) - 1, 2))


class UnratedFilter(QSortFilterProxyModel):
    """Hides rated benchmarks when asked. The filter is applied when switched on or when
    ``refilter`` is called, not on every rating, so that a row just rated stays in place
    until the user moves on."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._only_unrated = False
        self.setDynamicSortFilter(False)

    def only_unrated(self) -> bool:
        return self._only_unrated

    def set_only_unrated(self, on: bool) -> None:
        self._only_unrated = on
        self.refilter()

    def refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._only_unrated:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return not index.data(RATED_ROLE)


class BenchmarkTable(QTableView):
    """The benchmark list; digits 0-4 rate the current row, Delete takes its level away."""

    level_key = Signal(int)
    clear_key = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        # Titles wrap to two lines (German ones run to 100 characters; on one line a laptop
        # showed about 30): every row two lines high, so the list stays even and needs no
        # measuring per row; a longer title ends in "…" and is whole in its tooltip.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NUMBER_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # As wide as the ratings shown (and its title): the rest goes to the titles, which
        # are what a user reads to choose a row.
        header.setSectionResizeMode(RATING_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        fit_titles(header)

    def keyPressEvent(self, event) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            key = event.key()
            if key in LEVEL_KEYS:
                self.level_key.emit(LEVEL_KEYS[key])
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_key.emit()
                event.accept()
                return
        super().keyPressEvent(event)
