"""The scores table: one row per dimension, its sub-themes as children, the numbers in columns.

The rows come from the content and never change; new scores only change the cells, so the
tree keeps what the user expanded.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.scoring import Score, Scores
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    format_number,
    format_percent,
    no_score_text,
    rated_text,
)
from toolbox_desktop.ui.common.roles import CODE_ROLE, SORT_ROLE, VALUE_ROLE

NAME, SCORE, TARGET, REACHED, RATED, EXCLUDED = range(6)
NUMERIC = (SCORE, TARGET, REACHED, RATED, EXCLUDED)


class ScoresTreeModel(QAbstractItemModel):
    """Dimensions (top level) with their sub-themes (children); see core/scoring.py."""

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._dimensions = [
            (d.code, dimension_label(d.number, d.title)) for d in content.dimensions
        ]
        self._subthemes = [
            [(s.code, s.title) for s in content.subthemes_of(d.code)] for d in content.dimensions
        ]
        self._sizes = {
            code: sum(1 for b in content.benchmarks if code in (b.dimension, b.subtheme))
            for code in [d.code for d in content.dimensions] + [s.code for s in content.subthemes]
        }
        self._scores: Scores | None = None

    def set_scores(self, scores: Scores | None) -> None:
        """Show ``scores`` (None: nothing rated)."""
        self._scores = scores
        last = self.columnCount() - 1
        if self._dimensions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._dimensions) - 1, last))
        for row, children in enumerate(self._subthemes):
            if children:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(children) - 1, last, parent)
                )

    # -- structure: internalId 0 for dimensions, dimension row + 1 for sub-themes ----------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._dimensions):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() == 0 and 0 <= row < len(self._subthemes[parent.row()]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._dimensions)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._subthemes[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 6

    def _item(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        if index.internalId() == 0:
            return self._dimensions[index.row()]
        return self._subthemes[index.internalId() - 1][index.row()]

    def score(self, code: str) -> Score:
        """The score of a dimension or sub-theme (empty when nothing is rated)."""
        if self._scores is not None:
            found = self._scores.dimensions.get(code) or self._scores.subthemes.get(code)
            if found is not None:
                return found
        return Score(total=self._sizes.get(code, 0))

    # -- data ------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code, title = self._item(index)
        column = index.column()
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        score = self.score(code)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return title if column == NAME else self._text(score, column)
        if role == VALUE_ROLE:
            return self._value(score, column)
        if role == SORT_ROLE:
            value = self._value(score, column) if column != NAME else title
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(index.internalId() == 0)  # dimensions stand out from sub-themes
            font.setItalic(column == SCORE and score.percent is None)  # no score is no number
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column != NAME:
            return self._tooltip(score)
        return None

    def _value(self, score: Score, column: int):
        return {
            SCORE: score.percent,
            TARGET: score.target_percent,
            REACHED: score.target_reached,
            RATED: score.counted,
            EXCLUDED: score.excluded,
        }.get(column)

    def _text(self, score: Score, column: int) -> str:
        if column == SCORE:
            return format_percent(score.percent, no_score_text(score))
        if column in (TARGET, REACHED):
            return format_percent(self._value(score, column), "–")
        if column == RATED:
            return rated_text(score)
        return format_number(score.excluded)

    def _tooltip(self, score: Score) -> str:
        return self.tr(
            "{counted} counted in the score, {excluded} excluded, {unrated} not rated yet"
        ).format(
            counted=format_number(score.counted),
            excluded=format_number(score.excluded),
            unrated=format_number(score.unrated),
        )

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Dimension / sub-theme"),
                self.tr("Score"),
                self.tr("Target"),
                self.tr("Target reached"),
                self.tr("Rated"),
                self.tr("Excluded"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                self.tr("Sum of levels ÷ (4 × benchmarks rated with a level)"),
                self.tr("The score the targets would give"),
                self.tr("How much of the way to the targets has been covered"),
                self.tr("Benchmarks rated (with a level or excluded) of all benchmarks"),
                self.tr("Not applicable or outside our competence: left out of the score"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
