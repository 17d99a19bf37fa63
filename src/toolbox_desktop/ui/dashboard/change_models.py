"""Tables of a comparison: the score change per dimension, and what changed per benchmark."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from toolbox_desktop.core.comparison import (
    DOWN,
    NEWLY_RATED,
    NO_LONGER_RATED,
    NOT_COMPARABLE,
    SAME,
    UP,
    BenchmarkChange,
    Comparison,
)
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.core.scoring import Score
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    format_percent,
    format_points,
    no_score_text,
    points_change,
    rating_text,
    rating_tooltip,
)
from toolbox_desktop.ui.common.palette import DOWN_COLOR, UP_COLOR, themed
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.common.roles import CODE_ROLE, KIND_ROLE, SORT_ROLE, VALUE_ROLE

KIND_NAMES = {
    UP: QT_TRANSLATE_NOOP("Comparison", "Up"),
    DOWN: QT_TRANSLATE_NOOP("Comparison", "Down"),
    SAME: QT_TRANSLATE_NOOP("Comparison", "Same"),
    NEWLY_RATED: QT_TRANSLATE_NOOP("Comparison", "Newly rated"),
    NO_LONGER_RATED: QT_TRANSLATE_NOOP("Comparison", "No longer rated"),
    NOT_COMPARABLE: QT_TRANSLATE_NOOP("Comparison", "Not comparable"),
}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Comparison", KIND_NAMES.get(kind, kind))


def change_color(points: int | float | None):
    if not points:
        return None
    return themed(UP_COLOR if points > 0 else DOWN_COLOR)


class DimensionChangeModel(QAbstractTableModel):
    """Per dimension (and a last row for all benchmarks): earlier, later, change in points."""

    NAME, BEFORE, AFTER, CHANGE = range(4)

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._rows = [(d.code, dimension_label(d.number, d.title)) for d in content.dimensions]
        self._rows.append(("", self.tr("All benchmarks")))
        self._comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._comparison is None else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def scores(self, row: int) -> tuple[Score, Score]:
        code = self._rows[row][0]
        comparison = self._comparison
        if not code:
            return comparison.before.overall, comparison.after.overall
        return comparison.before.dimensions[code], comparison.after.dimensions[code]

    def change(self, row: int) -> int | None:
        """The change in points, as shown: the difference of the two shown scores."""
        before, after = self.scores(row)
        return points_change(before.percent, after.percent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        code, title = self._rows[row]
        before, after = self.scores(row)
        if role == CODE_ROLE:
            return code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return title
            if column == self.CHANGE:
                return format_points(self.change(row), "–")
            score = before if column == self.BEFORE else after
            return format_percent(score.percent, no_score_text(score))
        if role in (VALUE_ROLE, SORT_ROLE):
            if column == self.NAME:
                return row if role == SORT_ROLE else title
            if column == self.CHANGE:
                return self.change(row)
            return (before if column == self.BEFORE else after).percent
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE:
            return change_color(self.change(row))
        if role == Qt.ItemDataRole.FontRole and not code:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Dimension"),
                self.tr("Earlier"),
                self.tr("Later"),
                self.tr("Change (points)"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.NAME:
            return RIGHT
        return None


class BenchmarkChangeModel(QAbstractTableModel):
    """One row per benchmark: what kind of change, the level before and after, the delta."""

    CODE, TITLE, DIMENSION, KIND, BEFORE, AFTER, DELTA = range(7)

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._titles = {b.code: b.title for b in content.benchmarks}
        self._numbers = content.benchmark_numbers  # "1.1.2", as the rating list shows them
        self._dimensions = {d.code: dimension_label(d.number, d.title) for d in content.dimensions}
        self._changes: list[BenchmarkChange] = []

    def set_changes(self, changes: list[BenchmarkChange]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def change_at(self, row: int) -> BenchmarkChange:
        return self._changes[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        column = index.column()
        if role == CODE_ROLE:
            return change.benchmark
        if role == KIND_ROLE:
            return change.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(change, column)
        if role == SORT_ROLE:
            return self._sort_key(change, column, index.row())
        if role == VALUE_ROLE:
            return change.delta if column == self.DELTA else self._text(change, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return as_typed(self._titles.get(change.benchmark, ""))
            if column in (self.BEFORE, self.AFTER):
                return rating_tooltip(change.before if column == self.BEFORE else change.after)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.KIND, self.DELTA):
            return change_color(change.delta)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.BEFORE,
            self.AFTER,
            self.DELTA,
        ):
            return RIGHT
        return None

    def _text(self, change: BenchmarkChange, column: int) -> str:
        if column == self.CODE:
            return self._numbers.get(change.benchmark, change.benchmark)
        if column == self.TITLE:
            return self._titles.get(change.benchmark, "")
        if column == self.DIMENSION:
            return self._dimensions.get(change.dimension, change.dimension)
        if column == self.KIND:
            return kind_name(change.kind)
        if column == self.BEFORE:
            return rating_text(change.before)
        if column == self.AFTER:
            return rating_text(change.after)
        return format_points(change.delta, "–")

    def _sort_key(self, change: BenchmarkChange, column: int, row: int):
        if column == self.DELTA:
            return -1000 if change.delta is None else change.delta
        if column in (self.BEFORE, self.AFTER):
            rating = change.before if column == self.BEFORE else change.after
            return rating.level if rating is not None and rating.counts else -1
        if column == self.KIND:
            return list(KIND_NAMES).index(change.kind) if change.kind in KIND_NAMES else 99
        if column == self.CODE:
            return row  # the toolbox's order, not the alphabet
        return self._text(change, column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Benchmark"),
                self.tr("Dimension"),
                self.tr("Change"),
                self.tr("Earlier"),
                self.tr("Later"),
                self.tr("Level change"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.DELTA:
            return self.tr("Change in level (0–4), when both assessments rated it with a level")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (
            self.BEFORE,
            self.AFTER,
            self.DELTA,
        ):
            return RIGHT
        return None


ALL, UP_ONLY, DOWN_ONLY, CHANGED = "all", "up", "down", "changed"


def is_changed(change: BenchmarkChange) -> bool:
    """Anything but "same"; an exclusion kept as it was is no change either."""
    if change.kind == SAME:
        return False
    if change.kind == NOT_COMPARABLE:
        return (change.before.exclusion, change.before.level) != (
            change.after.exclusion,
            change.after.level,
        )
    return True


class ChangeFilterProxy(QSortFilterProxyModel):
    """Shows all benchmarks, only those that went up or down, or all that changed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mode = ALL
        self.setSortRole(SORT_ROLE)

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        self.beginFilterChange()
        self._mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._mode == ALL:
            return True
        model = self.sourceModel()
        kind = model.index(source_row, 0, source_parent).data(KIND_ROLE)
        if self._mode == UP_ONLY:
            return kind == UP
        if self._mode == DOWN_ONLY:
            return kind == DOWN
        return is_changed(model.change_at(source_row))
