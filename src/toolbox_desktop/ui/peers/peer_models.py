"""The peer comparison table: one row per dimension and one for all benchmarks, one column
for one's own assessment and one per compared peer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.scoring import Score, Scores
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    format_percent,
    no_score_text,
    rated_text,
)
from toolbox_desktop.ui.common.palette import fill_color
from toolbox_desktop.ui.common.plain_text import as_typed
from toolbox_desktop.ui.common.roles import CODE_ROLE, VALUE_ROLE

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def swatch_icon(color: QColor | None, dashed: bool = False, size: int = 16) -> QIcon:
    """The look of a series in the radar chart, so a column or list entry can be matched to
    its polygon; a transparent square (keeping text aligned) for what the chart leaves out."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if color is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(1, 3, size - 2, size - 6)
        painter.fillRect(box, fill_color(color, 28 if dashed else 70))
        pen = QPen(color, 2.4)
        if dashed:
            pen.setDashPattern([2.0, 1.2])
        painter.setPen(pen)
        middle = size / 2
        painter.drawLine(1, int(middle), size - 1, int(middle))
        painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class ScoreColumn:
    """One compared assessment: its header (short, may span lines), the full label for the
    tooltip, its scores (None when there is no assessment to show) and its chart colour."""

    header: str
    tooltip: str
    scores: Scores | None
    color: QColor | None = None
    dashed: bool = False
    missing: str = ""  # what the cells say when ``scores`` is None
    theirs: bool = False  # another municipality's ("outside its competence", not "our")


class PeerScoreModel(QAbstractTableModel):
    """Scores in percent, written exactly as on one's own dashboard."""

    NAME = 0

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self._rows = [(d.code, dimension_label(d.number, d.title)) for d in content.dimensions]
        self._rows.append(("", self.tr("Overall")))
        self._columns: list[ScoreColumn] = []

    def set_columns(self, columns: list[ScoreColumn]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def columns(self) -> tuple[ScoreColumn, ...]:
        return tuple(self._columns)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._columns)

    def score(self, row: int, column: int) -> Score | None:
        scores = self._columns[column - 1].scores
        if scores is None:
            return None
        code = self._rows[row][0]
        return scores.dimensions[code] if code else scores.overall

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        code, title = self._rows[row]
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.FontRole and not code:
            font = QFont()
            font.setBold(True)
            return font
        if column == self.NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return title
            return None
        score = self.score(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(column, score)
        if role == VALUE_ROLE:
            return None if score is None else score.percent
        if role == Qt.ItemDataRole.ToolTipRole:
            info = self._columns[column - 1]
            text = self._text(column, score)
            if score is not None:
                text = self.tr("{score} ({rated} benchmarks rated)").format(
                    score=text, rated=rated_text(score)
                )
            return as_typed(
                self.tr("{column}\n{row}: {score}").format(
                    column=info.tooltip, row=title, score=text
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None

    def _text(self, column: int, score: Score | None) -> str:
        info = self._columns[column - 1]
        if score is None:
            return info.missing
        return format_percent(score.percent, no_score_text(score, info.theirs))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Dimension")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return LEFT
            return None
        info = self._columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.tooltip
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch_icon(info.color, info.dashed)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None
