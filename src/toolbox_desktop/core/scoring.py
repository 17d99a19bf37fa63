"""Transparent scores for a self-assessment (the same text is in the app's help and README).

For a group of benchmarks (a sub-theme, a dimension, or all of them):

* Only benchmarks rated with a level 0-4 count. "Not applicable" and "outside our
  competence" are left out of the denominator; so are benchmarks not rated yet (the screens
  show how many are rated, so a score over few ratings is visible as such).
* score = sum of levels / (4 x number of counted benchmarks) x 100 %.
  Every benchmark weighs the same, so a dimension's score is not the mean of its sub-themes.
* target score = sum of targets / (4 x counted) x 100 %, where a benchmark without a target
  counts with its current level (no change planned). A target below the current level is
  shown as entered.
* target reached = sum of min(level, target) / sum of targets x 100 %, over counted benchmarks
  that have a target above 0: how much of the way to the targets has been covered. A
  benchmark already at or above its target counts as fully reached.
* gap = target - level where the target is above the level; weighted gap = gap x priority
  (low 1, medium 2, high 3). The gap list is sorted by weighted gap, largest first.
* A group with no counted benchmark has no score, and says why: "not rated yet", or, when
  every benchmark in it is excluded, "not applicable" or "outside our competence" (which of
  the two: ``Score.missing``). Counts name what they count the same way: "0 of 14 rated,
  14 outside our competence", never "14 of 14 rated" for benchmarks only marked as excluded.

The benchmarks are the benchmark pack's only (``Content.benchmarks``): a guidance pack's items
live in ``Content.guidance`` and are never part of a score or its denominator.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolbox_desktop.core.assessment import MAX_LEVEL, OUTSIDE_COMPETENCE, Rating
from toolbox_desktop.core.content import Content

# Why a group has no score (``Score.missing``); the exclusions keep their rating codes.
UNRATED, EXCLUDED = "unrated", "excluded"
NOT_APPLICABLE, OUTSIDE = "not-applicable", OUTSIDE_COMPETENCE


@dataclass(frozen=True)
class Score:
    """The numbers behind one group's score."""

    total: int = 0  # benchmarks in the group
    counted: int = 0  # rated with a level, not excluded
    excluded: int = 0  # not applicable or outside competence
    achieved: int = 0  # sum of levels of the counted ones
    target_sum: int = 0  # sum of targets (current level where no target) of the counted ones
    reached: int = 0  # sum of min(level, target) where a target > 0 is set
    wanted: int = 0  # sum of targets where a target > 0 is set
    outside: int = 0  # of ``excluded``: marked outside our competence (the rest: not applicable)

    @property
    def rated(self) -> int:
        return self.counted + self.excluded

    @property
    def not_applicable(self) -> int:
        return self.excluded - self.outside

    @property
    def missing(self) -> str:
        """Why there is no score: "" (there is one), ``UNRATED``, ``NOT_APPLICABLE``,
        ``OUTSIDE_COMPETENCE`` or ``EXCLUDED`` (every benchmark excluded, in both ways)."""
        if self.counted:
            return ""
        if not self.all_excluded:
            return UNRATED
        if self.outside == self.total:
            return OUTSIDE
        return NOT_APPLICABLE if self.outside == 0 else EXCLUDED

    @property
    def unrated(self) -> int:
        return self.total - self.rated

    @property
    def maximum(self) -> int:
        return MAX_LEVEL * self.counted

    @property
    def percent(self) -> float | None:
        return 100.0 * self.achieved / self.maximum if self.maximum else None

    @property
    def target_percent(self) -> float | None:
        return 100.0 * self.target_sum / self.maximum if self.maximum else None

    @property
    def target_reached(self) -> float | None:
        return 100.0 * self.reached / self.wanted if self.wanted else None

    @property
    def all_excluded(self) -> bool:
        return self.total > 0 and self.excluded == self.total

    def add(self, rating: Rating | None) -> Score:
        """This score with one more benchmark (rated as ``rating``, or not rated)."""
        total = self.total + 1
        if rating is None or not rating.is_rated:
            return _score(self, total=total)
        if rating.exclusion:
            outside = self.outside + (rating.exclusion == OUTSIDE_COMPETENCE)
            return _score(self, total=total, excluded=self.excluded + 1, outside=outside)
        level = rating.level
        target = level if rating.target is None else rating.target
        has_target = rating.target is not None and rating.target > 0
        return _score(
            self,
            total=total,
            counted=self.counted + 1,
            achieved=self.achieved + level,
            target_sum=self.target_sum + target,
            reached=self.reached + (min(level, rating.target) if has_target else 0),
            wanted=self.wanted + (rating.target if has_target else 0),
        )


def _score(base: Score, **changes) -> Score:
    values = {name: getattr(base, name) for name in Score.__dataclass_fields__}
    values.update(changes)
    return Score(**values)


@dataclass(frozen=True)
class Scores:
    overall: Score
    dimensions: dict[str, Score]
    subthemes: dict[str, Score]


def compute_scores(content: Content, ratings: dict[str, Rating]) -> Scores:
    """Scores per sub-theme, per dimension and overall, from ratings keyed by benchmark code."""
    overall = Score()
    dimensions = {d.code: Score() for d in content.dimensions}
    subthemes = {s.code: Score() for s in content.subthemes}
    for benchmark in content.benchmarks:
        rating = ratings.get(benchmark.code)
        overall = overall.add(rating)
        dimensions[benchmark.dimension] = dimensions[benchmark.dimension].add(rating)
        subthemes[benchmark.subtheme] = subthemes[benchmark.subtheme].add(rating)
    return Scores(overall, dimensions, subthemes)


@dataclass(frozen=True)
class Gap:
    benchmark: str
    dimension: str
    level: int
    target: int
    priority: int

    @property
    def gap(self) -> int:
        return self.target - self.level

    @property
    def weighted(self) -> int:
        return self.gap * self.priority


def gap_list(content: Content, ratings: dict[str, Rating]) -> list[Gap]:
    """Benchmarks whose target is above their level, largest weighted gap first."""
    gaps = []
    for position, benchmark in enumerate(content.benchmarks):
        rating = ratings.get(benchmark.code)
        if rating is None or not rating.counts or rating.target is None:
            continue
        if rating.target > rating.level:
            gap = Gap(
                benchmark.code, benchmark.dimension, rating.level, rating.target, rating.priority
            )
            gaps.append((-gap.weighted, -gap.gap, position, gap))
    return [entry[-1] for entry in sorted(gaps)]
