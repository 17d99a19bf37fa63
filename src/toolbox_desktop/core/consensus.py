"""What a workshop group said about each benchmark: every rating, the median and the spread.

The spread is the distance between the lowest and the highest level given (0 when everyone
agrees, 4 when one says "not in place" and another "fully in place"); it is easy to explain on a
projector. Benchmarks are ordered by disagreement: the spread first, then how far the ratings
lie from the median on average, then whether some called the benchmark not applicable while
others rated it. Participants who said "not applicable" or "outside our competence" are counted
apart and do not enter the median.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from toolbox_desktop.core import formatting
from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Participant:
    id: int
    number: int
    name: str = ""  # empty in an anonymous workshop
    source: str = "paper"  # "paper" (entered by the facilitator) or "file" (own laptop)
    uid: str = ""

    def label(self) -> str:
        """The name, or "Participant N" when anonymous (English; the UI translates)."""
        return self.name or PARTICIPANT_LABEL.format(number=self.number)


PARTICIPANT_LABEL = QT_TRANSLATE_NOOP("Workshop", "Participant {number}")


@dataclass(frozen=True)
class ParticipantRating:
    benchmark: str
    level: int | None = None
    exclusion: str = ""
    note: str = ""

    @property
    def is_rated(self) -> bool:
        return self.level is not None or bool(self.exclusion)


@dataclass(frozen=True)
class Votes:
    """Every participant's answer on one benchmark, in participant order (None: not rated)."""

    benchmark: str
    answers: tuple[ParticipantRating | None, ...] = field(default_factory=tuple)

    @property
    def levels(self) -> list[int]:
        return [a.level for a in self.answers if a is not None and a.level is not None]

    @property
    def excluded(self) -> int:
        """How many said not applicable or outside competence."""
        return sum(1 for a in self.answers if a is not None and a.exclusion)

    @property
    def missing(self) -> int:
        return sum(1 for a in self.answers if a is None or not a.is_rated)

    @property
    def median(self) -> float | None:
        levels = self.levels
        return statistics.median(levels) if levels else None

    @property
    def spread(self) -> int | None:
        levels = self.levels
        return max(levels) - min(levels) if levels else None

    @property
    def mean_distance(self) -> float:
        """Average distance of the levels from the median (0 when all agree)."""
        levels, middle = self.levels, self.median
        if middle is None:
            return 0.0
        return sum(abs(level - middle) for level in levels) / len(levels)

    @property
    def split_on_relevance(self) -> bool:
        """Some rated it, others said it does not apply: a disagreement too."""
        return bool(self.levels) and self.excluded > 0

    def counts(self) -> dict[int, int]:
        """How many gave each level 0-4."""
        result = dict.fromkeys(range(5), 0)
        for level in self.levels:
            result[level] += 1
        return result

    def disagreement(self) -> tuple[int, float, int]:
        """Sort key: larger means the group is further apart."""
        return (self.spread or 0, round(self.mean_distance, 6), int(self.split_on_relevance))

    def suggested_level(self) -> int | None:
        """The median rounded down (a half-way median is the cautious lower level)."""
        middle = self.median
        return None if middle is None else int(middle)


def collect_votes(
    codes: list[str],
    participants: list[Participant],
    ratings: dict[int, dict[str, ParticipantRating]],
) -> list[Votes]:
    """One ``Votes`` per benchmark code, answers in the order of ``participants``."""
    return [
        Votes(code, tuple(ratings.get(p.id, {}).get(code) for p in participants)) for code in codes
    ]


def by_disagreement(votes: list[Votes]) -> list[Votes]:
    """Most disagreement first; ties keep the benchmarks' own order."""
    return sorted(votes, key=lambda v: v.disagreement(), reverse=True)


def format_median(value: float | None, locale: str | None = None) -> str:
    """2 → "2", 2.5 → "2.5" (en), "2,5" (de, nl); empty when nobody rated."""
    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else 1
    return formatting.format_number(value, locale, decimals=decimals)
