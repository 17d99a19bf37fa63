"""How the dashboard writes numbers and score states, the same way in every table and chart.

Percentages are rounded to whole numbers and written with the user's locale ("58 %"); a
group without a score says why ("not rated yet", "not applicable", "outside our
competence"), and counts say what they count: "0 of 14 rated, 14 outside our competence",
never "14 of 14 rated" for benchmarks that were only marked as excluded. The dashboard, the
rating screen and the peers read these texts from here, so they cannot disagree.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from toolbox_desktop.core import formatting

if TYPE_CHECKING:
    from toolbox_desktop.core.assessment import Rating
    from toolbox_desktop.core.scoring import Score

# The rating scale's and the scores' words are imported where they are used: the library
# (the first screen) formats numbers with this module but shows no score, and loading the
# assessment and scoring rules (their dataclasses) would cost every start about 6 ms.


# Each text is looked up literally as translate("Dashboard", "..."): lupdate only sees that.
def rounded(value: float) -> int:
    """Round half up, away from zero (``core.formatting``: 62.5 -> 63, as everywhere)."""
    return formatting.rounded(value)


def format_number(value: int | float | Decimal) -> str:
    return formatting.format_number(value, QLocale().name())


def parse_number(text: str) -> Decimal | None:
    """A number typed in the user's locale (``core.formatting.parse_number``: "12.500" is
    refused as ambiguous where "." is the decimal sign); raises ``FormatTextError``."""
    return formatting.parse_number(text, QLocale().name(), QCoreApplication.translate)


def parse_count(text: str) -> int | None:
    """A whole number typed in the user's locale (``core.formatting.parse_count``)."""
    return formatting.parse_count(text, QLocale().name(), QCoreApplication.translate)


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


class ScoreCounts(QObject):
    """Translation context of the counts' plural messages (lupdate reads ``ScoreCounts.tr``)."""


def not_rated_text() -> str:
    return QCoreApplication.translate("Dashboard", "not rated yet")


def not_applicable_text() -> str:
    return QCoreApplication.translate("Dashboard", "not applicable")


def outside_competence_text() -> str:
    return QCoreApplication.translate("Dashboard", "outside our competence")


def outside_its_competence_text() -> str:
    """Of another municipality: "our" there read as the user's own town."""
    return QCoreApplication.translate("Dashboard", "outside its competence")


def no_score_text(score: Score, theirs: bool = False) -> str:
    """Why a group has no score, by ``Score.missing``; ``theirs``: another municipality's."""
    from toolbox_desktop.core.scoring import UNRATED

    return missing_text(score.missing or UNRATED, theirs)


def missing_text(missing: str, theirs: bool = False) -> str:
    from toolbox_desktop.core.scoring import EXCLUDED, NOT_APPLICABLE, OUTSIDE

    if missing == NOT_APPLICABLE:
        return not_applicable_text()
    if missing == OUTSIDE:
        return outside_its_competence_text() if theirs else outside_competence_text()
    if missing == EXCLUDED:
        return QCoreApplication.translate("Dashboard", "excluded")
    return not_rated_text()


def missing_texts() -> tuple[str, ...]:
    """Every text a group without a score may show (to make room for the longest)."""
    from toolbox_desktop.core.scoring import EXCLUDED, NOT_APPLICABLE, OUTSIDE, UNRATED

    return tuple(missing_text(m) for m in (UNRATED, NOT_APPLICABLE, OUTSIDE, EXCLUDED))


def missing_reasons(scores: list[Score], theirs: bool = False) -> tuple[str | None, ...]:
    """Why each score has no value (None where it has one), for a chart's series;
    ``theirs``: another municipality's."""
    return tuple(None if score.counted else no_score_text(score, theirs) for score in scores)


def score_text(score: Score) -> str:
    return format_percent(score.percent, no_score_text(score))


def rated_text(score: Score) -> str:
    """Benchmarks rated with a level, of all: "0 of 14" (excluded ones are not rated)."""
    return QCoreApplication.translate("Dashboard", "{rated} of {total}").format(
        rated=format_number(score.counted), total=format_number(score.total)
    )


def exclusions_text(score: Score) -> str:
    """ "14 outside our competence", "2 not applicable, 1 outside our competence"; "" for none."""
    parts = []
    if score.not_applicable:
        parts.append(ScoreCounts.tr("%n not applicable", "", score.not_applicable))
    if score.outside:
        parts.append(ScoreCounts.tr("%n outside our competence", "", score.outside))
    return ", ".join(parts)


def counts_text(score: Score) -> str:
    """What a count of ratings says: "3 of 14 rated", "0 of 14 rated, 14 outside our
    competence" (benchmarks marked as excluded are named as such, not as rated)."""
    text = QCoreApplication.translate("Dashboard", "{rated} of {total} rated").format(
        rated=format_number(score.counted), total=format_number(score.total)
    )
    excluded = exclusions_text(score)
    if not excluded:
        return text
    return QCoreApplication.translate("Dashboard", "{rated}, {excluded}").format(
        rated=text, excluded=excluded
    )


def level_name(level: int) -> str:
    from toolbox_desktop.core.assessment import LEVEL_NAMES

    return QCoreApplication.translate("RatingScale", LEVEL_NAMES[level])


def priority_name(priority: int) -> str:
    from toolbox_desktop.core.assessment import PRIORITY_NAMES

    return QCoreApplication.translate("RatingScale", PRIORITY_NAMES.get(priority, ""))


def rating_text(rating: Rating | None) -> str:
    """A rating in a table cell: its level, the exclusion, or "not rated"."""
    from toolbox_desktop.core.assessment import EXCLUSION_NAMES

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


def date_placeholder() -> str:
    """What an empty date field shows: an example in the user's format ("e.g. 31.12.2026"),
    not Qt's pattern letters ("dd.MM.yyyy"), which read as code to a German ("TT.MM.JJJJ")."""
    from datetime import date

    example = formatting.format_date(date(date.today().year, 12, 31), QLocale().name())
    return QCoreApplication.translate("DateField", "e.g. {date}").format(date=example)


def date_format(locale: QLocale | None = None) -> str:
    """The app's one date pattern for the locale, with a four-digit year ("dd.MM.yyyy"), for
    Qt's date fields; ``core.formatting`` decides it, and its letters mean the same to Qt."""
    return formatting.date_pattern((locale or QLocale()).name())


def dimension_label(number: int, title: str) -> str:
    return QCoreApplication.translate("Dashboard", "{number}. {title}").format(
        number=number, title=title
    )
