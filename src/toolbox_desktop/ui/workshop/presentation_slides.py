"""What each projector slide says, as plain data and translated text.

Kept apart from the painting so that the words on the wall and the text read out to screen
readers (and checked by the tests) come from one place. Participants' names never enter a
slide: the group's ratings are shown as counts only, so nobody is singled out on a projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from toolbox_desktop.core.assessment import LEVELS, Rating
from toolbox_desktop.core.consensus import Votes, by_disagreement, format_median
from toolbox_desktop.core.content import Benchmark, Content
from toolbox_desktop.core.scoring import (
    EXCLUDED,
    NOT_APPLICABLE,
    OUTSIDE,
    Score,
    compute_scores,
    gap_list,
)
from toolbox_desktop.ui.assessment.texts import (
    benchmark_numbers,
    exclusion_name,
    level_label,
    level_name,
)
from toolbox_desktop.ui.common.formatting import (
    dimension_label,
    exclusions_text,
    format_number,
    format_percent,
)

TOP_ITEMS = 3  # gaps or disagreements listed on a dimension slide


class Presentation(QObject):
    """The translation context of the slides, for a plural message: lupdate reads
    ``Presentation.tr(text, "", count)`` as one (``QCoreApplication.translate`` with a count
    it reads as singular)."""


def number_text(value: float) -> str:
    """A median: 2 → "2", 2.5 → "2.5" / "2,5" (``core.formatting``, the user's locale)."""
    return format_median(value, QLocale().name())


@dataclass(frozen=True)
class VoteChart:
    """The group's answers on one benchmark, counted per level (no names)."""

    counts: tuple[int, ...]  # participants per level 0-4
    excluded: int  # not applicable or outside competence
    missing: int  # not rated by this participant
    total: int  # participants in the workshop
    median: float | None
    spread: int | None
    low: int | None
    high: int | None

    @property
    def rated(self) -> int:
        return sum(self.counts) + self.excluded

    @staticmethod
    def from_votes(votes: Votes | None, participants: int | None) -> VoteChart:
        counts = votes.counts() if votes is not None else dict.fromkeys(LEVELS, 0)
        levels = votes.levels if votes is not None else []
        excluded = votes.excluded if votes is not None else 0
        answered = len(votes.answers) if votes is not None else 0
        total = max(participants or 0, answered, sum(counts.values()) + excluded)
        return VoteChart(
            counts=tuple(counts[level] for level in LEVELS),
            excluded=excluded,
            missing=total - sum(counts.values()) - excluded,
            total=total,
            median=votes.median if votes is not None else None,
            spread=votes.spread if votes is not None else None,
            low=min(levels) if levels else None,
            high=max(levels) if levels else None,
        )


@dataclass(frozen=True)
class BenchmarkSlide:
    code: str
    dimension: str  # e.g. "1. Governance"
    number: str  # e.g. "1.2.3"
    title: str
    text: str
    agreed: str  # the assessment's rating in words, or why there is none
    agreed_level: int | None  # highlighted in the chart
    agreed_is_rating: bool  # a level or an exclusion (in the accent), not "not rated yet"
    chart: VoteChart | None  # None when the assessment is no workshop

    def heading(self) -> str:
        return QCoreApplication.translate("Presentation", "{number} {title}").format(
            number=self.number, title=self.title
        )

    def summary(self) -> str:
        """The median and spread in words, under the chart."""
        return vote_summary(self.chart) if self.chart else ""

    def rated_line(self) -> str:
        return rated_by_text(self.chart) if self.chart else ""

    def lines(self) -> list[str]:
        lines = [self.dimension, self.heading(), self.text]
        lines.append(
            QCoreApplication.translate("Presentation", "Agreed rating: {rating}").format(
                rating=self.agreed
            )
        )
        if self.chart is not None:
            lines.append(QCoreApplication.translate("Presentation", "Ratings of the group:"))
            for level, count in zip(LEVELS, self.chart.counts, strict=True):
                lines.append(count_line(level_label(level), count))
            lines.append(count_line(not_applicable_label(), self.chart.excluded))
            lines.append(self.summary())
            lines.append(self.rated_line())
        return lines


@dataclass(frozen=True)
class TopItem:
    """One of a dimension's largest gaps or disagreements."""

    code: str
    heading: str  # "1.2.3 Title"
    detail: str  # "1 → 3" or "spread 3 · median 2"


@dataclass(frozen=True)
class DimensionSlide:
    code: str
    label: str  # "1. Governance"
    percent: float | None
    target_percent: float | None
    score_text: str  # "58 %" or why there is none
    target_text: str
    counts_line: str  # "12 of 14 benchmarks rated · 2 not rated yet"
    items_heading: str
    items: tuple[TopItem, ...]
    empty_items: str  # said when there is nothing to list

    def lines(self) -> list[str]:
        lines = [QCoreApplication.translate("Presentation", "Results by dimension"), self.label]
        lines.append(
            QCoreApplication.translate("Presentation", "Score: {score}").format(
                score=self.score_text
            )
        )
        if self.target_percent is not None:
            lines.append(
                QCoreApplication.translate("Presentation", "Target: {target}").format(
                    target=self.target_text
                )
            )
        lines.append(self.counts_line)
        lines.append(self.items_heading)
        if self.items:
            lines.extend(
                QCoreApplication.translate("Presentation", "{heading} — {detail}").format(
                    heading=item.heading, detail=item.detail
                )
                for item in self.items
            )
        else:
            lines.append(self.empty_items)
        return lines


def count_line(label: str, count: int) -> str:
    return QCoreApplication.translate("Presentation", "{label}: {count}").format(
        label=label, count=format_number(count)
    )


def not_applicable_label() -> str:
    return QCoreApplication.translate(
        "Presentation", "N/A (not applicable or outside our competence)"
    )


def short_not_applicable() -> str:
    """Under the last bar of the chart, where space is short."""
    return QCoreApplication.translate("Presentation", "N/A")


def vote_summary(chart: VoteChart) -> str:
    if chart.median is None:
        if chart.excluded:
            return QCoreApplication.translate(
                "Presentation", "Nobody gave a level: all who answered said N/A"
            )
        return QCoreApplication.translate(
            "Presentation", "Nobody in the group has rated this benchmark yet"
        )
    if not chart.spread:
        return QCoreApplication.translate(
            "Presentation", "Median {median} · spread 0 (everyone agrees)"
        ).format(median=number_text(chart.median))
    return QCoreApplication.translate(
        "Presentation", "Median {median} · spread {spread} (from {low} to {high})"
    ).format(
        median=number_text(chart.median),
        spread=format_number(chart.spread),
        low=format_number(chart.low),
        high=format_number(chart.high),
    )


def rated_by_text(chart: VoteChart) -> str:
    total = chart.total
    return Presentation.tr("Rated by {rated} of %n participant(s)", "", total).format(
        rated=format_number(chart.rated)
    )


def agreed_text(rating: Rating | None) -> str:
    if rating is None or not rating.is_rated:
        return QCoreApplication.translate("Presentation", "Not rated yet")
    if rating.exclusion:
        return exclusion_name(rating.exclusion)
    return level_label(rating.level)


class SlideBuilder:
    """Builds the slides of one assessment; every slide is computed when it is shown."""

    def __init__(
        self,
        content: Content,
        ratings: dict[str, Rating],
        votes: list[Votes] | None,
        participants: int | None,
    ) -> None:
        self.content = content
        self.ratings = dict(ratings)
        self.votes = {v.benchmark: v for v in votes} if votes is not None else None
        self.participants = participants
        self.numbers = benchmark_numbers(content)
        self.benchmarks: dict[str, Benchmark] = {b.code: b for b in content.benchmarks}
        self.scores = compute_scores(content, self.ratings)

    @property
    def is_workshop(self) -> bool:
        return self.votes is not None

    def dimension_text(self, code: str) -> str:
        dimension = self.content.dimension(code)
        return dimension_label(dimension.number, dimension.title) if dimension else ""

    def benchmark_slide(self, code: str) -> BenchmarkSlide:
        benchmark = self.benchmarks[code]
        rating = self.ratings.get(code)
        chart = None
        if self.votes is not None:
            chart = VoteChart.from_votes(self.votes.get(code), self.participants)
        return BenchmarkSlide(
            code=code,
            dimension=self.dimension_text(benchmark.dimension),
            number=self.numbers.get(code, ""),
            title=benchmark.title,
            text=benchmark.text,
            agreed=agreed_text(rating),
            agreed_level=rating.level if rating is not None and rating.counts else None,
            agreed_is_rating=rating is not None and rating.is_rated,
            chart=chart,
        )

    def dimension_slide(self, code: str) -> DimensionSlide:
        score = self.scores.dimensions.get(code, Score())
        missing = {
            NOT_APPLICABLE: QCoreApplication.translate("Presentation", "Not applicable"),
            OUTSIDE: QCoreApplication.translate("Presentation", "Outside our competence"),
            EXCLUDED: QCoreApplication.translate("Presentation", "Excluded"),
        }.get(score.missing) or QCoreApplication.translate("Presentation", "Not rated yet")
        # Rated means rated with a level; exclusions are named as such (as on the dashboard).
        counts = [
            QCoreApplication.translate(
                "Presentation", "{rated} of {total} benchmarks rated"
            ).format(rated=format_number(score.counted), total=format_number(score.total))
        ]
        if score.unrated:
            counts.append(
                QCoreApplication.translate("Presentation", "{count} not rated yet").format(
                    count=format_number(score.unrated)
                )
            )
        if score.excluded:
            counts.append(exclusions_text(score))
        if self.is_workshop:
            heading = QCoreApplication.translate("Presentation", "Largest disagreements")
            items = self.disagreements(code)
            if any(v.median is not None for v in self.dimension_votes(code)):
                empty = QCoreApplication.translate(
                    "Presentation", "The group agreed on every benchmark rated here"
                )
            else:
                empty = QCoreApplication.translate(
                    "Presentation", "Nobody in the group has rated a benchmark here yet"
                )
        else:
            heading = QCoreApplication.translate("Presentation", "Largest gaps to the target")
            items = self.gaps(code)
            empty = QCoreApplication.translate(
                "Presentation", "No gaps: no target above the current level"
            )
        return DimensionSlide(
            code=code,
            label=self.dimension_text(code),
            percent=score.percent,
            target_percent=score.target_percent,
            score_text=format_percent(score.percent, missing),
            target_text=format_percent(score.target_percent, missing),
            counts_line=QCoreApplication.translate("Presentation", " · ").join(counts),
            items_heading=heading,
            items=tuple(items),
            empty_items=empty,
        )

    def heading_of(self, code: str) -> str:
        return QCoreApplication.translate("Presentation", "{number} {title}").format(
            number=self.numbers.get(code, ""), title=self.benchmarks[code].title
        )

    def gaps(self, dimension: str) -> list[TopItem]:
        items = []
        for gap in gap_list(self.content, self.ratings):
            if gap.dimension != dimension:
                continue
            detail = QCoreApplication.translate(
                "Presentation", "{level} → {target} ({name})"
            ).format(
                level=format_number(gap.level),
                target=format_number(gap.target),
                name=level_name(gap.target),
            )
            items.append(TopItem(gap.benchmark, self.heading_of(gap.benchmark), detail))
            if len(items) == TOP_ITEMS:
                break
        return items

    def dimension_votes(self, dimension: str) -> list[Votes]:
        """The group's votes on the dimension's benchmarks, in the toolbox's order."""
        votes = self.votes or {}
        return [
            votes[b.code]
            for b in self.content.benchmarks
            if b.dimension == dimension and b.code in votes
        ]

    def disagreements(self, dimension: str) -> list[TopItem]:
        mine = self.dimension_votes(dimension)
        items = []
        for votes in by_disagreement(mine):
            if not votes.spread and not votes.split_on_relevance:
                break
            if votes.median is None:
                continue
            detail = QCoreApplication.translate(
                "Presentation", "spread {spread} · median {median}"
            ).format(spread=format_number(votes.spread or 0), median=number_text(votes.median))
            if votes.split_on_relevance:
                detail = QCoreApplication.translate(
                    "Presentation", "{detail} · {count} said N/A"
                ).format(detail=detail, count=format_number(votes.excluded))
            items.append(TopItem(votes.benchmark, self.heading_of(votes.benchmark), detail))
            if len(items) == TOP_ITEMS:
                break
        return items
