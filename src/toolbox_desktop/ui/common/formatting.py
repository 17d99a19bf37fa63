"""How the dashboard writes numbers and score states, the same way in every table and chart.

Percentages are rounded to whole numbers and written with the user's locale ("58 %"); a
group without a score says why ("not rated yet" or "not applicable").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import EXCLUSION_NAMES, LEVEL_NAMES, PRIORITY_NAMES, Rating
from toolbox_desktop.core.scoring import Score


# Each text is looked up literally as translate("Dashboard", "..."): lupdate only sees that.
def rounded(value: float) -> int:
    """Round half up, away from zero (``core.formatting``: 62.5 -> 63, as everywhere)."""
    return formatting.rounded(value)


def format_number(value: int) -> str:
    return formatting.format_number(value, QLocale().name())


def format_percent(value: float | None, missing: str = "") -> str:
    """``58.3`` -> "58 %" in the user's locale; ``missing`` when there is no value."""
    if value is None:
        return missing
    return QCoreApplication.translate("Dashboard", "{percent} %").format(
        percent=format_number(rounded(value))
    )


def format_points(points: int | None, missing: str = "") -> str:
    """A signed change in percentage points: "+13", "−5", "0"."""
    if points is None:
        return missing
    locale = QLocale()
    if points > 0:
        return locale.positiveSign() + format_number(points)
    if points < 0:
        return locale.negativeSign() + format_number(-points)
    return format_number(0)


def points_change(before: float | None, after: float | None) -> int | None:
    """The change between two shown scores, so that "45 % -> 57 %" reads "+12" and adds up."""
    if before is None or after is None:
        return None
    return rounded(after) - rounded(before)


def not_rated_text() -> str:
    return QCoreApplication.translate("Dashboard", "not rated yet")


def not_applicable_text() -> str:
    return QCoreApplication.translate("Dashboard", "not applicable")


def no_score_text(score: Score) -> str:
    """Why a group has no score."""
    return not_applicable_text() if score.all_excluded else not_rated_text()


def score_text(score: Score) -> str:
    return format_percent(score.percent, no_score_text(score))


def rated_text(score: Score) -> str:
    return QCoreApplication.translate("Dashboard", "{rated} of {total}").format(
        rated=format_number(score.rated), total=format_number(score.total)
    )


def level_name(level: int) -> str:
    return QCoreApplication.translate("RatingScale", LEVEL_NAMES[level])


def priority_name(priority: int) -> str:
    return QCoreApplication.translate("RatingScale", PRIORITY_NAMES.get(priority, ""))


def rating_text(rating: Rating | None) -> str:
    """A rating in a table cell: its level, the exclusion, or "not rated"."""
    if rating is None or not rating.is_rated:
        return QCoreApplication.translate("Dashboard", "not rated")
    if rating.exclusion:
        return QCoreApplication.translate("RatingScale", EXCLUSION_NAMES[rating.exclusion])
    return format_number(rating.level)


def rating_tooltip(rating: Rating | None) -> str:
    if rating is not None and rating.counts:
        return QCoreApplication.translate("Dashboard", "{level} – {name}").format(
            level=format_number(rating.level), name=level_name(rating.level)
        )
    return rating_text(rating)


def format_date(iso: str) -> str:
    """An ISO date in the app's one date format, "31.12.2026" (the text as given if no date)."""
    return formatting.format_iso_date(iso, QLocale().name())


def dimension_label(number: int, title: str) -> str:
    return QCoreApplication.translate("Dashboard", "{number}. {title}").format(
        number=number, title=title
    )
