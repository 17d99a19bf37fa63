"""The rating scale and profile words as users read them, translated in one place.

The core keeps English templates (marked for lupdate); these helpers look them up in the
user's language so that every screen names levels, exclusions and priorities the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from toolbox_desktop.core.assessment import (
    COMPETENCE_NAMES,
    EXCLUSION_NAMES,
    LEVEL_DESCRIPTIONS,
    LEVEL_NAMES,
    PLACE_KIND_NAMES,
    PRIORITY_NAMES,
    Rating,
)
from toolbox_desktop.core.content import Content
from toolbox_desktop.core.scoring import Score
from toolbox_desktop.ui.common.formatting import counts_text

NO_RATING = "—"


def level_name(level: int) -> str:
    return QCoreApplication.translate("RatingScale", LEVEL_NAMES[level])


def level_description(level: int) -> str:
    return QCoreApplication.translate("RatingScale", LEVEL_DESCRIPTIONS[level])


def level_label(level: int) -> str:
    """The number the user presses and the level's name, e.g. "3 Largely in place"."""
    return QCoreApplication.translate("AssessmentTexts", "{level} {name}").format(
        level=level, name=level_name(level)
    )


def exclusion_name(exclusion: str) -> str:
    return QCoreApplication.translate("RatingScale", EXCLUSION_NAMES[exclusion])


def priority_name(priority: int) -> str:
    return QCoreApplication.translate("RatingScale", PRIORITY_NAMES[priority])


def place_kind_name(kind: str) -> str:
    return QCoreApplication.translate("Profile", PLACE_KIND_NAMES[kind])


def competence_name(competence: str) -> str:
    return QCoreApplication.translate("Profile", COMPETENCE_NAMES[competence])


def rating_text(rating: Rating | None) -> str:
    """What the benchmark list shows: the level, the exclusion, or a dash when unrated."""
    if rating is None or not rating.is_rated:
        return NO_RATING
    if rating.exclusion:
        return exclusion_name(rating.exclusion)
    return level_label(rating.level)


def progress_text(content: Content, ratings: dict[str, Rating]) -> str:
    """ "3 of 68 rated", or "0 of 68 rated, 14 outside our competence" when benchmarks were
    marked as excluded (as a new assessment does for competences the town lacks): the same
    words as the dashboard's (``ui.common.formatting.counts_text``)."""
    score = Score()
    for benchmark in content.benchmarks:
        score = score.add(ratings.get(benchmark.code))
    return counts_text(score)


def benchmark_numbers(content: Content) -> dict[str, str]:
    """Short numbers like "1.2.3" for the stable codes (``Content.benchmark_numbers``)."""
    return content.benchmark_numbers
