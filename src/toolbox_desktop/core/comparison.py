"""Compare two assessments: what went up or down per benchmark, and per dimension."""

from __future__ import annotations

from dataclasses import dataclass

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.scoring import Scores, compute_scores

UP, DOWN, SAME, NEWLY_RATED, NO_LONGER_RATED, NOT_COMPARABLE = (
    "up",
    "down",
    "same",
    "newly-rated",
    "no-longer-rated",
    "not-comparable",
)


@dataclass(frozen=True)
class BenchmarkChange:
    benchmark: str
    dimension: str
    before: Rating | None
    after: Rating | None

    @property
    def delta(self) -> int | None:
        """Change in level, when both assessments rated it with a level."""
        if self.before and self.after and self.before.counts and self.after.counts:
            return self.after.level - self.before.level
        return None

    @property
    def kind(self) -> str:
        before = self.before is not None and self.before.is_rated
        after = self.after is not None and self.after.is_rated
        if not before and after:
            return NEWLY_RATED
        if before and not after:
            return NO_LONGER_RATED
        delta = self.delta
        if delta is None:
            if not before:
                return SAME
            same_exclusion = self.before.exclusion and self.before.exclusion == self.after.exclusion
            return SAME if same_exclusion else NOT_COMPARABLE
        return UP if delta > 0 else DOWN if delta < 0 else SAME


@dataclass(frozen=True)
class Comparison:
    before: Scores
    after: Scores
    changes: list[BenchmarkChange]

    def dimension_change(self, dimension: str) -> float | None:
        """Change of the dimension's score in percentage points."""
        return _difference(self.before.dimensions[dimension], self.after.dimensions[dimension])

    def overall_change(self) -> float | None:
        return _difference(self.before.overall, self.after.overall)

    def of_kind(self, kind: str) -> list[BenchmarkChange]:
        return [change for change in self.changes if change.kind == kind]


def _difference(before, after) -> float | None:
    if before.percent is None or after.percent is None:
        return None
    return after.percent - before.percent


def compare(content: Content, before: dict[str, Rating], after: dict[str, Rating]) -> Comparison:
    """Compare ``before`` (the earlier assessment's ratings) with ``after``."""
    changes = [
        BenchmarkChange(b.code, b.dimension, before.get(b.code), after.get(b.code))
        for b in content.benchmarks
    ]
    return Comparison(compute_scores(content, before), compute_scores(content, after), changes)
