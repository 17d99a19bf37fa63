"""The consensus table: per benchmark every participant's rating, median, spread and the
rating the group agreed, ordered by the toolbox or by disagreement.

The agreed rating is the assessment's own rating (read from the session); the individual
ratings come from the workshop repository. The model only shows; the view writes.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.consensus import (
    PARTICIPANT_LABEL,
    Participant,
    ParticipantRating,
    Votes,
    by_disagreement,
    collect_votes,
    format_median,
)
from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.assessment.texts import NO_RATING, benchmark_numbers, rating_text
from toolbox_desktop.ui.common.plain_text import as_typed

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# Background of the spread cell: agreed, close, apart (light enough for black text).
SPREAD_COLOURS = {0: "#d8f0d8", 1: "#fff2c2"}
APART_COLOUR = "#f8d0c8"


def participant_label(participant: Participant) -> str:
    if participant.name:
        return participant.name
    return QCoreApplication.translate("Workshop", PARTICIPANT_LABEL).format(
        number=participant.number
    )


def short_answer(answer: ParticipantRating | None) -> str:
    """A participant's answer in a narrow column: the level digit, "N/A" or a dash."""
    if answer is None or not answer.is_rated:
        return NO_RATING
    if answer.exclusion:
        return QCoreApplication.translate("Workshop", "N/A")
    return str(answer.level)


class ConsensusModel(QAbstractTableModel):
    NUMBER, BENCHMARK = 0, 1  # then one column per participant, then the three below

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self.numbers = benchmark_numbers(content)
        self.titles = {b.code: b.title for b in content.benchmarks}
        self.codes = [b.code for b in content.benchmarks]
        self.participants: list[Participant] = []
        self.votes: list[Votes] = []
        self.agreed: dict[str, Rating] = {}
        self.disagreement_first = True

    # -- data in ---------------------------------------------------------------------------
    def set_data(
        self,
        participants: list[Participant],
        ratings: dict[int, dict[str, ParticipantRating]],
        agreed: dict[str, Rating],
    ) -> None:
        self.beginResetModel()
        self.participants = list(participants)
        votes = collect_votes(self.codes, self.participants, ratings)
        self.votes = by_disagreement(votes) if self.disagreement_first else votes
        self.agreed = dict(agreed)
        self.endResetModel()

    def set_disagreement_first(self, on: bool) -> None:
        if on == self.disagreement_first:
            return
        self.disagreement_first = on
        self.beginResetModel()
        order = {code: i for i, code in enumerate(self.codes)}
        votes = sorted(self.votes, key=lambda v: order[v.benchmark])
        self.votes = by_disagreement(votes) if on else votes
        self.endResetModel()

    def update_agreed(self, code: str, rating: Rating | None) -> None:
        if rating is None:
            self.agreed.pop(code, None)
        else:
            self.agreed[code] = rating
        row = self.row_of(code)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- columns ---------------------------------------------------------------------------
    @property
    def median_column(self) -> int:
        return 2 + len(self.participants)

    @property
    def spread_column(self) -> int:
        return self.median_column + 1

    @property
    def agreed_column(self) -> int:
        return self.median_column + 2

    def row_of(self, code: str) -> int | None:
        for row, votes in enumerate(self.votes):
            if votes.benchmark == code:
                return row
        return None

    def code_at(self, row: int) -> str:
        return self.votes[row].benchmark

    def votes_at(self, row: int) -> Votes:
        return self.votes[row]

    def order(self) -> list[str]:
        return [v.benchmark for v in self.votes]

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.votes)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5 + len(self.participants)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == self.NUMBER:
            return self.tr("No.")
        if section == self.BENCHMARK:
            return self.tr("Benchmark")
        if section < self.median_column:
            # A narrow column per participant: the number, the name in the tooltip and in
            # the participant list beside the table.
            participant = self.participants[section - 2]
            if role == Qt.ItemDataRole.ToolTipRole:
                return as_typed(participant_label(participant))
            return str(participant.number)
        if section == self.median_column:
            return self.tr("Median")
        if section == self.spread_column:
            return self.tr("Spread")
        return self.tr("Agreed rating")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        votes = self.votes[index.row()]
        column = index.column()
        code = votes.benchmark
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(votes, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.BENCHMARK:
            return as_typed(self.titles.get(code, code))
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.BENCHMARK,):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.spread_column:
            if votes.spread is None:
                return None
            return QBrush(QColor(SPREAD_COLOURS.get(votes.spread, APART_COLOUR)))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.spread_column:
            return QBrush(QColor("#000000")) if votes.spread is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(votes, column) or self.tr("empty")
        return None

    def _display(self, votes: Votes, column: int) -> str:
        code = votes.benchmark
        if column == self.NUMBER:
            return self.numbers.get(code, code)
        if column == self.BENCHMARK:
            return self.titles.get(code, code)
        if column < self.median_column:
            return short_answer(votes.answers[column - 2])
        if column == self.median_column:
            return format_median(votes.median, QLocale().name())
        if column == self.spread_column:
            return "" if votes.spread is None else str(votes.spread)
        return rating_text(self.agreed.get(code))
