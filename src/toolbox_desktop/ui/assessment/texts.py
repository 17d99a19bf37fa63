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


def progress_text(rated: int, total: int) -> str:
    return QCoreApplication.translate("AssessmentTexts", "{rated} of {total} rated").format(
        rated=rated, total=total
    )


def benchmark_numbers(content: Content) -> dict[str, str]:
    """Short numbers like "1.2.3" (dimension, sub-theme, benchmark) for the stable codes."""
    numbers: dict[str, str] = {}
    for dimension in content.dimensions:
        for s_index, subtheme in enumerate(content.subthemes_of(dimension.code), start=1):
            for b_index, benchmark in enumerate(content.benchmarks_of(subtheme.code), start=1):
                numbers[benchmark.code] = f"{dimension.number}.{s_index}.{b_index}"
    return numbers
